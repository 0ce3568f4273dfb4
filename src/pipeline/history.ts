// Git inputs for scans: the index (`--staged`: what will be committed is what is checked) and past commits
// (`--git-history`: only the lines each commit added, with the commit recorded on the finding).
import * as path from 'node:path';
import ignore from 'ignore';
import { UsageError } from '../core/errors.js';
import { decode } from '../core/read.js';
import { compareFindings } from '../core/finding.js';
import { DEFAULT_MAX_FILE_SIZE, scan } from './scan.js';
import type { ScanOptions, ScanResult } from '../core/types.js';
import { applyBaseline, loadBaseline } from '../suppress/baseline.js';
import { discover, toPosix } from '../core/discover.js';
import { createHash, stopwatch } from '../core/lazy.js';
import * as fs from 'node:fs';
import { checkRevision, safeGit } from '../core/git-safe.js';

function git(cwd: string, args: string[]): Buffer {
  try {
    return safeGit(cwd, args, { maxBuffer: 1024 * 1024 * 1024, stderr: 'pipe' });
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? '').split('\n')[0] || (error as Error).message.split('\n')[0];
    throw new UsageError(`git ${args[0]} failed: ${(stderr ?? 'error').replace(/^fatal: /, '')}`);
  }
}

function revision(ref: string, flag: string): string {
  try {
    return checkRevision(ref, flag);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

function toplevel(root: string): string {
  return git(root, ['rev-parse', '--show-toplevel']).toString('utf8').trim();
}

function excluder(patterns: readonly string[] | undefined): (rel: string) => boolean {
  const ig = ignore();
  for (const p of patterns ?? []) {
    try {
      ig.add(p);
    } catch {
      /* validated by the config loader */
    }
  }
  return (rel) => ig.ignores(rel);
}

/** Staged content of every added, copied, modified or renamed file under `root` (root-relative path → text). */
export function stagedContents(root: string, options: Pick<ScanOptions, 'exclude' | 'maxFileSize'> = {}): Map<string, string> {
  const top = toplevel(root);
  // Type changes too (T: a committed symlink replaced by a file); only regular files of the index are read.
  const raw = git(top, ['diff', '--cached', '--raw', '-z', '--no-renames', '--diff-filter=ACMRT']).toString('utf8').split('\0');
  const names: string[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const mode = raw[i]!.split(' ')[1];
    if (mode === '100644' || mode === '100755') names.push(raw[i + 1]!);
  }
  const excluded = excluder(options.exclude);
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const out = new Map<string, string>();
  for (const name of names.sort()) {
    const rel = toPosix(path.relative(root, path.join(top, name)));
    if (rel.startsWith('..') || path.isAbsolute(rel) || excluded(rel) || rel.split('/').includes('node_modules')) continue;
    const buf = git(top, ['show', `:${name}`]);
    if (buf.length > max) continue;
    const d = decode(buf);
    if (d.kind === 'text') out.set(rel, d.text);
  }
  return out;
}

interface CommitFiles {
  commit: string;
  /** Root-relative path → text holding only the lines the commit added, at their line numbers. */
  files: Map<string, string>;
}

/** Lines added by each commit of `since..HEAD` (or all of history), oldest first. */
export function historyAdditions(root: string, since?: string, options: Pick<ScanOptions, 'exclude'> = {}): CommitFiles[] {
  const top = toplevel(root);
  const range = since ? [`${revision(since, '--since')}..HEAD`] : ['HEAD'];
  const log = git(top, [
    'log',
    '--reverse',
    '-p',
    '--unified=0',
    '--no-color',
    '--no-renames',
    '--format=%x00commit %H',
    '--end-of-options',
    ...range,
    '--',
  ]).toString('utf8');
  const excluded = excluder(options.exclude);
  const out: CommitFiles[] = [];
  let current: CommitFiles | undefined;
  let file: string | undefined;
  let lines: string[] = [];
  let next = 0;
  let remaining = 0;
  const flush = (): void => {
    if (current && file !== undefined && lines.some((l) => l !== '')) current.files.set(file, lines.join('\n'));
    file = undefined;
    lines = [];
  };
  for (const line of log.split('\n')) {
    if (remaining > 0 && file !== undefined && line.startsWith('+')) {
      while (lines.length < next - 1) lines.push('');
      lines[next - 1] = line.slice(1);
      next++;
      remaining--;
    } else if (line.startsWith('\0commit ')) {
      flush();
      current = { commit: line.slice(8).trim(), files: new Map() };
      out.push(current);
    } else if (line.startsWith('+++ ')) {
      flush();
      const name = line.slice(4).replace(/^b\//, '');
      if (name === '/dev/null') continue;
      const rel = toPosix(path.relative(root, path.join(top, name.replace(/^"|"$/g, ''))));
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && !excluded(rel)) file = rel;
    } else if (line.startsWith('@@ ')) {
      const m = /\+(\d+)(?:,(\d+))?/.exec(line);
      next = m ? Number(m[1]) : 1;
      remaining = m?.[2] !== undefined ? Number(m[2]) : 1;
    }
  }
  flush();
  return out.filter((c) => c.files.size > 0);
}

/** Scan the lines each past commit added; every finding records its commit in `properties.commit`. */
export async function scanHistory(options: ScanOptions, since?: string): Promise<ScanResult> {
  const elapsed = stopwatch();
  const commits = historyAdditions(options.root, since, options);
  const { baseline, ...rest } = options;
  let merged: ScanResult | undefined;
  for (const c of commits) {
    const r = await scan({ ...rest, contents: c.files });
    for (const f of r.findings) f.properties = { ...(f.properties ?? {}), commit: c.commit };
    for (const e of r.errors) e.message = `${e.message} (commit ${c.commit.slice(0, 12)})`;
    if (!merged) merged = r;
    else {
      merged.findings.push(...r.findings);
      merged.errors.push(...r.errors);
      merged.stats.files += r.stats.files;
      merged.stats.parsed += r.stats.parsed;
    }
  }
  merged ??= await scan({ ...rest, contents: new Map() });
  if (baseline !== undefined) {
    applyBaseline(merged.findings, loadBaseline(baseline));
  }
  merged.findings.sort((a, b) => compareFindings(a, b) || String(a.properties?.commit ?? '').localeCompare(String(b.properties?.commit ?? '')));
  merged.stats.durationMs = elapsed();
  return merged;
}

/**
 * `--changed-since REF`: files under `root` whose bytes differ from REF's (or that REF does not have), absolute,
 * sorted. Only `git ls-tree` runs: git never reads the work tree here, so no clean filter, fsmonitor or textconv
 * of the scanned repository can run; flowguard hashes the files itself as git blobs.
 */
export function changedSince(root: string, ref: string, options: Pick<ScanOptions, 'exclude' | 'maxFileSize'> = {}): string[] {
  revision(ref, '--changed-since');
  const top = toplevel(root);
  const listing = git(top, ['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', ref]).toString('utf8');
  const blobs = new Map<string, string>();
  for (const entry of listing.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, sha] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && sha) blobs.set(entry.slice(tab + 1), sha);
  }
  const disc = discover({ root, exclude: [...(options.exclude ?? [])], maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE });
  const out: string[] = [];
  for (const f of disc.files) {
    const inRepo = toPosix(path.relative(top, f.abs));
    const known = blobs.get(inRepo);
    if (known === undefined || known !== blobSha(f.abs)) out.push(f.abs);
  }
  return out.sort();
}

