// The resolver answers "what does this expression refer to" through requires, imports, aliases and globals.
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { parseCode } from '../../src/analyzers/code/parse.js';
import { Resolver, constValue, dynamicParts, looseConstValue } from '../../src/analyzers/code/resolve.js';

/** Canonical name of the callee of the outermost call in the last statement. */
function lastCallee(code: string, file = 'x.ts'): string | undefined {
  const ast = parseCode(code, file);
  const resolver = new Resolver(ast);
  const lastStart = ast.body[ast.body.length - 1]!.range[0];
  let last: TSESTree.CallExpression | TSESTree.NewExpression | undefined;
  const visit = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const node = n as { type?: string; range?: [number, number] };
    // the outermost call of the last statement
    if (!last && (node.type === 'CallExpression' || node.type === 'NewExpression') && node.range![0] >= lastStart) last = node as TSESTree.CallExpression;
    for (const [k, v] of Object.entries(node)) {
      if (k === 'parent' || k === 'loc') continue; // the resolver keeps parent pointers in `loc`
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === 'object' && typeof (v as { type?: unknown }).type === 'string') visit(v);
    }
  };
  visit(ast);
  return last ? resolver.canonical(last.callee) : undefined;
}

describe('Resolver.canonical', () => {
  it.each([
    ["const cp = require('child_process');\ncp.exec(x);", 'child_process.exec'],
    ["const cp = require('node:child_process');\ncp.execSync(x);", 'child_process.execSync'],
    ["import * as cp from 'child_process';\ncp.spawn(x);", 'child_process.spawn'],
    ["import { exec as run } from 'node:child_process';\nrun(x);", 'child_process.exec'],
    ["const { execSync: s } = require('child_process');\ns(x);", 'child_process.execSync'],
    ["require('child_process').exec(x);", 'child_process.exec'],
    ["import util from 'util';\nimport { exec } from 'child_process';\nconst p = util.promisify(exec);\np(x);", 'child_process.exec'],
    ["const { promisify } = require('util');\nconst p = promisify(require('child_process').execFile);\np(x);", 'child_process.execFile'],
    ["import { exec } from 'child_process';\nconst b = exec.bind(null);\nb(x);", 'child_process.exec'],
    ['const e = eval;\ne(x);', 'eval'],
    ['(0, eval)(x);', 'eval'],
    ["globalThis['eval'](x);", 'eval'],
    ['window.setTimeout(x);', 'setTimeout'],
    ['self.eval?.(x);', 'eval'],
    ['const { eval: ev } = globalThis;\nev(x);', 'eval'],
    ["const k = 'ev' + 'al';\nglobal[k](x);", 'eval'],
    ["const cp = await import('node:child_process');\ncp.exec(x);", 'child_process.exec'],
    ["const { Script } = await import('vm');\nnew Script(x);", 'vm.Script'],
    ["import cp = require('child_process');\ncp.exec(x);", 'child_process.exec'],
    ["import { createRequire } from 'module';\nconst req = createRequire(import.meta.url);\nreq('child_process').exec(x);", 'child_process.exec'],
  ])('%s → %s', (code, expected) => {
    expect(lastCallee(code)).toBe(expected);
  });

  it.each([
    ['function f(eval) {\n  eval(x);\n}', 'a parameter shadows the global'],
    ['const exec = (s) => s;\nexec(x);', 'a local function'],
    ['function f(cp) {\n  cp.exec(x);\n}', 'a parameter is not the module'],
    ["let cp = require('child_process');\ncp = other;\ncp.exec(x);", 'reassigned after the require'],
    ['const window = {};\nwindow.eval(x);', 'a local named window'],
  ])('%s is not resolved (%s)', (code) => {
    const got = lastCallee(code);
    expect(got === undefined || (got !== 'eval' && !got.startsWith('child_process'))).toBe(true);
  });
});

describe('constant values', () => {
  const first = (code: string) => {
    const ast = parseCode(code, 'x.ts');
    const resolver = new Resolver(ast);
    const last = ast.body[ast.body.length - 1] as TSESTree.ExpressionStatement;
    return { resolver, expr: last.expression };
  };

  it('folds literals, templates and const references', () => {
    const { resolver, expr } = first("const A = 'ls';\nconst B = `${A} -la`;\nB + ' /tmp';");
    expect(constValue(expr, resolver)).toBe('ls -la /tmp');
  });

  it('treats a never-reassigned let as constant only in loose mode', () => {
    const { resolver, expr } = first("let name = 'bash';\nname;");
    expect(constValue(expr, resolver)).toBeUndefined();
    expect(looseConstValue(expr, resolver)).toBe('bash');
  });

  it('lists the dynamic pieces of a command', () => {
    const { resolver, expr } = first("const base = 'git log';\n`${base} ${branch} -- ${file}`;");
    expect(dynamicParts(expr, resolver).map((n) => (n as TSESTree.Identifier).name)).toEqual(['branch', 'file']);
  });
});
