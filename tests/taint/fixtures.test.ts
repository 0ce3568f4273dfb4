// The taint fixture suite: every source family, sink family, real sanitizer (negatives) and weak check
// (positives), scored against the inline annotations of tests/fixtures/taint (tests/helpers/annotations.ts):
// `// ruleid: path/traversal` marks a line that must have a path/traversal finding from an untrusted source, `// ok:`
// one that must not; `taint/command` marks a shell call whose arguments the taint query must (or must not) answer
// with a flow.
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { scan } from '../../src/pipeline/scan.js';
import { parseCode } from '../../src/analyzers/code/parse.js';
import { Resolver, propertyName } from '../../src/analyzers/code/resolve.js';
import { createTaint } from '../../src/analyzers/taint/index.js';
import { toSarifObject } from '../../src/report/sarif.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { readAnnotations } from '../helpers/annotations.js';

const root = fileURLToPath(new URL('../fixtures/taint/', import.meta.url));
interface Case {
  file: string;
  line: number;
  rule: 'path/traversal' | 'taint/command';
  expect: 'finding' | 'none';
}
const annotations = readAnnotations(root);
const truth = {
  cases: annotations.map((a): Case => ({ file: a.path, line: a.line, rule: a.rule as Case['rule'], expect: a.kind === 'ruleid' ? 'finding' : 'none' })),
};

const SHELL_CALLS = new Set(['exec', 'execSync', 'spawn', 'spawnSync', 'execFile', 'execFileSync', 'execa', 'execaCommand', 'execaSync']);

function score(tp: number, fp: number, fn: number) {
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
}

describe('taint fixture suite', () => {
  it('annotations mark code lines, with only the ids this suite scores', () => {
    expect(truth.cases.length).toBeGreaterThan(150);
    for (const c of truth.cases) {
      expect(['path/traversal', 'taint/command'], `${c.file}:${c.line}`).toContain(c.rule);
      const line = fs.readFileSync(root + c.file, 'utf8').split('\n')[c.line - 1] ?? '';
      expect(line.replace(/\/\/.*$/, '').trim(), `${c.file}:${c.line} has no code`).not.toBe('');
    }
  });

  it('path/traversal: recall and precision at least 0.95', async () => {
    const result = await scan({ root, only: ['path/traversal'], noSkip: true });
    expect(result.errors).toEqual([]);
    // The truth scores flows from an untrusted source; library-input and unknown-origin findings are other grades.
    const found = new Set(result.findings.filter((f) => f.properties?.provenance === 'untrusted').map((f) => `${f.file}:${f.line}`));
    const cases = truth.cases.filter((c) => c.rule === 'path/traversal');
    const positives = new Set(cases.filter((c) => c.expect === 'finding').map((c) => `${c.file}:${c.line}`));
    const missed = [...positives].filter((k) => !found.has(k));
    const extra = [...found].filter((k) => !positives.has(k));
    const tp = positives.size - missed.length;
    const { precision, recall } = score(tp, extra.length, missed.length);
    console.log(
      `path/traversal fixtures: ${tp} TP, ${extra.length} FP, ${missed.length} FN; recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)} (${cases.length} cases)`,
    );
    expect(recall, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
    expect(precision, `false positives: ${extra.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('taint query on shell commands (any argument of the call): recall and precision at least 0.95', () => {
    const cases = truth.cases.filter((c) => c.rule === 'taint/command');
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const file of new Set(cases.map((c) => c.file))) {
      const text = fs.readFileSync(root + file, 'utf8');
      const ast = parseCode(text, file);
      const resolver = new Resolver(ast);
      const taint = createTaint(ast, resolver, text);
      const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
      const flowsByLine = new Map<number, boolean>();
      const visit = (n: TSESTree.Node): void => {
        if (n.type === 'CallExpression') {
          const callee = n.callee.type === 'MemberExpression' ? propertyName(n.callee) : n.callee.type === 'Identifier' ? n.callee.name : undefined;
          if (callee && SHELL_CALLS.has(callee))
            flowsByLine.set(
              lineOf(n.range[0]),
              n.arguments.some((a) => a.type !== 'SpreadElement' && !!taint(a)),
            );
        }
        for (const v of Object.values(n)) {
          if (Array.isArray(v)) for (const c of v) c && typeof c.type === 'string' && visit(c);
          else if (v && typeof v === 'object' && typeof (v as TSESTree.Node).type === 'string' && v !== resolver.parent(n)) visit(v as TSESTree.Node);
        }
      };
      visit(ast);
      for (const c of cases.filter((x) => x.file === file)) {
        const got = flowsByLine.get(c.line) ?? false;
        if (got && c.expect === 'finding') tp++;
        else if (got) {
          fp++;
          wrong.push(`FP ${file}:${c.line}`);
        } else if (c.expect === 'finding') {
          fn++;
          wrong.push(`FN ${file}:${c.line}`);
        }
      }
    }
    const { precision, recall } = score(tp, fp, fn);
    console.log(`command taint fixtures: ${tp} TP, ${fp} FP, ${fn} FN; recall ${recall.toFixed(3)}, precision ${precision.toFixed(3)}`);
    expect(recall, wrong.join(', ')).toBeGreaterThanOrEqual(0.95);
    expect(precision, wrong.join(', ')).toBeGreaterThanOrEqual(0.95);
  });

  it('SARIF with codeFlows validates against the schema', async () => {
    const result = await scan({ root, only: ['path/traversal'], noSkip: true });
    const sarif = toSarifObject(result) as {
      runs: {
        results: {
          codeFlows?: { threadFlows: { locations: { location: { message: { text: string }; physicalLocation: { region: { startLine: number } } } }[] }[] }[];
        }[];
      }[];
    };
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    const results = sarif.runs[0]!.results;
    expect(results.length).toBeGreaterThan(40);
    for (const r of results) {
      if ((r as { properties?: { provenance?: string } }).properties?.provenance !== 'untrusted') continue;
      const locs = r.codeFlows?.[0]?.threadFlows[0]?.locations ?? [];
      expect(locs.length).toBeGreaterThanOrEqual(2);
      for (const l of locs) {
        expect(l.location.message.text.length).toBeGreaterThan(0);
        expect(l.location.physicalLocation.region.startLine).toBeGreaterThan(0);
      }
    }
    expect(rules.some((r) => r.id === 'path/traversal')).toBe(true);
  });
});
