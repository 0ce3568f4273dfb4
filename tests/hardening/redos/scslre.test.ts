// Why flowguard keeps its own static ReDoS check (src/core/regex-safety.ts) rather than scslre: scslre (on regexpp and
// refa) misses exponential backtracking where two alternatives of a starred group overlap without being the same
// text ((\w|\d)*, (ab|a.)+), grades (a|a)*b polynomial, and does not see the lazy-dot polynomial of a PEM block
// matcher. Each pattern here is really super-linear in V8 (26 pumps take over a second); ours finds each, and agrees
// with scslre on the patterns both grade. If a scslre release finds them all, this test fails: switch to it then.
import { RegExpParser } from '@eslint-community/regexpp';
import { analyse } from 'scslre';
import { describe, expect, it } from 'vitest';
import { analyzeRegex } from '../../../src/core/regex-safety.js';

const parser = new RegExpParser();
function scslre(re: RegExp): 'linear' | 'polynomial' | 'exponential' {
  const { reports } = analyse(parser.parseLiteral(re.toString()), { reportTypes: { Move: true, Self: true, Trade: true } });
  return reports.length === 0 ? 'linear' : reports.some((r) => r.exponential) ? 'exponential' : 'polynomial';
}

describe('our ReDoS check against scslre', () => {
  it.each([
    [/^(\w|\d)*$/, 'exponential', '1'.repeat(8) + '!'],
    [/^(ab|a.)+$/, 'exponential', 'ab'.repeat(8) + '!'],
    [/(a|a)*b/, 'exponential', 'a'.repeat(8)],
  ])('finds %s %s where scslre does not', (re, want, attack) => {
    expect(analyzeRegex(re).complexity).toBe(want);
    expect(scslre(re)).not.toBe(want);
    expect(re.test(attack)).toBe(false);
  });

  it('finds the polynomial PEM block matcher scslre calls linear', () => {
    const re = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END/;
    expect(analyzeRegex(re).complexity).toBe('polynomial');
    expect(scslre(re)).toBe('linear');
  });

  it.each([
    [/^(a+)+$/, 'exponential'],
    [/(\w+\s?)+$/, 'exponential'],
    [/^(\d+\.?)+$/, 'exponential'],
    [/\s*=\s*/, 'polynomial'],
    [/x+x+y/, 'polynomial'],
    [/\bnpm_[A-Za-z0-9]{36}\b/g, 'linear'],
    [/^(a|ab)*$/, 'linear'],
  ])('agrees with scslre on %s (%s)', (re, want) => {
    expect(analyzeRegex(re).complexity).toBe(want);
    expect(scslre(re)).toBe(want);
  });
});
