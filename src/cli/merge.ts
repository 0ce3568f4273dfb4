// `flowguard merge a.sarif b.sarif … --output all.sarif`: the SARIF files of `scan --shard I/N` jobs joined into the
// SARIF one unsharded scan writes, byte for byte: one run, rules deduplicated and sorted by id, results and
// notifications in the scan's order (src/report/sarif.ts), every other field as the shards wrote it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Sarif from 'sarif';
import { UsageError } from '../core/errors.js';
import { parseFlags } from './flags.js';
import type { ExitCode, Host } from './host.js';
import { writeReport } from '../core/write.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

// Async like every command, so a usage error is a rejection the CLI reports the same way.
// eslint-disable-next-line @typescript-eslint/require-await
export async function runMerge(args: readonly string[], host: Host): Promise<ExitCode> {
  const { values, positionals } = parseFlags<{ output?: string }>(args, { output: { type: 'string', short: 'o' } });
  if (!positionals.length) throw new UsageError('merge needs SARIF files, e.g. flowguard merge shard-1.sarif shard-2.sarif --output all.sarif');
  const logs = positionals.map((file) => {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(host.cwd, file), 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    try {
      return { file, log: JSON.parse(text) as unknown };
    } catch {
      throw new UsageError(`${file}: not JSON`);
    }
  });
  const body = `${JSON.stringify(mergeSarif(logs), null, 2)}\n`;
  if (values.output === undefined) host.stdout.write(body);
  else {
    writeReport(path.resolve(host.cwd, values.output), body, { display: values.output, direct: true, cwd: host.cwd });
  }
  return 0;
}

/** The single run of a flowguard SARIF log, checked enough to merge safely (every later read stays defensive). */
function runOf(file: string, log: unknown): Sarif.Run {
  const runs = isObj(log) && log.version === '2.1.0' ? log.runs : undefined;
  if (!Array.isArray(runs) || runs.length !== 1 || !isObj(runs[0])) throw new UsageError(`${file}: not a flowguard SARIF 2.1.0 log with one run`);
  const run = runs[0];
  const driver = isObj(run.tool) && isObj(run.tool.driver) ? run.tool.driver : undefined;
  if (!driver || driver.name !== 'flowguard' || !Array.isArray(driver.rules) || !Array.isArray(run.results))
    throw new UsageError(`${file}: not a flowguard SARIF log`);
  return run as unknown as Sarif.Run;
}

const rulesOf = (run: Sarif.Run): Sarif.ReportingDescriptor[] => run.tool.driver.rules ?? [];
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
/** The first location of a result or notification, if the shard wrote one as an object. */
const physicalOf = (x: Sarif.Result | Sarif.Notification): Sarif.PhysicalLocation | undefined => {
  const loc: unknown = Array.isArray(x.locations) ? x.locations[0] : undefined;
  return isObj(loc) && isObj(loc.physicalLocation) ? loc.physicalLocation : undefined;
};

function fileOf(x: Sarif.Result | Sarif.Notification): string {
  const art: unknown = physicalOf(x)?.artifactLocation;
  const uri = isObj(art) ? str(art.uri) : '';
  try {
    return uri.split('/').map(decodeURIComponent).join('/');
  } catch {
    return uri;
  }
}

function regionOf(x: Sarif.Result): Sarif.Region {
  const region: unknown = physicalOf(x)?.region;
  return isObj(region) ? region : {};
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const textOf = (m: unknown): string => (isObj(m) ? str(m.text) : '');

/** compareFindings (src/core/finding.ts), read back from SARIF results. */
function compareResults(a: Sarif.Result, b: Sarif.Result): number {
  const ra = regionOf(a);
  const rb = regionOf(b);
  const fp = (x: Sarif.Result): string => (isObj(x.partialFingerprints) ? str(x.partialFingerprints['flowguard/v1']) : '');
  return (
    cmp(fileOf(a), fileOf(b)) ||
    num(ra.startLine) - num(rb.startLine) ||
    num(ra.startColumn) - num(rb.startColumn) ||
    cmp(str(a.ruleId), str(b.ruleId)) ||
    cmp(textOf(a.message), textOf(b.message)) ||
    cmp(fp(a), fp(b))
  );
}

// The scan writes file errors first, then skips, each sorted by file (errors then by message).
const NOTIFICATION_ORDER: Record<string, number> = { 'file-error': 0, 'file-skipped': 1 };
function compareNotifications(a: Sarif.Notification, b: Sarif.Notification): number {
  const kind = (x: Sarif.Notification): number => NOTIFICATION_ORDER[isObj(x.descriptor) ? str(x.descriptor.id) : ''] ?? 2;
  return kind(a) - kind(b) || cmp(fileOf(a), fileOf(b)) || cmp(textOf(a.message), textOf(b.message));
}

/** One SARIF log from the logs of `scan --shard` jobs of the same tree and options. */
export function mergeSarif(logs: readonly { file: string; log: unknown }[]): Sarif.Log {
  const runs = logs.map(({ file, log }) => ({ file, run: runOf(file, log) }));
  const first = runs[0]!;
  const same = (what: string, get: (run: Sarif.Run) => unknown): void => {
    const want = JSON.stringify(get(first.run));
    for (const r of runs)
      if (JSON.stringify(get(r.run)) !== want) throw new UsageError(`${r.file} and ${first.file} differ in ${what}: merge only shards of one scan`);
  };
  same('flowguard version', (run) => run.tool.driver.semanticVersion);
  same('scan type (automationDetails.id)', (run) => run.automationDetails);

  const rules = new Map<string, Sarif.ReportingDescriptor>();
  for (const { run } of runs) for (const rule of rulesOf(run)) if (!rules.has(str(rule.id))) rules.set(str(rule.id), rule);
  const sortedRules = [...rules.values()].sort((a, b) => cmp(str(a.id), str(b.id)));
  const index = new Map(sortedRules.map((r, i) => [str(r.id), i]));

  const results: Sarif.Result[] = [];
  const notifications = new Map<string, Sarif.Notification>();
  let success = true;
  const invocationOf = (run: Sarif.Run): Sarif.Invocation => {
    const inv: unknown = Array.isArray(run.invocations) ? run.invocations[0] : undefined;
    return isObj(inv) ? (inv as unknown as Sarif.Invocation) : ({} as Sarif.Invocation);
  };
  for (const { run } of runs) {
    for (const r of run.results ?? []) {
      const copy: Sarif.Result = { ...r };
      if ('ruleIndex' in copy) copy.ruleIndex = index.get(str(r.ruleId)) ?? 0;
      results.push(copy);
    }
    const inv = invocationOf(run);
    if (inv.executionSuccessful === false) success = false;
    // A notification every shard reports (a tree-level problem) appears once.
    for (const n of Array.isArray(inv.toolExecutionNotifications) ? inv.toolExecutionNotifications : []) notifications.set(JSON.stringify(n), n);
  }
  results.sort(compareResults);

  const invocation: Sarif.Invocation = { ...invocationOf(first.run), executionSuccessful: success };
  delete invocation.toolExecutionNotifications;
  if (notifications.size) invocation.toolExecutionNotifications = [...notifications.values()].sort(compareNotifications);

  const log = logs[0]!.log as Sarif.Log;
  const run: Sarif.Run = { ...first.run };
  run.tool = { ...first.run.tool, driver: { ...first.run.tool.driver, rules: sortedRules } };
  run.invocations = [invocation];
  run.results = results;
  return { ...log, runs: [run] };
}
