// A paired pattern (the AWS secret access key, reported only near an access key id) searched ±10 lines around every
// partner: in a one-line file each window was the whole file, and each search ran on past its window to the next
// match, so a 62 KB minified file of key ids and 40-character base64 runs took 21 s and 124 KB took 113 s. Windows
// are now bounded by bytes as well as lines, merged, and each matched once on its own slice. Work is counted
// (`engine.steps`, the characters handed to detector regexes), never timed.
import { describe, expect, it } from 'vitest';
import { detectors, engine, secretSample } from '../../rules/secret/index.js';
import { SecretEngine } from '../../src/analyzers/secrets/engine.js';

const aws = new SecretEngine(detectors.filter((d) => d.id.startsWith('aws-')));

/** A minified one-line bundle of `{id, v}` pairs: every key id with its secret key beside it. */
function bundle(bytes: number): { text: string; ids: string[]; secrets: string[] } {
  const ids: string[] = [];
  const secrets: string[] = [];
  let text = '';
  for (let seed = 1; text.length < bytes; seed++) {
    const id = secretSample('aws-access-key-id', seed);
    const secret = secretSample('aws-secret-access-key', seed);
    ids.push(id);
    secrets.push(secret);
    text += `{id:"${id}",v:"${secret}"},`;
  }
  return { text: `var k=[${text}];\n`, ids, secrets };
}

function run(e: SecretEngine, text: string, path = 'dist/app.min.js') {
  const before = e.steps;
  const hits = e.scan({ path, text });
  return { hits, steps: e.steps - before };
}

const found = (hits: ReturnType<SecretEngine['scan']>, id: string): string[] => hits.filter((h) => h.detector.id === id).map((h) => h.secret);

describe('paired secret patterns stay linear', () => {
  it('finds every pair of a 200 KB one-line file, reading it a few times at most', () => {
    const { text, ids, secrets } = bundle(200 * 1024);
    expect(ids.length).toBeGreaterThan(2500);
    const { hits, steps } = run(aws, text);
    expect(found(hits, 'aws-access-key-id').sort()).toEqual([...ids].sort());
    // The same set as each pair scanned alone (a few random samples fail the entropy filter either way).
    const alone = secrets.filter((s, i) => found(aws.scan({ path: 'a.js', text: `{id:"${ids[i]}",v:"${s}"}` }), 'aws-secret-access-key').length === 1);
    expect(alone.length).toBeGreaterThan(secrets.length * 0.99);
    expect(found(hits, 'aws-secret-access-key').sort()).toEqual(alone.sort());
    // Before: about one file length per key id (over 2,500 here); now the anchored passes and the merged window.
    expect(steps / text.length).toBeLessThan(8);
    // The whole pack reports the same pairs.
    const all = engine.scan({ path: 'dist/app.min.js', text });
    expect(found(all, 'aws-secret-access-key').length).toBe(alone.length);
  });

  it('costs twice as much for twice the input', () => {
    const one = run(aws, bundle(64 * 1024).text).steps;
    const two = run(aws, bundle(128 * 1024).text).steps;
    const four = run(aws, bundle(256 * 1024).text).steps;
    expect(four - two).toBeLessThanOrEqual(2.5 * (two - one) + 1024);
  });

  it('reads a run of key ids with nothing to pair once, never to the end of the file per id', () => {
    let text = '';
    for (let seed = 1; text.length < 200 * 1024; seed++) text += `"${secretSample('aws-access-key-id', seed)}",`;
    const { hits, steps } = run(aws, text);
    expect(found(hits, 'aws-secret-access-key')).toEqual([]);
    expect(steps / text.length).toBeLessThan(8);
  });

  it('keeps the line window in files of short lines and bounds it by bytes on a long line', () => {
    const id = secretSample('aws-access-key-id', 7);
    const secret = secretSample('aws-secret-access-key', 7);
    const lines = (n: number): string => Array.from({ length: n }, (_, i) => `region_${i} = eu-west-1`).join('\n');
    // Ten short lines apart: still a pair.
    expect(found(run(aws, `id = ${id}\n${lines(9)}\nvalue = ${secret}\n`, 'creds.ini').hits, 'aws-secret-access-key')).toEqual([secret]);
    // Twelve lines apart: not a pair.
    expect(found(run(aws, `id = ${id}\n${lines(11)}\nvalue = ${secret}\n`, 'creds.ini').hits, 'aws-secret-access-key')).toEqual([]);
    // On one line, 10 KB of code apart: not a pair (ten lines of a minified file are the whole file).
    expect(found(run(aws, `a="${id}";${'f(x);'.repeat(2048)}b="${secret}";`).hits, 'aws-secret-access-key')).toEqual([]);
    // On one line, a few hundred bytes apart: a pair.
    expect(found(run(aws, `a="${id}";${'f(x);'.repeat(60)}b="${secret}";`).hits, 'aws-secret-access-key')).toEqual([secret]);
  });

  it('judges the lookarounds at a window edge by the real text around it', () => {
    const id = secretSample('aws-access-key-id', 3);
    const secret = secretSample('aws-secret-access-key', 3);
    // The 40 characters at the window's far edge are the tail of a longer base64 run: not a secret key.
    const pad = 'f(x);'.repeat(500);
    const text = `a="${id}";${pad.slice(0, 2560 - 48)}b="A${secret}";`;
    expect(found(run(aws, text).hits, 'aws-secret-access-key')).toEqual([]);
  });
});
