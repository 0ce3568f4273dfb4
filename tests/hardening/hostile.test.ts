// Hostile inputs, each scanned by the built CLI as a real process. Every case asserts: the right exit code, no stack
// trace, the good file beside the hostile one still scanned and its finding reported, nothing outside the root read,
// and the run ends before a generous kill timer (a bound, not a timing assertion). Inputs are generated, never committed.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmpTree } from '../helpers/tmp.js';
import { expectCleanExit, expectGoodFinding, GOOD, json, readsOutside, runDist, seededBytes, type Run } from './helpers.js';

const SLOW = 180_000;

function scanTree(files: Record<string, string | Buffer>, extra: string[] = [], opts: Parameters<typeof runDist>[1] = {}): { root: string; r: Run } {
  const root = tmpTree({ [GOOD.name]: GOOD.code, ...files });
  const r = runDist(['scan', root, '--format', 'json', ...extra], opts);
  return { root, r };
}

/** Files with a finding of the control rule: every payload planted in these trees is an `eval`. */
function evalFiles(report: ReturnType<typeof json>): string[] {
  return report.findings.filter((f) => f.ruleId === GOOD.rule).map((f) => f.file);
}

/** The common assertions: exit 1 (the good finding), clean stderr, the finding, no read outside the root. */
function expectSurvived(root: string, r: Run): ReturnType<typeof json> {
  expectCleanExit(r, 1);
  const report = json(r);
  expectGoodFinding(report);
  expect(readsOutside(r, root)).toEqual([]);
  return report;
}

describe('random bytes named as source and config files', () => {
  it(
    'scans on past random bytes with and without NUL bytes',
    () => {
      const files: Record<string, Buffer> = {};
      const exts = ['js', 'ts', 'tsx', 'mjs', 'json', 'yaml', 'yml', 'md', 'env'];
      exts.forEach((ext, i) => {
        files[`rand-nul.${ext}`] = seededBytes(1000 + i, 64 * 1024);
        files[`rand-text.${ext}`] = seededBytes(2000 + i, 64 * 1024, { noNul: true });
      });
      files['.mcp.json'] = seededBytes(7, 4096, { noNul: true });
      files['flowguard-junk/.claude/settings.json'] = seededBytes(8, 4096, { noNul: true });
      const { root, r } = scanTree(files, ['--no-skip']);
      const report = expectSurvived(root, r);
      // Random bytes are binary by their share of control bytes (issue 23: judged by more than one NUL): every such
      // file named like source or config is reported as a binary skip, or as a parse error; none dropped silently,
      // none reported twice.
      const errors = new Set(report.errors.map((e) => e.file));
      const binary = new Set(report.skipped.filter((s) => /binary content/.test(s.reason)).map((s) => s.file));
      for (const name of Object.keys(files)) expect(errors.has(name) || binary.has(name), name).toBe(true);
      for (const ext of ['js', 'ts', 'tsx', 'mjs']) expect(binary.has(`rand-text.${ext}`) || errors.has(`rand-text.${ext}`), `rand-text.${ext}`).toBe(true);
      expect(errors.size).toBe(report.errors.length);
      expect([...errors].filter((f) => binary.has(f))).toEqual([]);
    },
    SLOW,
  );
});

describe('truncated and broken sources', () => {
  it(
    'reports broken JS/TS, ignores broken data files, and still scans the good file',
    () => {
      const broken: Record<string, string> = {
        'trunc-fn.js': 'function f(a, {',
        'trunc-string.js': 'const x = "unterminated',
        'trunc-template.js': 'const t = `${a + `',
        'trunc-regex.js': 'const r = /abc',
        'trunc-comment.ts': '/* never closed',
        'trunc-generic.ts': 'let a: Array<Map<string, ',
        'broken-jsx.jsx': '<div><span></div>',
        'broken-class.ts': 'class { constructor( }',
        'half-eval.js': 'eval(',
        'trunc.json': '{"a": [1, 2',
        'package.json': '{"name": "x", "scripts": {"postinstall": ',
        'trunc.yaml': 'key: [unclosed\n  - x: y: z\n\t- tab',
        '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    steps:\n      - run: "echo',
        '.env': 'A="unterminated\nB=\\',
      };
      const { root, r } = scanTree(broken, ['--no-skip']);
      const report = expectSurvived(root, r);
      const errored = report.errors.map((e) => e.file);
      for (const f of [
        'trunc-fn.js',
        'trunc-string.js',
        'trunc-template.js',
        'trunc-regex.js',
        'trunc-comment.ts',
        'trunc-generic.ts',
        'broken-jsx.jsx',
        'broken-class.ts',
        'half-eval.js',
      ]) {
        expect(errored, f).toContain(f);
      }
      expect(report.errors.every((e) => !/\n/.test(e.message))).toBe(true);
      expect(r.stderr).toMatch(/^flowguard: \d+ files could not be scanned: /);
    },
    SLOW,
  );
});

