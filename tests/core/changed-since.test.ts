import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

function repo(files: Record<string, string>): string {
  const dir = tmpTree(files);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'base');
  return dir;
}

describe('--changed-since', () => {
  it('scans only files changed or added since the revision', async () => {
    const dir = repo({ 'old.js': 'eval(a);\n', 'same.js': 'export const x = 1;\n' });
    fs.writeFileSync(path.join(dir, 'same.js'), 'export const x = 1;\neval(b);\n');
    fs.writeFileSync(path.join(dir, 'new.js'), 'eval(process.argv[2]);\n');
    const r = await runCli(['scan', '--changed-since', 'HEAD', '--type', 'static', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual(['new.js', 'same.js']);
  });

  it('scans nothing when nothing changed, and rejects an option-like revision', async () => {
    const dir = repo({ 'old.js': 'eval(a);\n' });
    const r = await runCli(['scan', '--changed-since', 'HEAD', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    const bad = await runCli(['scan', '--changed-since', '--output=x'], dir);
    expect(bad.code).toBe(2);
  });
});
