// Shared by the hardening suites: run the built CLI as a real process, watch what it reads, seeded random bytes.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const repo = fileURLToPath(new URL('../../', import.meta.url));
export const distCli = path.join(repo, 'dist', 'cli.js');
export const distDir = path.join(repo, 'dist');
/** The runs' compile cache (src/core/compile-cache.ts): flowguard's own compiled bundles, the one read allowed besides dist/. */
export const compileCacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flowguard-v8-'));
/** The runs' user cache folder (XDG_CACHE_HOME): the content-hash cache of a root without node_modules goes there. */
export const userCacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'flowguard-xdg-'));

// Preloaded into the CLI process: logs the path of every open/read/readdir, so a test can prove nothing outside the
// scan root was read (stat and realpath are allowed: resolving a symlink to refuse it needs them).
const TRACKER = `
const fs = require('fs'); const path = require('path');
const seen = [];
for (const name of ['openSync', 'readFileSync', 'readdirSync', 'opendirSync', 'open', 'readFile', 'readdir', 'createReadStream']) {
  const orig = fs[name];
  fs[name] = function (p, ...rest) {
    if (typeof p === 'string' || Buffer.isBuffer(p) || p instanceof URL) seen.push(path.resolve(p instanceof URL ? p.pathname : String(p)));
    return orig.call(this, p, ...rest);
  };
}
process.on('exit', () => fs.writeFileSync(process.env.FLOWGUARD_TEST_READ_LOG, JSON.stringify(seen)));
`;

let trackerFile: string | undefined;
function tracker(): string {
  if (!trackerFile) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'flowguard-tracker-'));
    trackerFile = path.join(dir, 'track.cjs');
    fs.writeFileSync(trackerFile, TRACKER);
  }
  return trackerFile;
}

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Every path the process opened or listed. */
  reads: string[];
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** V8 old-space cap in MB: a run that needs more memory crashes instead of passing (bounded memory). */
  maxOldSpaceMb?: number;
  /** Kill after this long; the test then fails on `signal` (a generous bound, not a timing assertion). */
  killAfterMs?: number;
}

/** `node dist/cli.js ...args` as a child process, with every read logged. */
export function runDist(args: string[], options: RunOptions = {}): Run {
  const log = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'flowguard-reads-')), 'reads.json');
  const nodeArgs = ['-r', tracker()];
  if (options.maxOldSpaceMb) nodeArgs.push(`--max-old-space-size=${options.maxOldSpaceMb}`);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    FLOWGUARD_TEST_READ_LOG: log,
    FLOWGUARD_COMPILE_CACHE: compileCacheDir,
    XDG_CACHE_HOME: userCacheDir,
    ...options.env,
  };
  const r = spawnSync(process.execPath, [...nodeArgs, distCli, ...args], {
    cwd: options.cwd ?? repo,
    env,
    encoding: 'utf8',
    timeout: options.killAfterMs ?? 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  let reads: string[];
  try {
    reads = JSON.parse(fs.readFileSync(log, 'utf8')) as string[];
  } catch {
    reads = [];
  }
  fs.rmSync(path.dirname(log), { recursive: true, force: true });
  return { status: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', reads };
}

/** Exit code as expected, not killed, and stderr holds only `flowguard: ` lines (never a stack trace). */
export function expectCleanExit(r: Run, code: number): void {
  expect(r.signal, `killed by ${r.signal}; stderr: ${r.stderr.slice(0, 500)}`).toBeNull();
  expect(r.stderr).not.toMatch(/^\s+at\s/m);
  expect(r.stderr).not.toMatch(/node:internal|\.js:\d+:\d+|Error:\s/);
  for (const line of r.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^flowguard: /);
  expect(r.status, `stderr: ${r.stderr.slice(0, 500)}`).toBe(code);
}

/** Paths read outside the allowed directories (the scan root, flowguard's own dist/, its compile cache and its scan cache). */
export function readsOutside(r: Run, ...allowed: string[]): string[] {
  const dirs = [...allowed, distDir, compileCacheDir, userCacheDir].map((d) => fs.realpathSync(d));
  const inside = (p: string): boolean => dirs.some((d) => p === d || p.startsWith(d + path.sep));
  return r.reads.filter((p) => !inside(p) && !inside(safeReal(p)));
}

function safeReal(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/** Deterministic bytes (xorshift32), so a failing random input can be reproduced. */
export function seededBytes(seed: number, length: number, { noNul = false } = {}): Buffer {
  let x = seed >>> 0 || 1;
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    let b = x & 0xff;
    if (noNul && b === 0) b = 1;
    out[i] = b;
  }
  return out;
}

export interface JsonReport {
  findings: { ruleId: string; file: string; line?: number; message: string }[];
  errors: { file: string; message: string }[];
  skipped: { file: string; reason: string }[];
  stats: { files: number; parsed: number };
}

export function json(r: Run): JsonReport {
  return JSON.parse(r.stdout) as JsonReport;
}

/** The control file every hostile tree carries: its finding must survive whatever sits beside it. */
export const GOOD = { name: 'good.js', code: 'const input = process.argv[2];\neval(input);\n', rule: 'code/eval-injection', line: 2 };

export function expectGoodFinding(report: JsonReport): void {
  expect(report.findings.filter((f) => f.file === GOOD.name && f.ruleId === GOOD.rule).map((f) => f.line)).toEqual([GOOD.line]);
}
