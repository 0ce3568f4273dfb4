// `process.argv[0]` is the node binary and `process.argv[1]` the script being run: the process's own files, not
// command-line input. Arguments from index 2 on stay command-line input.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';

const graded = async (code: string, rule: string): Promise<string[]> => {
  const r = await scan({ root: '/virtual', contents: new Map([['bin/cli.js', code]]), type: 'static' });
  expect(r.errors).toEqual([]);
  return r.findings.filter((f) => f.ruleId === rule).map((f) => `${f.line} ${f.severity} ${String(f.properties?.provenance)}`);
};

const CP = "const cp = require('child_process');\nconst fs = require('fs');\nconst path = require('path');\n";

describe('process.argv[0] and [1]', () => {
  it('the script path is not command-line input', async () => {
    expect(await graded(`${CP}const dir = path.dirname(process.argv[1]);\ncp.execSync('ls ' + dir);\n`, 'code/command-injection')).toEqual([]);
  });
  it('the node binary is not command-line input', async () => {
    expect(await graded(`${CP}const node = process.argv[0];\ncp.execSync(node + ' --version');\n`, 'code/command-injection')).toEqual([]);
  });
  it('reading the script itself is no path finding', async () => {
    expect(await graded(`${CP}fs.readFileSync(process.argv[1], 'utf8');\n`, 'path/traversal')).toEqual([]);
  });
  it('process.argv[2] stays command-line input', async () => {
    expect(await graded(`${CP}cp.execSync('ls ' + process.argv[2]);\n`, 'code/command-injection')).toEqual(['4 critical untrusted']);
  });
});
