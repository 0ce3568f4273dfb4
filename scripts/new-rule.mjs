#!/usr/bin/env node
// `npm run new-rule -- <category>/<name>`: writes rules/<category>/<name>.ts (metadata, help with a **Fix:**
// paragraph, a visitor and empty examples) and its line in the registry (rules/index.ts, kept sorted). The new
// rule's tests fail until it has a good and a bad example: CONTRIBUTING.md "Add a rule in five steps".
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

// NEW_RULE_ROOT: another checkout (the script's own test writes into a copy).
const root = process.env.NEW_RULE_ROOT ? path.resolve(process.env.NEW_RULE_ROOT) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const KINDS = { code: 'code', path: 'code', agent: 'config' };

function fail(message) {
  process.stderr.write(`new-rule: ${message}\n`);
  process.exit(2);
}

const id = process.argv[2];
if (!id || process.argv.length > 3) fail('usage: npm run new-rule -- <category>/<name>, e.g. code/open-redirect');
const m = /^(code|path|agent)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/.exec(id);
if (!m)
  fail(
    `"${id}" is not <category>/<name> with category code, path or agent and a kebab-case name (secret detectors are YAML data in rules/secret/, profile controls are rules/profile/<control>.ts with defineControl, thresholds in rules/profiles/*.yaml)`,
  );
const [, category, name] = m;
const file = path.join(root, 'rules', category, `${name}.ts`);
if (fs.existsSync(file)) fail(`rules/${id}.ts already exists`);

const kind = KINDS[category];
const visitor =
  kind === 'code'
    ? `  kind: 'code',
  visit: (ctx) => ({
    CallExpression(node) {
      // TODO: decide whether this call is the dangerous one (ctx.resolver.canonical, constValue, ctx.taint).
      void node;
    },
  }),`
    : `  kind: 'config',
  files: (p) => p.endsWith('.json'),
  check(ctx) {
    // TODO: read the configuration (mcpServers, permissions, hookCommands, tryParseJsonc, ...) and ctx.report what is unsafe.
    void ctx;
  },`;
const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const body = `import { defineRule } from '../../src/kit.js';

export default defineRule({
  id: '${id}',
  title: '${title}',
  severity: 'medium',
  cwe: ['CWE-20'],
  confidence: 'medium',
  help: [
    'TODO: what the rule finds and why it is dangerous; how findings are graded.',
    '',
    '**Fix:** TODO: what to write instead.',
  ].join('\\n'),
${visitor}
  examples: {
    bad: [],
    good: [],
  },
});
`;

// The registry line: an import named <category><Name> at its sorted place, and the same name in the list.
const registryFile = path.join(root, 'rules', 'index.ts');
const registry = fs.readFileSync(registryFile, 'utf8');
const ident = `${category}${name.replace(/(^|-)([a-z0-9])/g, (_x, _d, c) => c.toUpperCase())}`;
const spec = `./${category}/${name}.js`;
const lines = registry.split('\n');
const imports = [];
lines.forEach((line, i) => {
  const im = /^import (\w+) from '(\.\/[^']+)';$/.exec(line);
  if (im) imports.push({ i, ident: im[1], spec: im[2] });
});
if (!imports.length) fail('rules/index.ts: no rule imports found');
if (imports.some((x) => x.ident === ident)) fail(`rules/index.ts already imports ${ident}`);
const after = [...imports].reverse().find((x) => x.spec.slice(2) < spec.slice(2));
const importAt = after ? after.i + 1 : imports[0].i;
lines.splice(importAt, 0, `import ${ident} from '${spec}';`);
const start = lines.findIndex((l) => /^export const rules: readonly Rule\[\] = \[$/.test(l));
if (start < 0) fail('rules/index.ts: no "export const rules: readonly Rule[] = [" list');
const end = lines.indexOf('];', start);
const entries = [];
for (let i = start + 1; i < end; i++) {
  const e = /^ {2}(\w+),$/.exec(lines[i]);
  if (e) entries.push({ i, ident: e[1] });
}
const specOf = new Map(imports.map((x) => [x.ident, x.spec.slice(2)]));
const prev = [...entries].reverse().find((e) => specOf.has(e.ident) && specOf.get(e.ident) < spec.slice(2));
const firstRule = entries.find((e) => specOf.has(e.ident));
const entryAt = prev ? prev.i + 1 : firstRule ? firstRule.i : end;
lines.splice(entryAt, 0, `  ${ident},`);

fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, body, { flag: 'wx' });
fs.writeFileSync(registryFile, lines.join('\n'));
process.stdout.write(`wrote rules/${id}.ts and its line in rules/index.ts; next: examples, then npx vitest run tests/rules.examples.test.ts -t ${id}\n`);
