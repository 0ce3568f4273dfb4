import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TSESTree } from '@typescript-eslint/types';
import { parse } from '@typescript-eslint/typescript-estree';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { forEachChild } from '../src/analyzers/code/query.js';
import { SEVERITIES } from '../src/rule.js';

const rulesDir = fileURLToPath(new URL('../rules/', import.meta.url));

/** Rule files on disk: `rules/<category>/<name>.ts` (data packs such as secret YAML are listed by their loader). */
function ruleFiles(): string[] {
  const out: string[] = [];
  for (const cat of fs.readdirSync(rulesDir, { withFileTypes: true })) {
    if (!cat.isDirectory() || cat.name === 'profiles') continue;
    for (const f of fs.readdirSync(path.join(rulesDir, cat.name))) {
      if (f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_')) out.push(`${cat.name}/${f.slice(0, -3)}`);
    }
  }
  return out.sort();
}

describe('rule metadata', () => {
  it('ids are unique', () => {
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('every rule file is registered and every registered code-defined rule has a file', () => {
    const fileIds = ruleFiles();
    const registered = new Set(rules.map((r) => r.id));
    for (const id of fileIds) expect(registered.has(id), `${id} is not in rules/index.ts`).toBe(true);
  });

  it('rules/index.ts imports are sorted', () => {
    const src = fs.readFileSync(path.join(rulesDir, 'index.ts'), 'utf8');
    const imports = [...src.matchAll(/^import \w+ from '\.\/([^']+)\.js';$/gm)].map((m) => m[1]!);
    expect(imports).toEqual([...imports].sort());
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s has valid metadata', (_id, rule) => {
    expect(rule.id).toMatch(/^(code|path|secret|agent|profile)\/[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(rule.title).toMatch(/^[A-Z`.]/);
    expect(rule.title.endsWith('.')).toBe(false);
    expect(SEVERITIES).toContain(rule.severity);
    expect(rule.cwe.length).toBeGreaterThan(0);
    for (const c of rule.cwe) expect(c).toMatch(/^CWE-\d+$/);
    expect(['high', 'medium', 'low']).toContain(rule.confidence);
    expect(rule.help).toContain('**Fix:**');
    expect(rule.examples.bad.length).toBeGreaterThan(0);
    expect(rule.examples.good.length).toBeGreaterThan(0);
  });

  it.each(ruleFiles())('rules/%s.ts imports only src/kit.ts', (id) => {
    const file = path.join(rulesDir, `${id}.ts`);
    const ast = parse(fs.readFileSync(file, 'utf8'), { range: false, loc: false });
    const kit = path
      .relative(path.dirname(file), fileURLToPath(new URL('../src/kit.js', import.meta.url)))
      .split(path.sep)
      .join('/');
    const specs: string[] = [];
    for (const n of ast.body) {
      if (n.type === 'ImportDeclaration' || ((n.type === 'ExportAllDeclaration' || n.type === 'ExportNamedDeclaration') && n.source))
        specs.push(n.source.value);
    }
    expect(specs.length, 'a rule file imports the kit').toBeGreaterThan(0);
    for (const s of specs) expect(s, `rules/${id}.ts imports ${s}`).toBe(kit);
  });

  // typescript-estree's `loc` is a shared placeholder in flowguard (src/analyzers/code/loc.ts: positions come from
  // `range`, reported through the kit), so a rule that read `node.loc` would get line 0 everywhere.
  it.each(ruleFiles())("rules/%s.ts never reads a node's `loc`", (id) => {
    const ast = parse(fs.readFileSync(path.join(rulesDir, `${id}.ts`), 'utf8'), { range: false, loc: false });
    const reads: string[] = [];
    const walk = (n: TSESTree.Node): void => {
      if (n.type === 'MemberExpression' && !n.computed && n.property.type === 'Identifier' && n.property.name === 'loc') reads.push('.loc');
      forEachChild(n, walk);
    };
    walk(ast);
    expect(reads).toEqual([]);
  });

  it('code-defined rules live at rules/<id>.ts', () => {
    const files = new Set(ruleFiles());
    for (const r of rules) {
      if (r.id.startsWith('secret/') && !files.has(r.id)) continue; // data-defined secret detectors
      expect(files.has(r.id), `rules/${r.id}.ts`).toBe(true);
    }
  });
});
