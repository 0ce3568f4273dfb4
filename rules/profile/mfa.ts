import { defineControl, profileExample, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'mfa',
  title: 'MFA not required',
  severity: 'high',
  cwe: 'CWE-308',
  why: 'Production access to an agent platform must require a second factor.',
  fix: 'set `authentication.mfaRequired: true`.',
  bad: [profileExample({ authentication: '{ tokenExpiry: 15m, refreshTokenExpiry: 24h, mfaRequired: false }' })],
  good: [profileExample({})],
  evaluate(ev: ProfileEvaluator): void {
    ev.booleanTrue(
      'mfa',
      ['mfaRequired', 'requireMfa', 'mfa', 'mfaEnabled', 'multiFactor', 'multiFactorAuth', 'twoFactor', 'twoFactorRequired', 'require2fa'],
      'MFA',
      ['required', 'enforced', 'enabled'],
    );
  },
});
