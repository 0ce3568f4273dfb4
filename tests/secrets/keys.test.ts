// Private keys as the real tools write them: generated at test time with ssh-keygen, gpg and age-keygen into a
// temp directory (no key is committed), then scanned as files and inside YAML and JSON.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';
import { bech32Ok, crc24, pgpPrivateKeyOk } from '../../src/analyzers/secrets/validators.js';
import { secretSample } from '../../rules/secret/index.js';

const has = (cmd: string): boolean => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const tmp = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'fg-keys-'));

async function ruleIds(code: string, file: string): Promise<string[]> {
  const r = await scanText(code, { path: file, type: 'secrets' });
  // The masked value only: the finding must never carry the key itself.
  const chunks = code.match(/[A-Za-z0-9+/]{24,}/g) ?? [];
  for (const f of r.findings) for (const c of chunks) expect(JSON.stringify(f)).not.toContain(c.slice(4, 24));
  return r.findings.map((f) => f.ruleId);
}

const yamlBlock = (name: string, key: string): string => `${name}: |\n  ${key.trim().split('\n').join('\n  ')}\nhost: build.internal\n`;

describe('validators of key formats', () => {
  it('computes the CRC-24 of RFC 4880 and checks Bech32', () => {
    expect(crc24(new Uint8Array())).toBe(0xb704ce);
    const key = secretSample('age-secret-key', 1);
    expect(bech32Ok(key)).toBe(true);
    const i = 30;
    const flipped = key.slice(0, i) + (key[i] === 'Q' ? 'P' : 'Q') + key.slice(i + 1);
    expect(bech32Ok(flipped)).toBe(false);
    expect(bech32Ok(key.slice(0, 20) + key.slice(20).toLowerCase())).toBe(false);
  });

  it('rejects a PGP block whose body or checksum was changed', () => {
    const block = secretSample('pgp-private-key', 2);
    expect(pgpPrivateKeyOk(block)).toBe(true);
    const lines = block.split('\n');
    const body = lines[2]!;
    lines[2] = body.slice(0, 10) + (body[10] === 'A' ? 'B' : 'A') + body.slice(11);
    expect(pgpPrivateKeyOk(lines.join('\n'))).toBe(false);
  });
});

describe.skipIf(!has('ssh-keygen'))('OpenSSH keys written by ssh-keygen', () => {
  for (const [type, pass] of [
    ['ed25519', ''],
    ['ed25519', 'correct horse'],
    ['rsa', ''],
    ['rsa', 'correct horse'],
  ] as const) {
    it(`finds -t ${type}${pass ? ' with a passphrase' : ''} as a file and in a YAML block scalar`, async () => {
      const dir = tmp();
      const file = path.join(dir, 'id_key');
      execFileSync('ssh-keygen', ['-q', '-t', type, ...(type === 'rsa' ? ['-b', '2048'] : []), '-N', pass, '-C', 'ci@build', '-f', file], { stdio: 'ignore' });
      const key = fs.readFileSync(file, 'utf8');
      expect(await ruleIds(key, `deploy/id_${type}`)).toEqual(['secret/private-key']);
      expect(await ruleIds(yamlBlock('ssh_key', key), 'deploy/values.yaml')).toEqual(['secret/private-key']);
      expect(await ruleIds(JSON.stringify({ key }), 'deploy/key.json')).toEqual(['secret/private-key']);
      expect(await ruleIds(fs.readFileSync(`${file}.pub`, 'utf8'), `deploy/id_${type}.pub`)).toEqual([]);
    });
  }
});

describe.skipIf(!has('gpg'))('OpenPGP keys written by gpg', () => {
  for (const [algo, pass] of [
    ['ed25519', ''],
    ['rsa2048', 'correct horse'],
  ] as const) {
    it(`finds an exported ${algo} secret key${pass ? ' with a passphrase' : ''}, not its public key`, async () => {
      const home = tmp();
      fs.chmodSync(home, 0o700);
      const gpg = (...args: string[]): string =>
        execFileSync('gpg', ['--batch', '--homedir', home, '--pinentry-mode', 'loopback', '--passphrase', pass, ...args], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
      gpg('--quick-gen-key', 'Build Bot <bot@ci.internal>', algo, 'default', 'never');
      const secret = gpg('--armor', '--export-secret-keys');
      expect(pgpPrivateKeyOk(secret)).toBe(true);
      expect(await ruleIds(secret, 'ci/signing.asc')).toEqual(['secret/pgp-private-key']);
      expect(await ruleIds(yamlBlock('gpg_key', secret), '.github/values.yaml')).toEqual(['secret/pgp-private-key']);
      expect(await ruleIds(JSON.stringify({ gpg: secret }), 'ci/key.json')).toEqual(['secret/pgp-private-key']);
      // As test suites embed it (openpgpjs' test/general/packet.js): one `'line\n' +` literal per armor line.
      const literal = `const key =\n${secret
        .trim()
        .split('\n')
        .map((l) => `  '${l}\\n' +`)
        .join('\n')}\n  '';\n`;
      expect(await ruleIds(literal, 'test/packet.js')).toEqual(['secret/pgp-private-key']);
      expect(await ruleIds(gpg('--armor', '--export'), 'ci/public.asc')).toEqual([]);
      // One character of the body changed: the armor checksum no longer matches.
      const lines = secret.split('\n');
      const i = lines.findIndex((l) => /^[A-Za-z0-9+/]{60,}$/.test(l));
      lines[i] = (lines[i]![0] === 'A' ? 'B' : 'A') + lines[i]!.slice(1);
      expect(await ruleIds(lines.join('\n'), 'ci/signing.asc')).toEqual([]);
    }, 60_000);
  }
});

describe.skipIf(!has('age-keygen'))('age identities written by age-keygen', () => {
  it('finds the secret key of age-keygen output, not the recipient', async () => {
    const out = execFileSync('age-keygen', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(await ruleIds(out, 'keys.txt')).toEqual(['secret/age-secret-key']);
    const recipient = /age1[a-z0-9]{58}/.exec(out)![0];
    expect(await ruleIds(`creation_rules:\n  - age: ${recipient}\n`, '.sops.yaml')).toEqual([]);
    const key = /AGE-SECRET-KEY-1\w+/.exec(out)![0];
    expect(await ruleIds(`SOPS_AGE_KEY=${key.slice(0, -1)}${key.endsWith('Q') ? 'P' : 'Q'}\n`, '.env')).toEqual([]);
  });
});
