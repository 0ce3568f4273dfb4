// --staged, --git-history and the baseline, on temporary git repositories.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { secretSample } from '../../rules/secret/index.js';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

function repo(files: Record<string, string>): string {
  const dir = tmpTree(files);
  const g = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  g('init', '-q');
  g('config', 'user.email', 't@example.org');
  g('config', 'user.name', 'T');
  g('config', 'commit.gpgsign', 'false');
  return dir;
}
const git = (dir: string, ...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' }).toString().trim();

describe('git inputs', () => {
  it('--staged scans the index, not the working tree', async () => {
    const token = secretSample('github-pat', 21);
    const dir = repo({ 'a.env': `GITHUB_TOKEN=${token}\n` });
    git(dir, 'add', 'a.env');
    fs.writeFileSync(path.join(dir, 'a.env'), 'GITHUB_TOKEN=${GITHUB_TOKEN}\n');
    fs.writeFileSync(path.join(dir, 'b.env'), `NPM_TOKEN=${secretSample('npm-token', 3)}\n`);
    const r = await runCli(['scan', '--staged', '--type', 'secrets', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const files = (JSON.parse(r.stdout) as { findings: { file: string; ruleId: string }[] }).findings.map((f) => `${f.file} ${f.ruleId}`);
    expect(files).toEqual(['a.env secret/github-pat']);
    expect(r.stdout).not.toContain(token);
    git(dir, 'reset', '-q', 'a.env');
    expect((await runCli(['scan', '--staged', '--type', 'secrets'], dir)).code).toBe(0);
  });

  it('--git-history finds a secret removed since, with its commit; --since limits the range', async () => {
    const dir = repo({ 'README.md': '# app\n' });
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'init');
    const first = git(dir, 'rev-parse', 'HEAD');
    fs.writeFileSync(path.join(dir, 'config.yaml'), `service: api\nslack: ${secretSample('slack-bot-token', 4)}\n`);
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'add config');
    const leak = git(dir, 'rev-parse', 'HEAD');
    fs.writeFileSync(path.join(dir, 'config.yaml'), 'service: api\nslack: ${SLACK_BOT_TOKEN}\n');
    git(dir, 'commit', '-qam', 'fix');
    expect((await runCli(['scan', '--type', 'secrets'], dir)).code).toBe(0);
    const r = await runCli(['scan', '--git-history', '--type', 'secrets', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    const found = (JSON.parse(r.stdout) as { findings: { file: string; line: number; properties: { commit: string } }[] }).findings;
    expect(found.map((f) => [f.file, f.line, f.properties.commit])).toEqual([['config.yaml', 2, leak]]);
    expect((await runCli(['scan', '--git-history', '--since', leak, '--type', 'secrets'], dir)).code).toBe(0);
    expect((await runCli(['scan', '--git-history', '--since', first, '--type', 'secrets'], dir)).code).toBe(1);
  });

  it('baseline create records findings by fingerprint; --baseline fails only on new ones, even after lines move', async () => {
    const dir = tmpTree({
      'old.env': `STRIPE_SECRET_KEY=${secretSample('stripe-secret-key', 8)}\n`,
      'flowguard.config.yaml': 'baseline: .flowguard-baseline.json\n',
    });
    const c = await runCli(['baseline', 'create', '.', '--type', 'secrets', '--output', '.flowguard-baseline.json'], dir);
    expect(c.code).toBe(0);
    const base = JSON.parse(fs.readFileSync(path.join(dir, '.flowguard-baseline.json'), 'utf8')) as { findings: unknown[] };
    expect(base.findings).toHaveLength(1);
    fs.writeFileSync(path.join(dir, 'old.env'), `# moved down\n\n${fs.readFileSync(path.join(dir, 'old.env'), 'utf8')}`);
    const same = await runCli(['scan', '.', '--type', 'secrets', '--baseline', '.flowguard-baseline.json', '--format', 'sarif'], dir);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('"baselineState": "unchanged"');
    fs.writeFileSync(path.join(dir, 'new.env'), `SENDGRID_API_KEY=${secretSample('sendgrid-api-key', 8)}\n`);
    const fresh = await runCli(['scan', '.', '--type', 'secrets', '--baseline', '.flowguard-baseline.json', '--format', 'json'], dir);
    expect(fresh.code).toBe(1);
    const states = (JSON.parse(fresh.stdout) as { findings: { file: string; baselineState: string }[] }).findings.map((f) => `${f.file}:${f.baselineState}`);
    expect(states).toEqual(['new.env:new', 'old.env:unchanged']);
    const viaConfig = await runCli(['scan', '.', '--type', 'secrets', '--format', 'json'], dir);
    expect(viaConfig.code).toBe(1);
    expect(viaConfig.stdout).toContain('"baselineState": "unchanged"');
    const missing = await runCli(['scan', '.', '--baseline', 'nope.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('git errors', () => {
  it('--staged outside a git repository is one line and exit 2', async () => {
    const dir = tmpTree({ 'a.txt': 'x\n' });
    const r = await runCli(['scan', '--staged'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^flowguard: git rev-parse failed: not a git repository/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
