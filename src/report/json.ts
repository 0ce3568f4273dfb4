import type { Finding, ScanResult } from '../core/types.js';
import { VERSION } from '../version.js';

function jsonFinding(f: Finding): Record<string, unknown> {
  const o: Record<string, unknown> = { ruleId: f.ruleId, severity: f.severity, file: f.file };
  if (f.line !== undefined) Object.assign(o, { line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn });
  o.message = f.message;
  o.fingerprint = f.fingerprint;
  o.suppressed = f.suppressed;
  if (f.suppression) o.justification = f.suppression.justification;
  if (f.baselineState) o.baselineState = f.baselineState;
  if (f.flow) o.flow = f.flow.map((s) => ({ ...(s.file ? { file: s.file } : {}), line: s.line, column: s.column, label: s.label }));
  if (f.related) o.related = f.related.map((s) => ({ file: s.file ?? f.file, line: s.line, column: s.column, message: s.message }));
  if (f.properties) o.properties = f.properties;
  return o;
}

/** The JSON report; only `stats.durationMs` changes between identical runs. */
export function toJson(result: ScanResult): string {
  const out = {
    tool: 'flowguard',
    version: VERSION,
    root: '.',
    type: result.type,
    findings: result.findings.map(jsonFinding),
    errors: result.errors.map((e) => ({ file: e.file, message: e.message })),
    skipped: result.skipped.map((s) => ({ file: s.file, reason: s.reason })),
    stats: { ...result.stats },
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
