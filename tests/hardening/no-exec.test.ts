// flowguard never runs what it scans. The fixture is built at test time: every file that some tool would import,
// evaluate or execute (package scripts, JS/TS configs, a TS security profile, agent hooks, MCP servers, git hooks,
// fsmonitor and filter commands, executables named like the tools flowguard might call) writes a marker file named
// after itself. Scans of every type, through the library and the built CLI, must leave no marker.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';
import { tmpTree } from '../helpers/tmp.js';
import { distCli, runDist } from './helpers.js';

const markers = tmpTree();
const js = (name: string): string => `require('fs').writeFileSync(${JSON.stringify(path.join(markers, name))}, 'ran');\n`;
const esm = (name: string): string => `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(path.join(markers, name))}, 'ran');\n`;
const sh = (name: string): string => `#!/bin/sh\ntouch ${JSON.stringify(path.join(markers, name))}\n`;
const shCmd = (name: string): string => `touch ${JSON.stringify(path.join(markers, name))}`;

function fixture(): string {
  const root = tmpTree({
    'package.json': JSON.stringify(
      {
        name: 'evil',
        version: '1.0.0',
        main: 'index.js',
        scripts: {
          preinstall: shCmd('preinstall'),
          postinstall: shCmd('postinstall'),
          prepare: shCmd('prepare'),
          test: shCmd('npm-test'),
          lint: shCmd('lint'),
        },
      },
      null,
      2,
    ),
    'index.js': js('index.js') + 'eval(process.argv[2]);\n',
    'app.mjs': esm('app.mjs'),
    'src/server.ts': esm('server.ts'),
    'config/security/production.ts': `${esm('profile-production.ts')}export default { profile: 'production', sessionTimeout: '24h' };\n`,
    'config/security/enterprise.js': `${js('profile-enterprise.js')}module.exports = { profile: 'enterprise' };\n`,
    'config/security/development.json': JSON.stringify({ profile: 'development', onLoad: shCmd('profile-json') }),
    'flowguard.config.js': js('flowguard.config.js'),
    'flowguard.config.mjs': esm('flowguard.config.mjs'),
    'flowguard.config.ts': esm('flowguard.config.ts'),
    'flowguard.config.cjs': js('flowguard.config.cjs'),
    '.eslintrc.js': js('.eslintrc.js'),
    'eslint.config.mjs': esm('eslint.config.mjs'),
    'vite.config.ts': esm('vite.config.ts'),
    'vitest.config.ts': esm('vitest.config.ts'),
    'jest.config.js': js('jest.config.js'),
    'babel.config.js': js('babel.config.js'),
    '.prettierrc.cjs': js('.prettierrc.cjs'),
    'tsconfig.json': JSON.stringify({ extends: './evil-tsconfig.js', compilerOptions: { plugins: [{ name: './evil-plugin.js' }] } }),
    'evil-plugin.js': js('evil-plugin.js'),
    'evil-tsconfig.js': js('evil-tsconfig.js'),
    '.mcp.json': JSON.stringify({ mcpServers: { evil: { command: 'sh', args: ['-c', shCmd('mcp-server')] } } }),
    '.claude/settings.json': JSON.stringify({ hooks: { PreToolUse: [{ matcher: '*', hooks: [{ type: 'command', command: shCmd('claude-hook') }] }] } }),
    '.claude-flow/config.json': JSON.stringify({ hooks: { preTask: shCmd('claude-flow-hook') } }),
    '.husky/pre-commit': sh('husky'),
    '.github/workflows/ci.yml': `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ${shCmd('workflow')}\n`,
    '.npmrc': `script-shell=${path.join(markers, 'npmrc-shell')}\n`,
    '.gitattributes': '* filter=evil diff=evil\n',
    Makefile: `all:\n\t${shCmd('make')}\n`,
    'yaml-tags.yaml': `a: !!js/function "function () { ${js('yaml-js-function').trim()} }"\nb: !!js/undefined ''\n`,
    'node_modules/evil/index.js': js('node_modules'),
    'node_modules/.bin/tsc': sh('node_modules-bin-tsc'),
  });
  for (const exe of ['git', 'node', 'npm', 'npx', 'sh', 'tsc', 'evil.sh']) {
    fs.writeFileSync(path.join(root, exe), sh(`exe-${exe}`));
    fs.chmodSync(path.join(root, exe), 0o755);
  }
  fs.chmodSync(path.join(root, 'node_modules/.bin/tsc'), 0o755);
  fs.chmodSync(path.join(root, '.husky/pre-commit'), 0o755);
  return root;
}

