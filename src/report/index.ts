// The reporter seam (STYLE.md "Seams"): every surface (CLI, Action, hook, MCP server) turns a result into text
// through this table, format → pure function. A renderer reads the result only: no file, no clock, no environment.
import type { ScanResult } from '../core/types.js';
import { toProfileJson, toProfileText, type ProfileReport } from './profile.js';
import { toJson } from './json.js';
import { toSarif } from './sarif.js';
import { toText } from './text.js';

/** The formats of a scan report (`scan --format`). */
export const REPORT_FORMATS = ['text', 'json', 'sarif'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** What a renderer may vary on besides the result: only how text looks. */
export interface RenderOptions {
  /** ANSI colours in the text report (a terminal that wants them). */
  colour?: boolean;
}

export type Renderer = (result: ScanResult, options: RenderOptions) => string;

/** format → renderer of a scan result. */
export const REPORTERS: Readonly<Record<ReportFormat, Renderer>> = Object.freeze({
  text: (result: ScanResult, options: RenderOptions) => toText(result, { colour: options.colour === true }),
  json: (result: ScanResult) => toJson(result),
  sarif: (result: ScanResult) => toSarif(result),
});

/** The report of `result` in `format`. */
export function render(result: ScanResult, format: ReportFormat, options: RenderOptions = {}): string {
  return REPORTERS[format](result, options);
}

/** The formats of a security-profile report (`--profile-output`, `profile validate --format`). */
export const PROFILE_FORMATS = ['json', 'text'] as const;
export type ProfileFormat = (typeof PROFILE_FORMATS)[number];

/** format → renderer of a profile report. */
export const PROFILE_REPORTERS: Readonly<Record<ProfileFormat, (report: ProfileReport) => string>> = Object.freeze({
  json: (report: ProfileReport) => toProfileJson(report),
  text: (report: ProfileReport) => toProfileText(report),
});

/** The profile report in `format`. */
export function renderProfile(report: ProfileReport, format: ProfileFormat): string {
  return PROFILE_REPORTERS[format](report);
}

// What surfaces use besides the table: GitHub's job summary and annotations (the Action), the text helpers that
// make untrusted names printable, the PreToolUse answer (the hook).
export { planAnnotations, toGithubSummary, type Annotation, type AnnotationPlan, type SummaryOptions } from './github.js';
export { countBySeverity, escapeWorkflowCommands, printable, summaryLine, worstSeverity } from './text.js';
export { toHookDenial } from './hook.js';
export type { ProfileReport } from './profile.js';