describe('100,000 nested brackets and parentheses', () => {
  const N = 100_000;
  const nested = {
    'deep-parens.js': `x = ${'('.repeat(N)}1${')'.repeat(N)};\n`,
    'deep-parens-lines.js': `x =\n${'(\n'.repeat(N)}1${')\n'.repeat(N)};\n`,
    'deep-arrays.ts': `const a = ${'[\n'.repeat(N)}${']\n'.repeat(N)};\n`,
    'deep-blocks.js': `${'{\n'.repeat(N)}${'}\n'.repeat(N)}`,
    'deep-calls.js': `${'f(\n'.repeat(N)}${')\n'.repeat(N)};\n`,
    'deep-binary.js': `x = a${'\n+ a'.repeat(N)};\n`,
    'deep.json': `${'['.repeat(N)}${']'.repeat(N)}`,
    '.mcp.json': `{"mcpServers": ${'{"a":'.repeat(N)}1${'}'.repeat(N)}}`,
    'deep.yaml': `a: ${'['.repeat(N)}${']'.repeat(N)}\n`,
    '.github/workflows/deep.yml': `on: ${'['.repeat(N)}${']'.repeat(N)}\n`,
  };

  it(
    'catches the parser stack overflow, reports each file and goes on (--no-skip: everything parsed)',
    () => {
      const { root, r } = scanTree(nested, ['--no-skip'], { maxOldSpaceMb: 1024 });
      const report = expectSurvived(root, r);
      const messages = new Map(report.errors.map((e) => [e.file, e.message]));
      for (const f of ['deep-parens.js', 'deep-parens-lines.js', 'deep-arrays.ts', 'deep-blocks.js', 'deep-calls.js', 'deep-binary.js']) {
        expect(messages.get(f), f).toMatch(/nested|stack/);
      }
    },
    SLOW,
  );

  it(
    'by default skips the one-line ones as minified and still reports the multi-line ones',
    () => {
      const { root, r } = scanTree(nested, [], { maxOldSpaceMb: 1024 });
      const report = expectSurvived(root, r);
      expect(report.skipped.map((s) => s.file)).toContain('deep-parens.js');
      expect(report.errors.map((e) => e.file)).toContain('deep-parens-lines.js');
    },
    SLOW,
  );
});

describe('a 20 MB single-line minified file', () => {
  const chunk = 'var a=function(b){return b+1},c=[1,2,3].map(function(x){return x*2});';
  const huge = chunk.repeat(Math.ceil((20 * 1024 * 1024) / chunk.length)) + 'eval(z);';

  it(
    'is skipped over the default 10 MB cap, in bounded memory',
    () => {
      const { root, r } = scanTree({ 'bundle.min.js': huge, 'bundle.js': huge }, [], { maxOldSpaceMb: 256 });
      const report = expectSurvived(root, r);
      expect(report.skipped.map((s) => s.file)).toEqual(['bundle.js', 'bundle.min.js']);
      expect(report.skipped[0]?.reason).toMatch(/size cap/);
    },
    SLOW,
  );

  it(
    'gets text rules only, not the parser, when the cap is raised',
    () => {
      const { root, r } = scanTree({ 'bundle.js': huge, 'flowguard.config.yaml': 'maxFileSize: 32MB\n' }, [], { maxOldSpaceMb: 512 });
      const report = expectSurvived(root, r);
      expect(report.skipped).toEqual([{ file: 'bundle.js', reason: 'not parsed: larger than 512 KiB; text rules only' }]);
      // No code rule looked; the only code/ finding is the low note that it was not analysed and holds eval(.
      expect(report.findings.filter((f) => f.file === 'bundle.js' && f.ruleId.startsWith('code/')).map((f) => f.ruleId)).toEqual(['code/unanalysed-code']);
    },
    SLOW,
  );
});

