// Every registered rule on adversarial ~100 KB inputs built for it (its examples repeated and cut short, runs of
// token alphabets, its keywords, and the attack strings the static checker derives from the regexes in its file and
// in rule data). Runs in child processes with a watchdog: a catastrophic regex blocks its thread, which an
// in-process test timeout could never interrupt. The bound per input is generous; it is a hang detector, not a
// speed assertion (speed belongs to npm run bench). The bound is CPU time the child spent on the input (Linux:
// /proc/<pid>/stat), not wall time, so a loaded machine stretches the run but never trips the watchdog; two children
// share the rules, so the run takes the second core that vitest's single worker leaves idle on a 2-core box.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without types
import { bundleAlias, yamlPlugin } from '../../../scripts/yaml-plugin.mjs';
import { rules } from '../../../rules/index.js';
import { repo } from '../helpers.js';
import { regexesInRuleData, regexesInTs } from './regex-sources.js';

const PER_INPUT_LIMIT_MS = 30_000;
/** Wall-clock backstop per input where CPU time cannot be read (and against a child that stops without spinning). */
const WALL_FACTOR = 10;
const CHILDREN = 2;
const outDir = path.join(repo, 'node_modules', '.cache', `flowguard-redos-${process.pid}`);
let bundle = '';

beforeAll(async () => {
  fs.mkdirSync(outDir, { recursive: true });
  bundle = path.join(outDir, 'runner.cjs');
  await build({
    entryPoints: [path.join(repo, 'tests', 'hardening', 'redos', 'runner.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    plugins: [yamlPlugin],
    alias: bundleAlias,
    define: { __FLOWGUARD_BUNDLED__: 'false', __FLOWGUARD_VERSION__: '"0.0.0-test"' },
    external: ['@typescript-eslint/typescript-estree', 'typescript'],
  });
}, 120_000);

afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

interface Outcome {
  finished: boolean;
  stuck?: string;
  error?: string;
  scans: number;
  /** Scans of code inputs that did not parse because the parser itself could not load (the test would be blind). */
  parserMissing: number;
}

/** CPU milliseconds (user + system, every thread) the process has used, or undefined where /proc cannot tell. */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which sits in parentheses and may itself hold spaces or parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of proc(5))
    return Number.isFinite(ticks) ? ticks * 10 : undefined; // USER_HZ is 100 on every Linux build Node supports
  } catch {
    return undefined;
  }
}

function runJob(job: object, limitMs = PER_INPUT_LIMIT_MS): Promise<Outcome> {
  const jobFile = path.join(outDir, `job-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(jobFile, JSON.stringify(job));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=1024', bundle, jobFile], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let current = '';
    let scans = 0;
    let parserMissing = 0;
    let error: string | undefined;
    let finished = false;
    let stuck: string | undefined;
    // The input now running: when it began, in wall and in the child's CPU time.
    let wallStart = Date.now();
    let cpuStart = child.pid !== undefined ? cpuMs(child.pid) : undefined;
    const kill = (): void => {
      stuck = current;
      child.kill('SIGKILL');
    };
    const poll = setInterval(
      () => {
        if (stuck !== undefined || child.pid === undefined) return;
        const cpu = cpuMs(child.pid);
        if (cpu !== undefined && cpuStart !== undefined ? cpu - cpuStart > limitMs : Date.now() - wallStart > limitMs) kill();
        else if (Date.now() - wallStart > limitMs * WALL_FACTOR) kill();
      },
      Math.min(500, limitMs / 4),
    );
    const mark = (): void => {
      wallStart = Date.now();
      cpuStart = child.pid !== undefined ? cpuMs(child.pid) : undefined;
    };
    child.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString('utf8');
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const msg = JSON.parse(buf.slice(0, nl)) as {
          start?: string;
          input?: string;
          done?: string;
          finished?: number;
          error?: string;
          parserMissing?: boolean;
        };
        buf = buf.slice(nl + 1);
        if (msg.start) current = `${msg.start}: ${msg.input}`;
        if (msg.done) scans++;
        if (msg.parserMissing) parserMissing++;
        if (msg.error) error = msg.error;
        if (msg.finished !== undefined) finished = true;
        mark();
      }
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', () => {
      clearInterval(poll);
      resolve({
        finished,
        scans,
        parserMissing,
        ...(stuck !== undefined ? { stuck } : {}),
        ...(error || (!finished && !stuck) ? { error: error ?? stderr.split('\n').find((l) => l.trim()) ?? 'child died' } : {}),
      });
    });
  });
}

function regexesByRule(): Record<string, { source: string; flags: string }[]> {
  const byRule: Record<string, { source: string; flags: string }[]> = {};
  for (const r of regexesInTs(['rules'])) {
    const id = r.file.replace(/^rules\//, '').replace(/\.ts$/, '');
    (byRule[id] ??= []).push({ source: r.source, flags: r.flags });
  }
  byRule['*'] = regexesInRuleData().map((r) => ({ source: r.source, flags: r.flags }));
  return byRule;
}

describe('every rule on adversarial 100 KB inputs', () => {
  it(
    'finishes every input of every rule, none stuck past the watchdog',
    async () => {
      // The rules dealt in turn to the children (the code rules, which share one parse per input, all to the first).
      const regexes = regexesByRule();
      const shares: string[][] = Array.from({ length: CHILDREN }, () => []);
      shares[0]!.push(...rules.filter((r) => r.kind === 'code').map((r) => r.id));
      rules.filter((r) => r.kind !== 'code').forEach((r, i) => shares[(i + 1) % CHILDREN]!.push(r.id));
      const outcomes = await Promise.all(shares.map((ids) => runJob({ size: 100 * 1024, regexes, ids })));
      for (const outcome of outcomes) {
        expect(outcome.stuck, `stuck on ${outcome.stuck}`).toBeUndefined();
        expect(outcome.error).toBeUndefined();
        expect(outcome.finished).toBe(true);
        expect(outcome.parserMissing, 'code inputs not parsed: the parser did not load in the child').toBe(0);
      }
      expect(shares.flat().sort()).toEqual(rules.map((r) => r.id).sort());
      expect(outcomes.reduce((n, o) => n + o.scans, 0)).toBeGreaterThan(rules.length);
    },
    30 * 60_000,
  );

  it('the watchdog names a stuck input instead of hanging the suite (canary: an exponential regex in the runner)', async () => {
    const outcome = await runJob({ size: 0, regexes: {}, canary: true }, 3000);
    expect(outcome.stuck).toBe('canary: exponential regex');
    expect(outcome.finished).toBe(false);
  }, 60_000);

  it.skipIf(process.platform !== 'linux')(
    'the watchdog counts the CPU time an input takes, not the wall time a loaded machine stretches it to',
    async () => {
      // The idle canary waits 2.5 s of wall time on one input and spends no CPU on it: a wall-clock watchdog of 1 s
      // kills it, the CPU-time watchdog lets it finish.
      const outcome = await runJob({ size: 0, regexes: {}, idle: 2500 }, 1000);
      expect(outcome.stuck).toBeUndefined();
      expect(outcome.finished).toBe(true);
      expect(cpuMs(process.pid)).toBeGreaterThan(0);
    },
    60_000,
  );
});
