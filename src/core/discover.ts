import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { ProjectFile } from '../rule.js';
import type { ScanError, SkippedFile } from './errors.js';
import { safeGit } from './git-safe.js';
import { realpath } from './read.js';

export interface DiscoverOptions {
  /** Absolute scan root. */
  root: string;
  /** Absolute files or directories to walk (default: the root). */
  paths?: string[];
  /** .gitignore-syntax patterns relative to the root (`--exclude`, config `exclude`). */
  exclude?: string[];
  /** Files larger than this are not read (bytes). */
  maxFileSize: number;
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
}

export interface DiscoveredFile {
  /** Root-relative, `/` separators. */
  path: string;
  abs: string;
  size: number;
  mode: number;
  /** Device and inode as discovered (the read checks it still opens the same file). */
  dev?: number;
  ino?: number;
}

export interface Discovery {
  root: string;
  files: DiscoveredFile[];
  /** Every file and directory seen (gitignored ones included, excluded ones not), for project rules. */
  all: ProjectFile[];
  skipped: SkippedFile[];
  errors: ScanError[];
  isGitIgnored(rel: string, isDirectory?: boolean): boolean;
  /** Whether git tracks the file (undefined when the root is not in a git work tree). */
  isGitTracked?(rel: string): boolean | undefined;
  isExcluded(rel: string, isDirectory?: boolean): boolean;
}

const ALWAYS_SKIP = new Set(['.git', 'node_modules']);
// Ignored directories are not walked, except these, whose files the hygiene rules must see (agent memory, state).
const HYGIENE_DIRS = new Set(['.swarm', '.hive-mind', 'data', '.claude', '.claude-flow']);

// Hostile-tree limits. `ignore` compiles each `**` to a backtracking group, so a pattern with many of them matched
// against a deep path takes polynomial time of that degree (`a/**/b/**/c` on a 300-level tree: tens of seconds).
// Patterns with more than MAX_GLOBSTARS are dropped, and directories deeper than MAX_DEPTH are reported, not walked.
export const MAX_GLOBSTARS = 2;
export const MAX_DEPTH = 64;

/** False for a .gitignore/exclude pattern too costly to match (more than MAX_GLOBSTARS `**`). */
export function affordablePattern(line: string): boolean {
  let n = 0;
  for (let i = line.indexOf('**'); i >= 0; i = line.indexOf('**', i + 2)) if (++n > MAX_GLOBSTARS) return false;
  return true;
}

export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * `ignored(rel, isDir, parentsClear)`: whether git (or a `.flowguardignore`) ignores `rel`. A walk that has already
 * found every ancestor directory not ignored passes `parentsClear`, and only `rel` itself is tested (against the
 * ignore files of its ancestors); otherwise its ancestors are tested from the root down first (each directory once
 * per matcher).
 */
