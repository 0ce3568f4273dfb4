import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config.js';

const err = (text: string) => {
  try {
    parseConfig(text, 'flowguard.config.yaml');
  } catch (e) {
    return (e as Error).message;
  }
  return 'no error';
};

describe('flowguard.config.yaml', () => {
  it('reads every documented key', () => {
    const c = parseConfig(
      [
        'type: static',
        'failOn: medium',
        'profile: production',
        'exclude: ["fixtures/**", "*.min.js"]',
        'rules:',
        '  code/string-timer: off',
        '  code/eval-injection: critical',
        'secrets:',
        '  allow: ["EXAMPLE_[A-Z]+"]',
        'baseline: .flowguard-baseline.json',
        'maxFileSize: 2MB',
      ].join('\n'),
      'flowguard.config.yaml',
    );
    expect(c).toEqual({
      type: 'static',
      failOn: 'medium',
      profile: 'production',
      exclude: ['fixtures/**', '*.min.js'],
      rules: { 'code/string-timer': 'off', 'code/eval-injection': 'critical' },
      secrets: { allow: ['EXAMPLE_[A-Z]+'] },
      baseline: '.flowguard-baseline.json',
      maxFileSize: 2 * 1024 * 1024,
    });
  });

  it('names the file, line and key of an unknown key, with a suggestion', () => {
    expect(err('type: static\n\nfailon: high\n')).toBe('flowguard.config.yaml:3: unknown key "failon" (did you mean "failOn"?)');
  });

  it('rejects wrong types and values with the line', () => {
    expect(err('exclude: fixtures\n')).toBe('flowguard.config.yaml:1: "exclude" must be a list of strings');
    expect(err('type: static\nfailOn: severe\n')).toBe('flowguard.config.yaml:2: "failOn" must be one of critical, high, medium, low, info, none, not "seve…"');
    expect(err('rules:\n  code/eval-injection: loud\n')).toMatch(/^flowguard.config.yaml:2: rule "code\/eval-injection" must be off or one of/);
    expect(err('secrets:\n  allow: ["("]\n')).toMatch(/^flowguard.config.yaml:2: "secrets.allow" has an invalid regular expression/);
    expect(err('secrets:\n  alow: []\n')).toBe('flowguard.config.yaml:2: unknown key "secrets.alow" (did you mean "allow"?)');
    expect(err('- a\n- b\n')).toBe('flowguard.config.yaml:1: the config must be a mapping of keys to values');
    expect(err('type: [unclosed\n')).toMatch(/^flowguard.config.yaml:\d+: invalid YAML/);
  });

  it('accepts an empty file', () => {
    expect(parseConfig('', 'x')).toEqual({});
  });
});
