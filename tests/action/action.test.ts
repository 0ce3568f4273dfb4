// The Action as the runner runs it: `node dist/index.js` with INPUT_* variables, output and summary files, an event.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commitPr, prEvent, runAction } from '../helpers/action.js';
import { hasSecretRules, secretSample } from '../helpers/secrets.js';
import { tmpTree } from '../helpers/tmp.js';
import { repoRoot } from '../helpers/action.js';

const fixture = (name: string): string => {
  const dir = tmpTree();
  fs.cpSync(path.join(repoRoot, 'tests', 'fixtures', name), dir, { recursive: true });
  return dir;
};

// Without the GIT_* variables of an enclosing hook (GIT_DIR, GIT_INDEX_FILE would point git at another repository).
describe('the Action (node dist/index.js)', () => {
  it('fails the step on the vulnerable fixture, honouring its config (failOn: medium, vendor/ excluded)', async () => {
    const ws = fixture('vulnerable-app');
    const cli = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'scan', '.', '--format', 'sarif', '--quiet'], {
      cwd: ws,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    const r = await runAction({ workspace: ws });
    expect(r.code).toBe(1);
    expect(r.outputs).toEqual({
      'sarif-file': 'flowguard.sarif',
      'profile-file': '',
      findings: '4',
      'findings-by-severity': JSON.stringify({ critical: 2, high: 1, medium: 0, low: 1, info: 0 }),
      'profile-status': 'skipped',
      'exit-code': '1',
    });
    expect(r.stdout).toContain('flowguard: failing the step: findings at or above medium.');
    // The same SARIF as the CLI writes for the same tree.
    expect(fs.readFileSync(path.join(ws, 'flowguard.sarif'), 'utf8')).toBe(cli.stdout);
  }, 60_000);

  it('annotates most severe first with file, line, column and the rule id as title', async () => {
    const r = await runAction({ workspace: fixture('vulnerable-app') });
    expect(r.annotations.map((a) => [a.level, a.props.title, a.props.file, a.props.line, a.props.col])).toEqual([
      ['error', 'code/eval-injection', 'src/server.js', '7', '18'],
      ['error', 'code/function-constructor', 'src/server.js', '12', '18'],
      ['error', 'code/string-timer', 'src/jobs.ts', '2', '15'],
      ['notice', 'code/string-timer', 'src/server.js', '16', '12'],
    ]);
    expect(r.annotations[0]!.message).toBe('critical: `eval` runs a string built from `expr`.');
  });

  it('writes a job summary with counts and links to the file at the commit', async () => {
    const r = await runAction({ workspace: fixture('vulnerable-app') });
    expect(r.summary).toContain('## :x: flowguard: 4 findings (fail-on: medium)');
    expect(r.summary).toContain('| 2 | 1 | 0 | 1 | 0 |');
    expect(r.summary).toContain('[src/server.js:7](https://github.com/octo-org/octo-app/blob/0123456789abcdef0123456789abcdef01234567/src/server.js#L7)');
    expect(r.summary).toContain('1 suppressed');
  });

  it('passes on a clean tree', async () => {
    const r = await runAction({ workspace: fixture('clean-app') });
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('0');
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.annotations).toEqual([]);
    expect(r.summary).toContain(':white_check_mark: flowguard: no findings');
  });

  it('inputs override the config file: fail-on none passes', async () => {
    const r = await runAction({ workspace: fixture('vulnerable-app'), inputs: { 'fail-on': 'none' } });
    expect(r.code).toBe(0);
    expect(r.outputs['exit-code']).toBe('0');
    expect(r.outputs.findings).toBe('4');
  });

  it('an invalid input fails the step with one line and exit-code 2', async () => {
    const r = await runAction({ workspace: fixture('clean-app'), inputs: { 'fail-on': 'severe' } });
    expect(r.code).toBe(1);
    expect(r.outputs['exit-code']).toBe('2');
    expect(
      r.stdout
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('::error')),
    ).toEqual(['::error::flowguard: input "fail-on" must be one of critical, high, medium, low, info, none, not "severe"']);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('an invalid config file is a one-line failure naming the file and line', async () => {
    const ws = tmpTree({ 'flowguard.config.yaml': 'failon: high\n', 'a.js': 'x = 1;\n' });
    const r = await runAction({ workspace: ws });
    expect(r.code).toBe(1);
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.stdout).toContain('::error::flowguard: flowguard.config.yaml:1: unknown key "failon" (did you mean "failOn"?)');
  });

  it('keeps to 10 errors, 10 warnings and 10 notices and says how many more there are', async () => {
    const lines = (n: number, make: (i: number) => string): string => Array.from({ length: n }, (_, i) => make(i)).join('\n') + '\n';
    const ws = tmpTree({
      'a-low.js': lines(12, (i) => `setTimeout("tick${i}()", 1);`),
      'b-medium.js': lines(15, (i) => `require("crypto").createHash("md5").update(pw${i}).digest("hex");`),
      'c-high.js': lines(25, (i) => `eval(process.argv[${i + 2}]);`),
    });
    const r = await runAction({ workspace: ws, inputs: { 'fail-on': 'none' } });
    const count = (level: string): number => r.annotations.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([10, 10, 10]);
    // Most severe first, although c-high.js sorts last by path.
    expect(r.annotations.slice(0, 10).every((a) => a.props.file === 'c-high.js')).toBe(true);
    expect(r.stdout).toContain('flowguard: 22 more findings are not annotated');
    expect(r.summary).toContain('22 findings are not shown as annotations');
    expect(r.outputs.findings).toBe('52');
  });

  it('exclude takes a newline list of patterns', async () => {
    const r = await runAction({ workspace: fixture('vulnerable-app'), inputs: { exclude: 'src/server.js\n\nsrc/jobs.*\n' } });
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('0');
  });

  it('annotations: false emits none', async () => {
    const r = await runAction({ workspace: fixture('vulnerable-app'), inputs: { annotations: 'false' } });
    expect(r.annotations).toEqual([]);
    expect(r.code).toBe(1);
  });

  it('path scans a subfolder and reports repository-relative paths', async () => {
    const ws = tmpTree({ 'packages/app/src/a.js': 'eval(process.argv[2]);\n', 'other/b.js': 'eval(process.argv[2]);\n' });
    const r = await runAction({ workspace: ws, inputs: { path: 'packages/app', 'sarif-file': 'out/flowguard.sarif' } });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.props.file)).toEqual(['packages/app/src/a.js']);
    const sarif = JSON.parse(fs.readFileSync(path.join(ws, 'out', 'flowguard.sarif'), 'utf8'));
    expect(
      sarif.runs[0].results.map(
        (x: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => x.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    ).toEqual(['packages/app/src/a.js']);
    expect(r.outputs['sarif-file']).toBe('out/flowguard.sarif');
  });

  it('refuses a sarif-file outside the workspace', async () => {
    const r = await runAction({ workspace: fixture('clean-app'), inputs: { 'sarif-file': '../x.sarif' } });
    expect(r.outputs['exit-code']).toBe('2');
    expect(r.stdout).toContain('::error::flowguard: input "sarif-file" must be a path inside the workspace');
  });
});

