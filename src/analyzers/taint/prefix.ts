// Prefix checks of a path, for the guards: does a prefix end in a separator (so `full.startsWith(prefix)` confines
// `full` to a folder), and which compares are prefix checks written another way (`full.substr(0, root.length) === root`).
import type { TSESTree } from '@typescript-eslint/types';
import type { Resolver } from '../code/resolve.js';
import { constValue, propertyName, unwrap } from '../code/resolve.js';

type Node = TSESTree.Node;

/** What a read of a variable may hold: its initialiser when it is never written, else the values reaching the read. */
export type Values = (id: TSESTree.Identifier) => readonly Node[] | undefined;

const SEP_STRING = /[\\/]$/;

/**
 * True when a prefix ends in a path separator, so `full.startsWith(prefix)` confines `full` to a directory:
 * `root + path.sep`, `root + '/'`, `` `${root}/` ``, a constant `'/srv/data/'`, or a const built so
 * (`const base = root.endsWith(sep) ? root : root + sep`). `startsWith(root)` alone admits `root-evil`.
 */
export function prefixHasSeparator(arg: Node, resolver: Resolver, depth = 0, values?: Values): boolean {
  const n = unwrap(arg);
  if (!n || depth > 6) return false;
  const v = constValue(n, resolver);
  if (typeof v === 'string') return SEP_STRING.test(v);
  switch (n.type) {
    case 'BinaryExpression':
      return n.operator === '+' && isSeparator(n.right, resolver);
    case 'TemplateLiteral': {
      const last = n.quasis[n.quasis.length - 1];
      const tail = last?.value.cooked ?? '';
      if (tail) return SEP_STRING.test(tail);
      const e = n.expressions[n.expressions.length - 1];
      return !!e && isSeparator(e, resolver);
    }
    case 'ConditionalExpression':
      // `root.endsWith(sep) ? root : root + sep`: one branch adds the separator the other already has.
      return prefixHasSeparator(n.consequent, resolver, depth + 1, values) || prefixHasSeparator(n.alternate, resolver, depth + 1, values);
    case 'Identifier': {
      const b = resolver.binding(n);
      if (!b || (b.kind !== 'const' && b.kind !== 'let' && b.kind !== 'var' && (b.kind !== 'param' || b.writes === 0)) || b.path?.length) return false;
      if (b.writes === 0) return !!b.init && prefixHasSeparator(b.init, resolver, depth + 1, values);
      // `root = normalize(root + sep)` before the check (send@0.8.4): every value that reaches the check ends so.
      const vs = values?.(n);
      return !!vs?.length && vs.every((v) => prefixHasSeparator(v, resolver, depth + 1, values));
    }
    case 'CallExpression': {
      // `path.join(root, path.sep)` / `path.join(root, '/')` keep the trailing separator; so does `path.normalize`.
      const canon = resolver.canonical(n.callee) ?? '';
      const lastArg = n.arguments[n.arguments.length - 1];
      if (/^path(\.posix|\.win32)?\.normalize$/.test(canon) && n.arguments.length === 1) return prefixHasSeparator(lastArg!, resolver, depth + 1, values);
      return /^path(\.posix|\.win32)?\.join$/.test(canon) && !!lastArg && isSeparator(lastArg, resolver);
    }
    default:
      return false;
  }
}

function isSeparator(n: Node, resolver: Resolver): boolean {
  const u = unwrap(n);
  if (!u) return false;
  const v = constValue(u, resolver);
  if (typeof v === 'string') return SEP_STRING.test(v);
  const canon = resolver.canonical(u) ?? '';
  return (
    /^path(\.posix|\.win32)?\.sep$/.test(canon) || (u.type === 'Identifier' && u.name === 'sep') || (u.type === 'MemberExpression' && propertyName(u) === 'sep')
  );
}

/** `x.substr(0, r.length)` / `slice` / `substring` compared with `r`: the receiver and the prefix. */
export function prefixCompare(cut: Node, root: Node): { recv: Node; root: Node } | undefined {
  const c = unwrap(cut);
  if (c?.type !== 'CallExpression' || c.arguments.length !== 2) return undefined;
  const callee = unwrap(c.callee);
  if (callee?.type !== 'MemberExpression' || !/^(substr|substring|slice)$/.test(propertyName(callee) ?? '')) return undefined;
  const [from, len] = c.arguments.map((a) => unwrap(a as Node));
  if (from?.type !== 'Literal' || from.value !== 0 || len?.type !== 'MemberExpression' || propertyName(len) !== 'length') return undefined;
  const r = rootText(root);
  return r && rootText(len.object) === r ? { recv: callee.object, root } : undefined;
}

export function rootText(node: Node): string {
  let n = unwrap(node);
  const parts: string[] = [];
  for (let i = 0; n && i < 6; i++) {
    if (n.type === 'Identifier') {
      parts.unshift(n.name);
      break;
    }
    if (n.type === 'MemberExpression') {
      parts.unshift(propertyName(n) ?? '*');
      n = unwrap(n.object);
    } else break;
  }
  return parts.join('.');
}