/** A git repository around the fixture whose own config would run commands on `git status/diff` (fsmonitor, filters, hooks). */
function withHostileGit(root: string): boolean {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: root } });
  try {
    git('init', '-q');
  } catch {
    return false;
  }
  git('-c', 'user.email=t@example.invalid', '-c', 'user.name=t', '-c', 'core.hooksPath=/dev/null', 'add', '-A');
  git('-c', 'user.email=t@example.invalid', '-c', 'user.name=t', '-c', 'core.hooksPath=/dev/null', 'commit', '-qm', 'fixture', '--no-verify');
  // Dirty the tree and the index so a diff has something to compare (and a reason to run filters).
  fs.appendFileSync(path.join(root, 'index.js'), 'eval(process.argv[3]);\n');
  fs.writeFileSync(path.join(root, 'staged.js'), 'eval(process.argv[4]);\n');
  git('-c', 'core.fsmonitor=false', '-c', 'filter.evil.clean=cat', 'add', 'staged.js');
  // Only now the hostile configuration: the setup above must not trigger it.
  git('config', 'core.fsmonitor', shCmd('git-fsmonitor'));
  git('config', 'filter.evil.clean', shCmd('git-filter-clean'));
  git('config', 'filter.evil.smudge', shCmd('git-filter-smudge'));
  git('config', 'diff.evil.textconv', shCmd('git-textconv'));
  git('config', 'diff.external', path.join(root, 'evil.sh'));
  git('config', 'core.pager', shCmd('git-pager'));
  for (const hook of ['pre-commit', 'post-checkout', 'post-index-change', 'reference-transaction']) {
    fs.writeFileSync(path.join(root, '.git', 'hooks', hook), sh(`git-hook-${hook}`));
    fs.chmodSync(path.join(root, '.git', 'hooks', hook), 0o755);
  }
  return true;
}

function ran(): string[] {
  return fs.readdirSync(markers).sort();
}

const TYPES = ['static', 'secrets', 'config', 'comprehensive'] as const;

describe('no code execution', () => {
  const root = fixture();
  const hasGit = withHostileGit(root);

  it('the fixture works: its payloads do write markers when run (checked on one, then cleaned)', () => {
    execFileSync(process.execPath, [path.join(root, 'index.js')]);
    expect(ran()).toEqual(['index.js']);
    fs.rmSync(path.join(markers, 'index.js'));
  });

  it.each(TYPES)('library scan --type %s runs nothing', async (type) => {
    const result = await scan({ root, type });
    expect(result.stats.files).toBeGreaterThan(20);
    expect(ran()).toEqual([]);
  });

  it.each(TYPES)('CLI scan --type %s runs nothing (with every output format)', (type) => {
    const out = tmpTree();
    const r = runDist(
      [
        'scan',
        '.',
        '--type',
        type,
        '--format',
        'json',
        '--output',
        path.join(out, 'r.json'),
        '--format',
        'sarif',
        '--output',
        path.join(out, 'r.sarif'),
        '--format',
        'text',
      ],
      { cwd: root, env: { HOME: root } },
    );
    expect(r.signal).toBeNull();
    expect([0, 1]).toContain(r.status);
    expect(ran()).toEqual([]);
  });

  it('profile evaluation runs nothing (--profile, profile validate), whether or not it is available yet', () => {
    for (const args of [
      ['scan', '.', '--profile', 'production', '--format', 'json'],
      ['scan', '.', '--type', 'config', '--profile', 'enterprise'],
      ['profile', 'validate', '.', '--profile', 'production'],
      ['profile', 'validate', '.', '--profile', 'development', '--format', 'json'],
    ]) {
      const r = runDist(args, { cwd: root, env: { HOME: root } });
      expect(r.signal).toBeNull();
      if (r.status === 2) expect(r.stderr).toMatch(/^flowguard: /);
    }
    expect(ran()).toEqual([]);
  });

  it.runIf(hasGit)('--staged and --changed-since run no git hook, fsmonitor, filter, textconv or pager of the scanned repo', () => {
    // The hostile config is live: a plain `git diff` in this repository runs its fsmonitor command.
    spawnSync('git', ['diff', '--name-only', 'HEAD'], { cwd: root, env: { ...process.env, HOME: root, GIT_CONFIG_NOSYSTEM: '1' } });
    expect(ran()).toContain('git-fsmonitor');
    for (const m of ran()) fs.rmSync(path.join(markers, m));
    for (const args of [
      ['scan', '--staged', '--format', 'json'],
      ['scan', '.', '--changed-since', 'HEAD', '--format', 'json'],
    ]) {
      const r = runDist(args, { cwd: root, env: { HOME: root, GIT_CONFIG_NOSYSTEM: '1' } });
      expect(r.signal).toBeNull();
      expect([0, 1, 2]).toContain(r.status);
    }
    expect(ran()).toEqual([]);
  });

  it('the marker directory stays empty after a scan of a config that tries YAML code tags', () => {
    const dir = tmpTree({ 'flowguard.config.yaml': `exclude: !!js/function "function () { ${js('config-yaml-tag').trim()} }"\n`, 'a.js': 'eval(x);\n' });
    const r = spawnSync(process.execPath, [distCli, 'scan', dir], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(ran()).toEqual([]);
  });
});
