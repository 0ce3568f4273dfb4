// argv → exit code. The entry file only calls cli(); tests call it with a fake host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { inspect, parseArgs } from 'node:util';
import { rules as registry } from '../../rules/index.js';
import { findConfig, loadConfig, didYouMean, FAIL_ON, PROFILES, SCAN_TYPES, type FailOn, type FileConfig, type ProfileName, type ScanType, shortKey } from '../core/config.js';
import { ConfigError, summarize, UsageError } from '../core/errors.js';
import { breaches, scan } from '../pipeline/scan.js';
import type { ScanOptions, ScanResult } from '../core/types.js';
import { toJson } from '../report/json.js';
import { toSarif } from '../report/sarif.js';
import { printable, toText } from '../report/text.js';
import { SEVERITIES } from '../rule.js';
import { VERSION } from '../version.js';
import { toPosix } from '../core/discover.js';
import { yaml } from '../core/lazy.js';
import { parseYamlBounded } from '../core/yaml-safe.js';
import { writeReport } from './write.js';
import { scanCacheDir, userCacheDir } from '../core/compile-cache.js';
import { runProfileCommand, writeProfileOutput } from './profile.js';
import { changedSince, scanHistory, stagedContents } from '../pipeline/history.js';
import { runBaseline } from './baseline.js';
import { loadBaseline } from '../suppress/baseline.js';
import { parseShard } from '../core/shard.js';
import { runMerge } from './merge.js';
import { runAgentTime } from '../agent-time/commands.js';

export interface Stream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Host {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Stream;
  stderr: Stream;
}

export type ExitCode = 0 | 1 | 2;

const USAGE = `Usage: flowguard <command> [options]

Commands:
  scan [PATH...]              scan files or directories (default: .)
  rules [--format text|json]  list every rule: id, severity, CWE, title
  explain RULE-ID             print a rule's help
  profile validate [PATH] --profile NAME [--output FILE] [--format json|text]
  baseline create [PATH] --output FILE [--type TYPE]
  merge FILE.sarif... --output FILE
  hook claude-code            Claude Code PreToolUse hook: deny a write or command that adds a finding
  init claude-code [--local]  add that hook to .claude/settings.json
  mcp                         MCP server over stdio (scan_code, scan_path, explain_rule, validate_profile)

  -h, --help                  this help; flowguard <command> --help for a command's
  -v, --version               print the version

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it (or the profile failed), 2 usage, config or internal error.
`;

const SCAN_HELP = `Usage: flowguard scan [PATH...] [options]

Scan files or directories (default: .) for dangerous code, secrets, agent and MCP configs.

Options:
  --type static|secrets|config|comprehensive   what to check (default comprehensive)
  -f, --format text|json|sarif    repeatable; paired in order with --output
  -o, --output FILE           repeatable; a format without an output goes to stdout; an output
                              without a format takes it from the extension (.sarif, .json, else text)
  --fail-on critical|high|medium|low|info|none (default high)
  --exclude PATTERN           repeatable, .gitignore syntax, relative to the scan root
  -c, --config FILE           default: flowguard.config.yaml (or .yml) at the scan root
  --profile development|production|enterprise   also evaluate this security profile
  --profile-output FILE       write the profile report (JSON)
  --baseline FILE             findings in FILE are not new and never fail
  --staged                    scan the git index (for commit hooks)
  --git-history [--since REF] scan the lines past commits added (all history, or REF..HEAD)
  --changed-since REF         only files changed since REF
  -q, --quiet, --no-progress  no progress on stderr
  --no-skip                   AST-parse minified and huge JS/TS files too
  --no-cache                  ignore and do not write the content-hash cache
  --shard I/N                 scan only the I-th of N shares of the files
  -h, --help                  this help

Cache: per-file results are kept in node_modules/.cache/flowguard under the scan root when node_modules
  exists, else in the user's cache folder, one folder per scan root (CACHE_DIR/scans/KEY);
  FLOWGUARD_CACHE_DIR=DIR puts it in DIR, --no-cache turns it off.

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it (or the profile failed), 2 usage, config or internal error.
`;

