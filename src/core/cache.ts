// Content-hash cache of per-file results. A file's findings are a pure function of (path, bytes, active rules,
// options), so an entry is keyed by all of them: sha256(config key, path, bytes), where the config key hashes the
// engine (the running bundle's own bytes, the version), every active rule (its id, severity and its definition with
// the source of its functions) and the options that change per-file results. A hit replays the findings, errors and
// skip of the file without decoding or parsing it.
//
// Layout: <dir>/<config key>/entries.log, one line per file analysed, `<key>\t<json>\n`, appended in one write per
// run. One file, not one per entry: a warm scan of 14,000 files reads one file instead of opening 14,000.
// Safe by construction: concurrent runs only append whole lines (each run's lines in a single write), a reader
// ignores any line that does not parse or does not have the expected shape (torn, truncated, corrupt, another
// file's), and a compaction writes a temporary file and renames it into place. Entries hold findings as reported,
// which hold no raw secret (a secret is only ever masked; its fingerprint is rule, file and masked form).
// The cache dir may be committed by the scanned tree: it is used only when it and its folder are real directories
// (no link on the way from the scan root), owned by this user; files in it are opened with O_NOFOLLOW (a log that
// is a link, FIFO or device is ignored), new files with O_EXCL; cleanup removes only folders holding the marker
// flowguard writes, and in them only the files flowguard writes.
// Authenticated: every line carries an HMAC-SHA256 of its key and body under a per-user secret kept in the user's
// cache folder (`<user cache>/flowguard/cache-key`, mode 0600, never inside the scanned tree). A line whose MAC does
// not verify is a miss, so a cache committed to the scanned repository (or edited in place) is never replayed: a
// tampered entry cannot report a vulnerable file as clean. Without a usable key there is no cache at all.
import { createHash, createHmac, randomBytes } from './lazy.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '../rule.js';
import { VERSION } from '../version.js';
import { userCacheDir } from './compile-cache.js';
import type { ScanError, SkippedFile } from './errors.js';
import { readAll } from './read.js';
import type { Finding } from './types.js';

/** The folder the cache lives in when the root has no node_modules. */
export const CACHE_FOLDER = '.flowguard-cache';
const FORMAT = 2;

/** Config folders (one per engine + rules + options) unused for this long are removed. */
const STALE_MS = 7 * 24 * 3600 * 1000;

/** What one file's analysis produced, as replayed on a hit. */
export interface CacheEntry {
  findings: Finding[];
  errors: ScanError[];
  skipped: SkippedFile[];
  parsed: boolean;
  /** The file holds a `flowguard-ignore` directive: its text is needed for inline suppression. */
  directive: boolean;
  /** A secret was found in the file: its raw values (never cached) are needed to mask them in other output. */
  secrets?: boolean;
}

export interface CacheKeyInput {
  rules: readonly { rule: Rule; severity: string }[];
  /** Anything else that changes a file's result (skip policy, secret allow-list, size cap). */
  options: Record<string, unknown>;
}

/** The default cache folder for a scan root: node_modules/.cache/flowguard when node_modules exists. */
export function defaultCacheDir(root: string): string {
  const nm = path.join(root, 'node_modules');
  try {
    if (fs.statSync(nm).isDirectory()) return path.join(nm, '.cache', 'flowguard');
  } catch {
    /* no node_modules */
  }
  return path.join(root, CACHE_FOLDER);
}

let engineHash: string | undefined;
/** The running engine: in the bundle, a hash of the bundle itself, so any code change misses; else the version. */
function engine(): string {
  if (engineHash === undefined) {
    const h = createHash('sha256').update(`flowguard ${VERSION} format ${FORMAT}\0`);
    if (typeof __FLOWGUARD_BUNDLED__ !== 'undefined' && __FLOWGUARD_BUNDLED__) {
      try {
        h.update(fs.readFileSync(__filename));
      } catch {
        h.update('unreadable bundle');
      }
    }
    engineHash = h.digest('hex');
  }
  return engineHash;
}

