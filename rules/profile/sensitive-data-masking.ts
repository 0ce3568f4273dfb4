import { defineControl, profileExample, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'sensitive-data-masking',
  title: 'Sensitive data not masked in logs',
  severity: 'medium',
  cwe: 'CWE-532',
  why: 'Unmasked logs copy secrets and personal data to every log sink.',
  fix: 'set `sensitiveDataMasking: true`.',
  bad: [profileExample({ logging: '{ level: info, auditEnabled: true }' }, { note: 'missing' })],
  good: [profileExample({})],
  evaluate(ev: ProfileEvaluator): void {
    ev.booleanTrue(
      'sensitive-data-masking',
      [
        'sensitiveDataMasking',
        'maskSensitiveData',
        'dataMasking',
        'masking',
        'maskSecrets',
        'redactSensitiveData',
        'piiMasking',
        'redaction',
        'maskSensitive',
        'sensitiveMasking',
      ],
      'Sensitive-data masking',
    );
  },
});
