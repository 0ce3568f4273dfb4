import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const distCli = path.join(repo, 'dist', 'cli.js');

describe('cli exit codes', () => {
  it('exits 1 and names code/eval-injection at the right line', async () => {
    const dir = tmpTree({ 'app.js': 'const input = process.argv[2];\n\nconst out = eval(input);\n' });
    const r = await runCli(['scan', dir], '/');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('app.js');
    expect(r.stdout).toMatch(/ 3:13 +critical +`eval` runs a string built from `input`\. +code\/eval-injection/);
  });

  it('exits 0 on a clean directory', async () => {
    const dir = tmpTree({ 'a.ts': 'export const a = 1;\n' });
    const r = await runCli(['scan', '.'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No findings');
  });

  it('respects --fail-on', async () => {
    const dir = tmpTree({ 'a.js': 'setTimeout("tick()", 1);\n' });
    expect((await runCli(['scan', dir], '/')).code).toBe(0);
    expect((await runCli(['scan', dir, '--fail-on', 'low'], '/')).code).toBe(1);
    expect((await runCli(['scan', dir, '--fail-on', 'none'], '/')).code).toBe(0);
  });

  it.each([
    [['scan', '--bogus'], 'flowguard: unknown option "--bogus"'],
    [['scan', '--fail-on', 'severe'], 'flowguard: --fail-on must be one of critical, high, medium, low, info, none, not "severe"'],
    [['scan', '--type', 'all'], 'flowguard: --type must be one of static, secrets, config, comprehensive, not "all"'],
    [['scna'], 'flowguard: unknown command "scna" (did you mean "scan"?); see flowguard --help'],
    [['scan', 'does-not-exist'], 'flowguard: cannot read scan root "does-not-exist": no such file or directory'],
    [['explain', 'code/nope'], 'flowguard: unknown rule "code/nope"'],
  ])('exits 2 with one line for %j', async (argv, line) => {
    const dir = tmpTree({ 'a.ts': '' });
    const r = await runCli(argv, dir);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(line);
  });

  it('exits 2 naming the key and line of a bad config', async () => {
    const dir = tmpTree({ 'flowguard.config.yaml': 'type: static\nfailon: high\n', 'a.ts': '' });
    const r = await runCli(['scan', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('flowguard: flowguard.config.yaml:2: unknown key "failon" (did you mean "failOn"?)\n');
  });

  it('writes several formats in one run', async () => {
    const dir = tmpTree({ 'a.js': 'eval(process.argv[2]);\n' });
    const r = await runCli(['scan', '.', '--format', 'sarif', '--output', 'out.sarif', '--format', 'json', '--output', 'out.json', '--format', 'text'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8')).findings).toHaveLength(1);
    expect(r.stdout).toContain('code/eval-injection');
  });

  it('reports an unparsable file on stderr and in the reports, and scans the others', async () => {
    const dir = tmpTree({ 'bad.js': 'function (', 'good.js': 'eval(process.argv[2]);\n' });
    const r = await runCli(['scan', '.', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.findings.map((f: { file: string }) => f.file)).toEqual(['good.js']);
    expect(json.errors).toHaveLength(1);
    expect(json.errors[0].file).toBe('bad.js');
    expect(r.stderr).toMatch(/^flowguard: 1 file could not be scanned: bad\.js \(parse error/);
  });

  it('lists rules as JSON and explains one', async () => {
    const r = await runCli(['rules', '--format', 'json'], '/');
    const ids = JSON.parse(r.stdout).rules.map((x: { id: string }) => x.id);
    expect(ids).toContain('code/eval-injection');
    const e = await runCli(['explain', 'code/eval-injection'], '/');
    expect(e.code).toBe(0);
    expect(e.stdout).toContain('**Fix:**');
  });
});

describe('built dist/cli.js as a process', () => {
  it('scans, exits 1, and prints no stack trace on errors', () => {
    const dir = tmpTree({ 'a.js': 'eval(req.query.x);\n' });
    const ok = spawnSync(process.execPath, [distCli, 'scan', dir], { encoding: 'utf8' });
    expect(ok.status).toBe(1);
    expect(ok.stdout).toContain('code/eval-injection');
    const bad = spawnSync(process.execPath, [distCli, 'scan', '--nope'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('flowguard: unknown option "--nope"\n');
    expect(execFileSync(process.execPath, [distCli, '--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
