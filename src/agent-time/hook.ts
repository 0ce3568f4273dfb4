// `flowguard hook claude-code`: a Claude Code PreToolUse command hook. It reads one event on stdin, builds what the
// file would hold after the Write/Edit/MultiEdit/NotebookEdit (or takes the Bash command), scans that in memory with
// the project's config, inline suppressions and baseline, and denies the call when the change *adds* a finding at
// or above --fail-on: `{"hookSpecificOutput": {"hookEventName": "PreToolUse", "permissionDecision": "deny",
// "permissionDecisionReason": …}}` on stdout, exit 0. Otherwise it prints nothing and exits 0. A malformed event is
// exit 2 with one line on stderr (Claude Code shows it). Claude reads the reason, so it never holds a secret.
import * as path from 'node:path';
import { FAIL_ON, SCAN_TYPES, type FailOn, type ScanType } from '../core/config.js';
import { UsageError } from '../core/errors.js';
import { applyEdits, notebookAfter } from './content.js';
import { commandFindings } from './bash.js';
import { parseHookEvent, type HookEvent, type ToolCall } from './event.js';
import { currentText, fixSentence, openProject, proposedFindings, relativeInside, ruleById, scrub } from './gate.js';
import type { Finding } from '../core/types.js';
import { toHookDenial } from '../report/index.js';

export interface HookHost {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  /** The event text, or a stream to read it from (default: process.stdin). */
  stdin?: string | NodeJS.ReadableStream;
}

export const HOOK_USAGE = `Usage: flowguard hook claude-code [--fail-on SEV] [--type TYPE] [--no-cache]

A Claude Code PreToolUse hook: reads the event on stdin and denies a Write, Edit, MultiEdit, NotebookEdit or
Bash call whose result adds a finding at or above --fail-on (default: failOn of flowguard.config.yaml, else high).
Add it to .claude/settings.json with: flowguard init claude-code
`;

/** At most this much stdin (a Write of a file over the scan's size cap is not judged anyway). */
const MAX_EVENT = 64 * 1024 * 1024;
/** Lines of the reason at most (the rest are counted). */
const MAX_LINES = 20;

export interface HookFlags {
  failOn?: FailOn;
  type?: ScanType;
  cache: boolean;
}

export function parseHookArgs(args: readonly string[]): HookFlags {
  const [target, ...rest] = args;
  if (target !== 'claude-code')
    throw new UsageError(
      target === undefined ? 'hook needs a target: flowguard hook claude-code' : `unknown hook target "${target}"; flowguard hook claude-code`,
    );
  const flags: HookFlags = { cache: true };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    const [name, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${name} needs a value`);
      return v;
    };
    if (name === '--fail-on') {
      const v = value();
      if (!(FAIL_ON as readonly string[]).includes(v)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${v}"`);
      flags.failOn = v as FailOn;
    } else if (name === '--type') {
      const v = value();
      if (!(SCAN_TYPES as readonly string[]).includes(v)) throw new UsageError(`--type must be one of ${SCAN_TYPES.join(', ')}, not "${v}"`);
      flags.type = v as ScanType;
    } else if (name === '--no-cache') flags.cache = false;
    else throw new UsageError(`unknown option "${a}" for flowguard hook claude-code`);
  }
  return flags;
}

export async function readStdin(host: HookHost): Promise<string> {
  const src = host.stdin ?? process.stdin;
  if (typeof src === 'string') return src;
  if ((src as { isTTY?: boolean }).isTTY) throw new UsageError('flowguard hook claude-code reads a Claude Code hook event on stdin');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of src) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.length;
    if (size > MAX_EVENT) throw new UsageError(`the hook event is larger than ${MAX_EVENT / 1024 / 1024} MB`);
    chunks.push(b);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The project a hook call belongs to: CLAUDE_PROJECT_DIR, else the event's cwd, else the process's. */