describe('encodings and line endings', () => {
  it(
    'finds the code in UTF-16 (LE and BE, with BOM), BOM+CRLF and lone-CR files at the right line',
    () => {
      const code = 'const a = 1;\neval(process.argv[3]);\n';
      const be = Buffer.from(code, 'utf16le').swap16();
      const { root, r } = scanTree({
        'utf16le.js': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(code, 'utf16le')]),
        'utf16be.js': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
        'bom-crlf.ts': `\ufeff${code.replace(/\n/g, '\r\n')}`,
        'lone-cr.js': code.replace(/\n/g, '\r'),
        'mixed.js': 'const a = 1;\r\n\reval(process.argv[4]);\n',
      });
      const report = expectSurvived(root, r);
      const lines = Object.fromEntries(report.findings.filter((f) => f.file !== GOOD.name && f.ruleId === GOOD.rule).map((f) => [f.file, f.line]));
      expect(lines).toEqual({ 'bom-crlf.ts': 2, 'lone-cr.js': 2, 'mixed.js': 3, 'utf16be.js': 2, 'utf16le.js': 2 });
    },
    SLOW,
  );

  it(
    'reports or scans invalid UTF-8, never drops it silently or crashes',
    () => {
      const bad = Buffer.concat([
        Buffer.from('const s = "'),
        Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80]),
        Buffer.from('";\neval(process.argv[5]);\n'),
      ]);
      const { root, r } = scanTree({ 'bad-utf8.js': bad, 'bad-utf8.yaml': Buffer.concat([Buffer.from('a: '), Buffer.from([0xc0, 0xaf, 0xf8])]) });
      const report = expectSurvived(root, r);
      const seen = report.findings.some((f) => f.file === 'bad-utf8.js') || report.errors.some((e) => e.file === 'bad-utf8.js');
      expect(seen).toBe(true);
    },
    SLOW,
  );
});

describe('symlinks', () => {
  it(
    'walks a directory symlink loop once and terminates',
    () => {
      const root = tmpTree({ [GOOD.name]: GOOD.code, 'a/b/c.js': 'export const c = 1;\n' });
      fs.symlinkSync('..', path.join(root, 'a', 'b', 'up'));
      fs.symlinkSync('.', path.join(root, 'a', 'self'));
      fs.symlinkSync(root, path.join(root, 'a', 'root'));
      fs.symlinkSync('y', path.join(root, 'x'));
      fs.symlinkSync('x', path.join(root, 'y'));
      const r = runDist(['scan', root, '--format', 'json']);
      const report = expectSurvived(root, r);
      expect(report.findings.filter((f) => f.ruleId === GOOD.rule)).toHaveLength(1);
      expect(report.skipped.map((s) => s.file)).toEqual(expect.arrayContaining(['x', 'y']));
    },
    SLOW,
  );

  it(
    'never reads through symlinks that lead outside the root (/etc/passwd, .., a file and a directory outside)',
    () => {
      const outside = tmpTree({ 'evil.js': 'eval(process.argv[7]);\n', 'dir/evil2.js': 'eval(process.argv[8]);\n' });
      const root = tmpTree({ [GOOD.name]: GOOD.code, 'sub/.keep': '' });
      fs.symlinkSync('/etc/passwd', path.join(root, 'passwd'));
      fs.symlinkSync('..', path.join(root, 'up'));
      fs.symlinkSync('../..', path.join(root, 'sub', 'upup'));
      fs.symlinkSync(path.join(outside, 'evil.js'), path.join(root, 'evil.js'));
      fs.symlinkSync(path.join(outside, 'dir'), path.join(root, 'outdir'));
      const r = runDist(['scan', root, '--format', 'json']);
      const report = expectSurvived(root, r);
      expect(evalFiles(report)).toEqual([GOOD.name]);
      expect(
        report.skipped
          .filter((s) => s.reason === 'symlink leads outside the scan root')
          .map((s) => s.file)
          .sort(),
      ).toEqual(['evil.js', 'outdir', 'passwd', 'sub/upup', 'up']);
      expect(r.stdout).not.toContain('root:');
    },
    SLOW,
  );

  it(
    'refuses path arguments that leave the working directory, and outside symlinks given as arguments',
    () => {
      const outside = tmpTree({ 'evil.js': 'eval(process.argv[7]);\n' });
      const root = tmpTree({ [GOOD.name]: GOOD.code });
      fs.symlinkSync(path.join(outside, 'evil.js'), path.join(root, 'evil.js'));
      const up = runDist(['scan', '..', GOOD.name], { cwd: root });
      expectCleanExit(up, 2);
      expect(up.stderr).toMatch(/^flowguard: "\.\." is outside the current directory/);
      const args = runDist(['scan', 'evil.js', GOOD.name, '--format', 'json'], { cwd: root });
      expectCleanExit(args, 1);
      expect(evalFiles(json(args))).toEqual([GOOD.name]);
      expect(readsOutside(args, root)).toEqual([]);
    },
    SLOW,
  );
});

