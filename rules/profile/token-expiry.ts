import { defineControl, profileExample, profileLineOf, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'token-expiry',
  title: 'Access token lifetime above the profile',
  severity: 'medium',
  cwe: 'CWE-613',
  why: 'A stolen access token works until it expires: at most 1h in development, 15m in production.',
  fix: 'set `authentication.tokenExpiry: 15m`.',
  bad: [profileExample({ authentication: '{ tokenExpiry: 1h, refreshTokenExpiry: 24h, mfaRequired: true }' }, { line: profileLineOf('authentication') })],
  good: [profileExample({ authentication: '{ tokenExpiry: 900, refreshTokenExpiry: 24h, mfaRequired: true }' }, { note: 'bare number = seconds' })],
  evaluate(ev: ProfileEvaluator): void {
    ev.maxDuration(
      'token-expiry',
      [
        'tokenExpiry',
        'accessTokenExpiry',
        'tokenExpiration',
        'accessTokenExpiration',
        'jwtExpiry',
        'jwtExpiration',
        'tokenTtl',
        'accessTokenTtl',
        'tokenLifetime',
        'tokenExpiresIn',
        'tokenExpiryMs',
        'tokenExpirySeconds',
      ],
      [
        ['authentication', 'auth', 'jwt'],
        ['expiresIn', 'expiry', 'ttl', 'expiration'],
      ],
    );
  },
});