const COMMAND_HELP: Record<string, string> = {
  scan: SCAN_HELP,
  rules: `Usage: flowguard rules [-f, --format text|json]

List every rule: id, severity, CWE, title (json: {"rules": [{"id", "severity", "cwe", "title", …}]}).
`,
  explain: `Usage: flowguard explain RULE-ID

Print a rule's help: what it finds, why it matters, how to fix it (flowguard rules lists the ids).
`,
  profile: `Usage: flowguard profile validate [PATH] --profile development|production|enterprise [options]

Check the project's security-profile configs against a profile. Exit 1 when the profile fails.

Options:
  --profile NAME              the profile to evaluate (required)
  -o, --output FILE           write the report to FILE (JSON unless --format text)
  -f, --format json|text      default text on stdout, json into --output
  -q, --quiet                 with --output, no verdict line on stdout
`,
  baseline: `Usage: flowguard baseline create [PATH] -o, --output FILE [scan options]

Record today's findings so that only new ones fail later scans (flowguard scan --baseline FILE).
Takes the scan options (--type, --exclude, -c/--config, …) except --format and --baseline.
`,
  merge: `Usage: flowguard merge FILE.sarif... [-o, --output FILE]

Join the SARIF files of \`flowguard scan --shard I/N\` jobs into the SARIF one unsharded scan writes
(stdout without --output).
`,
};

/** `scan --help`, naming this machine's user cache folder. */
function scanHelp(host: Host): string {
  return SCAN_HELP.replace('CACHE_DIR', userCacheDir(host.env) ?? '(none: the scan root)');
}

/** A path as a .gitignore pattern anchored at the scan root, matching that folder only. */
function anchoredDir(rel: string): string {
  return `/${toPosix(rel).replace(/[\\*?[\]!# ]/g, (c) => `\\${c}`)}/`;
}

/** `-h`/`--help` among a command's arguments (before a `--`). */
function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '-h' || a === '--help') return true;
  }
  return false;
}

const SCAN_FLAGS = {
  type: { type: 'string' },
  format: { type: 'string', multiple: true, short: 'f' },
  output: { type: 'string', multiple: true, short: 'o' },
  'fail-on': { type: 'string' },
  exclude: { type: 'string', multiple: true },
  config: { type: 'string', short: 'c' },
  profile: { type: 'string' },
  'profile-output': { type: 'string' },
  baseline: { type: 'string' },
  staged: { type: 'boolean' },
  'git-history': { type: 'boolean' },
  since: { type: 'string' },
  'changed-since': { type: 'string' },
  'no-progress': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'no-skip': { type: 'boolean' },
  'no-cache': { type: 'boolean' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

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

export async function cli(argv: readonly string[], host: Host): Promise<ExitCode> {
  try {
    return await dispatch(argv, host);
  } catch (error) {
    host.stderr.write(`flowguard: ${printable(summarize(error))}\n`);
    if (host.env.FLOWGUARD_DEBUG === '1') host.stderr.write(`${inspect(error)}\n`);
    return 2;
  }
}

async function dispatch(argv: readonly string[], host: Host): Promise<ExitCode> {
  const [command, ...rest] = argv;
  if (command !== undefined && Object.hasOwn(COMMAND_HELP, command) && wantsHelp(rest)) {
    host.stdout.write(command === 'scan' ? scanHelp(host) : COMMAND_HELP[command]!);
    return 0;
  }
  switch (command) {
    case undefined:
      host.stderr.write(USAGE);
      return 2;
    case '--help':
    case '-h':
    case 'help':
      host.stdout.write(USAGE);
      return 0;
    case '--version':
    case '-v':
    case 'version':
      host.stdout.write(`${VERSION}\n`);
      return 0;
    case 'scan':
      return runScan(rest, host);
    case 'rules':
      return runRules(rest, host);
    case 'explain':
      return runExplain(rest, host);
    case 'merge':
      return runMerge(rest, host);
    case 'profile':
      return runProfileCommand(rest, host);
    case 'baseline':
      return runBaseline(rest, host);
    case 'hook':
    case 'init':
    case 'mcp':
      return runAgentTime(command, rest, host);
    default:
      if (command.startsWith('-')) throw new UsageError(`unknown option "${command}"; flags follow a command, e.g. flowguard scan ${command}`);
      throw new UsageError(`unknown command "${command}"${didYouMean(command, ['scan', 'rules', 'explain', 'merge', 'profile', 'baseline', 'hook', 'init', 'mcp'])}; see flowguard --help`);
  }
}

type FlagSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/**
 * node:util parseArgs, with its errors turned into one-line usage errors. An option that takes a value takes the next
 * argument even when it starts with "-" (`--exclude -x`), as getopt does, unless that argument is itself one of the
 * command's options (`--format --output`: the value was forgotten).
 */
export function parseFlags<T>(args: readonly string[], options: FlagSpec): { values: T; positionals: string[] } {
  const longOf = new Map<string, string>();
  for (const [name, o] of Object.entries(options)) if (o.short) longOf.set(o.short, name);
  const isOption = (a: string): boolean => a.startsWith('--') || (a.length === 2 && a[0] === '-' && longOf.has(a[1]!));
  const norm: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      norm.push(...args.slice(i));
      break;
    }
    const name = a.startsWith('--') ? a.slice(2) : a.length === 2 && a[0] === '-' ? longOf.get(a[1]!) : undefined;
    if (name !== undefined && Object.hasOwn(options, name) && options[name]!.type === 'string') {
      const next = args[i + 1];
      if (next === undefined) throw new UsageError(`${a} needs a value`);
      if (next.startsWith('-') && next !== '-') {
        if (isOption(next)) throw new UsageError(`${a} needs a value, not the option "${next}" (a value that starts with "-" can be written --${name}=${next})`);
        norm.push(`--${name}=${next}`);
        i++;
        continue;
      }
    }
    norm.push(a);
  }
  try {
    const { values, positionals } = parseArgs({ args: norm, options, allowPositionals: true, strict: true });
    return { values: values as T, positionals };
  } catch (error) {
    const msg = summarize(error);
    const m = /Unknown option '([^']+)'/.exec(msg);
    if (m) {
      const flag = m[1]!.replace(/^-+/, '');
      throw new UsageError(`unknown option "${m[1]}"${didYouMean(flag, Object.keys(options)).replace(/"([^"]+)"\?\)$/, '"--$1"?)')}`);
    }
    const noArg = /Option '(?:-\w, )?(--[\w-]+)' does not take an argument/.exec(msg);
    if (noArg) throw new UsageError(`${noArg[1]} takes no value`);
    throw new UsageError(msg.replace(/\. To specify a positional argument.*$/, ''));
  }
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
export function formatOfFile(file: string): 'text' | 'json' | 'sarif' {
  const f = file.toLowerCase();
  if (f.endsWith('.sarif') || f.endsWith('.sarif.json')) return 'sarif';
  if (f.endsWith('.json')) return 'json';
  return 'text';
}

