import { describe, expect, it } from 'vitest';
import { secretSample } from '../../rules/secret/index.js';
import {
  base62,
  crc32,
  jwtDocumented,
  jwtOk,
  pemBody,
  pemOk,
  prefixedChecksumOk,
  supabaseServiceRoleOk,
  unsignedJwtCredential,
  withChecksum,
} from '../../src/analyzers/secrets/validators.js';
import { scan } from '../../src/index.js';
import { expandTemplate } from '../../src/analyzers/secrets/template.js';

describe('validators', () => {
  it('computes CRC-32 (IEEE) and base62 like the reference values', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(base62(0)).toBe('000000');
    expect(base62(61)).toBe('00000z');
    expect(base62(62)).toBe('000010');
  });

  it('accepts GitHub/npm tokens whose checksum matches and rejects one changed character', () => {
    const t = withChecksum('ghp_', expandTemplate('{alnum:30}', 4));
    expect(prefixedChecksumOk(t)).toBe(true);
    const flipped = t.slice(0, 10) + (t[10] === 'a' ? 'b' : 'a') + t.slice(11);
    expect(prefixedChecksumOk(flipped)).toBe(false);
    expect(prefixedChecksumOk(secretSample('npm-token', 3))).toBe(true);
  });

  it('checks JWT headers and recognises the tutorials token', () => {
    expect(jwtOk(secretSample('jwt', 2))).toBe(true);
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"1"}').toString('base64url')}.${'a'.repeat(20)}`;
    expect(jwtOk(none)).toBe(false);
    const doe = `${Buffer.from('{"alg":"HS256"}').toString('base64url')}.${Buffer.from('{"sub":"1234567890","name":"John Doe"}').toString('base64url')}.sig`;
    expect(jwtDocumented(doe)).toBe(true);
  });

  it('tells Supabase service-role keys from anon keys and finds credentials in unsigned JWTs', async () => {
    const b64 = (o: unknown): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    const service = expandTemplate('{jwt:service_role}', 1);
    const anon = expandTemplate('{jwt:anon}', 1);
    expect(supabaseServiceRoleOk(service)).toBe(true);
    expect(supabaseServiceRoleOk(anon)).toBe(false);
    expect(jwtOk(anon)).toBe(false);
    // Supabase's published local-development service key (iss supabase-demo) stays quiet.
    const demo = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ iss: 'supabase-demo', role: 'service_role', exp: 1983812996 })}.${'s'.repeat(8)}${expandTemplate('{b64url:35}', 2)}`;
    expect(supabaseServiceRoleOk(demo) && jwtDocumented(demo)).toBe(true);
    // Unsigned: a credential claim counts, nested too; a name, an id or a signed token does not.
    const none = (payload: unknown): string => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(payload)}.`;
    expect(unsignedJwtCredential(none({ sub: 'svc', db: { password: expandTemplate('{password:20}', 3) } }))).toBe('password');
    expect(unsignedJwtCredential(none({ sub: 'svc', apiKey: expandTemplate('{alnum:32}', 3) }))).toBe('apiKey');
    expect(unsignedJwtCredential(none({ user: 'admin', role: 'admin', token_type: 'bearer-token-x' }))).toBeUndefined();
    expect(unsignedJwtCredential(`${b64({ alg: 'HS256' })}.${b64({ password: 'x'.repeat(12) })}.`)).toBeUndefined();

    const found = async (text: string): Promise<string[]> =>
      (await scan({ root: '/virtual', type: 'secrets', contents: new Map([['.env', text]]) })).findings.map((f) => `${f.ruleId}:${f.severity}`);
    expect(await found(`SUPABASE_SERVICE_ROLE_KEY=${service}\n`)).toEqual(['secret/supabase-service-role-key:critical']);
    expect(await found(`NEXT_PUBLIC_SUPABASE_ANON_KEY=${anon}\n`)).toEqual([]);
    expect(await found(`curl -H "Authorization: Bearer ${none({ user: 'admin' })}" https://api.internal\n`)).toEqual([]);
    expect(await found(`SESSION=${none({ sub: 'svc', password: 'changeme' })}\n`)).toEqual([]);
  });

  it('accepts PEM bodies that are DER or OpenSSH and rejects random base64', () => {
    expect(pemOk(secretSample('private-key', 1))).toBe(true);
    expect(pemOk(expandTemplate('{pem:OPENSSH PRIVATE KEY}', 2))).toBe(true);
    expect(pemOk(expandTemplate('{pem:EC PRIVATE KEY}', 2))).toBe(true);
    expect(pemOk(`-----BEGIN PRIVATE KEY-----\n${expandTemplate('{b64:64}\n{b64:64}', 3)}\n-----END PRIVATE KEY-----`)).toBe(false);

    // A legacy key decrypted with its CBC padding kept (ssh2's test results hold two): 1 to 16 bytes of the count.
    const armor = (b: Buffer): string =>
      `-----BEGIN RSA PRIVATE KEY-----\n${b
        .toString('base64')
        .match(/.{1,64}/g)!
        .join('\n')}\n-----END RSA PRIVATE KEY-----`;
    const der = Buffer.from(secretSample('private-key', 4).split('\n').slice(1, -1).join(''), 'base64');
    expect(pemOk(armor(Buffer.concat([der, Buffer.alloc(10, 10)])))).toBe(true);
    expect(pemOk(armor(Buffer.concat([der, Buffer.alloc(10, 7)])))).toBe(false);
    expect(pemOk(armor(Buffer.concat([der, Buffer.alloc(20, 20)])))).toBe(false);
  });

  it('keeps a + of base64 at the edge of a PEM line and still reads keys written as string literals', () => {
    const edge = (k: string): boolean =>
      k
        .split('\n')
        .slice(1, -1)
        .some((l) => l.startsWith('+') || l.endsWith('+'));
    const seeds = Array.from({ length: 60 }, (_, i) => i).filter((seed) => edge(secretSample('private-key', seed)));
    expect(seeds.length).toBeGreaterThan(3);
    for (const seed of seeds) {
      const key = secretSample('private-key', seed);
      const lines = key.split('\n');
      const body = lines.slice(1, -1).join('');
      // As written, as JS concatenates it ('line\n' + …) and as a JSON array of lines: the same whole body.
      for (const text of [key, lines.map((l) => `'${l}\\n' +`).join('\n'), lines.map((l) => `  "${l}",`).join('\n')]) {
        expect(pemBody(text).body, `seed ${seed}: ${text.slice(0, 40)}`).toBe(body);
        expect(pemOk(text)).toBe(true);
      }
    }
  });
});
