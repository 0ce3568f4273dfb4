// Rewrites that let every rule see a call made through a reflective door as the call it is. Run on the fresh AST,
// before the resolver walks it, and only when the file's text names the door (so most files pay nothing).
//
// `Reflect.apply(f, thisArg, [a, b])` becomes the call `f(a, b)` and `Reflect.construct(F, [a, b])` becomes
// `new F(a, b)`, when the argument list is an array literal (a spread element keeps its place). The node keeps its
// range, so a finding still points at the `Reflect` call. A file that declares its own `Reflect` is left alone.
import type { TSESTree } from '@typescript-eslint/types';
import { forEachChild } from './query.js';

type Node = TSESTree.Node;

const isReflect = (callee: Node, name: string): boolean =>
  callee.type === 'MemberExpression' &&
  !callee.computed &&
  callee.object.type === 'Identifier' &&
  callee.object.name === 'Reflect' &&
  callee.property.type === 'Identifier' &&
  callee.property.name === name;

/** Whether the file binds a name `Reflect` of its own (a parameter, a variable, an import): then nothing is rewritten. */
function declaresReflect(text: string): boolean {
  return /\b(?:const|let|var|function|class|import)\b[^;\n]*\bReflect\b(?!\s*\.)/.test(text) || /[(,]\s*Reflect\s*[,)=]/.test(text);
}

/** Rewrite `Reflect.apply`/`Reflect.construct` calls in place (iteratively: deep trees must not overflow here). */
export function desugar(ast: TSESTree.Program, text: string): void {
  if (!text.includes('Reflect.') || declaresReflect(text)) return;
  const stack: Node[] = [ast];
  const push = (c: Node): void => void stack.push(c);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'CallExpression') rewrite(node);
    forEachChild(node, push);
  }
}

function rewrite(node: TSESTree.CallExpression): void {
  const callee = node.callee;
  const apply = isReflect(callee, 'apply');
  if (!apply && !isReflect(callee, 'construct')) return;
  const target = node.arguments[0];
  const list = node.arguments[apply ? 2 : 1];
  if (!target || target.type === 'SpreadElement' || list?.type !== 'ArrayExpression') return;
  const args = list.elements.filter((e): e is TSESTree.Expression | TSESTree.SpreadElement => e !== null);
  const mutable = node as unknown as { type: string; callee: Node; arguments: Node[]; optional?: boolean };
  mutable.callee = target;
  mutable.arguments = args;
  if (!apply) {
    mutable.type = 'NewExpression';
    delete mutable.optional;
  }
}
