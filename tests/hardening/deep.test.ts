// Issue 23: a deeply nested file Node runs (a 700-deep array literal is 1.4 KB) used to fail the parse with a stack
// overflow whose depth moved with JIT warm-up, so pre-commit and CI disagreed. Such a file is parsed again on a
// thread with a large fixed stack: analysed when the tree is within the bound, skipped with the same message
// every time when it is deeper.
import { describe, expect, it } from 'vitest';
import { bracketDepth, MAX_ANALYSED_DEPTH, parseCode, treeDepth } from '../../src/analyzers/code/parse.js';
import { tmpTree } from '../helpers/tmp.js';
import { json, runDist } from './helpers.js';

const SLOW = 120_000;
const SINK = 'module.exports.run = function (cmd) {\n  require("child_process").execSync(cmd);\n};\n';
const arrays = (n: number): string => `${SINK}module.exports.a = ${'['.repeat(n)}${']'.repeat(n)};\n`;
const calls = (n: number): string => `${SINK}module.exports.c = ${'f('.repeat(n)}1${')'.repeat(n)};\n`;
const concat = (n: number): string => `${SINK}module.exports.s = "a"${'\n  + "b"'.repeat(n)};\n`;

describe('deep trees (issue 23)', () => {
  it(
    'parses a 700-deep array and a 1,500-term concatenation the main-thread parser overflows on',
    () => {
      for (const text of [arrays(700), arrays(2000), calls(2000), concat(1500)]) {
        const ast = parseCode(text, 'deep.js');
        expect(ast.body.length).toBe(2);
        expect(treeDepth(ast)).toBeLessThanOrEqual(MAX_ANALYSED_DEPTH);
      }
    },
    SLOW,
  );

  it(
    'skips a tree deeper than the bound with a message that names the depth',
    () => {
      expect(() => parseCode(`${SINK}x = ${'{a:'.repeat(1500)}1${'}'.repeat(1500)};\n`, 'o.js')).toThrow(
        /too deeply nested to analyse \(30\d\d levels, over 2500\)/,
      );
      expect(() => parseCode(arrays(50_000), 'a.js')).toThrow(/50000 nested brackets/);
    },
    SLOW,
  );

  it(
    'keeps regular expression and bigint literal values across the large-stack parse',
    () => {
      const ast = parseCode(`const r = /a+b/gi, n = 12n;\nx = ${'['.repeat(800)}${']'.repeat(800)};\n`, 'lit.js');
      const decl = ast.body[0] as unknown as { declarations: { init: { value: unknown } }[] };
      expect(decl.declarations[0]!.init.value).toBeInstanceOf(RegExp);
      expect(String(decl.declarations[0]!.init.value)).toBe('/a+b/gi');
      expect(decl.declarations[1]!.init.value).toBe(12n);
    },
    SLOW,
  );

  it('counts brackets outside strings and comments only', () => {
    expect(bracketDepth('f("(((((", \'[[[\', `{{{`) // ((((\n/* [[[[ */ [[1]]')).toBe(2);
  });

  it(
    'the CLI analyses the same deep file the same way alone and beside 40 other files',
    () => {
      const alone = tmpTree({ 'deep.js': arrays(700) });
      const others: Record<string, string> = { 'deep.js': arrays(700) };
      for (let i = 0; i < 40; i++) others[`m${i}.js`] = `module.exports.f${i} = (a) => [a, ${'['.repeat(200)}${']'.repeat(200)}];\n`;
      const crowd = tmpTree(others);
      for (const root of [alone, crowd]) {
        const report = json(runDist(['scan', root, '--format', 'json', '--no-cache']));
        expect(report.errors).toEqual([]);
        expect(report.findings.filter((f) => f.file === 'deep.js').map((f) => `${f.ruleId}:${f.line}`)).toEqual(['code/command-injection:2']);
      }
    },
    SLOW,
  );
});
