// The hooks as users run them: Debian's `pre-commit` installs this repository (by path, at the committed HEAD)
// into a fresh PRE_COMMIT_HOME, and real `git commit`s go through it. Also: CLI, Action and hook agree.
// Needs `pre-commit` on PATH (.ci/run installs it and sets FLOWGUARD_E2E=1, which turns a missing one into a failure).
// It tests the COMMITTED state of this repository: commit before running it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../helpers/action.js';
import { hasSecretRules, secretSample } from '../helpers/secrets.js';
import { tmpTree } from '../helpers/tmp.js';

const havePreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const required = process.env.FLOWGUARD_E2E === '1';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'flowguard-pre-commit-home-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

// Without the GIT_* variables of an enclosing hook (GIT_DIR, GIT_INDEX_FILE would point git at another repository).
const env: Record<string, string> = {
  ...(Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))) as Record<string, string>),
  PRE_COMMIT_HOME: home,
  PRE_COMMIT_COLOR: 'never',
  GIT_AUTHOR_NAME: 'e2e',
  GIT_AUTHOR_EMAIL: 'e2e@example.com',
  GIT_COMMITTER_NAME: 'e2e',
  GIT_COMMITTER_EMAIL: 'e2e@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  NO_COLOR: '1',
};

function sh(cwd: string, cmd: string, ...args: string[]): { code: number; out: string } {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

const rev = sh(repoRoot, 'git', 'rev-parse', 'HEAD').out.trim();

/** A git repository whose `.pre-commit-config.yaml` uses this repo's three hooks at HEAD, hooks installed. */
function hookedRepo(files: Record<string, string> = {}, extra = ''): string {
  const dir = tmpTree(files);
  const config = `repos:\n  - repo: ${JSON.stringify(repoRoot)}\n    rev: ${rev}\n    hooks:\n      - id: flowguard\n${extra}      - id: flowguard-secrets\n      - id: flowguard-agent-config\n`;
  fs.writeFileSync(path.join(dir, '.pre-commit-config.yaml'), config);
  for (const args of [
    ['init', '-q', '-b', 'main'],
    ['config', 'commit.gpgsign', 'false'],
    ['add', '.pre-commit-config.yaml'],
    ['commit', '-qm', 'init', '--no-verify'],
  ]) {
    const r = sh(dir, 'git', ...args);
    if (r.code !== 0) throw new Error(`git ${args.join(' ')}: ${r.out}`);
  }
  const inst = sh(dir, 'pre-commit', 'install');
  if (inst.code !== 0) throw new Error(`pre-commit install: ${inst.out}`);
  return dir;
}

function commit(dir: string, rel: string, content: string): { code: number; out: string } {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), content);
  sh(dir, 'git', 'add', rel);
  return sh(dir, 'git', 'commit', '-m', `add ${rel}`);
}