function oneOf<T extends string>(flag: string, value: string | undefined, values: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) throw new UsageError(`--${flag} must be one of ${values.join(', ')}, not "${value}"`);
  return value as T;
}

export interface ResolvedScan {
  options: ScanOptions;
  failOn: FailOn;
  outputs: { format: 'text' | 'json' | 'sarif'; file?: string }[];
  quiet: boolean;
  config: FileConfig;
  /** `--profile-output FILE`. */
  profileOutput?: string;
  /** `--staged`: scan the git index. */
  staged?: boolean;
  /** `--changed-since REF`: only files changed since REF. */
  changedSince?: string;
  /** `--git-history`: scan past commits, from `since` if given. */
  history?: { since?: string };
}

/** Flags over flowguard.config.yaml over defaults. */
export function resolveScan(args: readonly string[], host: Host, use: { baseline?: boolean } = {}): ResolvedScan {
  const { values: flags, positionals } = parseFlags<ScanFlags>(args, SCAN_FLAGS);
  if (flags.help) throw new UsageError('see flowguard scan --help');
  return resolveScanFlags(flags, positionals, host, use);
}

/** resolveScan on options already typed (the Action's inputs): `positionals` are the paths to scan, relative to cwd. */
export function resolveScanFlags(flags: ScanFlags, positionals: readonly string[], host: Host, use: { baseline?: boolean } = {}): ResolvedScan {
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
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new UsageError(`"${path.relative(cwd, t) || t}" is outside the current directory; run flowguard from a directory that contains every path`);
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

  const type = oneOf<ScanType>('type', flags.type, SCAN_TYPES) ?? config.type ?? 'comprehensive';
  const failOn = oneOf<FailOn>('fail-on', flags['fail-on'], FAIL_ON) ?? config.failOn ?? 'high';
  const profile = oneOf<ProfileName>('profile', flags.profile, PROFILES) ?? config.profile;

  // Paired in order; an output without a format takes it from its extension; no format and no output is text.
  const formats = flags.format ?? [];
  const files = flags.output ?? [];
  const outputs: ResolvedScan['outputs'] = [];
  for (let i = 0; i < Math.max(1, formats.length, files.length); i++) {
    const f = formats[i];
    const file = files[i];
    const format = f !== undefined ? oneOf<'text' | 'json' | 'sarif'>('format', f, ['text', 'json', 'sarif'])! : file !== undefined ? formatOfFile(file) : 'text';
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
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel) && !rel.split(path.sep).includes('node_modules')) options.exclude = [...(options.exclude ?? []), anchoredDir(rel)];
  }
  if (flags.shard !== undefined) options.shard = parseShard(flags.shard);
  const baseline = flags.baseline !== undefined ? path.resolve(cwd, flags.baseline) : config.baseline !== undefined ? path.resolve(root, config.baseline) : undefined;
  if (baseline !== undefined && use.baseline !== false) {
    loadBaseline(baseline, toPosix(path.relative(cwd, baseline)) || baseline); // fail before scanning, not after
    options.baseline = baseline;
  }
  if (flags.since !== undefined && !flags['git-history']) throw new UsageError('--since goes with --git-history');
  if (flags.staged && flags['git-history']) throw new UsageError('--staged and --git-history cannot be combined');
  const resolved: ResolvedScan = { options, failOn, outputs, quiet: flags.quiet === true || flags['no-progress'] === true, config, ...(flags['profile-output'] !== undefined ? { profileOutput: flags['profile-output'] } : {}) };
  if (flags.staged) resolved.staged = true;
  if (flags['changed-since'] !== undefined) {
    if (flags.staged || flags['git-history']) throw new UsageError('--changed-since cannot be combined with --staged or --git-history');
    resolved.changedSince = flags['changed-since'];
  }
  if (flags['git-history']) resolved.history = flags.since !== undefined ? { since: flags.since } : {};
  return resolved;
}

