// Profile report renderers: JSON (the INTERFACE.md object, schema in schemas/profile-report.schema.json) and a text checklist.
import type { ProfileReport } from '../profile/types.js';

export type { ProfileReport } from '../profile/types.js';

export function toProfileJson(report: ProfileReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const MARK = { pass: '[x]', fail: '[ ]', unknown: '[?]', 'not-applicable': '[-]' } as const;

export function toProfileText(report: ProfileReport): string {
  const out: string[] = [];
  out.push(`Security profile ${report.profile} for ${report.project}: ${report.verdict === 'pass' ? 'PASS' : 'FAIL'}`);
  out.push(report.configFiles.length ? `Config: ${report.configFiles.join(', ')}` : 'Config: none resolved');
  out.push('');
  const w = Math.max(...report.controls.map((c) => c.id.length));
  for (const c of report.controls) {
    out.push(`${MARK[c.status]} ${c.id.padEnd(w)}  ${c.status.padEnd(14)}  required: ${c.required}; actual: ${c.actual}`);
    if (c.status === 'fail' || c.status === 'unknown')
      for (const e of c.evidence) out.push(`      ${e.file}${e.line !== undefined ? `:${e.line}` : ''}  ${e.message}`);
  }
  out.push('');
  out.push(report.failing_controls.length ? `Failing controls: ${report.failing_controls.join(', ')}` : 'No failing controls.');
  return `${out.join('\n')}\n`;
}
