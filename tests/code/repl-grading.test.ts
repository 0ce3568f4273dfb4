// A REPL's shell escape runs the whole line the person at the terminal typed: an audit finding (low), not an
// injection; a prompt line built into a larger command, a socket line and piped stdin stay untrusted (critical).
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';

const severities = async (code: string): Promise<string[]> =>
  (await scanText(code, { path: 'cli.js', rules: ['code/command-injection'] })).findings.map((f) => f.severity);

const RL =
  "const readline = require('readline');\nconst { spawn, execSync } = require('child_process');\nconst rl = readline.createInterface({ input: process.stdin, output: process.stdout });\n";

describe('REPL shell escape', () => {
  it('the whole prompt line, passed through a helper, after the ! prefix: low', async () => {
    const code = `${RL}async function processLine(input) {\n  const trimmed = input.trim();\n  if (trimmed.startsWith('!')) spawn('sh', ['-c', trimmed.substring(1)], { stdio: 'inherit' });\n}\nrl.on('line', async (input) => {\n  input = input.trim();\n  await processLine(input);\n});`;
    expect(await severities(code)).toEqual(['low']);
  });
  it('a prompt line inside a larger command: critical', async () => {
    expect(await severities(`${RL}rl.on('line', (line) => execSync('grep ' + line + ' app.log'));`)).toEqual(['critical']);
  });
  it('a helper one of whose callers passes something else: critical', async () => {
    const code = `${RL}function run(cmd) {\n  execSync(cmd);\n}\nrl.on('line', (line) => run(line));\nrun(process.argv[2] + ' --x');`;
    expect(await severities(code)).toEqual(['critical']);
  });
  it('a line read from a socket: critical', async () => {
    const code =
      "const readline = require('readline');\nconst net = require('net');\nconst { execSync } = require('child_process');\nnet.createServer((sock) => {\n  const rl = readline.createInterface({ input: sock });\n  rl.on('line', (line) => execSync(line));\n}).listen(9000);";
    expect(await severities(code)).toEqual(['critical']);
  });
  it('piped stdin data: critical', async () => {
    expect(await severities("const { execSync } = require('child_process');\nprocess.stdin.on('data', (d) => execSync(String(d).trim()));")).toEqual([
      'critical',
    ]);
  });
});
