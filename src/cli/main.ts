// argv → exit code. The entry file only calls cli(); tests call it with a fake host.
import * as path from 'node:path';
import { inspect } from 'node:util';
import { rules as registry } from '../../rules/index.js';
import { didYouMean } from '../core/config.js';
import { summarize, UsageError } from '../core/errors.js';
import { breaches } from '../pipeline/scan.js';
import type { ScanResult } from '../core/types.js';
import { printable, render } from '../report/index.js';
import { SEVERITIES } from '../rule.js';
import { VERSION } from '../version.js';
import { writeReport } from '../core/write.js';
import { userCacheDir } from '../core/compile-cache.js';
import { runProfileCommand, writeProfileOutput } from './profile.js';
import { scanResolved } from '../pipeline/history.js';
import { runBaseline } from './baseline.js';
import { runMerge } from './merge.js';
import { FIX_HELP, runFix } from './fix.js';
import { runAgentTime } from '../agent-time/commands.js';
import { oneOf, suggestRule, type ResolvedScan } from '../options.js';
import { parseFlags, resolveScan } from './flags.js';
import type { ExitCode, Host } from './host.js';

export type { ExitCode, Host, Stream } from './host.js';

const USAGE = `Usage: flowguard <command> [options]

Commands:
  scan [PATH...]              scan files or directories (default: .)
  rules [--format text|json]  list every rule: id, severity, CWE, title
  explain RULE-ID             print a rule's help
  profile validate [PATH] --profile NAME [--output FILE] [--format json|text]
  baseline create [PATH] --output FILE [--type TYPE]
  merge FILE.sarif... --output FILE
  fix [PATH] [--rule ID]... [--dry-run]   fix agent configs that have a safe mechanical fix
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
  fix: FIX_HELP,
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

/** `-h`/`--help` among a command's arguments (before a `--`). */
function wantsHelp(args: readonly string[]): boolean {
  for (const a of args) {
    if (a === '--') return false;
    if (a === '-h' || a === '--help') return true;
  }
  return false;
}

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
    case 'fix':
      return runFix(rest, host);
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
      throw new UsageError(
        `unknown command "${command}"${didYouMean(command, ['scan', 'rules', 'explain', 'merge', 'profile', 'baseline', 'hook', 'init', 'mcp'])}; see flowguard --help`,
      );
  }
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

function emitReports(result: ScanResult, resolved: ResolvedScan, host: Host): void {
  for (const out of resolved.outputs) {
    const colour = out.file === undefined && out.format === 'text' && host.stdout.isTTY === true && !host.env.NO_COLOR;
    const body = render(result, out.format, { colour });
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
    const out = sorted.map((r) => ({
      id: r.id,
      severity: r.severity,
      cwe: r.cwe,
      title: r.title,
      confidence: r.confidence,
      status: r.status ?? 'experimental',
      kind: r.kind,
    }));
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
