// The compile cache (src/core/compile-cache.ts): the built CLI keeps V8's compiled code of its own bundles in the
// user's cache folder, uses it on the next run, and never trusts, needs or writes anything in the scanned tree.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distCli } from '../hardening/helpers.js';
import { tmpTree } from '../helpers/tmp.js';

// A GitHub token shape with a value no bundle holds: it must never reach the cache.
const SECRET = `ghp_${'Zq9'.repeat(12)}`;

function run(cwd: string, env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [distCli, 'scan', '.', '--no-cache', '--format', 'json'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The JSON report without its timing. */
const report = (stdout: string): unknown => {
  const j = JSON.parse(stdout) as { stats: { durationMs?: number } };
  delete j.stats.durationMs;
  return j;
};

const listing = (dir: string): Record<string, { mode: number; bytes: string }> =>
  Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((f) => {
        const p = path.join(dir, f);
        return [f, { mode: fs.statSync(p).mode & 0o777, bytes: fs.readFileSync(p).toString('base64') }];
      }),
  );

describe('compile cache', () => {
  const tree = () => tmpTree({ 'src/app.js': 'const cp = require("child_process");\ncp.exec(process.argv[2]);\n', 'config.txt': `token = ${SECRET}\n` });

  it('the first run leaves the compiled bundles in the cache folder, the next uses them, and the reports do not change', () => {
    const root = tree();
    const cache = path.join(tmpTree(), 'v8');
    const before = new Set(fs.readdirSync(root, { recursive: true }) as string[]);
    const off = run(root, { FLOWGUARD_COMPILE_CACHE: '0' });
    expect(off.status).toBe(1);
    const first = run(root, { FLOWGUARD_COMPILE_CACHE: cache });
    expect(first.status).toBe(1);
    expect(report(first.stdout)).toEqual(report(off.stdout));
    const files = listing(cache);
    expect(Object.keys(files).map((f) => f.replace(/-[0-9a-f]{16}-.*$/, ''))).toEqual(['cli-main', 'parser']);
    for (const f of Object.values(files)) expect(f.mode).toBe(0o600);
    expect(fs.statSync(cache).mode & 0o777).toBe(0o700);
    // Compiled code of flowguard's own sources only: nothing of what it scanned.
    for (const f of Object.keys(files)) expect(fs.readFileSync(path.join(cache, f)).includes(SECRET)).toBe(false);

    const second = run(root, { FLOWGUARD_COMPILE_CACHE: cache });
    expect(report(second.stdout)).toEqual(report(off.stdout));
    expect(listing(cache)).toEqual(files); // used as it was, not written again
    expect(new Set(fs.readdirSync(root, { recursive: true }) as string[])).toEqual(before);
  });

  it('replaces a corrupt, truncated or foreign-writable cache file instead of trusting it', () => {
    const root = tree();
    const cache = path.join(tmpTree(), 'v8');
    const good = run(root, { FLOWGUARD_COMPILE_CACHE: cache });
    const names = Object.keys(listing(cache));
    const [main, parser] = names.map((f) => path.join(cache, f)) as [string, string];
    const valid = fs.readFileSync(parser);
    fs.writeFileSync(main, Buffer.alloc(4096, 0x5a));
    fs.writeFileSync(parser, valid.subarray(0, valid.length >> 1));
    const damaged = run(root, { FLOWGUARD_COMPILE_CACHE: cache });
    expect(damaged.status).toBe(1);
    expect(damaged.stderr).toBe('');
    expect(report(damaged.stdout)).toEqual(report(good.stdout));
    expect(fs.readFileSync(main).equals(Buffer.alloc(4096, 0x5a))).toBe(false);
    expect(fs.readFileSync(parser).length).toBeGreaterThan(valid.length >> 1);

    if (process.platform !== 'win32') {
      fs.chmodSync(parser, 0o666);
      const shared = run(root, { FLOWGUARD_COMPILE_CACHE: cache });
      expect(report(shared.stdout)).toEqual(report(good.stdout));
      expect(fs.statSync(parser).mode & 0o777).toBe(0o600); // written anew, not read
    }
  });

  it('lives in the user cache folder by default, and FLOWGUARD_COMPILE_CACHE=0 writes nothing', () => {
    const root = tree();
    const home = tmpTree();
    run(root, { HOME: home, XDG_CACHE_HOME: path.join(home, 'xdg') });
    expect(Object.keys(listing(path.join(home, 'xdg', 'flowguard', 'v8')))).toHaveLength(2);
    const home2 = tmpTree();
    const off = run(root, { HOME: home2, XDG_CACHE_HOME: path.join(home2, 'xdg'), FLOWGUARD_COMPILE_CACHE: '0' });
    expect(off.status).toBe(1);
    expect(fs.readdirSync(home2)).toEqual([]);
  });

  it('a cache folder that cannot be written costs nothing but the head start', () => {
    const root = tree();
    const blocker = path.join(tmpTree(), 'not-a-dir');
    fs.writeFileSync(blocker, 'x');
    const r = run(root, { FLOWGUARD_COMPILE_CACHE: path.join(blocker, 'v8') });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(report(r.stdout)).toEqual(report(run(root, { FLOWGUARD_COMPILE_CACHE: '0' }).stdout));
  });
});
