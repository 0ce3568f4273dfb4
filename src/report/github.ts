// GitHub Actions views of a scan: annotations within GitHub's per-step limits and the job summary (Markdown).
// Pure: (result, options) → data or string; the Action decides what to print and where.
import { SEVERITY_RANK } from '../core/finding.js';
import type { Finding, ScanResult } from '../core/types.js';
import { SEVERITIES, type Severity } from '../rule.js';
import { countBySeverity } from './text.js';

export { escapeWorkflowCommands } from './text.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** GitHub shows at most 10 error and 10 warning annotations per step (and 50 per job); notices get the same cap. */
export const ANNOTATIONS_PER_LEVEL = 10;

/** The step summary limit is 1 MiB; leave room for the runner's own bytes. */
export const SUMMARY_MAX_BYTES = 1000 * 1000;

export const ANNOTATION_LEVEL: Record<Severity, AnnotationLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'notice', info: 'notice' };

export interface Annotation {
  level: AnnotationLevel;
  /** The rule id. */
  title: string;
  message: string;
  file: string;
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Findings that count but were left out by the per-level cap. */
  omitted: number;
}

/** Findings that count: not suppressed and not unchanged from a baseline. */
export function activeFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.suppressed && f.baselineState !== 'unchanged');
}

/** Most severe first; ties keep the report order (path, line, column, rule id). */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_RANK[b.f.severity] - SEVERITY_RANK[a.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/** The annotations to emit, most severe first, at most `perLevel` of each level. */
export function planAnnotations(findings: readonly Finding[], perLevel = ANNOTATIONS_PER_LEVEL): AnnotationPlan {
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  const annotations: Annotation[] = [];
  let omitted = 0;
  for (const f of bySeverity(activeFindings(findings))) {
    const level = ANNOTATION_LEVEL[f.severity];
    if (used[level] >= perLevel) {
      omitted++;
      continue;
    }
    used[level]++;
    const a: Annotation = { level, title: f.ruleId, message: `${f.severity}: ${f.message}`, file: f.file, startLine: f.line ?? 1 };
    if (f.line !== undefined) {
      if (f.endLine !== undefined) a.endLine = f.endLine;
      // GitHub accepts columns only on single-line annotations.
      if (f.endLine === undefined || f.endLine === f.line) {
        if (f.column !== undefined) a.startColumn = f.column;
        if (f.endColumn !== undefined && f.endLine === f.line) a.endColumn = f.endColumn;
      }
    }
    annotations.push(a);
  }
  return { annotations, omitted };
}

/** The profile fields the summary shows (a subset of the profile report). */
export interface ProfileSummary {
  profile: string;
  verdict: 'pass' | 'fail';
  failing_controls: readonly string[];
}

/** Where findings link to: `server/repository/blob/sha/path#Lline`. */
export interface BlobLinks {
  server: string;
  repository: string;
  sha: string;
}

export interface SummaryOptions {
  failOn: string;
  /** The step fails (findings at or above failOn, or a failed profile). */
  failed: boolean;
  sarifFile?: string;
  profile?: ProfileSummary;
  links?: BlobLinks;
  /** Findings that did not become annotations (the per-step cap). */
  annotationsOmitted?: number;
  /** On a pull request whose diff is known: the lines it adds, by file. Suppressions there are listed apart. */
  addedLines?: ReadonlyMap<string, ReadonlySet<number>>;
  /** What was scanned when it was not the whole tree, e.g. the files of a pull request. */
  scope?: string;
  /** Rows of the top-findings table (default 30). */
  maxRows?: number;
  maxBytes?: number;
}

/** The job summary as Markdown, kept under `maxBytes` by shortening its tables. */
export function toGithubSummary(result: ScanResult, options: SummaryOptions): string {
  const maxBytes = options.maxBytes ?? SUMMARY_MAX_BYTES;
  let rows = options.maxRows ?? 30;
  let listed = 50;
  for (;;) {
    const md = render(result, options, rows, listed);
    if (Buffer.byteLength(md) <= maxBytes || (rows === 0 && listed === 0)) return Buffer.byteLength(md) <= maxBytes ? md : truncateBytes(md, maxBytes);
    rows = Math.floor(rows / 2);
    listed = Math.floor(listed / 2);
  }
}

function render(result: ScanResult, options: SummaryOptions, rows: number, listed: number): string {
  const active = bySeverity(activeFindings(result.findings));
  const counts = countBySeverity(result.findings);
  const out: string[] = [];
  const atOrAbove = options.failOn === 'none' ? 'no fail threshold (fail-on: none)' : `fail-on: ${options.failOn}`;
  const icon = options.failed ? ':x:' : ':white_check_mark:';
  const head = active.length ? `${active.length} finding${active.length === 1 ? '' : 's'}` : 'no findings';
  out.push(`## ${icon} flowguard: ${head} (${atOrAbove})`, '');
  out.push(`| ${SEVERITIES.join(' | ')} |`, `| ${SEVERITIES.map(() => '---:').join(' | ')} |`, `| ${SEVERITIES.map((s) => counts[s]).join(' | ')} |`, '');
  const suppressed = result.findings.filter((f) => f.suppressed).length;
  const baseline = result.findings.filter((f) => !f.suppressed && f.baselineState === 'unchanged').length;
  const facts = [`${result.stats.files} file${result.stats.files === 1 ? '' : 's'} scanned (${result.type}${options.scope ? `, ${cell(options.scope)}` : ''})`];
  if (suppressed) facts.push(`${suppressed} suppressed`);
  if (baseline) facts.push(`${baseline} unchanged from the baseline`);
  if (result.skipped.length) facts.push(`${result.skipped.length} skipped`);
  if (result.errors.length) facts.push(`${result.errors.length} could not be scanned`);
  out.push(`${facts.join(' · ')}.`, '');

  if (options.profile) {
    const p = options.profile;
    out.push(`### Security profile ${code(p.profile)}: ${p.verdict === 'pass' ? ':white_check_mark: pass' : ':x: fail'}`, '');
    if (p.failing_controls.length) out.push(`Failing controls: ${p.failing_controls.map((c) => code(c)).join(', ')}`, '');
  }

  if (active.length) {
    const shown = active.slice(0, rows);
    out.push('### Top findings', '');
    if (shown.length) {
      out.push('| Severity | Rule | Location | Message |', '| --- | --- | --- | --- |');
      for (const f of shown) out.push(`| ${f.severity} | ${code(f.ruleId)} | ${location(f, options.links)} | ${cell(f.message)} |`);
      out.push('');
    }
    const rest = active.length - shown.length;
    if (rest > 0)
      out.push(
        `…and ${rest} more finding${rest === 1 ? '' : 's'}${options.sarifFile ? ` in ${code(options.sarifFile)}` : ''} (upload it to code scanning to browse them all).`,
        '',
      );
  }
  if (options.annotationsOmitted) {
    out.push(
      `${options.annotationsOmitted} finding${options.annotationsOmitted === 1 ? ' is' : 's are'} not shown as annotations: GitHub shows at most ${ANNOTATIONS_PER_LEVEL} errors and ${ANNOTATIONS_PER_LEVEL} warnings per step.`,
      '',
    );
  }
  out.push(
    ...suppressionList(
      result.findings.filter((f) => f.suppressed),
      options,
      listed,
    ),
  );
  if (result.skipped.length)
    out.push(
      ...fileList(
        'Skipped files',
        result.skipped.map((s) => [s.file, s.reason] as const),
        listed,
      ),
    );
  if (result.errors.length)
    out.push(
      ...fileList(
        'Files that could not be scanned',
        result.errors.map((e) => [e.file, e.message] as const),
        listed,
      ),
    );
  return `${out.join('\n').trimEnd()}\n`;
}

/**
 * Every suppression by file, line, rule and reason, so a reviewer sees what was silenced. On a pull request with a
 * known diff, the ones it adds (the finding's line or the directive's line above it is new) come first, open.
 */
function suppressionList(suppressed: readonly Finding[], options: SummaryOptions, listed: number): string[] {
  if (!suppressed.length) return [];
  const added = options.addedLines;
  const isNew = (f: Finding): boolean => f.line !== undefined && !!added?.get(f.file) && (added.get(f.file)!.has(f.line) || added.get(f.file)!.has(f.line - 1));
  const item = (f: Finding): string => {
    const why = f.suppression?.justification ? cell(f.suppression.justification) : '_no reason given_';
    const how = f.suppression?.kind === 'external' ? ' (config)' : '';
    return `- ${location(f, options.links)} ${code(f.ruleId)}${how}: ${why}`;
  };
  const list = (items: readonly Finding[]): string[] => [
    ...items.slice(0, listed).map(item),
    ...(items.length > listed ? [`- …and ${items.length - listed} more`] : []),
  ];
  const out: string[] = [];
  const fresh = added ? suppressed.filter(isNew) : [];
  const rest = added ? suppressed.filter((f) => !isNew(f)) : suppressed;
  if (fresh.length) out.push(`### Suppressions added by this pull request (${fresh.length})`, '', ...list(fresh), '');
  if (rest.length)
    out.push(`<details><summary>${added ? 'Other suppressions' : 'Suppressions'} (${rest.length})</summary>`, '', ...list(rest), '', '</details>', '');
  return out;
}

function fileList(title: string, items: readonly (readonly [string, string])[], listed: number): string[] {
  const out = [`<details><summary>${title} (${items.length})</summary>`, ''];
  for (const [file, reason] of items.slice(0, listed)) out.push(`- ${code(file)}: ${cell(reason)}`);
  if (items.length > listed) out.push(`- …and ${items.length - listed} more`);
  out.push('', '</details>', '');
  return out;
}

function location(f: Finding, links: BlobLinks | undefined): string {
  const text = f.line !== undefined ? `${f.file}:${f.line}` : f.file;
  if (!links) return code(text);
  const encoded = f.file.split('/').map(segment).join('/');
  const anchor = f.line !== undefined ? `#L${f.line}` : '';
  // The link text is escaped text, not a code span (a code span can hold a `]` that closes nothing, but stays
  // simplest as plain escaped text); the path is percent-encoded, so no `)` or space ends the URL early.
  const repository = links.repository.split('/').map(segment).join('/');
  return `[${cell(text)}](${trimSlashes(links.server)}/${repository}/blob/${segment(links.sha)}/${encoded}${anchor})`;
}

/** One URL path segment, percent-encoded including the characters encodeURIComponent keeps that end a Markdown link. */
function segment(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The URL without trailing slashes (a loop: `/\/+$/` backtracks quadratically on a run of slashes). */
function trimSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url.charCodeAt(end - 1) === 47) end--;
  return url.slice(0, end);
}

