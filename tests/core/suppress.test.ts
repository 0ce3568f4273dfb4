import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';
import { parseDirectives } from '../../src/suppress/inline.js';

const ids = ['code/eval-injection', 'code/suppression-without-reason'];

describe('inline suppression', () => {
  it('suppresses on the line above and at the end of the line, keeping the reason', async () => {
    const code = [
      '// flowguard-ignore code/eval-injection -- fixture only',
      'eval(a);',
      'eval(b); // flowguard-ignore code/eval-injection -- reviewed',
      'eval(c);',
    ].join('\n');
    const res = await scanText(code, { path: 'a.js', rules: ids });
    expect(res.findings.map((f) => [f.line, f.suppressed, f.suppression?.justification])).toEqual([
      [2, true, 'fixture only'],
      [3, true, 'reviewed'],
      [4, false, undefined],
    ]);
  });

  it('does not suppress another rule, and reports a suppression without a reason', async () => {
    const code = ['// flowguard-ignore code/string-timer', 'eval(a);', '// flowguard-ignore code/eval-injection', 'eval(b);'].join('\n');
    const res = await scanText(code, { path: 'a.js', rules: ids });
    expect(res.findings.map((f) => [f.line, f.ruleId, f.suppressed])).toEqual([
      [1, 'code/suppression-without-reason', false],
      [2, 'code/eval-injection', false],
      [3, 'code/suppression-without-reason', false],
      [4, 'code/eval-injection', true],
    ]);
  });

  it('supports # comments, several ids and category wildcards', () => {
    expect(parseDirectives('KEY=1 # flowguard-ignore secret/*, code/eval-injection -- test data')).toEqual([
      { line: 1, column: 9, ids: ['secret/*', 'code/eval-injection'], reason: 'test data', trailing: true },
    ]);
    expect(parseDirectives('const s = "flowguard-ignore code/x -- no";')).toEqual([]);
  });
});

describe('directive look-alikes', () => {
  it('ignores a directive-shaped text inside a string literal', () => {
    expect(parseDirectives("const ex = { code: 'eval(x); // flowguard-ignore code/eval-injection' };")).toEqual([]);
    expect(parseDirectives('// flowguard-ignore code/eval-injection -- the "reason" quotes are fine')).toHaveLength(1);
    expect(parseDirectives("// flowguard-ignore code/eval-injection -- the user's own table")[0]?.reason).toBe("the user's own table");
  });
});
