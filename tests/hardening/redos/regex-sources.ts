// Finds the regexes flowguard ships: literals and `new RegExp('…')` in src/ and rules/ TS files, and pattern strings
// in rule data files (YAML/JSON under rules/, keys such as `pattern`, `patterns`, `regex`).
import { parse as parseTs } from '@typescript-eslint/typescript-estree';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { repo } from '../helpers.js';

export interface FoundRegex {
  /** `file:line`, root-relative. */
  where: string;
  file: string;
  source: string;
  flags: string;
}

function walkFiles(dir: string, test: (name: string) => boolean, out: string[] = []): string[] {
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walkFiles(p, test, out);
    else if (test(e.name)) out.push(p);
  }
  return out;
}

type EsNode = { type: string; loc?: { start: { line: number } }; [k: string]: unknown };

export function regexesInTs(dirs = ['src', 'rules']): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of dirs.flatMap((d) => walkFiles(path.join(repo, d), (n) => /\.(c|m)?ts$/.test(n) && !n.endsWith('.d.ts')))) {
    const rel = path.relative(repo, file).split(path.sep).join('/');
    const ast = parseTs(fs.readFileSync(file, 'utf8'), { loc: true, range: false, jsx: false }) as unknown as EsNode;
    const visit = (n: EsNode): void => {
      if (n.type === 'Literal' && n.regex) {
        const r = n.regex as { pattern: string; flags: string };
        out.push({ where: `${rel}:${n.loc!.start.line}`, file: rel, source: r.pattern, flags: r.flags });
      }
      if (n.type === 'NewExpression' || n.type === 'CallExpression') {
        const callee = n.callee as EsNode;
        const args = n.arguments as EsNode[];
        const first = args[0];
        const second = args[1];
        if (callee.type === 'Identifier' && callee.name === 'RegExp' && first?.type === 'Literal' && typeof first.value === 'string') {
          out.push({
            where: `${rel}:${n.loc!.start.line}`,
            file: rel,
            source: first.value,
            flags: second?.type === 'Literal' && typeof second.value === 'string' ? second.value : '',
          });
        }
      }
      for (const [k, v] of Object.entries(n)) {
        if (k === 'parent' || k === 'loc') continue;
        if (Array.isArray(v)) for (const c of v) if (c && typeof (c as EsNode).type === 'string') visit(c as EsNode);
        if (v && typeof (v as EsNode).type === 'string') visit(v as EsNode);
      }
    };
    visit(ast);
  }
  return out;
}

const PATTERN_KEYS = /^(pattern|patterns|regex|regexes|regexp|match|matches)$/i;

export function regexesInRuleData(): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of walkFiles(path.join(repo, 'rules'), (n) => /\.(ya?ml|json)$/.test(n))) {
    const rel = path.relative(repo, file).split(path.sep).join('/');
    let data: unknown;
    try {
      data = parseYaml(fs.readFileSync(file, 'utf8'), { maxAliasCount: 100 });
    } catch {
      continue;
    }
    const visit = (v: unknown, key: string): void => {
      if (typeof v === 'string' && PATTERN_KEYS.test(key)) {
        // `(?i)` prefixes (gitleaks style) become the `i` flag.
        const m = /^\(\?([a-z]+)\)/.exec(v);
        out.push({ where: rel, file: rel, source: m ? v.slice(m[0].length) : v, flags: m?.[1]?.includes('i') ? 'i' : '' });
      } else if (Array.isArray(v)) for (const item of v) visit(item, key);
      else if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) visit(c, k);
    };
    visit(data, '');
  }
  return out;
}