const serialise = (_key: string, value: unknown): unknown => (typeof value === 'function' || value instanceof RegExp ? String(value) : value);

function describe(rule: Rule): string {
  try {
    return JSON.stringify(rule, serialise);
  } catch {
    // A rule object JSON cannot walk (a cycle): its id and the source of its functions still change with its code.
    return `${rule.id}\0${Object.values(rule)
      .filter((v) => typeof v === 'function')
      .map(String)
      .join('\0')}`;
  }
}

/** A hash of the engine, each active rule's whole definition (functions as source) and the options. */
export function configKey(input: CacheKeyInput): string {
  const h = createHash('sha256').update(engine());
  for (const a of input.rules) h.update('\0rule\0').update(a.severity).update('\0').update(describe(a.rule));
  h.update('\0options\0').update(JSON.stringify(input.options, serialise));
  return h.digest('hex');
}

const LOG = 'entries.log';

export class ScanCache {
  private readonly folder: string;
  private lines: Map<string, string> | undefined;
  /** Lines in the log as read (duplicates and stale ones included), to decide on compaction. */
  private logLines = 0;
  /** The log ended in a torn line (a run killed mid-write): the next append starts on a fresh line. */
  private torn = false;
  private readonly used = new Set<string>();
  private readonly added: { key: string; body: Record<string, unknown> }[] = [];
  hits = 0;
  misses = 0;

  /** Entries whose MAC did not verify (a tampered or foreign cache), counted once per key looked up. */
  rejected = 0;

  private constructor(
    readonly dir: string,
    private readonly config: string,
    private readonly root: string | undefined,
    private readonly secret: Buffer,
  ) {
    this.folder = path.join(dir, `v${FORMAT}-${config.slice(0, 24)}`);
  }

  /**
   * `root`: the scan root, when the cache dir may lie inside it (no link on the way from the root is followed).
   * `keyDir`: the user's cache folder holding the signing key (default: userCacheDir()). Undefined when there is
   * no usable key (no user cache folder, one inside the scan root, a key file that is not this user's private
   * regular file): the scan then runs without a cache.
   */
  static open(dir: string, input: CacheKeyInput, root?: string, keyDir: string | undefined = userCacheDir()): ScanCache | undefined {
    const secret = userCacheSecret(keyDir, root);
    return secret ? new ScanCache(dir, configKey(input), root, secret) : undefined;
  }

  private mac(key: string, body: string): string {
    return createHmac('sha256', this.secret).update(key).update('\t').update(body).digest('hex');
  }

  /** The entry key of one file: the config key, its root-relative path and its exact bytes. */
  /** `neighbours`: a hash of the other files the file's findings may depend on (imports and importers), or ''. */
  key(file: string, bytes: Uint8Array, neighbours = ''): string {
    const h = createHash('sha256').update(this.config).update('\0').update(file).update('\0').update(bytes);
    if (neighbours) h.update('\0').update(neighbours);
    return h.digest('hex');
  }

  private load(): Map<string, string> {
    if (this.lines) return this.lines;
    this.lines = new Map();
    // Only a folder that passes the checks is read: a committed cache dir that is a link, or a log that is a
    // symlink, a FIFO or a device, is never opened (it would read outside the root or block forever).
    const raw = this.checkedFolder(false) ? readRegular(path.join(this.folder, LOG), MAX_LOG_BYTES) : undefined;
    if (raw === undefined) return this.lines;
    this.torn = raw.length > 0 && !raw.endsWith('\n');
    let start = 0;
    for (let nl = raw.indexOf('\n'); nl >= 0; nl = raw.indexOf('\n', start)) {
      const tab = raw.indexOf('\t', start);
      if (tab - start === 64 && tab < nl) this.lines.set(raw.slice(start, tab), raw.slice(tab + 1, nl));
      this.logLines++;
      start = nl + 1;
    }
    return this.lines;
  }

