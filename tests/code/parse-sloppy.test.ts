import { describe, expect, it } from 'vitest';
import { blankHtmlComments, isNodeScript, parseCode } from '../../src/analyzers/code/parse.js';

describe('parseCode: sloppy-mode scripts', () => {
  it('parses legacy octal escapes and literals, keeping every offset', () => {
    const text = "const RESET = '\\033[0m', NL = \"\\12\", ONE = '\\1';\nfs.chmodSync(f, 0755);\nexec('ls ' + dir);\n";
    const ast = parseCode(text, 'colors.js');
    expect(ast.body).toHaveLength(3);
    const last = ast.body[2]!;
    expect(text.slice(last.range[0], last.range[1])).toBe("exec('ls ' + dir);");
  });
  it('still reports a real syntax error', () => {
    expect(() => parseCode("const a = '\\033';\nconst = 1;", 'bad.js')).toThrow();
  });
});

describe('parseCode: HTML-like comments (Annex B) in scripts', () => {
  it('parses `<!--` and a leading `-->` as line comments, keeping every offset', () => {
    const text = 'x = 1; <!-- hide from old browsers\neval(code);\n  --> end\n/* a */ --> after a block comment\ny = 2;\n';
    const ast = parseCode(text, 'legacy.js');
    expect(ast.body).toHaveLength(3);
    expect(text.slice(ast.body[1]!.range[0], ast.body[1]!.range[1])).toBe('eval(code);');
  });
  it('leaves strings, templates, comments and `x-->0` alone', () => {
    const text = 's = "<!-- no";\nt = `\n--> no`;\n// <!-- no\nwhile (x-->0) f();\n';
    expect(blankHtmlComments(text)).toBe(text);
  });
  it('is not applied to modules or TypeScript', () => {
    expect(() => parseCode('x = 1; <!-- c\n', 'a.mjs')).toThrow();
    expect(() => parseCode('x = 1; <!-- c\n', 'a.ts')).toThrow();
  });
});

describe('isNodeScript', () => {
  it('knows extensionless node scripts by their shebang', () => {
    expect(isNodeScript('bin/tool', '#!/usr/bin/env node\nrequire("x")')).toBe(true);
    expect(isNodeScript('bin/tool', '#!/usr/bin/env -S node --no-warnings\n')).toBe(true);
    expect(isNodeScript('bin/tool', '#!/usr/bin/node\n')).toBe(true);
    expect(isNodeScript('bin/tool', '#!/bin/sh\nnode x')).toBe(false);
    expect(isNodeScript('bin/tool', '#!/usr/bin/env nodemon\n')).toBe(false);
    expect(isNodeScript('bin/tool.sh', '#!/usr/bin/env node\n')).toBe(false);
    expect(isNodeScript('README', 'hello')).toBe(false);
  });
});