describe('a flood of findings', () => {
  it(
    'keeps at most 1000 findings per rule and file and notes the rest',
    () => {
      const { root, r } = scanTree(
        { 'flood.js': 'eval(process.argv[2]);\n'.repeat(5000), 'flood.txt': '# flowguard-ignore\n'.repeat(200_000) },
        ['--no-skip'],
        { maxOldSpaceMb: 512 },
      );
      const report = expectSurvived(root, r);
      expect(report.findings.filter((f) => f.file === 'flood.js' && f.ruleId === GOOD.rule)).toHaveLength(1000);
      expect(report.findings.filter((f) => f.file === 'flood.txt' && f.ruleId === 'code/suppression-without-reason')).toHaveLength(1000);
      expect(report.skipped.filter((x) => x.reason.includes('more findings'))).toEqual([
        { file: 'flood.js', reason: 'capped: code/eval-injection: 4000 more findings not reported (at most 1000 per rule and file)' },
        { file: 'flood.txt', reason: 'capped: code/suppression-without-reason: 199000 more findings not reported (at most 1000 per rule and file)' },
      ]);
    },
    SLOW,
  );
});

describe('special files', () => {
  it.runIf(process.platform !== 'win32')(
    'a FIFO (plain and behind a symlink) and /dev/zero behind a symlink are passed over without blocking',
    () => {
      const root = tmpTree({ [GOOD.name]: GOOD.code });
      execFileSync('mkfifo', [path.join(root, 'pipe.js')]);
      execFileSync('mkfifo', [path.join(root, '.env')]);
      fs.symlinkSync('pipe.js', path.join(root, 'to-pipe.js'));
      fs.symlinkSync('/dev/zero', path.join(root, 'zero.js'));
      const r = runDist(['scan', root, '--format', 'json'], { killAfterMs: 60_000 });
      const report = expectSurvived(root, r);
      expect(evalFiles(report)).toEqual([GOOD.name]);
    },
    SLOW,
  );
});

describe('file names', () => {
  it(
    'scans names with spaces, newlines, unicode, leading dashes and escapes, and prints them inertly',
    () => {
      const names = [
        'with space.js',
        'new\nline.js',
        'ünï cödé 日本.js',
        '-rf.js',
        '--help.js',
        '-',
        'esc\u001b[31mred.js',
        'rtl\u202eexe.js',
        'tab\there.ts',
        '"quoted\'.js',
      ];
      const files = Object.fromEntries(names.map((n) => [n, 'eval(process.argv[2]);\n']));
      const { root, r } = scanTree(files);
      const report = expectSurvived(root, r);
      expect(evalFiles(report).sort()).toEqual([...names.filter((n) => n !== '-'), GOOD.name].sort());
      const text = runDist(['scan', root]);
      expectCleanExit(text, 1);
      expect(text.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202e]/);
      expect(text.stdout).toContain('new\\u000aline.js');
      const dash = runDist(['scan', '--format', 'json', '--', '-rf.js', '--help.js'], { cwd: root });
      expectCleanExit(dash, 1);
      expect(evalFiles(json(dash))).toEqual(['--help.js', '-rf.js']);
    },
    SLOW,
  );
});

describe('resource bombs', () => {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++)
    laughs.push(
      `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
        .fill(`*${String.fromCharCode(96 + i)}`)
        .join(',')}]`,
    );
  const bomb = `${laughs.join('\n')}\n`;

  it(
    'a YAML billion-laughs flowguard.config.yaml exits 2 with one line, in bounded memory',
    () => {
      const root = tmpTree({ [GOOD.name]: GOOD.code, 'flowguard.config.yaml': `${bomb}exclude: *j\n` });
      const r = runDist(['scan', root], { maxOldSpaceMb: 256 });
      expectCleanExit(r, 2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/^flowguard: .*flowguard\.config\.yaml:\d+: /);
    },
    SLOW,
  );

  it(
    'billion-laughs YAML files in the tree and a huge JSON config are scanned in bounded memory',
    () => {
      const servers: Record<string, unknown> = {};
      for (let i = 0; i < 60_000; i++) servers[`server-${i}`] = { command: 'npx', args: ['-y', `pkg-${i}@1.0.0`], env: { LEVEL: String(i) } };
      const hugeJson = JSON.stringify({ mcpServers: servers });
      expect(hugeJson.length).toBeGreaterThan(5 * 1024 * 1024);
      const { root, r } = scanTree(
        { 'bomb.yaml': bomb, '.github/workflows/bomb.yml': bomb, 'docker-compose.yml': bomb, '.mcp.json': hugeJson, '.claude/settings.json': hugeJson },
        [],
        { maxOldSpaceMb: 512 },
      );
      expectSurvived(root, r);
    },
    SLOW,
  );
});

