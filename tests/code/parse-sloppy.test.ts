import { describe, expect, it } from 'vitest';
import { isNodeScript, parseCode } from '../../src/analyzers/code/parse.js';

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