describe.runIf(havePreCommit || required)('pre-commit hooks (Debian pre-commit, real commits)', () => {
  beforeAll(() => {
    expect(havePreCommit, 'pre-commit is not installed (apt-get install -y pre-commit)').toBe(true);
    // One install of the hook repository for every case (npm pack + npm install -g, as for users).
    const dir = hookedRepo();
    const r = sh(dir, 'pre-commit', 'install-hooks');
    expect(r.code, r.out).toBe(0);
  }, 600_000);

  it.skipIf(!hasSecretRules())(
    `blocks a commit that adds a generated token, naming a secret/ rule and never the token${hasSecretRules() ? '' : ' (skipped: the registry has no secret/ rule yet)'}`,
    async () => {
      const s = await secretSample();
      expect(s, 'a secret/ rule whose bad example yields a finding').toBeDefined();
      const dir = hookedRepo();
      const r = commit(dir, s!.path, s!.code);
      expect(r.code, r.out).not.toBe(0);
      expect(r.out).toMatch(/secret\/[a-z0-9-]+/);
      for (const raw of s!.raws) expect(r.out).not.toContain(raw);
      expect(sh(dir, 'git', 'log', '--oneline').out.trim().split('\n')).toHaveLength(1);
    },
  );

  it('blocks a commit that adds eval(req.query.x), printing the finding', () => {
    const dir = hookedRepo();
    const r = commit(dir, 'src/app.js', "app.get('/run', (req, res) => res.send(String(eval(req.query.x))));\n");
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/flowguard\.+Failed/);
    expect(r.out).toMatch(/src\/app\.js\n\s+1:\d+\s+critical\s+.*code\/eval-injection/);
    expect(r.out).toMatch(/flowguard \(secrets\)\.+Passed/);
    expect(r.out).toMatch(/flowguard \(agent config\)\.+\(no files to check\)Skipped/);
    expect(sh(dir, 'git', 'log', '--oneline').out.trim().split('\n')).toHaveLength(1);
  });

  it('lets a clean commit pass', () => {
    const dir = hookedRepo();
    const r = commit(dir, 'src/ok.ts', 'export const add = (a: number, b: number): number => a + b;\n');
    expect(r.code, r.out).toBe(0);
    expect(r.out).toMatch(/flowguard\.+Passed/);
    expect(r.out).not.toContain('finding');
    expect(sh(dir, 'git', 'log', '--oneline').out.trim().split('\n')).toHaveLength(2);
  });

  it('gives the same findings as the CLI and the Action on the same tree', async () => {
    const files: Record<string, string> = {};
    const fixture = path.join(repoRoot, 'tests', 'fixtures', 'vulnerable-app');
    for (const rel of fs.readdirSync(fixture, { recursive: true, encoding: 'utf8' })) {
      const abs = path.join(fixture, rel);
      if (fs.statSync(abs).isFile()) files[rel.split(path.sep).join('/')] = fs.readFileSync(abs, 'utf8');
    }
    files['lib/more.ts'] = 'export const f = (s: string) => new Function("return " + s);\nsetTimeout("tick()", 5);\n';
    const s = await secretSample();
    if (s) files[`keys/${s.path}`] = s.code;
    const dir = hookedRepo(files);
    sh(dir, 'git', 'add', '-A');

    const key = (file: string, line?: number, column?: number, rule?: string): string => `${file}:${line ?? '-'}:${column ?? '-'} ${rule}`;

    const cli = spawnSync(process.execPath, [path.join(repoRoot, 'dist', 'cli.js'), 'scan', '.', '--format', 'json', '--quiet'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(cli.status).toBe(1);
    const fromCli = (JSON.parse(cli.stdout).findings as { ruleId: string; file: string; line?: number; column?: number; suppressed: boolean }[])
      .filter((f) => !f.suppressed)
      .map((f) => key(f.file, f.line, f.column, f.ruleId))
      .sort();

    const hook = sh(dir, 'pre-commit', 'run', 'flowguard', '--all-files');
    expect(hook.code, hook.out).toBe(1);
    const fromHook: string[] = [];
    let current = '';
    for (const line of hook.out.split('\n')) {
      // `line:column`, or `-` for a file-level finding (e.g. `.env` not git-ignored).
      const m = /^ {2}(?:(\d+):(\d+)|-) +\w+ +.* {2}([a-z]+\/[a-z0-9-]+)$/.exec(line);
      if (m) fromHook.push(key(current, m[1] ? Number(m[1]) : undefined, m[2] ? Number(m[2]) : undefined, m[3]));
      else if (/^\S/.test(line)) current = line.trim();
    }
    fromHook.sort();

    const action = await runAction({ workspace: dir, inputs: { 'fail-on': 'high' } });
    expect(action.code).toBe(1);
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'flowguard.sarif'), 'utf8'));
    type SarifResult = {
      ruleId: string;
      suppressions?: unknown[];
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn: number } } }[];
    };
    const fromAction = (sarif.runs[0].results as SarifResult[])
      .filter((r) => !r.suppressions?.length)
      .map((r) => {
        const loc = r.locations[0]!.physicalLocation;
        return key(decodeURIComponent(loc.artifactLocation.uri), loc.region?.startLine, loc.region?.startColumn, r.ruleId);
      })
      .sort();

    expect(fromCli.length).toBeGreaterThanOrEqual(6);
    expect(fromHook).toEqual(fromCli);
    expect(fromAction).toEqual(fromCli);
    if (s) expect(fromCli.some((k) => k.includes(' secret/'))).toBe(true);
  });
});
