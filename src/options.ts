// The typed scan options every surface builds (STYLE.md "Seams"): the CLI from argv (src/cli/flags.ts), the Action
// from its inputs, never argv strings; flags over flowguard.config.yaml over defaults, with one validation.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rules as registry } from '../rules/index.js';
import { scanCacheDir, userCacheDir } from './core/compile-cache.js';
import {
  didYouMean,
  FAIL_ON,
  findConfig,
  loadConfig,
  PROFILES,
  SCAN_TYPES,
  shortKey,
  type FailOn,
  type FileConfig,
  type ProfileName,
  type ScanType,
} from './core/config.js';
import { toPosix } from './core/discover.js';
import { ConfigError, UsageError } from './core/errors.js';
import { yaml } from './core/lazy.js';
import { parseShard } from './core/shard.js';
import type { ScanOptions } from './core/types.js';
import { parseYamlBounded } from './core/yaml-safe.js';
import type { ScanRequest } from './pipeline/history.js';
import { REPORT_FORMATS, type ReportFormat } from './report/index.js';
import { loadBaseline } from './suppress/baseline.js';

/** Where options are resolved: relative paths against `cwd`; `env` for FLOWGUARD_CACHE_DIR and the cache folder. */
export interface Place {
  cwd: string;
  env: Record<string, string | undefined>;
}

/** `scan`'s options, typed: the CLI parses them from argv, the Action builds them from its inputs (never argv). */
export type ScanFlags = {
  type?: string;
  format?: string[];
  output?: string[];
  'fail-on'?: string;
  exclude?: string[];
  config?: string;
  profile?: string;
  'profile-output'?: string;
  baseline?: string;
  staged?: boolean;
  'git-history'?: boolean;
  since?: string;
  'changed-since'?: string;
  'no-progress'?: boolean;
  quiet?: boolean;
  'no-skip'?: boolean;
  'no-cache'?: boolean;
  shard?: string;
  help?: boolean;
};

/** A path as a .gitignore pattern anchored at the scan root, matching that folder only. */
function anchoredDir(rel: string): string {
  return `/${toPosix(rel).replace(/[\\*?[\]!# ]/g, (c) => `\\${c}`)}/`;
}

/** ` (did you mean "code/eval-injection"?)` for `eval-injection` (an id without its category) or a near miss. */
export function suggestRule(id: string): string {
  const ids = registry.map((r) => r.id);
  const bare = id.toLowerCase();
  const byName = ids.filter((r) => r.slice(r.indexOf('/') + 1).toLowerCase() === bare);
  if (byName.length === 1) return ` (did you mean "${byName[0]}"?)`;
  if (byName.length > 1) return ` (did you mean one of ${byName.map((r) => `"${r}"`).join(', ')}?)`;
  return didYouMean(id, ids);
}

/** The line of `id` under `rules:` in a config file (already parsed once, so bounded and valid). */
function ruleLine(file: string, id: string): number | undefined {
  try {
    const lc = new (yaml().LineCounter)();
    const parsed = parseYamlBounded(fs.readFileSync(file, 'utf8'), { lineCounter: lc });
    if (!parsed.ok) return undefined;
    const rules = parsed.doc.get('rules', true);
    if (!yaml().isMap(rules)) return undefined;
    for (const pair of rules.items) {
      const key = pair.key;
      if (yaml().isScalar(key) && String(key.value) === id && key.range) return lc.linePos(key.range[0]).line;
    }
  } catch {
    /* no line then */
  }
  return undefined;
}

/** `.sarif` (and `.sarif.json`) → sarif, `.json` → json, anything else text. */
export function formatOfFile(file: string): ReportFormat {
  const f = file.toLowerCase();
  if (f.endsWith('.sarif') || f.endsWith('.sarif.json')) return 'sarif';
  if (f.endsWith('.json')) return 'json';
  return 'text';
}

