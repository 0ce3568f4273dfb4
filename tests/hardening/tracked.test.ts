// Issue 23: a committed file that .gitignore would hide is still code the repository ships, so it is scanned; a
// committed node_modules/ is reported as skipped, by folder, instead of vanishing; untracked ignored files stay out.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpTree } from '../helpers/tmp.js';
import { json, runDist } from './helpers.js';

const SLOW = 60_000;
const EVAL = 'eval(process.argv[2]);\n';

function git(cwd: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: 'ignore' });
}

function repo(): string {
  const root = tmpTree({
    '.gitignore': 'build/\nhidden.js\nnode_modules/\n',
    'hidden.js': EVAL,
    'build/out.js': EVAL,
    'build/extra/deep.js': EVAL,
    'node_modules/dep/index.js': EVAL,
    'node_modules/dep/package.json': '{"name":"dep"}\n',
    'src/ok.js': 'module.exports = 1;\n',
  });
  git(root, 'init', '-q');
  git(root, 'add', '.gitignore', 'src/ok.js');
  git(root, 'add', '-f', 'hidden.js', 'build/out.js', 'node_modules/dep');
  git(root, 'commit', '-qm', 'x');
  // not committed, ignored: stays out
  fs.writeFileSync(path.join(root, 'build', 'local.js'), EVAL);
  return root;
}

describe('tracked files and .gitignore (issue 23)', () => {
  it(
    'scans committed files .gitignore hides, not the untracked ones, and reports a committed node_modules',
    () => {
      const root = repo();
      const report = json(runDist(['scan', root, '--format', 'json', '--no-cache']));
      const files = [...new Set(report.findings.filter((f) => f.ruleId === 'code/eval-injection').map((f) => f.file))].sort();
      expect(files).toEqual(['build/out.js', 'hidden.js']);
      expect(report.skipped).toContainEqual({ file: 'node_modules', reason: 'committed dependencies (2 tracked files): not scanned' });
    },
    SLOW,
  );

  it(
    'scans from a sub-folder of the checkout with paths relative to it',
    () => {
      const root = repo();
      const report = json(runDist(['scan', path.join(root, 'build'), '--format', 'json', '--no-cache']));
      // the folder's own view: no .gitignore above the root applies, paths are relative to it
      expect(report.findings.map((f) => f.file)).toContain('out.js');
      expect(report.findings.map((f) => f.file)).not.toContain('build/out.js');
    },
    SLOW,
  );

  it(
    'outside a git checkout, .gitignore alone decides',
    () => {
      const root = tmpTree({ '.gitignore': 'hidden.js\n', 'hidden.js': EVAL, 'node_modules/dep/index.js': EVAL });
      const report = json(runDist(['scan', root, '--format', 'json', '--no-cache']));
      expect(report.findings).toEqual([]);
      expect(report.skipped).toEqual([]);
    },
    SLOW,
  );
});
