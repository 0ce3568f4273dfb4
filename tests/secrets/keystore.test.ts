// secret/keystore-file: binary keystores found by format (not name), truststores and lookalikes left alone, and
// nothing of the file ever printed.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';
import { toJson } from '../../src/report/json.js';
import { toSarif } from '../../src/report/sarif.js';
import { keystoreOf } from '../../src/analyzers/secrets/keystore.js';
import { keystoreBytes } from '../../src/analyzers/secrets/template.js';
import { tmpTree } from '../helpers/tmp.js';

async function found(files: Record<string, string | Buffer>) {
  const root = tmpTree(files);
  const result = await scan({ root, type: 'secrets' });
  return { result, hits: result.findings.filter((f) => f.ruleId === 'secret/keystore-file') };
}

describe('secret/keystore-file', () => {
  it('recognises each format and what it holds', () => {
    expect(keystoreOf(keystoreBytes('jks', 1))).toEqual({ format: 'JKS', contents: 'private-key' });
    expect(keystoreOf(keystoreBytes('jkstrust', 1))).toEqual({ format: 'JKS', contents: 'certificates' });
    expect(keystoreOf(keystoreBytes('jceks', 1))).toEqual({ format: 'JCEKS', contents: 'secret-key' });
    expect(keystoreOf(keystoreBytes('p12', 1))).toEqual({ format: 'PKCS#12', contents: 'private-key' });
    expect(keystoreOf(keystoreBytes('p12trust', 1))).toEqual({ format: 'PKCS#12', contents: 'certificates' });
    expect(keystoreOf(keystoreBytes('p12enc', 1))).toEqual({ format: 'PKCS#12', contents: 'encrypted' });
  });

  it('reports binary keystores under any name, file-level, high or medium', async () => {
    const { hits, result } = await found({
      'android/app/release.jks': keystoreBytes('jks', 2),
      'android/app/debug.keystore': keystoreBytes('p12', 3),
      'certs/client.pfx': keystoreBytes('p12enc', 4),
      'config/secrets.jceks': keystoreBytes('jceks', 5),
      'resources/signing-material': keystoreBytes('jks', 6),
      'src/index.ts': 'export const x = 1;\n',
    });
    expect(hits.map((f) => [f.file, f.severity, f.line])).toEqual([
      ['android/app/debug.keystore', 'high', undefined],
      ['android/app/release.jks', 'high', undefined],
      ['certs/client.pfx', 'medium', undefined],
      ['config/secrets.jceks', 'high', undefined],
      ['resources/signing-material', 'high', undefined],
    ]);
    const sarif = toSarif(result);
    const res = JSON.parse(sarif).runs[0].results.filter((r: { ruleId: string }) => r.ruleId === 'secret/keystore-file');
    expect(res[0].locations[0].physicalLocation.region).toBeUndefined();
    // no byte of a keystore (as base64 or hex) in any output
    for (const [name, kind, seed] of [
      ['release.jks', 'jks', 2],
      ['debug.keystore', 'p12', 3],
    ] as const) {
      const b = keystoreBytes(kind, seed);
      for (const out of [sarif, toJson(result)]) {
        expect(out, name).not.toContain(b.subarray(40, 60).toString('base64'));
        expect(out, name).not.toContain(b.subarray(40, 60).toString('hex'));
      }
    }
  });

  it('leaves truststores, text named like a keystore, certificates and DER keys of other kinds alone', async () => {
    const { hits } = await found({
      'certs/truststore.jks': keystoreBytes('jkstrust', 1),
      'certs/cacerts.p12': keystoreBytes('p12trust', 2),
      'certs/readme.p12': 'This is not a keystore: generate one with keytool -genkeypair and keep it out of git.\n'.repeat(3),
      'certs/empty.jks': Buffer.alloc(200),
      'certs/cert.der': Buffer.concat([Buffer.from('308203', 'hex'), keystoreBytes('jks', 3).subarray(3)]),
    });
    expect(hits).toEqual([]);
  });

  it('reports a base64-encoded keystore held by a text file', async () => {
    const { hits } = await found({ 'ci/release.keystore.base64': keystoreBytes('jks', 7).toString('base64').replace(/.{76}/g, '$&\n') });
    expect(hits.map((f) => [f.file, f.message])).toEqual([
      ['ci/release.keystore.base64', '`ci/release.keystore.base64` is a JKS keystore (base64-encoded) committed to the repository: holds a private key entry.'],
    ]);
  });
});