/** `value` when it is one of `values`, else a usage error naming the flag. */
export function oneOf<T extends string>(flag: string, value: string | undefined, values: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${values.join(', ')}, not "${value}"`);
  return value as T;
}

/** The scan type, fail-on level and profile a surface was given (already validated), each absent when not given. */
export interface GivenSettings {
  type?: ScanType | undefined;
  failOn?: FailOn | undefined;
  profile?: ProfileName | undefined;
}

/** Each setting as given, else as the config file says, else the default (comprehensive, high, no profile). */
export function settings(config: FileConfig, given: GivenSettings): { type: ScanType; failOn: FailOn; profile?: ProfileName } {
  const profile = given.profile ?? config.profile;
  return { type: given.type ?? config.type ?? 'comprehensive', failOn: given.failOn ?? config.failOn ?? 'high', ...(profile ? { profile } : {}) };
}

/** The options of one scan, resolved, and what the surface does with its result. */
export interface ResolvedScan extends ScanRequest {
  options: ScanOptions;
  failOn: FailOn;
  outputs: { format: ReportFormat; file?: string }[];
  quiet: boolean;
  config: FileConfig;
  /** `--profile-output FILE`. */
  profileOutput?: string;
}

/**
 * Flags over flowguard.config.yaml over defaults, on options already typed: the CLI parses them from argv
 * (src/cli/flags.ts), the Action builds them from its inputs. `positionals` are the paths to scan, relative to cwd.
 */
export function resolveScanFlags(flags: ScanFlags, positionals: readonly string[], host: Place, use: { baseline?: boolean } = {}): ResolvedScan {
  const cwd = host.cwd;
  const targets = positionals.length ? positionals.map((p) => path.resolve(cwd, p)) : [cwd];
  let root = cwd;
  if (targets.length === 1) {
    const t = targets[0]!;
    let st: fs.Stats;
    try {
      st = fs.statSync(t);
    } catch {
      throw new UsageError(`cannot read scan root "${positionals[0] ?? '.'}": no such file or directory`);
    }
    if (st.isDirectory()) {
      try {
        fs.readdirSync(t);
      } catch (error) {
        throw new UsageError(`cannot read scan root "${positionals[0] ?? '.'}": ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
      }
      root = t;
    }
  }
  for (const t of targets) {
    const rel = path.relative(root, t);
    if (rel.startsWith('..') || path.isAbsolute(rel))
      throw new UsageError(`"${path.relative(cwd, t) || t}" is outside the current directory; run flowguard from a directory that contains every path`);
  }

  let config: FileConfig = {};
  let configFile: { file: string; display: string } | undefined;
  if (flags.config !== undefined) {
    const file = path.resolve(cwd, flags.config);
    if (!fs.existsSync(file)) throw new ConfigError(`${flags.config}: config file not found`);
    configFile = { file, display: toPosix(path.relative(cwd, file)) || flags.config };
  } else {
    const found = findConfig(root);
    if (found) configFile = { file: found, display: toPosix(path.relative(cwd, found)) || path.basename(found) };
  }
  if (configFile) config = loadConfig(configFile.file, configFile.display);

  for (const id of Object.keys(config.rules ?? {})) {
    if (registry.some((r) => r.id === id)) continue;
    const line = configFile ? ruleLine(configFile.file, id) : undefined;
    throw new ConfigError(`${configFile?.display ?? 'config'}${line !== undefined ? `:${line}` : ''}: unknown rule "${shortKey(id)}"${suggestRule(id)}`);
  }

  const { type, failOn, profile } = settings(config, {
    type: oneOf<ScanType>('type', flags.type, SCAN_TYPES),
    failOn: oneOf<FailOn>('fail-on', flags['fail-on'], FAIL_ON),
    profile: oneOf<ProfileName>('profile', flags.profile, PROFILES),
  });

  // Paired in order; an output without a format takes it from its extension; no format and no output is text.
  const formats = flags.format ?? [];
  const files = flags.output ?? [];
  const outputs: ResolvedScan['outputs'] = [];
  for (let i = 0; i < Math.max(1, formats.length, files.length); i++) {
    const f = formats[i];
    const file = files[i];
    const format = f !== undefined ? oneOf<ReportFormat>('format', f, REPORT_FORMATS)! : file !== undefined ? formatOfFile(file) : 'text';
    outputs.push(file !== undefined ? { format, file: path.resolve(cwd, file) } : { format });
  }
  if (outputs.filter((o) => o.file === undefined).length > 1) throw new UsageError('only one --format can go to stdout; give the others an --output');

  const options: ScanOptions = {
    root,
    type,
    exclude: [...(config.exclude ?? []), ...(flags.exclude ?? [])],
    noSkip: flags['no-skip'] === true,
    ruleOverrides: config.rules ?? {},
    secretsAllow: config.secrets?.allow ?? [],
    failOn,
    ...(profile ? { profile } : {}),
  };
  if (positionals.length && !(targets.length === 1 && targets[0] === root)) options.paths = targets;
  if (config.maxFileSize !== undefined) options.maxFileSize = config.maxFileSize;
  // Content-hash cache (issue 9): on unless --no-cache; FLOWGUARD_CACHE_DIR moves it; by default it goes in
  // node_modules/.cache/flowguard when there is one, else the user's cache folder (never into the checkout).
  if (flags['no-cache'] !== true) {
    const dir = host.env.FLOWGUARD_CACHE_DIR ? path.resolve(cwd, host.env.FLOWGUARD_CACHE_DIR) : scanCacheDir(root, host.env);
    options.cache = dir ?? true;
    const keyDir = userCacheDir(host.env);
    if (keyDir) options.cacheKeyDir = keyDir;
    // A cache folder inside the scanned tree (a scan of the home folder, FLOWGUARD_CACHE_DIR=.cache) is never scanned.
    const rel = dir !== undefined ? path.relative(root, dir) : '';
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && !rel.split(path.sep).includes('node_modules'))
      options.exclude = [...(options.exclude ?? []), anchoredDir(rel)];
  }
  if (flags.shard !== undefined) options.shard = parseShard(flags.shard);
  const baseline =
    flags.baseline !== undefined ? path.resolve(cwd, flags.baseline) : config.baseline !== undefined ? path.resolve(root, config.baseline) : undefined;
  if (baseline !== undefined && use.baseline !== false) {
    loadBaseline(baseline, toPosix(path.relative(cwd, baseline)) || baseline); // fail before scanning, not after
    options.baseline = baseline;
  }
  if (flags.since !== undefined && !flags['git-history']) throw new UsageError('--since goes with --git-history');
  if (flags.staged && flags['git-history']) throw new UsageError('--staged and --git-history cannot be combined');
  const resolved: ResolvedScan = {
    options,
    failOn,
    outputs,
    quiet: flags.quiet === true || flags['no-progress'] === true,
    config,
    ...(flags['profile-output'] !== undefined ? { profileOutput: flags['profile-output'] } : {}),
  };
  if (flags.staged) resolved.staged = true;
  if (flags['changed-since'] !== undefined) {
    if (flags.staged || flags['git-history']) throw new UsageError('--changed-since cannot be combined with --staged or --git-history');
    resolved.changedSince = flags['changed-since'];
  }
  if (flags['git-history']) resolved.history = flags.since !== undefined ? { since: flags.since } : {};
  return resolved;
}