describe('malformed configuration', () => {
  it.each([
    ['unclosed quote', 'type: "static\n'],
    ['tab indentation', 'exclude:\n\t- a\n'],
    ['duplicate key', 'type: static\ntype: secrets\n'],
    ['wrong type', 'exclude: 3\n'],
    ['top-level list', '- a\n- b\n'],
    ['random bytes', seededBytes(99, 2048, { noNul: true }).toString('latin1')],
    ['bad regex', 'secrets:\n  allow: ["(unclosed"]\n'],
    ['catastrophic allow regex', 'secrets:\n  allow: ["^(a|a)*$"]\n'],
    ['deep nesting', `exclude: ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`],
    ['unknown rule', 'rules:\n  code/nope: off\n'],
  ])(
    'flowguard.config.yaml with %s: exit 2, one line naming the file',
    (_name, body) => {
      const root = tmpTree({ [GOOD.name]: GOOD.code, 'flowguard.config.yaml': body });
      const r = runDist(['scan', root]);
      expectCleanExit(r, 2);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/flowguard\.config\.yaml|config/);
    },
    SLOW,
  );

  it(
    'a flowguard.config.yaml symlinked to a file outside the root is refused, not read',
    () => {
      const outside = tmpTree({ 'other.yaml': 'privateKeyName: value\n' });
      const root = tmpTree({ [GOOD.name]: GOOD.code });
      fs.symlinkSync(path.join(outside, 'other.yaml'), path.join(root, 'flowguard.config.yaml'));
      const r = runDist(['scan', root]);
      expectCleanExit(r, 2);
      expect(r.stderr).toBe('flowguard: flowguard.config.yaml: a symlink that leads outside the scan root; not read\n');
      expect(readsOutside(r, root)).toEqual([]);
    },
    SLOW,
  );

  it(
    'a valid config with a BOM and CRLF line endings is accepted',
    () => {
      const { root, r } = scanTree({ 'flowguard.config.yaml': '\ufefftype: static\r\nfailOn: high\r\n' });
      expectSurvived(root, r);
    },
    SLOW,
  );

  it(
    'a malformed .gitignore drops its bad lines and keeps its good ones',
    () => {
      const junk = seededBytes(5, 512, { noNul: true })
        .toString('latin1')
        .replace(/[*?[\]!/\\\s]/g, 'q');
      const gitignore = ['[', '\\', '!', '**/[z-a]', '[[[[', '\u0000\u0001', `${'x'.repeat(10_000)}*`, junk, 'ignored.js', ''].join('\n');
      const { root, r } = scanTree({ '.gitignore': gitignore, 'ignored.js': 'eval(process.argv[9]);\n', 'sub/.gitignore': '\\\n[\n' });
      const report = expectSurvived(root, r);
      expect(evalFiles(report)).toEqual([GOOD.name]);
    },
    SLOW,
  );

  it(
    'a globstar-bomb .gitignore over a 300-level directory tree ends promptly (deep levels reported, not walked)',
    () => {
      const root = tmpTree({ [GOOD.name]: GOOD.code, '.gitignore': 'a/**/b/**/c/**/d/**/e\n**/x/**/y\n' });
      let dir = root;
      for (let i = 0; i < 300; i++) dir = path.join(dir, 'd');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'deep.js'), 'eval(process.argv[2]);\n');
      fs.writeFileSync(path.join(root, 'd', 'd', 'shallow.js'), 'eval(process.argv[2]);\n');
      const r = runDist(['scan', root, '--format', 'json'], { killAfterMs: 60_000 });
      const report = expectSurvived(root, r);
      expect(evalFiles(report)).toEqual(['d/d/shallow.js', GOOD.name]);
      expect(report.skipped.map((s) => s.reason)).toEqual(['directory nested deeper than 64 levels']);
    },
    SLOW,
  );
});
