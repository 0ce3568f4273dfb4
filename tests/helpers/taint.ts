// Test helpers for the taint query: find a sink argument in a small program.
import type { TSESTree } from '@typescript-eslint/types';
import { parseCode } from '../../src/analyzers/code/parse.js';
import { Resolver } from '../../src/analyzers/code/resolve.js';

/** The argument at `index` of the first call whose callee text is `callee`, with the program and its resolver. */
export function argOf(code: string, callee: string, index = 0) {
  const ast = parseCode(code, 'x.ts');
  const resolver = new Resolver(ast);
  let found: TSESTree.Node | undefined;
  const visit = (n: TSESTree.Node): void => {
    if (found) return;
    if (n.type === 'CallExpression' && code.slice(n.callee.range[0], n.callee.range[1]) === callee) found = n.arguments[index];
    for (const [k, v] of Object.entries(n)) {
      if (k === 'parent' || k === 'loc') continue;
      if (Array.isArray(v)) for (const c of v) c && typeof c.type === 'string' && visit(c);
      else if (v && typeof v === 'object' && typeof (v as TSESTree.Node).type === 'string') visit(v as TSESTree.Node);
    }
  };
  visit(ast);
  if (!found) throw new Error(`no call to ${callee}`);
  return { ast, resolver, node: found };
}
