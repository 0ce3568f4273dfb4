// Every registered rule on adversarial ~100 KB inputs built for it (its examples repeated and cut short, runs of
// token alphabets, its keywords, and the attack strings the static checker derives from the regexes in its file and
// in rule data). Runs in a child process with a watchdog: a catastrophic regex blocks its thread, which an
// in-process test timeout could never interrupt. The bound per input is generous; it is a hang detector, not a
// speed assertion (speed belongs to npm run bench).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper without types
import { yamlPlugin } from '../../../scripts/yaml-plugin.mjs';
import { rules } from '../../../rules/index.js';
import { repo } from '../helpers.js';
import { regexesInRuleData, regexesInTs } from './regex-sources.js';

const PER_INPUT_LIMIT_MS = 30_000;
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
}

function runJob(job: object, limitMs = PER_INPUT_LIMIT_MS): Promise<Outcome> {
  const jobFile = path.join(outDir, `job-${Math.random().toString(36).slice(2)}.json`);
  fs.writeFileSync(jobFile, JSON.stringify(job));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--max-old-space-size=1024', bundle, jobFile], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let current = '';
    let scans = 0;
    let error: string | undefined;
    let finished = false;
    let stuck: string | undefined;
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        stuck = current;
        child.kill('SIGKILL');
      }, limitMs);
    };
    arm();
    child.stdout.on('data', (chunk: Buffer) => {
      buf += chunk.toString('utf8');
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const msg = JSON.parse(buf.slice(0, nl)) as { start?: string; input?: string; done?: string; finished?: number; error?: string };
        buf = buf.slice(nl + 1);
        if (msg.start) current = `${msg.start}: ${msg.input}`;
        if (msg.done) scans++;
        if (msg.error) error = msg.error;
        if (msg.finished !== undefined) finished = true;
        arm();
      }
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('close', () => {
      if (timer) clearTimeout(timer);
      resolve({ finished, scans, ...(stuck !== undefined ? { stuck } : {}), ...(error || (!finished && !stuck) ? { error: error ?? stderr.split('\n').find((l) => l.trim()) ?? 'child died' } : {}) });
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
  it('finishes every input of every rule, none stuck past the watchdog', async () => {
    // One child: two in parallel on a shared 2-core box pushed single heavy inputs past the watchdog.
    const outcomes = [await runJob({ size: 100 * 1024, regexes: regexesByRule() })];
    for (const outcome of outcomes) {
      expect(outcome.stuck, `stuck on ${outcome.stuck}`).toBeUndefined();
      expect(outcome.error).toBeUndefined();
      expect(outcome.finished).toBe(true);
    }
    expect(outcomes.reduce((n, o) => n + o.scans, 0)).toBeGreaterThan(rules.length);
  }, 30 * 60_000);

  it('the watchdog names a stuck input instead of hanging the suite (canary: an exponential regex in the runner)', async () => {
    const outcome = await runJob({ size: 0, regexes: {}, canary: true }, 3000);
    expect(outcome.stuck).toBe('canary: exponential regex');
    expect(outcome.finished).toBe(false);
  }, 60_000);
});