describe('only-changed', () => {
  const prRepo = (): { ws: string; base: string; head: string } =>
    commitPr(tmpTree({ 'old.js': 'eval(process.argv[2]);\n', 'src/keep.js': 'export const k = 1;\n' }), {
      'src/new.js': 'new Function(process.argv[2]);\n',
      'src/keep.js': 'export const k = 2;\n',
    });

  it('scans only the files the pull request changes (git diff base...head)', async () => {
    const { ws, base, head } = prRepo();
    const r = await runAction({ workspace: ws, inputs: { 'only-changed': 'true' }, event: prEvent(7, base, head) });
    expect(r.stdout).toContain('flowguard: only-changed: 2 files changed by pull request #7 (git diff).');
    expect(r.annotations.map((a) => `${a.props.title} ${a.props.file}`)).toEqual(['code/function-constructor src/new.js']);
    expect(r.summary).toContain('2 files scanned (comprehensive, only the files the pull request changes)');
    expect(r.code).toBe(1);
  });

  it('is ignored while the config asks for a security profile', async () => {
    const { ws, base, head } = prRepo();
    fs.writeFileSync(path.join(ws, 'flowguard.config.yaml'), 'profile: production\n');
    const r = await runAction({ workspace: ws, inputs: { 'only-changed': 'true' }, event: prEvent(7, base, head) });
    // Until profiles land the CLI's resolution refuses them; either way only-changed must not narrow the scan.
    expect(r.stdout).not.toContain('(git diff)');
    if (r.outputs['exit-code'] !== '2') expect(r.stdout).toContain('only-changed is ignored while a security profile is evaluated');
  });

  it('scans everything on a push event', async () => {
    const { ws } = prRepo();
    const r = await runAction({ workspace: ws, inputs: { 'only-changed': 'true' } });
    expect(r.stdout).toContain('only-changed applies to pull_request events; scanning every file');
    expect(r.annotations.map((a) => a.props.file).sort()).toEqual(['old.js', 'src/new.js']);
  });

  it('asks the GitHub API when the checkout lacks the history', async () => {
    const ws = tmpTree({ 'old.js': 'eval(process.argv[2]);\n', 'src/new.js': 'new Function(process.argv[2]);\n', 'src/keep.js': 'x();\n' });
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ''}`);
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify([
          { filename: 'src/new.js', status: 'added' },
          { filename: 'gone.js', status: 'removed' },
        ]),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const r = await runAction({
        workspace: ws,
        inputs: { 'only-changed': 'true', 'github-token': 'test-token-value' },
        event: prEvent(7, 'a'.repeat(40), 'b'.repeat(40)),
        env: { GITHUB_API_URL: `http://127.0.0.1:${port}` },
      });
      expect(seen).toEqual(['GET /repos/octo-org/octo-app/pulls/7/files?per_page=100 token test-token-value']);
      expect(r.stdout).toContain('only-changed: 1 file changed by pull request #7 (GitHub API).');
      expect(r.annotations.map((a) => a.props.file)).toEqual(['src/new.js']);
    } finally {
      server.close();
    }
  });

  it('a pull request that changes nothing scannable passes with an empty report', async () => {
    const { ws, base } = prRepo();
    const r = await runAction({ workspace: ws, inputs: { 'only-changed': 'true' }, event: prEvent(7, base, base) });
    expect(r.code).toBe(0);
    expect(r.outputs.findings).toBe('0');
  });
});

describe('secret masking', () => {
  it.skipIf(!hasSecretRules())(
    `masks every secret found before printing anything about it${hasSecretRules() ? '' : ' (skipped: the registry has no secret/ rule yet)'}`,
    async () => {
      const s = await secretSample();
      expect(s, 'a secret rule whose bad example yields a finding').toBeDefined();
      const ws = tmpTree({ [s!.path]: s!.code });
      const r = await runAction({ workspace: ws });
      const lines = r.stdout.split('\n');
      for (const raw of s!.raws) {
        const first = lines.findIndex((l) => l.includes(raw));
        expect(lines[first]).toBe(`::add-mask::${raw}`);
        expect(lines.filter((l) => l.includes(raw) && l !== `::add-mask::${raw}`)).toEqual([]);
        expect(r.stderr).not.toContain(raw);
        expect(r.summary).not.toContain(raw);
        expect(JSON.stringify(r.outputs)).not.toContain(raw);
        expect(fs.readFileSync(path.join(ws, 'flowguard.sarif'), 'utf8')).not.toContain(raw);
      }
      expect(r.annotations.some((a) => a.props.title?.startsWith('secret/'))).toBe(true);
    },
  );
});