  /** The entry of a file, or undefined (a miss); 'unused' when there is one but `usable` turns it down. */
  get(key: string, file: string, usable: (entry: CacheEntry) => boolean = () => true): CacheEntry | 'unused' | undefined {
    this.used.add(key);
    const line = this.load().get(key);
    // `<mac>\t<json>`: replayed only when the MAC under this user's key verifies.
    let body: string | undefined;
    if (line !== undefined) {
      if (line.length > 65 && line[64] === '\t' && line.slice(0, 64) === this.mac(key, line.slice(65))) body = line.slice(65);
      else this.rejected++;
    }
    const entry = body === undefined ? undefined : parseEntry(body, file);
    const use = entry !== undefined && usable(entry);
    if (use) this.hits++;
    else this.misses++;
    return use ? entry : entry ? 'unused' : undefined;
  }

  /** Queue one file's entry; `flush()` appends every queued entry in one write. */
  set(key: string, file: string, entry: CacheEntry): void {
    const body: Record<string, unknown> = { file, parsed: entry.parsed };
    if (entry.findings.length) body.findings = entry.findings;
    if (entry.errors.length) body.errors = entry.errors;
    if (entry.skipped.length) body.skipped = entry.skipped;
    if (entry.directive) body.directive = true;
    if (entry.secrets) body.secrets = true;
    // Serialised at flush: the scan masks secrets found in later files in these findings first.
    this.added.push({ key, body });
  }

