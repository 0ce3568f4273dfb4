import { describe, expect, it } from 'vitest';
import { secretSample } from '../../rules/secret/index.js';
import { base62, crc32, jwtDocumented, jwtOk, pemOk, prefixedChecksumOk, withChecksum } from '../../src/analyzers/secrets/validators.js';
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

  it('accepts PEM bodies that are DER or OpenSSH and rejects random base64', () => {
    expect(pemOk(secretSample('private-key', 1))).toBe(true);
    expect(pemOk(expandTemplate('{pem:OPENSSH PRIVATE KEY}', 2))).toBe(true);
    expect(pemOk(expandTemplate('{pem:EC PRIVATE KEY}', 2))).toBe(true);
    expect(pemOk(`-----BEGIN PRIVATE KEY-----\n${expandTemplate('{b64:64}\n{b64:64}', 3)}\n-----END PRIVATE KEY-----`)).toBe(false);

    // A legacy key decrypted with its CBC padding kept (ssh2's test results hold two): 1 to 16 bytes of the count.
    const armor = (b: Buffer): string => `-----BEGIN RSA PRIVATE KEY-----\n${b.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END RSA PRIVATE KEY-----`;
    // (a seed whose lines do not start or end with `+`, which pemBody trims as JS string concatenation)
    const der = [4, 5, 6, 7, 8, 9]
      .map((seed) => Buffer.from(secretSample('private-key', seed).split('\n').slice(1, -1).join(''), 'base64'))
      .find((d) => !/^\+|\+$/m.test(armor(Buffer.concat([d, Buffer.alloc(10, 10)]))))!;
    expect(pemOk(armor(Buffer.concat([der, Buffer.alloc(10, 10)])))).toBe(true);
    expect(pemOk(armor(Buffer.concat([der, Buffer.alloc(10, 7)])))).toBe(false);
    expect(pemOk(armor(Buffer.concat([der, Buffer.alloc(20, 20)])))).toBe(false);
  });
});
