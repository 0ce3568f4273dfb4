// Kubernetes Secret manifests keep their values base64-encoded under `data:`: the engine decodes each value and scans
// the decoded text, reporting at the encoded value with the inner detector's rule. Samples are made at run time.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';
import { secretSample } from '../../rules/secret/index.js';
import { kubernetesSecretValues } from '../../src/analyzers/secrets/engine.js';

const b64 = (s: string): string => Buffer.from(s).toString('base64');
const manifest = (kind: string, data: Record<string, string>, extra = ''): string =>
  `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: app\n  namespace: prod\ntype: Opaque\ndata:\n${Object.entries(data)
    .map(([k, v]) => `  ${k}: ${v}\n`)
    .join('')}${extra}`;

async function found(text: string, path = 'deploy/secret.yaml') {
  const r = await scanText(text, { path, type: 'secrets' });
  return r.findings.map((f) => ({ rule: f.ruleId, line: f.line, message: f.message }));
}

describe('Kubernetes Secret data values', () => {
  it('finds a provider token that is base64-encoded, at the encoded value', async () => {
    const token = secretSample('github-pat', 3);
    const hits = await found(manifest('Secret', { GITHUB_TOKEN: b64(`${token}\n`) }));
    expect(hits).toEqual([{ rule: 'secret/github-pat', line: 8, message: expect.stringContaining('base64-encoded in a Kubernetes Secret') }]);
    // Never the decoded value, never the encoded one.
    expect(JSON.stringify(hits)).not.toContain(token.slice(4, 16));
  });

  it('finds a named password, a private key and a database URL inside decoded values', async () => {
    const text = manifest('Secret', {
      DB_PASSWORD: b64('Vq8#rT2w!pLz9xK'),
      'tls.key': b64(secretSample('private-key', 2)),
      DATABASE_URL: b64('postgres://app:Vq8rT2wpLz9xKm3@db.internal:5432/app'),
    });
    expect((await found(text)).map((h) => [h.rule, h.line])).toEqual([
      ['secret/generic-secret', 8],
      ['secret/private-key', 9],
      ['secret/database-url-password', 10],
    ]);
  });

  it('reads quoted values, several documents and CRLF line ends', async () => {
    const token = secretSample('stripe-secret-key', 1);
    const text = `apiVersion: v1\nkind: ConfigMap\ndata:\n  A: ${b64(token)}\n---\n${manifest('Secret', { STRIPE: `"${b64(token)}"` })}`.replace(/\n/g, '\r\n');
    expect((await found(text)).map((h) => [h.rule, h.line])).toEqual([['secret/stripe-secret-key', 13]]);
  });

  it('leaves other kinds, stringData, placeholders, binary and non-YAML files alone', async () => {
    const token = secretSample('github-pat', 5);
    // (the encoded value itself may still look like a generic token: only the decoding is asserted here)
    const decodedRules = async (text: string, path?: string) => (await found(text, path)).filter((h) => h.message.includes('Kubernetes')).map((h) => h.rule);
    expect(await decodedRules(manifest('ConfigMap', { GITHUB_TOKEN: b64(token) }))).toEqual([]);
    expect(await found(manifest('Secret', { DB_PASSWORD: b64('changeme'), API_KEY: b64('your-api-key-here') }))).toEqual([]);
    expect(await found(manifest('Secret', { 'keystore.p12': Buffer.from([0, 1, 2, 3, 255, 254, 0, 9]).toString('base64') }))).toEqual([]);
    expect(await decodedRules(manifest('Secret', { GITHUB_TOKEN: b64(token) }), 'docs/secret.txt')).toEqual([]);
    // `data:` of a nested mapping is not the Secret's data.
    expect(await found(`kind: Secret\nmetadata:\n  annotations:\n    data: x\nstringData:\n  note: hello\n`)).toEqual([]);
  });

  it('stops at the next top-level key and reads each value once', () => {
    const text = `kind: Secret\ndata:\n  a: ${b64('one')}\n  # comment\n\n  b: ${b64('two')}\ntype: Opaque\n  c: ${b64('three')}\n`;
    expect(kubernetesSecretValues(text).map((v) => [v.key, v.decoded, text.slice(v.start, v.end)])).toEqual([
      ['a', 'one', b64('one')],
      ['b', 'two', b64('two')],
    ]);
  });
});
