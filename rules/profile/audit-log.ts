import { defineControl, profileExample, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'audit-log',
  title: 'Audit log disabled',
  severity: 'medium',
  cwe: 'CWE-778',
  why: 'Without an audit trail, actions of a hijacked agent cannot be reconstructed.',
  fix: 'set `auditEnabled: true`.',
  bad: [profileExample({ logging: '{ level: info, auditEnabled: false, sensitiveDataMasking: true }' })],
  good: [profileExample({})],
  evaluate(ev: ProfileEvaluator): void {
    ev.booleanTrue('audit-log', ['auditEnabled', 'auditLog', 'auditLogging', 'audit', 'auditTrail', 'enableAudit', 'auditLogEnabled'], 'Audit logging');
  },
});