function blobSha(abs: string): string | undefined {
  try {
    const buf = fs.readFileSync(abs);
    return createHash('sha1').update(`blob ${buf.length}\0`).update(buf).digest('hex');
  } catch {
    return undefined;
  }
}

/** A scan as a surface asks for it: the options, and over which files (the tree, the git index, history, changes). */
export interface ScanRequest {
  options: ScanOptions;
  /** `--staged`: scan the git index. */
  staged?: boolean;
  /** `--changed-since REF`: only files changed since REF. */
  changedSince?: string;
  /** `--git-history`: scan past commits, from `since` if given. */
  history?: { since?: string };
}

/** A plain scan, or one over the git index (`--staged`) or history (`--git-history`). */
export async function scanResolved(resolved: ScanRequest): Promise<ScanResult> {
  const o = resolved.options;
  if (resolved.history) return scanHistory(o, resolved.history.since);
  if (resolved.staged) return scan({ ...o, contents: stagedContents(o.root, o) });
  if (resolved.changedSince !== undefined) {
    const changed = changedSince(o.root, resolved.changedSince, o).filter((f) => !o.paths || o.paths.some((p) => f === p || f.startsWith(p + path.sep)));
    // Nothing changed: scan nothing (an empty path list would mean the whole root).
    return changed.length ? scan({ ...o, paths: changed }) : scan({ ...o, contents: new Map() });
  }
  return scan(o);
}