export function createIgnoreMatcher(root: string, enabled: boolean): (rel: string, isDir: boolean, parentsClear?: boolean) => boolean {
  const cache = new Map<string, Ignore | null>();
  const load = (dirRel: string): Ignore | null => {
    let ig = cache.get(dirRel);
    if (ig !== undefined) return ig;
    ig = null;
    for (const name of enabled ? ['.gitignore', '.flowguardignore'] : ['.flowguardignore']) {
      const file = path.join(root, dirRel, name);
      let text: string | undefined;
      try {
        const st = fs.lstatSync(file);
        if (st.isFile() && st.size < 4 * 1024 * 1024) text = fs.readFileSync(file, 'utf8');
      } catch {
        text = undefined;
      }
      if (text !== undefined) {
        ig ??= ignore();
        // A malformed line must not stop the scan: add lines one by one and drop the ones `ignore` rejects.
        for (const line of text.split(/\r?\n|\r/)) {
          if (!affordablePattern(line)) continue;
          try {
            ig.add(line);
          } catch {
            /* ignore an invalid pattern, as git does */
          }
        }
      }
    }
    cache.set(dirRel, ig);
    return ig;
  };
  // The ignore files that apply below a directory: its own and its ancestors', each with the directory it sits in
  // (most directories have none). Built once per directory from its parent's.
  const chains = new Map<string, readonly { ig: Ignore; base: string }[]>();
  const chain = (dirRel: string): readonly { ig: Ignore; base: string }[] => {
    let c = chains.get(dirRel);
    if (c !== undefined) return c;
    const above = dirRel === '' ? [] : chain(parentDir(dirRel));
    const ig = load(dirRel);
    c = ig ? [...above, { ig, base: dirRel }] : above;
    chains.set(dirRel, c);
    return c;
  };
  /** Whether the ignore files above `rel` ignore it (a later unignore wins, as in git). */
  const testAt = (rel: string, isDir: boolean): boolean => {
    let ignored = false;
    for (const { ig, base } of chain(parentDir(rel))) {
      const res = ig.test((base === '' ? rel : rel.slice(base.length + 1)) + (isDir ? '/' : ''));
      if (res.ignored) ignored = true;
      else if (res.unignored) ignored = false;
    }
    return ignored;
  };
  // A directory that is ignored ignores everything below it: each directory's answer is kept for the paths below.
  const dirIgnored = new Map<string, boolean>();
  const aboveIgnored = (rel: string): boolean => {
    if (!rel.includes('/')) return false;
    const dir = parentDir(rel);
    let res = dirIgnored.get(dir);
    if (res === undefined) {
      res = aboveIgnored(dir) || testAt(dir, true);
      dirIgnored.set(dir, res);
    }
    return res;
  };
  return (rel: string, isDir: boolean, parentsClear = false): boolean => (!parentsClear && aboveIgnored(rel)) || testAt(rel, isDir);
}