function projectDir(ev: HookEvent, host: HookHost): string {
  const dir = host.env.CLAUDE_PROJECT_DIR || ev.cwd || host.cwd;
  return path.resolve(host.cwd, dir);
}

export interface Decision {
  deny: boolean;
  reason?: string;
}

/** Decide one parsed event. Exported for the tests and for other agents' hooks built on the same gate. */
export async function decide(ev: HookEvent, host: HookHost, flags: HookFlags): Promise<Decision> {
  const call = ev.call;
  if (!call) return { deny: false };
  const dir = projectDir(ev, host);
  const projectFlags = { cache: flags.cache, ...(flags.failOn ? { failOn: flags.failOn } : {}), ...(flags.type ? { type: flags.type } : {}) };
  if (call.tool === 'Bash') {
    const project = openProject(dir, projectFlags);
    const { findings, secrets } = await commandFindings(project, call.command);
    if (!findings.length) return { deny: false };
    const lines = findings.map(
      ({ finding, wording }) => `${finding.ruleId}: ${wording?.message ?? finding.message} Fix: ${wording?.fix ?? fixSentence(ruleById(finding.ruleId))}`,
    );
    return { deny: true, reason: reasonText(lines, secrets) };
  }
  return decideWrite(call, dir, projectFlags);
}

async function decideWrite(call: Exclude<ToolCall, { tool: 'Bash' }>, dir: string, projectFlags: Parameters<typeof openProject>[1]): Promise<Decision> {
  const abs = path.resolve(dir, call.filePath);
  // A file outside the project is judged as a file of its own folder (no project config applies to it).
  const inside = relativeInside(dir, abs);
  const project = openProject(inside !== undefined ? dir : path.dirname(abs), projectFlags);
  const rel = inside ?? path.basename(abs);
  if (project.excluded(rel)) return { deny: false };
  const before = currentText(project, abs);
  let after: string | undefined;
  let lineShift = 0;
  if (call.tool === 'Write') after = call.content;
  else if (call.tool === 'NotebookEdit') {
    const nb = notebookAfter(before ?? '', call.edit);
    after = nb?.text;
    lineShift = nb ? nb.firstLine - 1 : 0;
  } else after = before === undefined ? undefined : applyEdits(before, call.edits);
  if (after === undefined) return { deny: false };
  const { added, secrets } = await proposedFindings(project, rel, before, after);
  if (!added.length) return { deny: false };
  const where = (f: Finding): string =>
    f.line === undefined ? '' : call.tool === 'NotebookEdit' ? ` cell line ${Math.max(1, f.line - lineShift)}` : ` line ${f.line}`;
  const lines = added.map((f) => `${f.ruleId}${where(f)}: ${f.message} Fix: ${fixSentence(ruleById(f.ruleId))}`);
  return { deny: true, reason: reasonText(lines, secrets) };
}

/** One line per finding (rule id, line, message, fix), at most MAX_LINES and a count of the rest; secrets scrubbed. */
function reasonText(lines: string[], secrets: ReadonlySet<string>): string {
  const shown = lines.slice(0, MAX_LINES).map((l) => l.replace(/\s+/g, ' ').trim());
  if (lines.length > MAX_LINES) shown.push(`… and ${lines.length - MAX_LINES} more findings of the same change`);
  return scrub(shown.join('\n'), secrets);
}

/** The hook's whole run: exit 0 (allowed or denied on stdout) or 2 (bad event, flags or config). */
export async function runHook(args: readonly string[], host: HookHost): Promise<0 | 2> {
  if (args.includes('--help') || args.includes('-h')) {
    host.stdout.write(HOOK_USAGE);
    return 0;
  }
  const flags = parseHookArgs(args);
  const ev = parseHookEvent(await readStdin(host));
  const d = await decide(ev, host, flags);
  if (d.deny) {
    host.stdout.write(toHookDenial(d.reason));
  }
  return 0;
}
