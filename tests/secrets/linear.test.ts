// Every detector stays linear on a run of its own prefix (issue 23): the engine counts the characters it hands to
// detector regexes (`engine.steps`, an upper bound on what they read), and a 4x larger input may cost at most about
// 4x as much, with a small constant per character. Work is compared, never wall time.
import { describe, expect, it } from 'vitest';
import { detectors, engine, secretSample } from '../../rules/secret/index.js';
import { SecretEngine } from '../../src/analyzers/secrets/engine.js';
import { maxMatchLength } from '../../src/analyzers/secrets/pack.js';

const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** The work of one detector alone (its own engine), or of the whole pack. */
function steps(text: string, id?: string): number {
  const e = id ? new SecretEngine(detectors.filter((d) => d.id === id)) : engine;
  const before = e.steps;
  e.scan({ path: 'adversarial.env', text });
  return e.steps - before;
}

/** Inputs built from a detector's own keywords and sample: runs of the prefix, of `prefix=`, of a cut sample. */
function units(id: string, keywords: readonly string[]): string[] {
  const sample = secretSample(id);
  const out = new Set<string>();
  for (const k of keywords) {
    out.add(k);
    out.add(`${k}=`);
    out.add(`${k} = "`);
  }
  out.add(sample.slice(0, Math.max(1, Math.floor(sample.length / 2))));
  out.add(`${sample.slice(0, -1)}\n`);
  return [...out];
}

const BLOCKS = [
  '-----BEGIN RSA PRIVATE KEY-----\n',
  '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n',
  '-----BEGIN PGP PRIVATE KEY BLOCK-----\n',
  '-----BEGIN PGP PRIVATE KEY BLOCK-----\nlFgEZ\n-----END PGP PRIVATE KEY BLOCK-----\n',
  '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n',
  '-----BEGIN PRIVATE KEY-----\n-----END CERTIFICATE-----\n',
];

describe('linear work on runs of a detector prefix', () => {
  const N = 16 * 1024;
  // Sizes n, 2n, 4n: for linear work the second difference is twice the first (quadratic work: four times); the
  // constant a match window adds at the end of the text cancels out.
  it.each(detectors.map((d) => [d.id, d] as const))('%s', (id, d) => {
    for (const unit of [...units(id, d.keywords), ...BLOCKS]) {
      const [one, two, four] = [1, 2, 4].map((k) => steps(fill(unit, k * N), id)) as [number, number, number];
      expect(four - two, `${id}: ${JSON.stringify(unit.slice(0, 40))}`).toBeLessThanOrEqual(2.5 * (two - one) + 1024);
    }
  });

  // A 12000-char lazy loop restarted at every BEGIN line read ~375 characters per character of the file.
  it('reads a block file once however many BEGIN lines it has', () => {
    for (const id of ['private-key', 'pgp-private-key', 'gcp-service-account-key']) {
      for (const unit of BLOCKS) {
        const text = fill(unit, 256 * 1024);
        expect(steps(text, id) / text.length, `${id}: ${JSON.stringify(unit.slice(0, 40))}`).toBeLessThan(4);
      }
    }
  });

  it('survives a million keyword starts in one file', () => {
    // Collecting the starts once spread them into one call's arguments: over ~120k the stack overflowed.
    expect(() => engine.scan({ path: 'a.env', text: fill('hf_', 1024 * 1024) })).not.toThrow();
  });

  it('refuses a long lazy loop that is not a block', async () => {
    const { compilePack } = await import('../../src/analyzers/secrets/pack.js');
    const spec = {
      id: 'demo-block',
      title: 'Demo',
      provider: 'Demo',
      severity: 'high',
      keywords: ['-----begin demo'],
      anchored: true,
      sample: 'x',
      risk: 'Demo.',
      regex: '(-----BEGIN DEMO-----[\\s\\S]{1,5000}?-----END DEMO-----)',
    };
    expect(() => compilePack([spec], 'test.yaml')).toThrow(/lazy loop of up to 5000/);
    expect(compilePack([{ ...spec, end: '-----end demo' }], 'test.yaml')[0]?.end).toBe('-----end demo');
  });

  it('bounds what a match can read', () => {
    expect(maxMatchLength('\\b(ghp_[A-Za-z0-9]{36})\\b')).toBe(40);
    expect(maxMatchLength('(?<![0-9])([0-9]{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])')).toBe(47);
    expect(maxMatchLength('(?:ab|c{2,5})x?')).toBe(6);
    expect(maxMatchLength('(?<n>\\x41\\u0042\\p{L}{3})')).toBe(5);
  });
});