export function discover(options: DiscoverOptions): Discovery {
  const root = path.resolve(options.root);
  let rootReal: string;
  try {
    rootReal = realpath(root);
  } catch {
    rootReal = root;
  }
  // The walk's matchers: `ignore` caches every path it is asked about, so these are dropped with the walk and the
  // Discovery answers later questions (project rules) with fresh ones.
  const gitIgnored = createIgnoreMatcher(root, options.gitignore !== false);
  const excluder = createExcluder(options.exclude ?? []);
  const isExcluded = (rel: string, isDir = false): boolean => !!rel && excluder.ignores(isDir ? `${rel}/` : rel);

  // In a git checkout, a committed file is scanned whatever .gitignore says (an ignore line must not hide code the
  // repository ships), and committed dependencies are reported as skipped. Asked of git once, and only when the
  // walk first meets an ignored path or a node_modules folder.
  let trackedIndex: Tracked | null | undefined;
  const tracked = (): Tracked | null => (trackedIndex === undefined ? (trackedIndex = listTracked(root)) : trackedIndex);
  const isTracked = (rel: string): boolean => !!tracked()?.files.has(rel);
  const holdsTracked = (rel: string): boolean => !!tracked()?.dirs.has(rel);

  const files = new Map<string, DiscoveredFile>();
  const seenReal = new Map<string, string>();
  const all = new Map<string, ProjectFile>();
  const skipped: SkippedFile[] = [];
  const errors: ScanError[] = [];
  const visitedDirs = new Set<string>([rootReal]);

  // `clear`: every ancestor directory of `rel` is known not to be ignored, so only `rel` itself needs the test.
  const addFile = (abs: string, rel: string, st: fs.Stats, real: string, explicit: boolean, clear = false): void => {
    all.set(rel, { path: rel, mode: st.mode & 0o777, size: st.size, isDirectory: false });
    if (!explicit && gitIgnored(rel, false, clear) && !isTracked(rel)) return;
    if (st.size > options.maxFileSize) {
      skipped.push({ file: rel, reason: `larger than the ${formatBytes(options.maxFileSize)} size cap` });
      return;
    }
    const prev = seenReal.get(real);
    if (prev !== undefined) {
      // The same file reached through a symlink: scan it once, under the first path in sorted order.
      if (prev <= rel) return;
      files.delete(prev);
    }
    seenReal.set(real, rel);
    files.set(rel, { path: rel, abs, size: st.size, mode: st.mode & 0o777, dev: st.dev, ino: st.ino });
  };

  // Resolve a symlink; undefined (and a skip) when it leaves the root, dangles or loops.
  const follow = (abs: string, rel: string): { real: string; st: fs.Stats } | undefined => {
    let real: string;
    try {
      real = realpath(abs);
    } catch {
      skipped.push({ file: rel, reason: 'broken or looping symlink' });
      return undefined;
    }
    if (!isInside(real, rootReal)) {
      skipped.push({ file: rel, reason: 'symlink leads outside the scan root' });
      return undefined;
    }
    try {
      return { real, st: fs.statSync(real) };
    } catch {
      skipped.push({ file: rel, reason: 'broken symlink' });
      return undefined;
    }
  };

  // `dirReal`: the directory's real path, so a regular file's is its name under it (no realpath per file).
  // `clear`: neither the directory nor an ancestor is ignored (always so below a walked directory that is not).
  const walk = (dirAbs: string, dirRel: string, walkIgnored: boolean, dirReal: string, clear: boolean): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dirAbs, { withFileTypes: true });
    } catch (error) {
      errors.push({ file: dirRel || '.', message: `cannot read directory: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const ent of entries) {
      if (ALWAYS_SKIP.has(ent.name)) {
        if (ent.name === 'node_modules') {
          const rel = dirRel ? `${dirRel}/${ent.name}` : ent.name;
          const n = holdsTracked(rel) ? tracked()!.countUnder(rel) : 0;
          if (n > 0) skipped.push({ file: rel, reason: `committed dependencies (${n} tracked file${n === 1 ? '' : 's'}): not scanned` });
        }
        continue;
      }
      // Plain concatenation, not path.join (dirAbs is already normal, a name holds no separator): join builds each
      // result from one piece per path segment, which 14,000 kept paths turn into megabytes of string trees.
      const abs = childPath(dirAbs, ent.name);
      const rel = dirRel ? `${dirRel}/${ent.name}` : ent.name;
      let st: fs.Stats;
      try {
        st = fs.lstatSync(abs);
      } catch {
        continue; // vanished between readdir and lstat
      }
      let real = abs;
      if (st.isSymbolicLink()) {
        const target = follow(abs, rel);
        if (!target) continue;
        real = target.real;
        st = target.st;
      }
      if (st.isDirectory()) {
        if (isExcluded(rel, true)) continue;
        const ignoredDir = walkIgnored || gitIgnored(rel, true, clear);
        all.set(rel, { path: rel, mode: st.mode & 0o777, size: 0, isDirectory: true });
        if (ignoredDir && !HYGIENE_DIRS.has(ent.name) && !walkIgnored && !holdsTracked(rel)) continue;
        const realDir = real === abs ? childPath(dirReal, ent.name) : real;
        if (visitedDirs.has(realDir)) continue;
        visitedDirs.add(realDir);
        if (rel.split('/').length > MAX_DEPTH) {
          skipped.push({ file: rel, reason: `directory nested deeper than ${MAX_DEPTH} levels` });
          continue;
        }
        walk(abs, rel, ignoredDir, realDir, !ignoredDir);
      } else if (st.isFile()) {
        if (isExcluded(rel, false)) continue;
        if (walkIgnored && !isTracked(rel)) {
          all.set(rel, { path: rel, mode: st.mode & 0o777, size: st.size, isDirectory: false });
          continue;
        }
        addFile(abs, rel, st, real === abs ? childPath(dirReal, ent.name) : real, false, clear);
      }
    }
  };

  const targets = options.paths && options.paths.length ? options.paths : [root];
  for (const target of targets) {
    const abs = path.resolve(target);
    const rel = toPosix(path.relative(root, abs));
    if (rel.startsWith('..') || path.isAbsolute(rel)) {
      errors.push({ file: toPosix(target), message: 'outside the scan root' });
      continue;
    }
    let st: fs.Stats;
    try {
      st = fs.lstatSync(abs);
    } catch {
      errors.push({ file: rel || '.', message: 'no such file or directory' });
      continue;
    }
    let real = abs;
    if (st.isSymbolicLink()) {
      const t = follow(abs, rel);
      if (!t) continue;
      st = t.st;
      real = t.real;
    }
    if (st.isDirectory()) {
      if (rel && isExcluded(rel, true)) continue;
      if (rel && ALWAYS_SKIP.has(path.basename(abs))) continue;
      walk(abs, rel, false, real === abs ? safeReal(abs) : real, rel === '' || !gitIgnored(rel, true));
    } else if (st.isFile()) {
      if (isExcluded(rel, false)) continue;
      if (rel.split('/').some((p) => ALWAYS_SKIP.has(p))) continue;
      addFile(abs, rel, st, real === abs ? safeReal(abs) : real, true);
    }
  }

  const sortedFiles = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const sortedAll = [...all.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  let laterIgnored: ((rel: string, isDir: boolean) => boolean) | undefined;
  let laterExcluder: Ignore | undefined;
  return {
    root,
    files: sortedFiles,
    all: sortedAll,
    skipped,
    errors,
    isGitIgnored: (rel, isDir = false) => (laterIgnored ??= createIgnoreMatcher(root, options.gitignore !== false))(rel, isDir),
    isGitTracked: (rel) => tracked()?.files.has(rel),
    isExcluded: (rel, isDir = false) => !!rel && (laterExcluder ??= createExcluder(options.exclude ?? [])).ignores(isDir ? `${rel}/` : rel),
  };
}

/** A matcher of `--exclude` / config `exclude` patterns (a path under an excluded directory is excluded too). */
interface Tracked {
  files: Set<string>;
  /** Every directory holding a tracked file, at any depth. */
  dirs: Set<string>;
  countUnder(dir: string): number;
}

/**
 * The files git tracks under `root` (paths relative to it), or null when the root is not in a git work tree or git
 * is not installed. git runs with every program-starting setting overridden (git-safe.ts) and reads only the index.
 */
function listTracked(root: string): Tracked | null {
  let out: Buffer;
  try {
    out = safeGit(root, ['ls-files', '-z', '--cached', '--', '.'], { maxBuffer: 512 * 1024 * 1024, timeout: 60_000 });
  } catch {
    return null;
  }
  const files = new Set<string>();
  const dirs = new Set<string>();
  for (const name of out.toString('utf8').split('\0')) {
    if (!name) continue;
    files.add(name);
    for (let i = name.lastIndexOf('/'); i > 0; i = name.lastIndexOf('/', i - 1)) {
      const dir = name.slice(0, i);
      if (dirs.has(dir)) break;
      dirs.add(dir);
    }
  }
  return {
    files,
    dirs,
    countUnder(dir) {
      let n = 0;
      const prefix = `${dir}/`;
      for (const f of files) if (f.startsWith(prefix)) n++;
      return n;
    },
  };
}

function createExcluder(patterns: readonly string[]): Ignore {
  const excluder = ignore();
  for (const p of patterns) {
    if (!affordablePattern(p)) continue;
    try {
      excluder.add(p);
    } catch {
      /* invalid pattern: validated earlier by the config loader */
    }
  }
  return excluder;
}

/** The directory part of a relative POSIX path (`''` at the top). */
function parentDir(rel: string): string {
  const slash = rel.lastIndexOf('/');
  return slash < 0 ? '' : rel.slice(0, slash);
}

/** `dir` + separator + `name`, for a normalised absolute `dir` (a root such as `/` already ends in one). */
function childPath(dir: string, name: string): string {
  return dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

function safeReal(abs: string): string {
  try {
    return realpath(abs);
  } catch {
    return abs;
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