  /** Write the queued entries; a failure (read-only tree, full disk) only costs the next run its hits. */
  // A promise by contract (callers await it), written synchronously today.
  // eslint-disable-next-line @typescript-eslint/require-await
  async flush(): Promise<void> {
    if (!this.added.length || !this.prepare()) return;
    const log = path.join(this.folder, LOG);
    const known = this.load();
    const added = this.added
      .map((a) => {
        const body = JSON.stringify(a.body);
        return `${a.key}\t${this.mac(a.key, body)}\t${body}\n`;
      })
      .join('');
    // Compact when most of the log is stale (files since edited) and this run saw most of the tree.
    if (this.logLines > 4096 && this.logLines > 2 * this.used.size && this.used.size * 2 > known.size) {
      const keep = [...this.used].filter((k) => known.has(k)).map((k) => `${k}\t${known.get(k)}\n`);
      const tmp = `${log}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        // A new file (O_EXCL, never through a link) renamed over the log: rename replaces a link, never follows it.
        writeNew(tmp, keep.join('') + added);
        fs.renameSync(tmp, log);
        this.added.length = 0;
        return;
      } catch {
        try {
          fs.unlinkSync(tmp);
        } catch {
          /* never created */
        }
      }
    }
    appendNoFollow(log, (this.torn ? '\n' : '') + added);
    this.added.length = 0;
  }

  /**
   * The cache dir and this config's folder are real directories (not links), owned by this user and not writable
   * by everyone; inside the scan root, no folder between the root and the cache dir is a link either (a committed
   * `node_modules` symlink would put the cache, and its cleanup, wherever it points). With `create`, missing
   * folders are made one at a time (mode 0700), each checked the same way.
   */
  private checkedFolder(create: boolean): boolean {
    const chain: string[] = [];
    const dir = path.resolve(this.dir);
    const root = this.root === undefined ? undefined : path.resolve(this.root);
    const inRoot = root !== undefined && isInside(root, dir);
    if (inRoot) {
      // Every folder from the root (excluded: the user chose it) down to the cache dir.
      let p = dir;
      while (p !== root) {
        chain.unshift(p);
        p = path.dirname(p);
      }
    } else chain.push(dir);
    chain.push(this.folder);
    for (const p of chain) {
      let st: fs.Stats;
      try {
        st = fs.lstatSync(p);
      } catch (error) {
        if (!create || (error as NodeJS.ErrnoException).code !== 'ENOENT') return false;
        try {
          // Not recursive: recursive mkdir follows links on the way; each step here was checked (or just made).
          if (p === dir && !inRoot) fs.mkdirSync(p, { recursive: true, mode: 0o700 });
          else fs.mkdirSync(p, { mode: 0o700 });
          st = fs.lstatSync(p);
        } catch {
          return false;
        }
      }
      if (!safeDir(st, p === this.folder || p === dir)) return false;
    }
    return true;
  }

  /** Create the folder (a read-only tree just runs without a cache) and drop configs unused for a week. */
  private prepare(): boolean {
    if (!this.checkedFolder(true)) return false;
    try {
      writeMarker(path.join(this.folder, MARKER), this.config);
      // Keeps git and flowguard's own discovery out of the cache wherever it lives (never written through a link).
      try {
        writeNew(path.join(this.dir, '.gitignore'), '# written by flowguard: a cache, safe to delete\n*\n');
      } catch {
        /* already there */
      }
      const now = new Date();
      fs.utimesSync(this.folder, now, now);
      for (const name of fs.readdirSync(this.dir)) {
        const p = path.join(this.dir, name);
        if (p === this.folder || !FOLDER_NAME.test(name)) continue;
        try {
          const st = fs.lstatSync(p);
          if (safeDir(st, true) && Date.now() - st.mtimeMs > STALE_MS) removeOwnFolder(p);
        } catch {
          /* removed by a concurrent run */
        }
      }
    } catch {
      return false;
    }
    return true;
  }
}

/** Most a cache log is read (a larger one is ignored, as if absent, and replaced by the next compaction). */
const MAX_LOG_BYTES = 512 * 1024 * 1024;
/** Written in each config folder flowguard makes; cleanup removes only folders that hold it. */
const MARKER = '.flowguard-cache-entry';
const FOLDER_NAME = /^v\d+-[0-9a-f]{24}$/;
const NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0;
const NONBLOCK = fs.constants.O_NONBLOCK ?? 0;

function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A real directory (lstat: not a link); `own`: owned by this user and not writable by others. */
function safeDir(st: fs.Stats, own: boolean): boolean {
  if (!st.isDirectory() || st.isSymbolicLink()) return false;
  if (!own || process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  return st.uid === process.getuid() && (st.mode & 0o002) === 0;
}

/** The text of a regular file opened without following a link or blocking; undefined for anything else. */
function readRegular(file: string, max: number): string | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NOFOLLOW | NONBLOCK);
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size > max) return undefined;
    if (process.platform !== 'win32' && typeof process.getuid === 'function' && st.uid !== process.getuid()) return undefined;
    return readAll(fd, st.size).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Create a new file (fails if anything, a link included, is there) and write it whole. */
function writeNew(file: string, text: string): void {
  const fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | NOFOLLOW, 0o600);
  try {
    fs.writeSync(fd, text);
  } finally {
    fs.closeSync(fd);
  }
}

/** Append to a regular file, never through a link (O_NOFOLLOW), never into a FIFO or a device. */
function appendNoFollow(file: string, text: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_WRONLY | fs.constants.O_APPEND | fs.constants.O_CREAT | NOFOLLOW | NONBLOCK, 0o600);
    if (!fs.fstatSync(fd).isFile()) return;
    fs.writeSync(fd, text);
  } catch {
    /* a read-only tree, a full disk, a link: the next run only loses its hits */
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

function writeMarker(file: string, config: string): void {
  try {
    writeNew(file, `flowguard cache ${config}\n`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const st = fs.lstatSync(file);
    if (!st.isFile()) throw error;
  }
}

/**
 * Remove a config folder flowguard wrote: only when it holds the marker (a regular file), only the files
 * flowguard writes there (the log, its compaction temporaries, the marker), then the folder if it is empty. A
 * folder with anything else in it is left alone.
 */
function removeOwnFolder(dir: string): void {
  const marker = path.join(dir, MARKER);
  if (!fs.lstatSync(marker).isFile()) return;
  const names = fs.readdirSync(dir);
  const ours = (n: string): boolean => n === LOG || n === MARKER || (n.startsWith(`${LOG}.`) && n.endsWith('.tmp'));
  if (!names.every(ours)) return;
  for (const n of names) {
    if (n === MARKER) continue;
    const p = path.join(dir, n);
    if (fs.lstatSync(p).isFile()) fs.unlinkSync(p);
  }
  fs.unlinkSync(marker);
  fs.rmdirSync(dir);
}

const isStr = (v: unknown): v is string => typeof v === 'string';

/** A cached entry, or undefined when it is corrupt, truncated or for another path. */
export function parseEntry(raw: string, file: string): CacheEntry | undefined {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (!o || typeof o !== 'object' || o.file !== file || typeof o.parsed !== 'boolean') return undefined;
  const { findings = [], errors = [], skipped = [], directive = false, secrets = false } = o;
  if (!Array.isArray(findings) || !Array.isArray(errors) || !Array.isArray(skipped) || typeof directive !== 'boolean') return undefined;
  for (const f of findings as Record<string, unknown>[]) {
    if (!f || !isStr(f.ruleId) || !isStr(f.severity) || f.file !== file || !isStr(f.message) || !isStr(f.fingerprint) || typeof f.suppressed !== 'boolean')
      return undefined;
  }
  for (const e of errors as Record<string, unknown>[]) if (!e || e.file !== file || !isStr(e.message)) return undefined;
  for (const e of skipped as Record<string, unknown>[]) if (!e || e.file !== file || !isStr(e.reason)) return undefined;
  const entry: CacheEntry = { findings: findings as Finding[], errors: errors as ScanError[], skipped: skipped as SkippedFile[], parsed: o.parsed, directive };
  if (secrets === true) entry.secrets = true;
  return entry;
}

/** The signing key's file in the user's cache folder. */
export const KEY_FILE = 'cache-key';
const secrets = new Map<string, Buffer | undefined>();

function realOr(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

/** This user's private regular file (not a link, owned by them, no group/other access), or not on Unix. */
function privateFile(st: fs.Stats): boolean {
  if (!st.isFile()) return false;
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  return st.uid === process.getuid() && (st.mode & 0o077) === 0;
}

function readKey(file: string): Buffer | undefined | 'absent' {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | NOFOLLOW | NONBLOCK);
    const st = fs.fstatSync(fd);
    if (!privateFile(st) || st.size !== 65) return undefined;
    const buf = Buffer.alloc(65);
    if (fs.readSync(fd, buf, 0, 65, 0) !== 65) return undefined;
    const hex = buf.toString('latin1', 0, 64);
    return /^[0-9a-f]{64}$/.test(hex) && buf[64] === 0x0a ? Buffer.from(hex, 'hex') : undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'absent' : undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The per-user secret that signs cache entries, read from (or first written to) `<keyDir>/cache-key`. The folder
 * must be a real directory owned by this user and writable by no one else, outside the scan root (a key the
 * scanned repository could commit signs nothing); the key file a private regular file (O_NOFOLLOW), written once
 * as a new file and linked into place (a concurrent first run reads the same key).
 */
export function userCacheSecret(keyDir: string | undefined, root?: string): Buffer | undefined {
  if (!keyDir || !path.isAbsolute(keyDir)) return undefined;
  const memo = `${keyDir}\0${root ?? ''}`;
  if (secrets.has(memo)) return secrets.get(memo);
  let secret: Buffer | undefined;
  try {
    fs.mkdirSync(keyDir, { recursive: true, mode: 0o700 });
    const real = realOr(keyDir);
    if (root !== undefined && (isInside(realOr(root), real) || isInside(path.resolve(root), path.resolve(keyDir)))) throw new Error('key inside the scan root');
    if (!safeDir(fs.lstatSync(real), true) || (process.platform !== 'win32' && (fs.lstatSync(real).mode & 0o022) !== 0)) throw new Error('unsafe key folder');
    const file = path.join(real, KEY_FILE);
    let got = readKey(file);
    if (got === 'absent') {
      const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        writeNew(tmp, `${randomBytes(32).toString('hex')}\n`);
        try {
          fs.linkSync(tmp, file);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      } finally {
        try {
          fs.unlinkSync(tmp);
        } catch {
          /* never created */
        }
      }
      got = readKey(file);
    }
    secret = got instanceof Buffer ? got : undefined;
  } catch {
    secret = undefined;
  }
  secrets.set(memo, secret);
  return secret;
}
