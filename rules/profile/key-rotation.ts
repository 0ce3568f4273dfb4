import { defineControl, profileExample, profileLineOf, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'key-rotation',
  title: 'Key rotation interval above the profile',
  severity: 'medium',
  cwe: 'CWE-324',
  why: 'Long-lived keys widen the window in which a leaked key decrypts data: at most 24h in development, 1h in production.',
  fix: 'set `keyRotationInterval: 1h`.',
  bad: [profileExample({ keyRotationInterval: '24h' }, { line: profileLineOf('keyRotationInterval') })],
  good: [profileExample({ keyRotationInterval: '30m' })],
  evaluate(ev: ProfileEvaluator): void {
    ev.maxDuration(
      'key-rotation',
      [
        'keyRotationInterval',
        'keyRotation',
        'keyRotationPeriod',
        'rotationInterval',
        'keyRotationDays',
        'keyRotationHours',
        'rotateKeysEvery',
        'keyRotationMs',
      ],
      [
        ['encryption', 'keys', 'keyManagement'],
        ['rotationInterval', 'rotation', 'rotateEvery', 'rotationPeriod', 'rotationDays'],
      ],
    );
  },
});
