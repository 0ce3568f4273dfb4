// Later arguments of `path.join(root, …)` / `path.resolve(root, …)` that cannot leave root, so the join is not
// tainted by them: a value normalised under `/`, or (for join only) a name a dominating `..` test covers.
import type { TSESTree } from '@typescript-eslint/types';
import type { Binding, Resolver } from '../code/resolve.js';
import { constValue, unwrap } from '../code/resolve.js';

type Node = TSESTree.Node;

/** What the `..` test needs of the guards (guards.ts implements it; declared here so no import circle forms). */
export interface JoinGuards {
  memberKey(node: Node): string | undefined;
  protects(use: Node, b: Binding | string, kind: 'path', joined: boolean): boolean;
}

/**
 * `path.join(root, path.normalize('/' + x))`: normalising under `/` drops every `..`, and join keeps it under root.
 * `absoluteOk`: the value may be absolute (join, not resolve). `constInit`: a never-written const's initialiser.
 */
export function rootNormalised(
  node: Node,
  absoluteOk: boolean,
  resolver: Resolver,
  constInit: (id: TSESTree.Identifier) => Node | undefined,
  depth = 0,
): boolean {
  let n = unwrap(node);
  if (n?.type === 'Identifier') n = constInit(n);
  if (!n || depth > 3) return false;
  if (n.type === 'BinaryExpression' && n.operator === '+') {
    // `'.' + path.normalize('/' + x)` is relative and free of `..`.
    return constValue(n.left, resolver) === '.' && rootNormalised(n.right, true, resolver, constInit, depth + 1);
  }
  if (n.type !== 'CallExpression' || !absoluteOk) return false;
  const c = resolver.canonical(n.callee) ?? '';
  if (!/^path(\.posix)?\.normalize$/.test(c)) return false;
  const a = unwrap(n.arguments[0]);
  if (a?.type === 'BinaryExpression' && a.operator === '+') return constValue(a.left, resolver) === '/';
  if (a?.type === 'TemplateLiteral') return (a.quasis[0]?.value.cooked ?? '').startsWith('/');
  return false;
}

/**
 * A later `path.join` argument a dominating `..` test covers (`if (p.includes('..')) return …`): the tested name,
 * each branch of a choice (`p === '/' ? 'index.html' : p`), its normalised form. Join keeps an absolute name under
 * root, so no `..` is enough; a test before decoding or before a reassignment does not count (guards.ts).
 */
export function dotDotChecked(node: Node, resolver: Resolver, guards: JoinGuards, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 3) return false;
  if (n.type === 'Identifier') {
    const b = resolver.binding(n);
    return !!b && guards.protects(n, b, 'path', true);
  }
  if (n.type === 'MemberExpression') {
    const key = guards.memberKey(n);
    return !!key && guards.protects(n, key, 'path', true);
  }
  if (n.type === 'ConditionalExpression') {
    const side = (x: Node): boolean => {
      const v = constValue(x, resolver);
      return typeof v === 'string' ? !v.includes('..') : dotDotChecked(x, resolver, guards, depth + 1);
    };
    return side(n.consequent) && side(n.alternate);
  }
  if (n.type === 'CallExpression' && /^path(\.posix|\.win32)?\.normalize$/.test(resolver.canonical(n.callee) ?? '') && n.arguments[0]) {
    return dotDotChecked(n.arguments[0], resolver, guards, depth + 1);
  }
  return false;
}
