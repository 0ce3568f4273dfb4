// The agent-time gate: a project's scan settings, read the way `flowguard scan` reads them, and the findings a
// proposed content of one file *adds* to what the file holds now. The Claude Code hook and the MCP server both
// stand on it; neither walks the tree (one file in memory is scanned, nothing else is discovered).
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore from 'ignore';
import { rules as registry } from '../../rules/index.js';
import { didYouMean, findConfig, loadConfig, type FailOn, type FileConfig, type ScanType } from '../core/config.js';
import { affordablePattern, toPosix } from '../core/discover.js';
import { ConfigError } from '../core/errors.js';
import { SEVERITY_RANK } from '../core/finding.js';
import type { Finding, ScanOptions, ScanResult } from '../core/types.js';
import { decode, readInsideRoot } from '../core/read.js';
import { DEFAULT_MAX_FILE_SIZE, scan, selectRules } from '../pipeline/scan.js';
import { loadBaseline } from '../suppress/baseline.js';
import type { Rule } from '../rule.js';
import { settings } from '../options.js';

/** A project as the gate sees it: its root, its config and the options every scan of it starts from. */
export interface Project {
  /** Absolute root; finding paths, config, baseline and excludes are relative to it. */
  root: string;
  config: FileConfig;
  type: ScanType;
  failOn: FailOn;
  /** Rule ids the gate runs: the type's rules less `off` ones and project rules (they judge the whole tree). */
  only: string[];
  base: Omit<ScanOptions, 'contents'>;
  excluded(rel: string): boolean;
}

export interface ProjectFlags {
  type?: ScanType;
  failOn?: FailOn;
  /** Use the content-hash cache (default true, as the CLI). */
  cache?: boolean | string;
}

