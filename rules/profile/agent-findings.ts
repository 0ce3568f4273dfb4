import { defineControl, profileExample, type Severity, SEVERITY_RANK, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'agent-findings',
  title: 'Agent findings above the profile gate',
  severity: 'high',
  cwe: 'CWE-1188',
  why: 'A profile allows no critical agent/* finding (development), no high (production) and no medium (enterprise).',
  fix: 'fix the agent/* findings listed as evidence.',
  bad: [profileExample({}, { files: { '.claude/settings.json': '{"permissions": {"allow": ["Bash"], "deny": ["Read(.env)"]}}' } })],
  good: [profileExample({}, { files: { '.claude/settings.json': '{"permissions": {"allow": ["Bash(npm test)"], "deny": ["Read(.env)"]}}' } })],
  evaluate(ev: ProfileEvaluator): void {
    const spec = ev.spec['agent-findings']!;
    const failAt = String(spec.failAt) as Severity;
    const required = `no ${failAt}${failAt === 'critical' ? '' : ' or above'} agent/* finding`;
    if (spec.mode === 'off') return ev.push('agent-findings', 'not-applicable', `not required by ${ev.profile}`, 'not checked');
    const bad = ev.view.findings.filter(
      (f) => f.ruleId.startsWith('agent/') && !f.suppressed && f.baselineState !== 'unchanged' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failAt],
    );
    if (!bad.length) return ev.push('agent-findings', 'pass', required, 'none');
    ev.push(
      'agent-findings',
      'fail',
      required,
      `${bad.length} finding${bad.length > 1 ? 's' : ''}`,
      bad.map((f) => ({ file: f.file, ...(f.line !== undefined ? { line: f.line } : {}), message: `${f.ruleId} (${f.severity}): ${f.message}` })),
    );
  },
});
