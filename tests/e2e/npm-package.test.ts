// The npm package as users get it: `npm pack`, install the tarball into a fresh project, `npx flowguard scan .`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/action.js';
import { tmpTree } from '../helpers/tmp.js';

const env = { ...process.env, NO_COLOR: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
const run = (cwd: string, cmd: string, ...args: string[]) => {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
};

interface PackEntry {
  path: string;
  size: number;
}

describe('npm package', () => {
  let tarball = '';
  let entries: PackEntry[] = [];
  let stdout = '';

  beforeAll(() => {
    const out = tmpTree();
    const list = run(repoRoot, 'npm', 'pack', '--dry-run', '--json');
    expect(list.code, list.stderr).toBe(0);
    entries = (JSON.parse(list.stdout) as { files: PackEntry[] }[])[0]!.files;
    const packed = run(repoRoot, 'npm', 'pack', '--pack-destination', out);
    expect(packed.code, packed.stderr).toBe(0);
    stdout = packed.stdout;
    tarball = path.join(out, packed.stdout.trim());
  }, 120_000);

  it('`npm pack` prints only the tarball name (Debian pre-commit reads its whole stdout as the file name)', () => {
    expect(stdout).toMatch(/^flowguard-\d+\.\d+\.\d+[^\s]*\.tgz\n$/);
    expect(fs.existsSync(tarball)).toBe(true);
  });

  it('ships dist/, rules data, schemas, docs, README and LICENSE and nothing else', () => {
    const names = entries.map((e) => e.path).sort();
    for (const must of ['dist/cli.js', 'dist/index.js', 'dist/parser.js', 'README.md', 'LICENSE', 'package.json']) expect(names).toContain(must);
    const allowed = /^(dist\/[^/]+\.js|rules\/.+\.ya?ml|schemas\/[^/]+\.json|docs\/rules\.md|README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
    expect(names.filter((n) => !allowed.test(n))).toEqual([]);
    const bytes = entries.reduce((n, e) => n + e.size, 0);
    expect(bytes).toBeLessThan(20 * 1024 * 1024);
  });

  it('needs nothing from the registry at install time (dist/ is self-contained)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).toEqual({});
    for (const script of ['prepare', 'prepack', 'postpack', 'preinstall', 'install', 'postinstall']) expect(pkg.scripts?.[script], script).toBeUndefined();
    for (const field of ['files', 'repository', 'keywords', 'license', 'bin']) expect(pkg[field], field).toBeDefined();
  });

  it('installed into a project, `npx flowguard scan .` exits 1 on a finding, 0 when clean, 2 on a usage error', () => {
    const project = tmpTree({ 'package.json': JSON.stringify({ name: 'demo', version: '1.0.0', private: true }) });
    const install = run(project, 'npm', 'install', '--offline', '--no-save', tarball);
    expect(install.code, install.stderr).toBe(0);
    fs.mkdirSync(path.join(project, 'src'));
    fs.writeFileSync(path.join(project, 'src', 'ok.ts'), 'export const one = 1;\n');
    const clean = run(project, 'npx', 'flowguard', 'scan', '.');
    expect(clean.code, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toContain('No findings');

    fs.writeFileSync(path.join(project, 'src', 'app.js'), "app.get('/run', (req, res) => res.send(eval(req.query.x)));\n");
    const bad = run(project, 'npx', 'flowguard', 'scan', '.');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/src\/app\.js\n\s+1:\d+\s+critical\s+.*code\/eval-injection/);
    expect(bad.stdout).not.toContain('node_modules');

    const usage = run(project, 'npx', 'flowguard', 'scan', '--fail-on', 'severe');
    expect(usage.code).toBe(2);
    expect(
      usage.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('flowguard:')),
    ).toEqual(['flowguard: --fail-on must be one of critical, high, medium, low, info, none, not "severe"']);

    const version = run(project, 'npx', 'flowguard', '--version');
    expect(version.stdout.trim()).toBe(JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).version);
  }, 120_000);
});
