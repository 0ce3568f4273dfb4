// `--shard I/N` and `flowguard merge`: every file in exactly one shard, shares balanced by weight, and the merged
// SARIF of N shards byte-identical to the unsharded scan's.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiscoveredFile } from '../../src/core/discover.js';
import { assignShards, parseShard } from '../../src/core/shard.js';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';
import { TOKEN, withTestSecretRule } from './helpers.js';

withTestSecretRule();

describe('parseShard', () => {
  it('reads I/N and rejects anything else', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', '1/0', '1', 'a/b', '1/2/3', '-1/2']) expect(() => parseShard(bad)).toThrow(/--shard must be I\/N/);
  });
});

describe('assignShards', () => {
  const files: DiscoveredFile[] = Array.from({ length: 200 }, (_, i) => ({
    path: `pkg${i % 7}/file${i}.js`,
    abs: '',
    size: ((i * 7919) % 5000) + (i % 50 === 0 ? 200_000 : 0),
    mode: 0o644,
  }));

  it('puts every file in exactly one shard, the same way every time', () => {
    for (const n of [1, 2, 3, 5]) {
      const a = assignShards(files, n);
      expect([...a.keys()].sort()).toEqual(files.map((f) => f.path).sort());
      expect(new Set(a.values()).size).toBe(Math.min(n, files.length));
      expect(assignShards([...files].reverse(), n)).toEqual(a);
    }
  });

  it('balances the shards by bytes, not by count', () => {
    const n = 3;
    const a = assignShards(files, n);
    const load = [0, 0, 0];
    for (const f of files) load[a.get(f.path)! - 1]! += f.size + 2048;
    const heaviest = Math.max(...files.map((f) => f.size + 2048));
    expect(Math.max(...load) - Math.min(...load)).toBeLessThanOrEqual(heaviest);
  });
});

describe('assignShards with the start of each file', () => {
  const file = (p: string, size: number): DiscoveredFile => ({ path: p, abs: '', size, mode: 0o644 });
  const minified = `!function(){${'var a=1;'.repeat(2500)}}();`; // one 20 KB line: minified, yet not named .min.js
  const files = [file('dist/bundle.js', 300_000), file('src/a.js', 100_000), file('src/b.js', 100_000), file('src/c.js', 100_000)];
  const heads: Record<string, string> = {
    'dist/bundle.js': minified,
    'src/a.js': 'export const a = 1;\n'.repeat(500),
    'src/b.js': 'const b = 2;\n'.repeat(900),
    'src/c.js': '// c\nfunction c() {}\n'.repeat(600),
  };

  it('weighs a file the skip policy will not parse by what it costs', () => {
    // By size alone the bundle fills one shard and the three sources the other.
    const blind = assignShards(files, 2);
    expect(files.filter((f) => blind.get(f.path) === blind.get('dist/bundle.js')).map((f) => f.path)).toEqual(['dist/bundle.js']);
    // Seen as minified it weighs an eighth, so a source file shares its shard.
    const seen = assignShards(files, 2, false, (f) => heads[f.path]);
    expect(files.filter((f) => seen.get(f.path) === seen.get('dist/bundle.js')).length).toBe(2);
    // With nothing skipped, the bundle is parsed and weighs its size again.
    expect(assignShards(files, 2, true, (f) => heads[f.path])).toEqual(assignShards(files, 2, true));
  });

  it('a file whose start cannot be read weighs as parsed', () => {
    expect(assignShards(files, 2, false, () => undefined)).toEqual(assignShards(files, 2));
  });
});

describe('flowguard merge', () => {
  const tree = () =>
    tmpTree({
      '.gitignore': 'ignored/\n',
      'flowguard.config.yaml': 'maxFileSize: 2000\n',
      'ignored/x.js': 'eval(x);\n',
      'src/a.js': 'eval(process.argv[2]);\nsetTimeout("tick()", 1);\n',
      'src/b.ts': 'new Function(process.argv[2]);\n',
      'src/c.js': '// flowguard-ignore code/eval-injection -- table\neval(table[k]);\n',
      'src/d.js': '// flowguard-ignore code/string-timer\nsetTimeout("t()", 1);\n',
      'src/e e.js': 'eval(process.env.X);\n',
      'src/über.js': 'eval(process.env.Y);\n',
      'lib/broken.js': 'function (',
      'lib/big.js': `// ${'x'.repeat(3000)}\n`,
      'dist/app.min.js': `eval(a);var t="${TOKEN()}";`,
      'types/a.d.ts': 'export declare const a: 1;\n',
      'README.md': `token: ${TOKEN()}\n`,
      ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`pkg/m${i}.js`, `export const v${i} = ${i};\n${i % 4 ? '' : 'eval(process.argv[2]);\n'}`])),
    });

  // Reports go outside the scanned tree, so no scan sees another's output.
  const outDir = tmpTree();
  async function sarif(root: string, extra: string[], out: string): Promise<string> {
    const file = path.join(outDir, path.basename(root), out);
    const r = await runCli(['scan', root, '--no-cache', '--fail-on', 'none', '--format', 'sarif', '--output', file, ...extra], '/');
    expect(r.code, r.stderr).toBe(0);
    return fs.readFileSync(file, 'utf8');
  }

  it.each([1, 2, 3, 4, 7])('the merge of %i shards is byte-identical to the unsharded SARIF', async (n) => {
    const root = tree();
    const whole = await sarif(root, [], 'out/whole.sarif');
    expect(whole).toContain('file-skipped');
    expect(whole).toContain('file-error');
    const parts: string[] = [];
    for (let i = 1; i <= n; i++) {
      const part = await sarif(root, ['--shard', `${i}/${n}`], `out/part-${i}.sarif`);
      if (n > 1) expect(part).not.toBe(whole);
      parts.push(`out/part-${i}.sarif`);
    }
    const cwd = path.join(outDir, path.basename(root));
    const r = await runCli(['merge', ...parts.reverse(), '--output', 'out/merged.sarif'], cwd);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'out/merged.sarif'), 'utf8')).toBe(whole);
  });

  it('each shard scans only its share of the files', async () => {
    const root = tree();
    const counts: number[] = [];
    for (let i = 1; i <= 3; i++) {
      const r = await runCli(['scan', '.', '--no-cache', '--fail-on', 'none', '--format', 'json', '--shard', `${i}/3`], root);
      counts.push(JSON.parse(r.stdout).stats.files as number);
    }
    const all = JSON.parse((await runCli(['scan', '.', '--no-cache', '--fail-on', 'none', '--format', 'json'], root)).stdout).stats.files as number;
    expect(counts.reduce((a, b) => a + b, 0)).toBe(all);
    for (const c of counts) expect(c).toBeGreaterThan(0);
  });

  it('refuses to merge shards of different scan types, and files that are not flowguard SARIF', async () => {
    const root = tree();
    await sarif(root, ['--shard', '1/2'], 'a.sarif');
    await sarif(root, ['--shard', '2/2', '--type', 'secrets'], 'b.sarif');
    const cwd = path.join(outDir, path.basename(root));
    const mixed = await runCli(['merge', 'a.sarif', 'b.sarif', '--output', 'm.sarif'], cwd);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^flowguard: b\.sarif and a\.sarif differ in scan type/);
    fs.writeFileSync(path.join(cwd, 'x.sarif'), '{"version":"2.1.0","runs":[]}');
    expect((await runCli(['merge', 'x.sarif'], cwd)).stderr).toMatch(/x\.sarif: not a flowguard SARIF 2\.1\.0 log with one run/);
    expect((await runCli(['merge'], cwd)).code).toBe(2);
  });
});
