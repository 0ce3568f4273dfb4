// The static ReDoS check: the analyzer on known patterns, then every regex flowguard ships.
import { describe, expect, it } from 'vitest';
import { analyzeRegex, assertLinearRegex, UnsafeRegexError } from '../../../src/core/regex-safety.js';
import { rules } from '../../../rules/index.js';
import { regexesInRuleData, regexesInTs } from './regex-sources.js';

describe('analyzeRegex', () => {
  it.each([
    [/^(a+)+$/, 'exponential'],
    [/(a+)+b/, 'exponential'],
    [/^(\w|\d)*$/, 'exponential'],
    [/^(x\w+)+$/, 'exponential'],
    [/^(\d+\.?)+$/, 'exponential'],
    [/^(ab|a.)+$/, 'exponential'],
    [/(\w+\s?)+$/, 'exponential'],
    [/(a|a)*b/, 'exponential'],
    [/^(?=(a+)+$)/, 'exponential'],
    [/\s*=\s*/, 'polynomial'],
    [/\s+$/, 'polynomial'],
    [/x+x+y/, 'polynomial'],
    [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END/, 'polynomial'],
    [/(?:\/\/|#|;)[^'"`]*$/, 'polynomial'],
    [/^(?:(?!ab).|a)*$/, 'exponential'],
    [/^(?:(?!a).|a)*$/, 'linear'],
    [/^(a|ab)*$/, 'linear'],
    [/^(a+b)+$/, 'linear'],
    [/(a+)+/, 'linear'],
    [/\s+/g, 'linear'],
    [/\bnpm_[A-Za-z0-9]{36}\b/g, 'linear'],
    [/AKIA[0-9A-Z]{16}/, 'linear'],
    [/(?:api[_-]?key|secret)\s*[:=]\s*['"]?([A-Za-z0-9_-]{20,})['"]?/i, 'linear'],
    [/^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i, 'linear'],
    [/^[a-z]+\/(?:[a-z0-9-]+|\*)$/, 'linear'],
  ])('%s is %s', (re, want) => {
    expect(analyzeRegex(re).complexity).toBe(want);
  });

  it('gives an attack input that really is slow for an exponential pattern (checked on a short one)', () => {
    const re = /^(\w|\d)*$/;
    const v = analyzeRegex(re);
    expect(v.attack).toBeDefined();
    const { prefix, pump, suffix } = v.attack!;
    // 2^(pump count) steps, so only a few pumps here: the check is that the shape fails to match, as an attack must.
    expect(re.test(prefix + pump.repeat(4) + suffix)).toBe(false);
  });

  it('assertLinearRegex returns a safe pattern and throws one line for an unsafe one', () => {
    const ok = /\bghp_[A-Za-z0-9]{36}\b/g;
    expect(assertLinearRegex(ok)).toBe(ok);
    expect(() => assertLinearRegex(/^(a+)+$/, { label: 'secret/demo' })).toThrow(UnsafeRegexError);
    expect(() => assertLinearRegex(/^(a+)+$/, { label: 'secret/demo' })).toThrow(/^secret\/demo: \/\^\(a\+\)\+\$\/ can take exponential time/);
    expect(() => assertLinearRegex(/\s*=\s*/)).toThrow(/polynomial/);
    expect(assertLinearRegex(/\s*=\s*/, { allowPolynomial: true }).source).toBe('\\s*=\\s*');
  });
});

// Polynomial patterns accepted in flowguard's own code, each with the reason its input stays short or trusted.
const REVIEWED_POLYNOMIAL: Record<string, string> = {
  '\\. To specify a positional argument.*$': "runs on node:util's own parseArgs error message",
  '\\n\\s*\\n': "runs on rules' help text (our own metadata), never on scanned files",
  // src/core/skip.ts GENERATED: bounded repeats only, and applied to the first 2 KiB of a file (HEAD), never more.
  '^[ \\t]*(?:\\/\\/|\\/\\*+|\\*)[ \\t!]*(?:@generated\\b|(?:this (?:file|code|module) (?:is|was|has been) )?(?:auto-?generated|automatically generated|generated (?:by|from|with)\\b)|code generated .{0,120}?do not edit|do not (?:edit|modify)\\b)':
    'skip policy header marker: runs on a 2 KiB head slice',
};

describe('every regex flowguard ships', () => {
  const found = [...regexesInTs(), ...regexesInRuleData()];

  it('finds the regexes (the extraction itself works)', () => {
    expect(found.length).toBeGreaterThan(20);
    expect(found.some((r) => r.file === 'src/suppress/inline.ts')).toBe(true);
  });

  it('has no exponential pattern anywhere', () => {
    const bad = found.filter((r) => analyzeRegex(r.source, r.flags).complexity === 'exponential').map((r) => `${r.where} /${r.source}/`);
    expect(bad).toEqual([]);
  });

  // The pipeline that reads scanned text (discover, read, config, suppressions, reports, CLI): no quadratic pattern.
  const CORE = /^src\/(core|suppress|report|cli)\//;
  it('has no polynomial pattern in the core pipeline except the reviewed ones', () => {
    const bad = found
      .filter((r) => CORE.test(r.file) && !(r.source in REVIEWED_POLYNOMIAL))
      .filter((r) => analyzeRegex(r.source, r.flags).complexity === 'polynomial')
      .map((r) => `${r.where} /${r.source}/`);
    expect(bad).toEqual([]);
  });
});

describe('registered rules that expose their patterns', () => {
  // Data-defined packs (secrets) may carry `patterns: RegExp[]`; whatever carries them must pass the load-time check.
  const withPatterns = rules.filter((r) => Array.isArray((r as { patterns?: unknown }).patterns));
  it('none of them has an exponential pattern', () => {
    const bad: string[] = [];
    for (const rule of withPatterns) {
      for (const re of (rule as unknown as { patterns: (RegExp | string)[] }).patterns) {
        try {
          assertLinearRegex(re, { allowPolynomial: true, label: rule.id });
        } catch (error) {
          bad.push((error as Error).message);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});