/**
 * Scanned text (a message, a reason) as inert Markdown in a table cell: one line, every Markdown punctuation
 * character that opens something backslash-escaped (no link, image, emphasis, math or code span can open), no raw
 * HTML or entity, no autolinked URL (`://`, `www.`) or @mention, pipes escaped.
 */
export function cell(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_{}[\]()!~|$]/g, '\\$&')
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@(?=\w)/g, '\\@')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Scanned text (a file name, a rule id) as one inline code span that nothing in it can close: the fence is a run of
 * backticks longer than any in the text, padded with spaces when the text starts or ends with one; pipes escaped
 * (GitHub's table parser reads `\|` inside code too).
 */
export function code(text: string): string {
  const one = oneLine(text).replace(/\|/g, '\\|');
  let longest = 0;
  for (const m of one.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  const fence = '`'.repeat(longest + 1);
  const pad = one.startsWith('`') || one.endsWith('`') || one.startsWith(' ') || one.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${one}${pad}${fence}`;
}

// Line breaks and the control, bidi and zero-width characters that could hide or reorder text.
const BREAKS = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]+/g;
function oneLine(text: string): string {
  return text.replace(BREAKS, ' ');
}

function truncateBytes(text: string, maxBytes: number): string {
  const note = '\n…(summary truncated)\n';
  const buf = Buffer.from(text);
  let cut = Math.max(0, maxBytes - Buffer.byteLength(note));
  // Never split a UTF-8 sequence.
  while (cut > 0 && (buf[cut]! & 0xc0) === 0x80) cut--;
  return buf.subarray(0, cut).toString() + note;
}
