// The resolver answers "what does this expression refer to" through requires, imports, aliases and globals.
import type { TSESTree } from '@typescript-eslint/types';
import { describe, expect, it } from 'vitest';
import { parseCode } from '../../src/analyzers/code/parse.js';
import { Resolver, constValue, looseConstValue } from '../../src/analyzers/code/resolve.js';
import { dynamicParts } from '../../src/analyzers/code/query.js';

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
      if (k === 'parent' || k === 'loc') continue; // positions and back links, not children
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

describe('the build walk', () => {
  // Type positions hold no runtime code: the build skips them (see TYPE_KEYS in resolve.ts).
  const TYPE_KEYS = new Set(['typeAnnotation', 'typeParameters', 'typeArguments', 'returnType', 'superTypeArguments', 'implements']);
  const TYPE_ONLY = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration']);
  const source = [
    "import fs, { readFile as rf } from 'node:fs';",
    '@sealed class A<T> extends B<T> implements C {',
    '  constructor(@inject() private readonly x: T, y = f(1)) { super(); this.x = x ?? y; }',
    '  #p = 1; static { let q = a?.b?.[c]; }',
    '  m({ a, b: [c, ...d] }: Opts, ...rest: number[]): void { for (const k in o) if (k) continue; else break; }',
    '}',
    'interface I { a(): void }',
    'type U = { b: string };',
    'export default function* g() { yield* h(`t${1 + 2}u`, [, 3], { ...s, k: v, [w]: !z }); }',
    'label: while (i--) { switch (i) { case 1: throw new Error(i as never); default: try {} catch { i = -i; } finally {} } }',
    'const r = async () => await import("x"), o2 = { get a() { return 1; } }, n = x! + (y satisfies number);',
    'var u = void 0, t = typeof u, e = (1, 2), re = /a/g, tag = f`x`;',
  ].join('\n');

  it('links every runtime node to its parent and records entries and exits in depth-first order', async () => {
    const ast = parseCode(source, 'x.ts');
    const expectedParents: [object, object | undefined][] = [];
    const expectedEvents: string[] = [];
    const { CHILD_KEYS } = await import('../../src/analyzers/code/resolve.js');
    const types = new Set<string>();
    const walk = (node: TSESTree.Node, parent: TSESTree.Node | undefined): void => {
      types.add(node.type);
      expectedParents.push([node, parent]);
      expectedEvents.push(`enter ${node.type} ${node.range[0]}`);
      if (!TYPE_ONLY.has(node.type)) {
        for (const key of CHILD_KEYS.get(node.type) ?? []) {
          if (TYPE_KEYS.has(key)) continue;
          const v = (node as unknown as Record<string, unknown>)[key];
          for (const c of Array.isArray(v) ? v : [v]) if (c && typeof (c as TSESTree.Node).type === 'string') walk(c as TSESTree.Node, node);
        }
      }
      expectedEvents.push(`exit ${node.type} ${node.range[0]}`);
    };
    walk(ast, undefined);
    expect(types.size).toBeGreaterThan(60);
    const resolver = new Resolver(ast, { enter: types, exit: types });
    for (const [node, parent] of expectedParents) expect(resolver.parent(node as TSESTree.Node)).toBe(parent);
    const exits = new Set(resolver.exits);
    expect(resolver.events.map((n, i) => `${exits.has(i) ? 'exit' : 'enter'} ${n.type} ${n.range[0]}`)).toEqual(expectedEvents);
  });
});
