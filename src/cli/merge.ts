// `flowguard merge a.sarif b.sarif … --output all.sarif`: the SARIF files of `scan --shard I/N` jobs joined into the
// SARIF one unsharded scan writes, byte for byte: one run, rules deduplicated and sorted by id, results and
// notifications in the scan's order (src/report/sarif.ts), every other field as the shards wrote it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from '../core/errors.js';
import { parseFlags } from './flags.js';
import type { ExitCode, Host } from './host.js';
import { writeReport } from '../core/write.js';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

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

/** The single run of a flowguard SARIF log, checked enough to merge safely. */
function runOf(file: string, log: unknown): Obj {
  const runs = isObj(log) && log.version === '2.1.0' ? log.runs : undefined;
  if (!Array.isArray(runs) || runs.length !== 1 || !isObj(runs[0])) throw new UsageError(`${file}: not a flowguard SARIF 2.1.0 log with one run`);
  const run = runs[0];
  const driver = isObj(run.tool) && isObj(run.tool.driver) ? run.tool.driver : undefined;
  if (!driver || driver.name !== 'flowguard' || !Array.isArray(driver.rules) || !Array.isArray(run.results)) throw new UsageError(`${file}: not a flowguard SARIF log`);
  return run;
}

const driverOf = (run: Obj): Obj => (run.tool as Obj).driver as Obj;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);

function fileOf(x: Obj): string {
  const loc = Array.isArray(x.locations) && isObj(x.locations[0]) ? x.locations[0] : undefined;
  const phys = loc && isObj(loc.physicalLocation) ? loc.physicalLocation : undefined;
  const art = phys && isObj(phys.artifactLocation) ? phys.artifactLocation : undefined;
  const uri = str(art?.uri);
  try {
    return uri.split('/').map(decodeURIComponent).join('/');
  } catch {
    return uri;
  }
}

function regionOf(x: Obj): Obj {
  const loc = Array.isArray(x.locations) && isObj(x.locations[0]) ? x.locations[0] : undefined;
  const phys = loc && isObj(loc.physicalLocation) ? loc.physicalLocation : undefined;
  return phys && isObj(phys.region) ? phys.region : {};
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** compareFindings (src/core/finding.ts), read back from SARIF results. */
function compareResults(a: Obj, b: Obj): number {
  const ra = regionOf(a);
  const rb = regionOf(b);
  const fp = (x: Obj): string => (isObj(x.partialFingerprints) ? str(x.partialFingerprints['flowguard/v1']) : '');
  return (
    cmp(fileOf(a), fileOf(b)) ||
    num(ra.startLine) - num(rb.startLine) ||
    num(ra.startColumn) - num(rb.startColumn) ||
    cmp(str(a.ruleId), str(b.ruleId)) ||
    cmp(str(isObj(a.message) ? a.message.text : ''), str(isObj(b.message) ? b.message.text : '')) ||
    cmp(fp(a), fp(b))
  );
}

// The scan writes file errors first, then skips, each sorted by file (errors then by message).
const NOTIFICATION_ORDER: Record<string, number> = { 'file-error': 0, 'file-skipped': 1 };
function compareNotifications(a: Obj, b: Obj): number {
  const kind = (x: Obj): number => NOTIFICATION_ORDER[str(isObj(x.descriptor) ? x.descriptor.id : '')] ?? 2;
  const text = (x: Obj): string => str(isObj(x.message) ? x.message.text : '');
  return kind(a) - kind(b) || cmp(fileOf(a), fileOf(b)) || cmp(text(a), text(b));
}

/** One SARIF log from the logs of `scan --shard` jobs of the same tree and options. */
export function mergeSarif(logs: readonly { file: string; log: unknown }[]): Obj {
  const runs = logs.map(({ file, log }) => ({ file, run: runOf(file, log) }));
  const first = runs[0]!;
  const same = (what: string, get: (run: Obj) => unknown): void => {
    const want = JSON.stringify(get(first.run));
    for (const r of runs) if (JSON.stringify(get(r.run)) !== want) throw new UsageError(`${r.file} and ${first.file} differ in ${what}: merge only shards of one scan`);
  };
  same('flowguard version', (run) => driverOf(run).semanticVersion);
  same('scan type (automationDetails.id)', (run) => run.automationDetails);

  const rules = new Map<string, Obj>();
  for (const { run } of runs) for (const rule of driverOf(run).rules as Obj[]) if (!rules.has(str(rule.id))) rules.set(str(rule.id), rule);
  const sortedRules = [...rules.values()].sort((a, b) => cmp(str(a.id), str(b.id)));
  const index = new Map(sortedRules.map((r, i) => [str(r.id), i]));

  const results: Obj[] = [];
  const notifications = new Map<string, Obj>();
  let success = true;
  for (const { run } of runs) {
    for (const r of run.results as Obj[]) {
      const copy: Obj = { ...r };
      if ('ruleIndex' in copy) copy.ruleIndex = index.get(str(r.ruleId)) ?? 0;
      results.push(copy);
    }
    const inv = Array.isArray(run.invocations) && isObj(run.invocations[0]) ? run.invocations[0] : {};
    if (inv.executionSuccessful === false) success = false;
    // A notification every shard reports (a tree-level problem) appears once.
    for (const n of Array.isArray(inv.toolExecutionNotifications) ? (inv.toolExecutionNotifications as Obj[]) : []) notifications.set(JSON.stringify(n), n);
  }
  results.sort(compareResults);

  const firstInv = Array.isArray(first.run.invocations) && isObj(first.run.invocations[0]) ? first.run.invocations[0] : {};
  const invocation: Obj = { ...firstInv, executionSuccessful: success };
  delete invocation.toolExecutionNotifications;
  if (notifications.size) invocation.toolExecutionNotifications = [...notifications.values()].sort(compareNotifications);

  const log = logs[0]!.log as Obj;
  const run: Obj = { ...first.run };
  run.tool = { ...(first.run.tool as Obj), driver: { ...driverOf(first.run), rules: sortedRules } };
  run.invocations = [invocation];
  run.results = results;
  return { ...log, runs: [run] };
}