async function runScan(args: readonly string[], host: Host): Promise<ExitCode> {
  const resolved = resolveScan(args, host);
  const progress = !resolved.quiet && host.stderr.isTTY === true;
  if (progress) {
    let last = 0;
    resolved.options.onProgress = (done, total) => {
      const now = Date.now();
      if (now - last < 100 && done !== total) return;
      last = now;
      host.stderr.write(`\rflowguard: scanning ${done}/${total} files`);
    };
  }
  const result = await scanResolved(resolved);
  if (progress) host.stderr.write('\r\x1b[K');
  emitReports(result, resolved, host);
  writeProfileOutput(result, resolved.profileOutput, host, resolved.quiet);
  reportProblems(result, host);
  return breaches(result, resolved.failOn) || result.profile?.verdict === 'fail' ? 1 : 0;
}

/** A plain scan, or one over the git index (`--staged`) or history (`--git-history`). */
export async function scanResolved(resolved: ResolvedScan): Promise<ScanResult> {
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

export function render(result: ScanResult, format: 'text' | 'json' | 'sarif', colour: boolean): string {
  if (format === 'json') return toJson(result);
  if (format === 'sarif') return toSarif(result);
  return toText(result, { colour });
}

function emitReports(result: ScanResult, resolved: ResolvedScan, host: Host): void {
  for (const out of resolved.outputs) {
    const colour = out.file === undefined && out.format === 'text' && host.stdout.isTTY === true && !host.env.NO_COLOR;
    const body = render(result, out.format, colour);
    if (out.file === undefined) host.stdout.write(body);
    else writeReport(out.file, body, { display: path.relative(host.cwd, out.file) || '.', direct: true, cwd: host.cwd });
  }
}

/** One summary line on stderr for files that could not be read or parsed. */
function reportProblems(result: ScanResult, host: Host): void {
  if (!result.errors.length) return;
  const shown = result.errors.slice(0, 3).map((e) => printable(`${e.file} (${e.message})`));
  const more = result.errors.length > 3 ? ` and ${result.errors.length - 3} more` : '';
  host.stderr.write(`flowguard: ${result.errors.length} file${result.errors.length === 1 ? '' : 's'} could not be scanned: ${shown.join(', ')}${more}\n`);
}

function runRules(args: readonly string[], host: Host): ExitCode {
  const { values, positionals } = parseFlags<{ format?: string }>(args, { format: { type: 'string', short: 'f' } });
  if (positionals.length) throw new UsageError(`rules takes no arguments, not "${positionals[0]}"`);
  const format = oneOf('format', values.format, ['text', 'json'] as const) ?? 'text';
  const sorted = [...registry].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (format === 'json') {
    const out = sorted.map((r) => ({ id: r.id, severity: r.severity, cwe: r.cwe, title: r.title, confidence: r.confidence, status: r.status ?? 'experimental', kind: r.kind }));
    host.stdout.write(`${JSON.stringify({ rules: out }, null, 2)}\n`);
    return 0;
  }
  const w = Math.max(...sorted.map((r) => r.id.length));
  for (const r of sorted) host.stdout.write(`${r.id.padEnd(w)}  ${r.severity.padEnd(8)}  ${r.cwe.join(',').padEnd(8)}  ${r.title}\n`);
  return 0;
}

function runExplain(args: readonly string[], host: Host): ExitCode {
  const { positionals } = parseFlags<Record<string, never>>(args, {});
  const id = positionals[0];
  if (!id) throw new UsageError('explain needs a rule id, e.g. flowguard explain code/eval-injection');
  const rule = registry.find((r) => r.id === id);
  if (!rule) throw new UsageError(`unknown rule "${id}"${suggestRule(id)}`);
  host.stdout.write(`${rule.id} (${rule.severity}, ${rule.cwe.join(', ')})\n${rule.title}\n\n${rule.help}\n`);
  return 0;
}

export { SEVERITIES };
