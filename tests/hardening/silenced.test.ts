// Issue 23, "never be silenced by the repo it scans": each case builds the file an attacker would commit to hide a
// finding, and checks the finding is still reported (with a control that the honest form still works).
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';
import { parseDirectives } from '../../src/suppress/inline.js';

const root = path.resolve('/flowguard-virtual-root');
async function run(files: Record<string, string>, extra: Record<string, unknown> = {}) {
  return scan({ root, contents: new Map(Object.entries(files)), ...extra });
}
const active = (r: Awaited<ReturnType<typeof run>>, rule: string) => r.findings.filter((f) => f.ruleId === rule && !f.suppressed);

describe('flowguard-ignore inside a string or template literal does not suppress', () => {
  it.each([
    ['a string on the same line', 'const s = "x"; eval(process.argv[2]); const note = "// flowguard-ignore code/eval-injection -- ok";\n', 1],
    [
      'a template literal line above (starts with //)',
      'const help = `\n// flowguard-ignore code/eval-injection -- looks like a comment\n`; eval(process.argv[2]);\n',
      3,
    ],
    [
      'a template literal line that looks like a block comment',
      'const t = `\n/* flowguard-ignore code/eval-injection -- nope */\n`;\neval(process.argv[2]);\n',
      4,
    ],
    ['a single-quoted string before the call', "const a = '/* flowguard-ignore code/eval-injection -- x */'; eval(process.argv[2]);\n", 1],
  ])('%s', async (_name, code, line) => {
    const r = await run({ 'a.js': code });
    expect(active(r, 'code/eval-injection').map((f) => f.line)).toEqual([line]);
  });

  it('control: a real line comment and a real block comment still suppress', async () => {
    const r = await run({
      'a.js':
        'eval(process.argv[2]); // flowguard-ignore code/eval-injection -- reviewed\n/* flowguard-ignore code/eval-injection -- reviewed */\neval(process.argv[3]);\n',
    });
    expect(r.findings.filter((f) => f.ruleId === 'code/eval-injection').map((f) => [f.line, f.suppressed])).toEqual([
      [1, true],
      [3, true],
    ]);
  });

  it('a file the parser refuses falls back to a lexer that still tells strings from comments', () => {
    const code = 'const a = `\n// flowguard-ignore code/eval-injection -- x\n`; let = ;\n// flowguard-ignore code/x -- real\n';
    expect(parseDirectives(code, 'a.js').map((d) => d.line)).toEqual([4]);
  });

  it('strict JSON has no comments: a marker in a string value is text; JSONC comments count', () => {
    const json = '{\n  "note": "// flowguard-ignore agent/* -- silence it",\n  "x": 1\n}\n';
    expect(parseDirectives(json, '.claude/settings.json')).toEqual([]);
    expect(parseDirectives('{\n  // flowguard-ignore agent/x -- reviewed\n  "x": 1\n}\n', 'tsconfig.json').map((d) => d.line)).toEqual([2]);
  });
});

describe('the per-file cap counts reported findings only', () => {
  it('1,000 suppressed findings of one rule do not push out the next unsuppressed one; a capped file says so', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 1005; i++) lines.push(`eval(process.argv[${i + 2}]); // flowguard-ignore code/eval-injection -- reviewed`);
    lines.push('eval(process.argv[9999]);');
    const r = await run({ 'a.js': `${lines.join('\n')}\n` });
    expect(active(r, 'code/eval-injection').map((f) => f.line)).toEqual([1006]);
    expect(
      r.skipped
        .filter((s) => s.file === 'a.js')
        .map((s) => s.reason)
        .join('\n'),
    ).toMatch(/capped: code\/eval-injection: 5 more suppressed findings/);

    const many = Array.from({ length: 1003 }, (_, i) => `eval(process.argv[${i + 2}]);`).join('\n');
    const capped = await run({ 'b.js': `${many}\n` });
    expect(active(capped, 'code/eval-injection')).toHaveLength(1000);
    expect(capped.skipped.map((s) => `${s.file}: ${s.reason}`)).toContain(
      'b.js: capped: code/eval-injection: 3 more findings not reported (at most 1000 per rule and file)',
    );
  });
});

describe('binary by more than one byte', () => {
  it('one NUL byte in a JS file or an .env does not make it binary; a real binary named like source is reported', async () => {
    const { tmpTree } = await import('../helpers/tmp.js');
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
    const dir = tmpTree({
      'a.js': Buffer.from('// \u0000 one NUL\neval(process.argv[2]);\n'),
      'b.js': Buffer.from(`const pad = "${'\u0000'.repeat(3)}";\n${'eval(process.argv[2]);\n'.repeat(20)}`),
      'logo.js': png,
      'logo.png': png,
      'elf.sh': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.from('eval(x)')]),
    });
    const r = await scan({ root: dir });
    expect(new Set(active(r, 'code/eval-injection').map((f) => f.file))).toEqual(new Set(['a.js', 'b.js']));
    expect(r.skipped.filter((s) => /binary/.test(s.reason)).map((s) => `${s.file}: ${s.reason}`)).toEqual([
      'elf.sh: not scanned: binary content (signature)',
      'logo.js: not scanned: binary content (signature)',
    ]);
  });
});

describe('no skip by a marker alone on a small file', () => {
  const evil = 'const cp = require("child_process");\ncp.exec(process.argv[2]);\n';
  it.each([
    ['a // @generated line after the code', 'lib/a.js', `${evil}// @generated\n`],
    ['a .min.js name', 'lib/a.min.js', evil],
    ['a .d.ts name holding runtime code', 'lib/a.d.ts', evil],
    ['one long comment line', 'lib/a.js', `// ${'='.repeat(30_000)}\n${evil}`],
    ['a /******/ first line', 'lib/a.js', `/******/\n${evil}`],
  ])('%s', async (_name, file, code) => {
    const r = await run({ [file]: code });
    expect(r.skipped).toEqual([]);
    expect(active(r, 'code/command-injection').map((f) => f.file)).toEqual([file]);
  });

  it('a skipped file that runs code gets a low finding naming why it was not analysed; the text report lists the skip', async () => {
    const { toText } = await import('../../src/report/text.js');
    const big = `// @generated\n${'export const v = compute(1, "item");\n'.repeat(2000)}require("child_process").execSync(process.argv[2]);\n`;
    const r = await run({ 'lib/gen.js': big, 'lib/plain.js': `// @generated\n${'export const v = compute(1, "item");\n'.repeat(2000)}` });
    expect(r.skipped.map((s) => s.file)).toEqual(['lib/gen.js', 'lib/plain.js']);
    const notes = r.findings.filter((f) => f.ruleId === 'code/unanalysed-code');
    expect(notes.map((f) => [f.file, f.severity, f.line])).toEqual([['lib/gen.js', 'low', 2002]]);
    expect(notes[0]!.message).toMatch(/Not analysed \(generated code/);
    const text = toText(r);
    expect(text).toMatch(/^ {2}lib\/gen\.js: not parsed: generated code/m);
    expect(text).toMatch(/^ {2}lib\/plain\.js: not parsed: generated code/m);
    const all = await run({ 'lib/gen.js': big }, { noSkip: true });
    expect(all.findings.filter((f) => f.ruleId === 'code/unanalysed-code')).toEqual([]);
  });
});
