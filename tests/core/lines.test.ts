import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/core/lines.js';
import { decode } from '../../src/core/read.js';
import { scanText, scan } from '../../src/index.js';
import { tmpTree } from '../helpers/tmp.js';

describe('line numbers', () => {
  it('counts LF, CRLF and lone CR as one line end each', () => {
    const idx = new LineIndex('a\r\nb\rc\nd');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(3)).toEqual({ line: 2, column: 1 });
    expect(idx.position(5)).toEqual({ line: 3, column: 1 });
    expect(idx.position(7)).toEqual({ line: 4, column: 1 });
    expect(idx.lineText(2)).toBe('b');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('reports the right line with %s line endings', async (_n, eol) => {
    const code = ['// one', 'const a = 1;', '', '  eval(input);'].join(eol);
    const res = await scanText(code, { path: 'a.js', rules: ['code/eval-injection'] });
    expect(res.findings.map((f) => [f.line, f.column])).toEqual([[4, 3]]);
  });

  it('strips a UTF-8 BOM and keeps columns right', async () => {
    const root = tmpTree({ 'a.ts': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('eval(x);\r\n  eval(y);\r\n')]) });
    const res = await scan({ root, type: 'static' });
    expect(res.findings.map((f) => [f.line, f.column])).toEqual([
      [1, 1],
      [2, 3],
    ]);
  });

  it('decodes UTF-16 with a BOM as text', () => {
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('eval(x);', 'utf16le')]);
    expect(decode(buf)).toEqual({ kind: 'text', text: 'eval(x);' });
  });
});
