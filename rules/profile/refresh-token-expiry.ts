import { defineControl, profileExample, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'refresh-token-expiry',
  title: 'Refresh token lifetime above the profile',
  severity: 'medium',
  cwe: 'CWE-613',
  why: 'Refresh tokens mint new access tokens: at most 7d in development, 24h in production.',
  fix: 'set `authentication.refreshTokenExpiry: 24h`.',
  bad: [profileExample({ authentication: '{ tokenExpiry: 15m, refreshTokenExpiry: 7d, mfaRequired: true }' })],
  good: [profileExample({})],
  evaluate(ev: ProfileEvaluator): void {
    ev.maxDuration(
      'refresh-token-expiry',
      ['refreshTokenExpiry', 'refreshTokenExpiration', 'refreshTokenTtl', 'refreshExpiry', 'refreshTokenLifetime', 'refreshExpiresIn', 'refreshTokenExpiryMs'],
      undefined,
    );
  },
});
