import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/core/discover.js';
import { scan } from '../../src/pipeline/scan.js';
import { tmpTree } from '../helpers/tmp.js';

const MB = 1024 * 1024;
const paths = (root: string, opts: Partial<Parameters<typeof discover>[0]> = {}) => discover({ root, maxFileSize: 10 * MB, ...opts }).files.map((f) => f.path);

describe('discover', () => {
  it('honours .gitignore files at several levels, with negation', () => {
    const root = tmpTree({
      '.gitignore': 'build/\n*.log\n',
      'a.ts': '',
      'debug.log': '',
      'build/out.js': '',
      'pkg/.gitignore': 'generated.ts\n!keep.log\n',
      'pkg/generated.ts': '',
      'pkg/keep.log': '',
      'pkg/src/x.ts': '',
      'pkg/src/.gitignore': '/local.ts\n',
      'pkg/src/local.ts': '',
      'pkg/local.ts': '',
    });
    expect(paths(root)).toEqual(['.gitignore', 'a.ts', 'pkg/.gitignore', 'pkg/keep.log', 'pkg/local.ts', 'pkg/src/.gitignore', 'pkg/src/x.ts']);
  });

  it('agrees with the full ancestor-by-ancestor ignore check for every file of the walk', () => {
    const root = tmpTree({
      '.gitignore': 'out/\n*.tmp\n!keep.tmp\ndocs/*\n!docs/api/\n',
      'out/a.js': '',
      'x.tmp': '',
      'keep.tmp': '',
      'docs/readme.md': '',
      'docs/api/index.md': '',
      'lib/.gitignore': 'vendor\n!vendor/ours.js\n',
      'lib/vendor/theirs.js': '',
      'lib/vendor/ours.js': '',
      'lib/deep/er/.gitignore': '*.js\n',
      'lib/deep/er/a.js': '',
      'lib/deep/er/b.ts': '',
      'lib/deep/c.js': '',
    });
    const d = discover({ root, maxFileSize: MB });
    const walked = new Set(d.files.map((f) => f.path));
    const regular = d.all.filter((f) => !f.isDirectory).map((f) => f.path);
    expect(regular.filter((f) => !d.isGitIgnored(f))).toEqual([...walked]);
    expect([...walked]).toEqual([
      '.gitignore',
      'docs/api/index.md',
      'keep.tmp',
      'lib/.gitignore',
      'lib/deep/c.js',
      'lib/deep/er/.gitignore',
      'lib/deep/er/b.ts',
    ]);
  });

  it('scans nothing under an explicit directory that is itself ignored, as when walking from the root', () => {
    const root = tmpTree({ '.gitignore': 'build/\n', 'build/sub/a.js': '', 'src/b.js': '' });
    expect(paths(root, { paths: [path.join(root, 'build', 'sub')] })).toEqual([]);
    expect(paths(root, { paths: [path.join(root, 'src')] })).toEqual(['src/b.js']);
  });

  it('always skips .git and node_modules, and honours .flowguardignore and excludes', () => {
    const root = tmpTree({
      '.git/config': 'x',
      'node_modules/m/index.js': 'x',
      'src/a.ts': '',
      'fixtures/b.ts': '',
      '.flowguardignore': 'src/gen/\n',
      'src/gen/c.ts': '',
    });
    expect(paths(root, { exclude: ['fixtures/**'] })).toEqual(['.flowguardignore', 'src/a.ts']);
  });

  it('skips files over the size cap and reports them', () => {
    const root = tmpTree({ 'big.txt': 'x'.repeat(2048), 'small.txt': 'y' });
    const d = discover({ root, maxFileSize: 1024 });
    expect(d.files.map((f) => f.path)).toEqual(['small.txt']);
    expect(d.skipped).toEqual([{ file: 'big.txt', reason: 'larger than the 1 KiB size cap' }]);
  });

  it('never follows a symlink out of the root, and never loops on a cycle', () => {
    const outside = tmpTree({ 'secret.ts': 'eval(x)' });
    const root = tmpTree({ 'a.ts': 'eval(y)', 'sub/b.ts': '' });
    fs.symlinkSync(path.join(outside, 'secret.ts'), path.join(root, 'escape.ts'));
    fs.symlinkSync(outside, path.join(root, 'escape-dir'));
    fs.symlinkSync('..', path.join(root, 'sub', 'loop'));
    fs.symlinkSync(path.join(root, 'sub'), path.join(root, 'sub', 'self'));
    const d = discover({ root, maxFileSize: MB });
    expect(d.files.map((f) => f.path)).toEqual(['a.ts', 'sub/b.ts']);
    expect(d.skipped.map((s) => s.file).sort()).toEqual(['escape-dir', 'escape.ts']);
    expect(d.skipped.every((s) => s.reason === 'symlink leads outside the scan root')).toBe(true);
  });

  it('scans a file given explicitly even when it is gitignored, but not an excluded one', () => {
    const root = tmpTree({ '.gitignore': 'gen.ts\n', 'gen.ts': '', 'x.ts': '' });
    expect(paths(root, { paths: [path.join(root, 'gen.ts')] })).toEqual(['gen.ts']);
    expect(paths(root, { paths: [path.join(root, 'x.ts')], exclude: ['x.ts'] })).toEqual([]);
  });

  it('skips binary files and keeps scanning the rest', async () => {
    const root = tmpTree({ 'bin.js': Buffer.from([0x65, 0x76, 0x61, 0x6c, 0, 1, 2]), 'a.js': 'eval(input);\n' });
    const res = await scan({ root, type: 'static' });
    expect(res.findings.map((f) => f.file)).toEqual(['a.js']);
  });

  it('does not AST-parse minified or huge JS but reports the skip', async () => {
    const minified = 'var a=1;'.repeat(5000) + 'eval(x);';
    const root = tmpTree({ 'app.min.js': 'eval(x);', 'bundle.js': minified, 'ok.js': 'eval(y);' });
    const res = await scan({ root, type: 'static' });
    // A small file is never skipped for its .min.js name alone (issue 23): only the real minified one is.
    expect(res.findings.filter((f) => f.ruleId === 'code/eval-injection').map((f) => f.file)).toEqual(['app.min.js', 'ok.js']);
    expect(res.skipped.map((s) => s.file)).toEqual(['bundle.js']);
    const all = await scan({ root, type: 'static', noSkip: true });
    expect(all.findings.map((f) => f.file)).toEqual(['app.min.js', 'bundle.js', 'ok.js']);
  });
});
