// INTERFACE.md "CLI conventions": what eslint, gitleaks and semgrep users type first.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tmpTree } from '../helpers/tmp.js';

const distCli = path.join(fileURLToPath(new URL('../../', import.meta.url)), 'dist', 'cli.js');
const vulnerable = () => tmpTree({ 'a.js': 'eval(req.query.x);\n' });

describe('short flags', () => {
  it('-f -o -c -q mean --format --output --config --quiet', async () => {
    const dir = tmpTree({ 'a.js': 'eval(req.query.x);\n', 'b.js': 'setTimeout("tick()", 1);\n', 'fg.yaml': 'failOn: low\n' });
    const r = await runCli(['scan', '.', '-f', 'json', '-o', 'out.json', '-c', 'fg.yaml', '-q'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(
      JSON.parse(fs.readFileSync(path.join(dir, 'out.json'), 'utf8')).findings.map((f: { rule: string; ruleId?: string }) => f.ruleId ?? f.rule),
    ).toHaveLength(2);
    const clean = await runCli(['scan', '.', '-c', 'fg.yaml', '--exclude', 'a.js', '--exclude', 'b.js'], dir);
    expect(clean.code).toBe(0);
  });

  it('-h and -v at the top; -f on rules', async () => {
    expect((await runCli(['-h'], '/')).stdout).toContain('Usage: flowguard <command>');
    expect((await runCli(['-v'], '/')).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(JSON.parse((await runCli(['rules', '-f', 'json'], '/')).stdout).rules.length).toBeGreaterThan(10);
  });

  it('profile validate -o -f and baseline create -o', async () => {
    const dir = tmpTree({ 'a.js': 'eval(req.query.x);\n' });
    const p = await runCli(['profile', 'validate', '.', '--profile', 'development', '-o', 'p.txt', '-f', 'text', '-q'], dir);
    expect(p.stdout).toBe('');
    expect(fs.readFileSync(path.join(dir, 'p.txt'), 'utf8')).not.toMatch(/^\{/);
    const b = await runCli(['baseline', 'create', '.', '-o', 'base.json'], dir);
    expect(b.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'base.json'), 'utf8'))).toBeTruthy();
    const b2 = await runCli(['baseline', 'create', '.', '--output=base2.json'], dir);
    expect(b2.code).toBe(0);
    expect(fs.existsSync(path.join(dir, 'base2.json'))).toBe(true);
  });
});

describe('--output takes the format from the extension when no --format is given', () => {
  it.each([
    ['out.sarif', (t: string) => expect(JSON.parse(t).version).toBe('2.1.0')],
    ['out.sarif.json', (t: string) => expect(JSON.parse(t).version).toBe('2.1.0')],
    ['out.json', (t: string) => expect(JSON.parse(t).findings).toHaveLength(1)],
    ['out.txt', (t: string) => expect(t).toContain('code/eval-injection')],
  ])('%s', async (file, check) => {
    const dir = vulnerable();
    const r = await runCli(['scan', '.', '--output', file], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    check(fs.readFileSync(path.join(dir, file), 'utf8'));
  });

  it('a second output without a format takes it from its extension too; formats pair in order', async () => {
    const dir = vulnerable();
    const r = await runCli(['scan', '.', '-f', 'json', '-o', 'a.out', '-o', 'b.sarif'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'a.out'), 'utf8')).findings).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'b.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});

describe('help', () => {
  it.each(['scan', 'rules', 'explain', 'profile', 'baseline', 'merge', 'hook', 'init', 'mcp'])(
    "flowguard %s --help prints that command's help, exit 0",
    async (command) => {
      for (const flag of ['--help', '-h']) {
        const r = await runCli([command, flag], '/');
        expect(r.code).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout).toMatch(new RegExp(`flowguard ${command}\\b`));
      }
    },
  );

  it('scan --help says where the cache goes', async () => {
    const r = await runCli(['scan', '--help'], '/', { XDG_CACHE_HOME: '/somewhere/cache' });
    expect(r.stdout).toContain('node_modules/.cache/flowguard');
    expect(r.stdout).toContain('/somewhere/cache/flowguard/scans/');
    expect(r.stdout).toContain('FLOWGUARD_CACHE_DIR');
    expect(r.stdout).toContain('-f, --format');
  });

  it('bare flowguard prints usage on stderr and exits 2', async () => {
    const r = await runCli([], '/');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage: flowguard <command>');
    const p = spawnSync(process.execPath, [distCli], { encoding: 'utf8' });
    expect(p.status).toBe(2);
    expect(p.stdout).toBe('');
    expect(p.stderr).toContain('Usage: flowguard <command>');
  });
});

describe('messages in flowguard wording', () => {
  it.each([
    [['explain', 'eval-injection'], 'flowguard: unknown rule "eval-injection" (did you mean "code/eval-injection"?)'],
    [
      ['scan', '.', '--exclude', '--staged'],
      'flowguard: --exclude needs a value, not the option "--staged" (a value that starts with "-" can be written --exclude=--staged)',
    ],
    [['scan', '.', '--format'], 'flowguard: --format needs a value'],
    [['scan', '.', '-f', '-q'], 'flowguard: -f needs a value, not the option "-q"'],
    [['scan', '.', '--quiet=yes'], 'flowguard: --quiet takes no value'],
    [['scan', '.', '-x'], 'flowguard: unknown option "-x"'],
  ])('%j', async (argv, line) => {
    const r = await runCli(argv, vulnerable());
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(line);
    expect(r.stderr).not.toMatch(/argument is ambiguous|To specify|positional/);
  });

  it('--exclude -x takes "-x" as the pattern, as getopt does', async () => {
    const dir = tmpTree({ '-x': 'eval(req.query.x);\n', 'ok.ts': 'export const a = 1;\n' });
    fs.renameSync(path.join(dir, '-x'), path.join(dir, '-x.js'));
    expect((await runCli(['scan', '.'], dir)).code).toBe(1);
    const r = await runCli(['scan', '.', '--exclude', '-x.js'], dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('an unknown rule id in the config names the file and its line', async () => {
    const dir = tmpTree({ 'flowguard.config.yaml': 'type: static\nrules:\n  code/eval-injection: low\n  eval-injection: off\n', 'a.ts': '' });
    const r = await runCli(['scan', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('flowguard: flowguard.config.yaml:4: unknown rule "eval-injection" (did you mean "code/eval-injection"?)\n');
    const other = await runCli(['scan', '.', '-c', 'conf/fg.yml'], tmpTree({ 'conf/fg.yml': 'rules:\n  "code/no-such-rule": off\n', 'a.ts': '' }));
    expect(other.stderr).toBe('flowguard: conf/fg.yml:2: unknown rule "code/no-such-rule"\n');
  });

  it('writing under a regular file gives a sentence, not EEXIST or ENOTDIR', async () => {
    const dir = vulnerable();
    for (const argv of [
      ['scan', '.', '-o', 'a.js/out.sarif'],
      ['scan', '.', '-o', 'a.js/deeper/out.sarif'],
      ['scan', '.', '--profile', 'development', '--profile-output', 'a.js/p.json'],
      ['baseline', 'create', '.', '-o', 'a.js/b.json'],
    ]) {
      const r = await runCli(argv, dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/(^|\n)flowguard: cannot write a\.js\/[\w/.]+: a\.js is a file, not a directory\n$/);
    }
    const d = await runCli(['scan', '.', '-o', '.'], dir);
    expect(d.stderr).toBe('flowguard: cannot write .: it is a directory\n');
  });

  it('an output is replaced by a new file, never written through a link; a special file is still written into', async () => {
    const dir = vulnerable();
    const elsewhere = tmpTree({ 'victim.txt': 'keep\n' });
    fs.symlinkSync(path.join(elsewhere, 'victim.txt'), path.join(dir, 'out.sarif'));
    // The CLI follows a link to a special file (/dev/stdout style) but a link to a regular file is replaced.
    const r = await runCli(['scan', '.', '-o', 'out.sarif'], dir);
    expect(r.code).toBe(1);
    expect(fs.readFileSync(path.join(elsewhere, 'victim.txt'), 'utf8')).toBe('keep\n');
    expect(fs.lstatSync(path.join(dir, 'out.sarif')).isFile()).toBe(true);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    if (process.platform !== 'win32') {
      // A character device is written into, as `> /dev/null` would.
      const p = await runCli(['scan', '.', '-f', 'json', '-o', '/dev/null'], dir);
      expect(p.stderr).toBe('');
      expect(p.code).toBe(1);
    }
  });
});
