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
// which hold no raw secret (a secret is only ever masked in the message and salted-hashed into the fingerprint).
import { createHash, randomBytes } from './lazy.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '../rule.js';
import { VERSION } from '../version.js';
import type { ScanError, SkippedFile } from './errors.js';
import type { Finding } from './types.js';

/** The folder the cache lives in when the root has no node_modules. */
export const CACHE_FOLDER = '.flowguard-cache';
const FORMAT = 1;

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
    return `${rule.id}\0${Object.values(rule).filter((v) => typeof v === 'function').map(String).join('\0')}`;
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
  private readonly added: string[] = [];
  hits = 0;
  misses = 0;

  private constructor(
    readonly dir: string,
    private readonly config: string,
  ) {
    this.folder = path.join(dir, `v${FORMAT}-${config.slice(0, 24)}`);
  }

  static open(dir: string, input: CacheKeyInput): ScanCache {
    return new ScanCache(dir, configKey(input));
  }

  /** The entry key of one file: the config key, its root-relative path and its exact bytes. */
  key(file: string, bytes: Uint8Array): string {
    return createHash('sha256').update(this.config).update('\0').update(file).update('\0').update(bytes).digest('hex');
  }

  private load(): Map<string, string> {
    if (this.lines) return this.lines;
    this.lines = new Map();
    let raw = '';
    try {
      raw = fs.readFileSync(path.join(this.folder, LOG), 'utf8');
    } catch {
      return this.lines;
    }
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
    const entry = line === undefined ? undefined : parseEntry(line, file);
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
    this.added.push(`${key}\t${JSON.stringify(body)}\n`);
  }

  /** Write the queued entries; a failure (read-only tree, full disk) only costs the next run its hits. */
  async flush(): Promise<void> {
    if (!this.added.length || !this.prepare()) return;
    const log = path.join(this.folder, LOG);
    const known = this.load();
    // Compact when most of the log is stale (files since edited) and this run saw most of the tree.
    if (this.logLines > 4096 && this.logLines > 2 * this.used.size && this.used.size * 2 > known.size) {
      const keep = [...this.used].filter((k) => known.has(k)).map((k) => `${k}\t${known.get(k)}\n`);
      const tmp = `${log}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        await fs.promises.writeFile(tmp, keep.join('') + this.added.join(''));
        await fs.promises.rename(tmp, log);
        return;
      } catch {
        await fs.promises.rm(tmp, { force: true }).catch(() => undefined);
      }
    }
    await fs.promises.appendFile(log, (this.torn ? '\n' : '') + this.added.join('')).catch(() => undefined);
    this.added.length = 0;
  }

  /** Create the folder (a read-only tree just runs without a cache) and drop configs unused for a week. */
  private prepare(): boolean {
    try {
      fs.mkdirSync(this.folder, { recursive: true });
      // Keeps git and flowguard's own discovery out of the cache wherever it lives.
      const ignore = path.join(this.dir, '.gitignore');
      if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, '# written by flowguard: a cache, safe to delete\n*\n');
      const now = new Date();
      fs.utimesSync(this.folder, now, now);
      for (const name of fs.readdirSync(this.dir)) {
        const p = path.join(this.dir, name);
        if (p === this.folder || name === '.gitignore') continue;
        try {
          if (Date.now() - fs.statSync(p).mtimeMs > STALE_MS) fs.rmSync(p, { recursive: true, force: true });
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
  const { findings = [], errors = [], skipped = [], directive = false } = o;
  if (!Array.isArray(findings) || !Array.isArray(errors) || !Array.isArray(skipped) || typeof directive !== 'boolean') return undefined;
  for (const f of findings as Record<string, unknown>[]) {
    if (!f || !isStr(f.ruleId) || !isStr(f.severity) || f.file !== file || !isStr(f.message) || !isStr(f.fingerprint) || typeof f.suppressed !== 'boolean') return undefined;
  }
  for (const e of errors as Record<string, unknown>[]) if (!e || e.file !== file || !isStr(e.message)) return undefined;
  for (const e of skipped as Record<string, unknown>[]) if (!e || e.file !== file || !isStr(e.reason)) return undefined;
  return { findings: findings as Finding[], errors: errors as ScanError[], skipped: skipped as SkippedFile[], parsed: o.parsed, directive };
}
