// Every detector regex stays linear: rejected statically when a quantifier is unbounded or nested, and run here on
// 100 KB adversarial inputs (a generous timeout, no timing assertion).
import { describe, expect, it } from 'vitest';
import { detectors, engine, secretSample } from '../../rules/secret/index.js';
import { unsafeRegex } from '../../src/analyzers/secrets/pack.js';

const SIZE = 100 * 1024;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / Math.max(1, unit.length))).slice(0, SIZE);

function adversarial(sample: string, keywords: readonly string[]): string[] {
  const body = sample.slice(0, -1);
  return [
    fill('a'),
    fill('A1'),
    fill(' '),
    fill('='),
    fill('0'),
    fill(`${body}`),
    fill(`${keywords[0]!}`),
    `${keywords[0]!}${fill('a')}`,
    `${keywords[0]!} = "${fill('Ab1')}`,
    fill(`${keywords[0]!}=`),
    fill('-----BEGIN RSA PRIVATE KEY-----\n'),
    fill('eyJhbGci.eyJ'),
    fill('://u:p@'),
    fill('password='),
  ];
}

describe('regex safety', () => {
  it('rejects unbounded and nested quantifiers at load', () => {
    expect(unsafeRegex('(a+)+b')).toMatch(/unbounded/);
    expect(unsafeRegex('(?:[a-z]{1,9}){1,9}x')).toMatch(/nested/);
    expect(unsafeRegex('a*')).toMatch(/unbounded/);
    expect(unsafeRegex('\\b(ghp_[A-Za-z0-9]{36})\\b')).toBeUndefined();
    for (const d of detectors) for (const p of d.patterns) expect(unsafeRegex(p.re.source), d.id).toBeUndefined();
  });

  it.each(detectors.map((d) => [d.id, d] as const))(
    '%s runs in linear time on 100 KB adversarial strings',
    (_id, d) => {
      for (const input of adversarial(secretSample(d.id), d.keywords)) {
        for (const p of d.patterns) {
          p.re.lastIndex = 0;
          let n = 0;
          while (p.re.exec(input) && n++ < SIZE) if (p.re.lastIndex === 0) break;
        }
        engine.scan({ path: 'adversarial.env', text: input });
      }
      expect(true).toBe(true);
    },
    60_000,
  );
});

describe('pack validation', () => {
  it('counts capture groups the way the regex engine does', async () => {
    const { captureGroups } = await import('../../src/analyzers/secrets/pack.js');
    for (const src of ['(a)', '(?:a)(b)', '[(](c)', '\\((d)', '(?<n>e)', '(?<=x)(f)', '(?<!x)(?=y)(g)', '(a)(b)']) {
      // flowguard-ignore code/regexp-injection -- test compiles our own detector patterns
      expect(captureGroups(src), src).toBe(new RegExp(`${src}|`).exec('')!.length - 1);
    }
  });
});

describe('pack loader', () => {
  const base = { id: 'demo-token', title: 'Demo token', provider: 'Demo', severity: 'high', keywords: ['demo_'], sample: 'demo_{alnum:20}', risk: 'Demo.' };
  it.each([
    [{ ...base, regex: '(demo_[a-z]+)' }, /not linear-time: unbounded/],
    [{ ...base, regex: '((?:demo_[a-z]{1,4}){1,9})' }, /nested quantifier/],
    [{ ...base, regex: '(demo_)([a-z]{20})' }, /exactly one capture group/],
    [{ ...base, regex: 'demo_[a-z]{20}' }, /exactly one capture group/],
    [{ ...base, regex: '(demo_[a-z]{20})', colour: 'red' }, /unknown key "colour"/],
    [{ ...base, regex: '(demo_[a-z]{20})', keywords: ['Demo_'] }, /lowercase/],
    [{ ...base, regex: '(demo_[a-z]{20})', validator: 'luhn' }, /validator must be one of/],
  ])('rejects %j', async (spec, message) => {
    const { compilePack } = await import('../../src/analyzers/secrets/pack.js');
    expect(() => compilePack([spec], 'test.yaml')).toThrow(message);
  });
  it('accepts a well-formed entry', async () => {
    const { compilePack } = await import('../../src/analyzers/secrets/pack.js');
    expect(compilePack([{ ...base, regex: '\\b(demo_[a-z]{20})\\b' }], 'test.yaml')[0]?.ruleId).toBe('secret/demo-token');
  });
});
