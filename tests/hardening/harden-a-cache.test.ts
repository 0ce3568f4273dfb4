// Issue 23, "never write or delete outside the root or the user's cache": a scanned tree commits its own cache
// folder as a link (or a link on the way to it), a link in place of entries.log, a FIFO as the log, stale folders
// that are not flowguard's. Every attack runs the built CLI (dist/cli.js) as a real process.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOOD, expectCleanExit, json, expectGoodFinding, runDist } from './helpers.js';

const WEEK_AGO = new Date(Date.now() - 30 * 24 * 3600 * 1000);

function tmp(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

/** A folder outside the root that looks like an old cache: what a cleanup following a link would delete. */
function victim(): { dir: string; snapshot: () => string[] } {
  const dir = tmp('flowguard-victim-');
  fs.mkdirSync(path.join(dir, 'v1-0123456789abcdef01234567'));
  fs.writeFileSync(path.join(dir, 'v1-0123456789abcdef01234567', 'entries.log'), 'precious\n');
  fs.writeFileSync(path.join(dir, 'precious.txt'), 'keep me\n');
  fs.mkdirSync(path.join(dir, 'photos'));
  fs.writeFileSync(path.join(dir, 'photos', 'a.jpg'), 'jpeg');
  for (const p of ['v1-0123456789abcdef01234567/entries.log', 'v1-0123456789abcdef01234567', 'precious.txt', 'photos/a.jpg', 'photos'])
    fs.utimesSync(path.join(dir, p), WEEK_AGO, WEEK_AGO);
  const snapshot = (): string[] =>
    (fs.readdirSync(dir, { recursive: true }) as string[]).sort().map((p) => {
      const st = fs.lstatSync(path.join(dir, p));
      return st.isFile() ? `${p} ${fs.readFileSync(path.join(dir, p), 'utf8')}` : `${p}/`;
    });
  return { dir, snapshot };
}

function tree(): string {
  const root = tmp('flowguard-cache-root-');
  fs.writeFileSync(path.join(root, GOOD.name), GOOD.code);
  return root;
}

/** The user's own cache and home folders for the run, so the default cache never lands in the real home. */
function userEnv(): Record<string, string> {
  const home = tmp('flowguard-home-');
  return { HOME: home, XDG_CACHE_HOME: path.join(home, '.cache') };
}

function scanJson(root: string, env: Record<string, string> = {}): ReturnType<typeof runDist> {
  return runDist(['scan', root, '--format', 'json', '--fail-on', 'none'], { env: { ...userEnv(), ...env } });
}

describe('harden-a: the cache never writes or deletes outside the root or the user cache', () => {
  it('a committed .flowguard-cache symlink: nothing written or deleted where it points', () => {
    const root = tree();
    const v = victim();
    const before = v.snapshot();
    fs.symlinkSync(v.dir, path.join(root, '.flowguard-cache'));
    for (const env of [{}, { FLOWGUARD_CACHE_DIR: path.join(root, '.flowguard-cache') }]) {
      const r = scanJson(root, env);
      expectCleanExit(r, 0);
      expectGoodFinding(json(r));
      expect(v.snapshot()).toEqual(before);
    }
  });

  it('node_modules/.cache/flowguard as a link, .cache as a link, node_modules as a link', () => {
    for (const shape of ['flowguard', '.cache', 'node_modules'] as const) {
      const root = tree();
      const v = victim();
      const before = v.snapshot();
      if (shape === 'flowguard') {
        fs.mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
        fs.symlinkSync(v.dir, path.join(root, 'node_modules', '.cache', 'flowguard'));
      } else if (shape === '.cache') {
        fs.mkdirSync(path.join(root, 'node_modules'));
        fs.mkdirSync(path.join(v.dir, 'flowguard'));
        fs.utimesSync(path.join(v.dir, 'flowguard'), WEEK_AGO, WEEK_AGO);
        fs.symlinkSync(v.dir, path.join(root, 'node_modules', '.cache'));
      } else {
        fs.mkdirSync(path.join(v.dir, '.cache', 'flowguard'), { recursive: true });
        for (const p of ['.cache/flowguard', '.cache']) fs.utimesSync(path.join(v.dir, p), WEEK_AGO, WEEK_AGO);
        fs.symlinkSync(v.dir, path.join(root, 'node_modules'));
      }
      const snap = v.snapshot();
      for (const env of [{}, { FLOWGUARD_CACHE_DIR: path.join(root, 'node_modules', '.cache', 'flowguard') }]) {
        const r = scanJson(root, env);
        expectCleanExit(r, 0);
        expectGoodFinding(json(r));
        expect(v.snapshot(), shape).toEqual(snap);
      }
      expect(snap.filter((p) => before.includes(p))).toEqual(before);
    }
  });

  it('a committed entries.log symlink is never appended to, nor a compaction written through it', () => {
    const root = tree();
    const cache = path.join(root, '.flowguard-cache');
    const env = { FLOWGUARD_CACHE_DIR: cache };
    expectCleanExit(scanJson(root, env), 0);
    const folder = fs.readdirSync(cache).find((n) => /^v\d+-/.test(n));
    expect(folder).toBeDefined();
    const log = path.join(cache, folder!, 'entries.log');
    expect(fs.lstatSync(log).isFile()).toBe(true);
    const outside = path.join(tmp('flowguard-outside-'), 'authorized_keys');
    fs.writeFileSync(outside, 'ssh-ed25519 AAAA owner\n');
    fs.rmSync(log);
    fs.symlinkSync(outside, log);
    fs.writeFileSync(path.join(root, 'b.js'), 'eval(process.argv[3]);\n');
    const r = scanJson(root, env);
    expectCleanExit(r, 0);
    expect(json(r).findings.some((f) => f.file === 'b.js')).toBe(true);
    expect(fs.readFileSync(outside, 'utf8')).toBe('ssh-ed25519 AAAA owner\n');
  });

  it('a FIFO as entries.log neither hangs the scan nor is written', () => {
    if (process.platform === 'win32') return;
    const root = tree();
    const cache = path.join(root, '.flowguard-cache');
    const env = { FLOWGUARD_CACHE_DIR: cache };
    expectCleanExit(scanJson(root, env), 0);
    const folder = fs.readdirSync(cache).find((n) => /^v\d+-/.test(n))!;
    const log = path.join(cache, folder, 'entries.log');
    fs.rmSync(log);
    expect(spawnSync('mkfifo', [log]).status).toBe(0);
    fs.writeFileSync(path.join(root, 'b.js'), 'eval(process.argv[3]);\n');
    const r = runDist(['scan', root, '--format', 'json', '--fail-on', 'none'], { env: { ...userEnv(), ...env }, killAfterMs: 30_000 });
    expectCleanExit(r, 0);
    expectGoodFinding(json(r));
  });

  it('cleanup removes only stale folders flowguard wrote (with its marker), nothing else in the cache dir', () => {
    const root = tree();
    const cache = tmp('flowguard-user-cache-');
    const env = { FLOWGUARD_CACHE_DIR: cache };
    // A stale folder flowguard wrote: made by a real run under other options, then aged.
    expectCleanExit(runDist(['scan', root, '--format', 'json', '--fail-on', 'none', '--type', 'secrets'], { env: { ...userEnv(), ...env } }), 0);
    const own = fs.readdirSync(cache).find((n) => /^v\d+-/.test(n))!;
    expect(fs.existsSync(path.join(cache, own, '.flowguard-cache-entry'))).toBe(true);
    fs.utimesSync(path.join(cache, own), WEEK_AGO, WEEK_AGO);
    // Stale things flowguard did not write: a look-alike folder without the marker, a plain file, a folder.
    fs.mkdirSync(path.join(cache, 'v1-aaaaaaaaaaaaaaaaaaaaaaaa'));
    fs.writeFileSync(path.join(cache, 'v1-aaaaaaaaaaaaaaaaaaaaaaaa', 'entries.log'), 'x\n');
    fs.writeFileSync(path.join(cache, 'notes.txt'), 'mine\n');
    fs.mkdirSync(path.join(cache, 'work'));
    // A marker folder with a foreign file in it is not emptied either.
    fs.mkdirSync(path.join(cache, 'v1-bbbbbbbbbbbbbbbbbbbbbbbb'));
    fs.writeFileSync(path.join(cache, 'v1-bbbbbbbbbbbbbbbbbbbbbbbb', '.flowguard-cache-entry'), 'flowguard cache\n');
    fs.writeFileSync(path.join(cache, 'v1-bbbbbbbbbbbbbbbbbbbbbbbb', 'thesis.tex'), 'mine\n');
    for (const p of ['v1-aaaaaaaaaaaaaaaaaaaaaaaa', 'notes.txt', 'work', 'v1-bbbbbbbbbbbbbbbbbbbbbbbb']) fs.utimesSync(path.join(cache, p), WEEK_AGO, WEEK_AGO);
    expectCleanExit(scanJson(root, env), 0);
    expect(fs.existsSync(path.join(cache, own))).toBe(false);
    expect(fs.readFileSync(path.join(cache, 'v1-aaaaaaaaaaaaaaaaaaaaaaaa', 'entries.log'), 'utf8')).toBe('x\n');
    expect(fs.readFileSync(path.join(cache, 'notes.txt'), 'utf8')).toBe('mine\n');
    expect(fs.existsSync(path.join(cache, 'work'))).toBe(true);
    expect(fs.readFileSync(path.join(cache, 'v1-bbbbbbbbbbbbbbbbbbbbbbbb', 'thesis.tex'), 'utf8')).toBe('mine\n');
  });

  it('a world-writable cache dir (or one of another user) is not used', () => {
    if (process.platform === 'win32') return;
    const root = tree();
    const cache = tmp('flowguard-shared-cache-');
    fs.chmodSync(cache, 0o777);
    const r = scanJson(root, { FLOWGUARD_CACHE_DIR: cache });
    expectCleanExit(r, 0);
    expectGoodFinding(json(r));
    expect(fs.readdirSync(cache)).toEqual([]);
  });
});
