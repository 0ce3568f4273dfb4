// The public surface: files reachable from what package.json names (`main`, `exports`, `bin`). Parameters of their
// exported functions are library input; an exported helper in a file the entry points never reach (scripts/) is not
// public API, and one whose in-package callers pass only constants gives no high finding.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';

const graded = async (files: Record<string, string>, rule = 'code/command-injection'): Promise<string[]> => {
  const r = await scan({ root: '/virtual', contents: new Map(Object.entries(files)), type: 'static' });
  expect(r.errors).toEqual([]);
  return r.findings.filter((f) => f.ruleId === rule).map((f) => `${f.file}:${f.line} ${f.severity} ${String(f.properties?.provenance)}`);
};

const RUN = "const cp = require('child_process');\nexports.run = function run(cmd) {\n  return cp.execSync(cmd);\n};\n";

describe('public surface from package.json', () => {
  it('an exported helper in a file the entry reaches is library input', async () => {
    const files = { 'package.json': '{"name":"x","main":"lib/index.js"}', 'lib/index.js': "module.exports = require('./run');\n", 'lib/run.js': RUN };
    expect(await graded(files)).toEqual(['lib/run.js:3 high library-input']);
  });
  it('scripts/utils.js run(cmd), called by scripts/release.js with constants, is not public API', async () => {
    const files = {
      'package.json': '{"name":"x","main":"lib/index.js"}',
      'lib/index.js': 'module.exports = function () { return 1; };\n',
      'scripts/utils.js': RUN,
      'scripts/release.js': "const { run } = require('./utils');\nrun('npm test');\nrun('npm publish');\n",
    };
    expect((await graded(files)).filter((s) => / (high|critical) /.test(s))).toEqual([]);
  });
  it('the same helper without entry points in package.json stays library input', async () => {
    const files = { 'package.json': '{"name":"x"}', 'scripts/utils.js': RUN };
    expect(await graded(files)).toEqual(['scripts/utils.js:3 high library-input']);
  });
  it('an entry the scan does not hold (a build output) leaves every export public', async () => {
    const files = { 'package.json': '{"name":"x","main":"dist/index.js"}', 'src/run.js': RUN };
    expect(await graded(files)).toEqual(['src/run.js:3 high library-input']);
  });
  it('a file reached from bin is on the surface, and a command-line argument passed in is untrusted', async () => {
    const files = {
      'package.json': '{"name":"x","bin":{"x":"bin/x.js"}}',
      'bin/x.js': "const { run } = require('../lib/run');\nrun('ls ' + process.argv[2]);\n",
      'lib/run.js': RUN,
    };
    expect(await graded(files)).toEqual(['lib/run.js:3 critical untrusted']);
  });
});

describe('build output entries', () => {
  it('main: dist/index.js also names src/index.ts', async () => {
    const files = {
      'package.json': '{"name":"x","main":"dist/index.js"}',
      'dist/index.js': 'module.exports = 1;\n',
      'src/index.ts': "export { run } from './run';\n",
      'src/run.js': RUN,
    };
    expect(await graded(files)).toEqual(['src/run.js:3 high library-input']);
  });
});