/** Read `flowguard.config.yaml` at `root` (if any) and build the options a scan of one of its files uses. */
export function openProject(root: string, flags: ProjectFlags = {}): Project {
  const abs = path.resolve(root);
  const found = findConfig(abs);
  const config = found ? loadConfig(found, path.basename(found)) : {};
  for (const id of Object.keys(config.rules ?? {})) {
    if (!registry.some((r) => r.id === id))
      throw new ConfigError(
        `unknown rule "${id}" in the config${didYouMean(
          id,
          registry.map((r) => r.id),
        )}`,
      );
  }
  const { type, failOn } = settings(config, { type: flags.type, failOn: flags.failOn });
  const overrides = config.rules ?? {};
  const only = selectRules(type, overrides)
    .filter((a) => a.rule.kind !== 'project')
    .map((a) => a.rule.id);
  // The options of `flowguard scan` on this project (no rule list of our own), so the content-hash cache is
  // shared with the CLI's scans and with earlier hook calls: the current text of a file was often scanned already.
  const base: Omit<ScanOptions, 'contents'> = {
    root: abs,
    type,
    ruleOverrides: overrides,
    secretsAllow: config.secrets?.allow ?? [],
    failOn,
    maxFileSize: config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
  if (flags.cache !== false) base.cache = flags.cache ?? true;
  if (config.baseline !== undefined) {
    const file = path.resolve(abs, config.baseline);
    loadBaseline(file, config.baseline); // a broken baseline is a one-line error before any scan
    base.baseline = file;
  }
  const excluder = ignore();
  for (const p of config.exclude ?? []) {
    if (!affordablePattern(p)) continue;
    try {
      excluder.add(p);
    } catch {
      /* validated by the config loader */
    }
  }
  // As a scan given this one path: config excludes, node_modules and .git (an explicitly named file is scanned
  // even when .gitignore lists it).
  const excluded = (rel: string): boolean => rel.split('/').some((p) => p === 'node_modules' || p === '.git') || excluder.ignores(rel);
  return { root: abs, config, type, failOn, only, base, excluded };
}

/** The root-relative POSIX path of `abs`, or undefined when it is not under `root`. */
export function relativeInside(root: string, abs: string): string | undefined {
  const rel = path.relative(root, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return toPosix(rel);
}

/**
 * The current text of a file under the root: '' when it does not exist, undefined when it cannot be read as text
 * inside the root (a symlink out of it, a directory, binary, over the size cap).
 */
export function currentText(project: Project, abs: string): string | undefined {
  if (!fs.existsSync(abs)) return '';
  let rootReal = project.root;
  try {
    rootReal = fs.realpathSync(project.root);
  } catch {
    /* the root itself is gone: the read below fails */
  }
  const read = readInsideRoot(abs, rootReal, project.base.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  if (!read.ok) return undefined;
  const decoded = decode(read.buf);
  return decoded.kind === 'text' ? decoded.text : undefined;
}

/** Scan in-memory files with the project's settings (`only`: a subset of the project's rules), collecting raw secrets. */
export async function scanContents(
  project: Project,
  contents: Map<string, string>,
  secrets: Set<string> | undefined,
  only?: readonly string[],
): Promise<ScanResult> {
  // With a secret callback the cache replays only files without findings (the callback must see each secret).
  const onSecret = secrets ? (raw: string): void => void secrets.add(raw) : undefined;
  if (only) {
    // A subset (the Bash checks): virtual files no later call will scan again, so no cache entries for them.
    const { cache: _cache, ...base } = project.base;
    return scan({ ...base, only: project.only.filter((id) => only.includes(id)), contents, ...(onSecret ? { onSecret } : {}) });
  }
  const result = await scan({ ...project.base, contents, ...(onSecret ? { onSecret } : {}) });
  // Project rules judge the whole tree, which the gate does not see: a one-file tree would mislead them.
  const kept = new Set(project.only);
  result.findings = result.findings.filter((f) => kept.has(f.ruleId) || f.ruleId.startsWith('profile/'));
  return result;
}

/** True when a finding counts against `failOn`: not suppressed, not in the baseline, severe enough. */
export const counts = (f: Finding, failOn: FailOn): boolean =>
  failOn !== 'none' && !f.suppressed && f.baselineState !== 'unchanged' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn];

export interface Verdict {
  /** Findings the proposed content adds that count against failOn (not suppressed, not in the baseline). */
  added: Finding[];
  /** Every finding of the proposed content, before the failOn filter (MCP reports them all). */
  result: ScanResult;
  /** Raw secrets the scans saw: the caller scrubs them from anything it prints, then drops them. */
  secrets: Set<string>;
}

/**
 * Scan `after` as the file `rel` would hold it and return the findings that `before` does not already have (by
 * fingerprint: rule, path and normalised text, never the line). `before` is scanned only when `after` has a
 * finding that would count, so an edit that adds nothing costs one scan.
 */
export async function proposedFindings(project: Project, rel: string, before: string | undefined, after: string): Promise<Verdict> {
  const secrets = new Set<string>();
  const run = (text: string, collect?: Set<string>): Promise<ScanResult> => scanContents(project, new Map([[rel, text]]), collect);
  const result = await run(after, secrets);
  let added = result.findings.filter((f) => counts(f, project.failOn));
  if (added.length && before) {
    // Nothing of this scan is printed, so no secret callback: the cache can replay the current text's findings.
    const known = new Set((await run(before)).findings.map((f) => f.fingerprint));
    added = added.filter((f) => !known.has(f.fingerprint));
  }
  return { added, result, secrets };
}

/** The rule's `**Fix:**` paragraph as one line ('' when it has none). */
export function fixSentence(rule: Rule | undefined): string {
  const help = rule?.help ?? '';
  const i = help.indexOf('**Fix:**');
  if (i < 0) return '';
  return help
    .slice(i + 8)
    .split(/\n\s*\n/)[0]!
    .replace(/\s+/g, ' ')
    .trim();
}

export const ruleById = (id: string): Rule | undefined => registry.find((r) => r.id === id);

/** Replace every raw secret in `text` (longest first) with a mask; a last guard, messages never hold one. */
export function scrub(text: string, secrets: ReadonlySet<string>): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) if (s.length >= 6) out = out.split(s).join('[redacted]');
  return out;
}
