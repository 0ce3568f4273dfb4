import type { Finding } from '../core/types.js';
import { SEVERITY_RANK } from '../core/finding.js';
import type { ScanResult } from '../core/types.js';
import { SEVERITIES, type Severity } from '../rule.js';

const COLOURS: Record<Severity, string> = { critical: '\x1b[1;35m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' };

export interface TextOptions {
  colour?: boolean;
  /** Include suppressed findings (marked). */
  showSuppressed?: boolean;
}

// File names and source snippets come from the scanned tree: a name holding ESC sequences could drive the terminal,
// one holding a newline could forge report lines, and bidi controls could reorder what a reviewer reads.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Control, line-separator and bidi characters escaped as `\uXXXX`, so untrusted text prints as one inert line. */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A text for the Actions log made inert: the runner reads a line whose first non-blank characters are `::` as a
 * workflow command (`::stop-commands::`, `::warning file=…::`, `::add-mask::`), and `##[` anywhere as an old one.
 * Each such `:` / `#` is written as `\u003a` / `\u0023`, as flowguard's text output escapes control characters.
 */
export function escapeWorkflowCommands(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^(\s*):(?=:)/, '$1\\u003a').replace(/##\[/g, '#\\u0023['))
    .join('\n');
}

/** A readable report grouped by file, then one summary line with counts by severity. */
export function toText(result: ScanResult, options: TextOptions = {}): string {
  const c = (code: string, s: string): string => (options.colour ? `${code}${s}\x1b[0m` : s);
  const lines: string[] = [];
  const shown = result.findings.filter((f) => options.showSuppressed || !f.suppressed);
  let current: string | undefined;
  for (const f of shown) {
    if (f.file !== current) {
      if (current !== undefined) lines.push('');
      lines.push(c('\x1b[4m', printable(f.file)));
      current = f.file;
    }
    const pos = f.line !== undefined ? `${f.line}:${f.column ?? 1}` : '-';
    const sev = c(COLOURS[f.severity], f.severity.padEnd(8));
    const sup = f.suppressed ? c('\x1b[2m', ' (suppressed)') : '';
    const base = f.baselineState === 'unchanged' ? c('\x1b[2m', ' (baseline)') : '';
    lines.push(`  ${pos.padEnd(8)} ${sev} ${printable(f.message)}  ${c('\x1b[2m', f.ruleId)}${sup}${base}`);
    if (f.flow && f.flow.length > 1) lines.push(`  ${''.padEnd(8)} ${''.padEnd(8)} flow: ${f.flow.map((s) => printable(s.label)).join(' → ')}`);
  }
  if (shown.length) lines.push('');
  // Every skip by file (a file the code rules never saw must not hide behind "N skipped").
  if (result.skipped.length) {
    lines.push(c('\x1b[4m', 'Skipped'));
    for (const sk of result.skipped) lines.push(`  ${printable(sk.file)}: ${printable(sk.reason)}`);
    lines.push('');
  }
  lines.push(summaryLine(result));
  // A file name is a line of its own: `::stop-commands::…` would be a workflow command in a CI log.
  return `${escapeWorkflowCommands(lines.join('\n'))}\n`;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) if (!f.suppressed && f.baselineState !== 'unchanged') counts[f.severity]++;
  return counts;
}

export function summaryLine(result: ScanResult): string {
  const active = result.findings.filter((f) => !f.suppressed && f.baselineState !== 'unchanged');
  const counts = countBySeverity(result.findings);
  const files = new Set(active.map((f) => f.file)).size;
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  const head = active.length
    ? `${active.length} finding${active.length === 1 ? '' : 's'} (${parts.join(', ')}) in ${files} file${files === 1 ? '' : 's'}`
    : 'No findings';
  const extra: string[] = [];
  const suppressed = result.findings.filter((f) => f.suppressed).length;
  const baseline = result.findings.filter((f) => !f.suppressed && f.baselineState === 'unchanged').length;
  if (suppressed) extra.push(`${suppressed} suppressed`);
  if (baseline) extra.push(`${baseline} in baseline`);
  extra.push(`${result.stats.files} file${result.stats.files === 1 ? '' : 's'} scanned`);
  if (result.skipped.length) extra.push(`${result.skipped.length} skipped`);
  if (result.errors.length) extra.push(`${result.errors.length} error${result.errors.length === 1 ? '' : 's'}`);
  return `${head}; ${extra.join(', ')}.`;
}

export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  let worst: Severity | undefined;
  for (const f of findings) if (!f.suppressed && (!worst || SEVERITY_RANK[f.severity] > SEVERITY_RANK[worst])) worst = f.severity;
  return worst;
}
