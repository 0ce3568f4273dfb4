// Where the caches go: a default scan writes nothing into a checkout without node_modules (the content-hash cache
// goes to the user's cache folder, keyed by the scan root), and the V8 compile cache is keyed by the bundle's path.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { pathKey, scanCacheDir } from '../../src/core/compile-cache.js';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const dist = path.join(fileURLToPath(new URL('../../', import.meta.url)), 'dist');
const files = (dir: string): string[] => (fs.readdirSync(dir, { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).sort();

describe('the content-hash cache by default', () => {
  it('goes to the user cache folder, one folder per scan root, and writes nothing into the checkout', async () => {
    const root = tmpTree({ 'a.js': 'eval(req.query.x);\n' });
    const other = tmpTree({ 'a.js': 'eval(req.query.x);\n' });
    const home = tmpTree();
    const before = files(root);
    const env = { XDG_CACHE_HOME: home };
    expect((await runCli(['scan', '.'], root, env)).code).toBe(1);
    expect((await runCli(['scan', '.'], other, env)).code).toBe(1);
    expect(files(root)).toEqual(before);
    const scans = fs.readdirSync(path.join(home, 'flowguard', 'scans')).sort();
    expect(scans).toEqual([pathKey(root), pathKey(other)].sort());
    expect(scanCacheDir(root, env)).toBe(path.join(home, 'flowguard', 'scans', pathKey(fs.realpathSync(root))));
    // The second run hits it: same report.
    const again = await runCli(['scan', '.', '-f', 'json'], root, env);
    const cold = await runCli(['scan', '.', '-f', 'json', '--no-cache'], root, env);
    const strip = (s: string) => ({ ...JSON.parse(s), stats: undefined });
    expect(strip(again.stdout)).toEqual(strip(cold.stdout));
  });

  it('folders of roots not scanned for 30 days go when a new root is first scanned', async () => {
    const home = tmpTree();
    const scans = path.join(home, 'flowguard', 'scans');
    const stale = path.join(scans, '0123456789abcdef');
    const recent = path.join(scans, 'fedcba9876543210');
    for (const d of [stale, recent]) fs.mkdirSync(path.join(d, 'v1-x'), { recursive: true });
    const old = new Date(Date.now() - 40 * 24 * 3600 * 1000);
    fs.utimesSync(stale, old, old);
    fs.utimesSync(recent, new Date(Date.now() - 5 * 24 * 3600 * 1000), new Date(Date.now() - 5 * 24 * 3600 * 1000));
    await runCli(['scan', '.'], tmpTree({ 'a.ts': 'export const a = 1;\n' }), { XDG_CACHE_HOME: home });
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
  });

  it('stays in node_modules/.cache/flowguard when node_modules exists, and FLOWGUARD_CACHE_DIR moves it', async () => {
    const home = tmpTree();
    const root = tmpTree({ 'a.js': 'eval(req.query.x);\n', 'node_modules/dep/index.js': 'module.exports = 1;\n' });
    await runCli(['scan', '.'], root, { XDG_CACHE_HOME: home });
    expect(fs.existsSync(path.join(root, 'node_modules', '.cache', 'flowguard'))).toBe(true);
    expect(fs.existsSync(path.join(home, 'flowguard', 'scans'))).toBe(false); // only the signing key lives there
    const moved = tmpTree();
    const bare = tmpTree({ 'a.js': 'eval(req.query.x);\n' });
    await runCli(['scan', '.'], bare, { XDG_CACHE_HOME: home, FLOWGUARD_CACHE_DIR: moved });
    expect(fs.readdirSync(moved).length).toBeGreaterThan(0);
    expect(fs.existsSync(path.join(home, 'flowguard', 'scans'))).toBe(false); // only the signing key lives there
  });

  it('is never scanned when it lies inside the scan root', async () => {
    const root = tmpTree({ 'a.js': 'eval(req.query.x);\n' });
    const env = { FLOWGUARD_CACHE_DIR: path.join(root, 'my cache[1]') };
    const first = JSON.parse((await runCli(['scan', '.', '-f', 'json'], root, env)).stdout);
    const second = JSON.parse((await runCli(['scan', '.', '-f', 'json'], root, env)).stdout);
    expect(fs.readdirSync(path.join(root, 'my cache[1]')).length).toBeGreaterThan(0);
    expect(second.stats.files).toBe(first.stats.files);
    expect(second.findings).toEqual(first.findings);
  });
});

describe('the V8 compile cache', () => {
  it('keeps one entry per bundle path: two installs never share one, and a stack trace names the running install', () => {
    const cache = path.join(tmpTree(), 'v8');
    const installs = [tmpTree(), tmpTree()].map((d) => {
      fs.cpSync(dist, path.join(d, 'dist'), { recursive: true });
      return path.join(d, 'dist', 'cli.js');
    });
    const run = (cli: string) =>
      spawnSync(process.execPath, [cli, 'scan', '--nope'], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', FLOWGUARD_COMPILE_CACHE: cache, FLOWGUARD_DEBUG: '1' },
      });
    for (const cli of [...installs, ...installs]) {
      const r = run(cli);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(path.dirname(cli));
      const otherInstall = installs.find((c) => c !== cli)!;
      expect(r.stderr).not.toContain(path.dirname(otherInstall));
    }
    const mains = fs.readdirSync(cache).filter((f) => f.startsWith('cli-main-'));
    expect(mains).toHaveLength(2);
    for (const c of installs) expect(mains.some((f) => f.startsWith(`cli-main-${pathKey(path.join(path.dirname(c), 'cli-main.js'))}-`))).toBe(true);
    expect(new Set(mains.map((f) => f.split('-')[2])).size).toBe(2);
  });
});
