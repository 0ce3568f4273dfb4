// Checks that look like a containment guard and are not (rule path/broken-guard, issue 17): a normalised path
// compared by prefix with a root that has no separator after it. `/data` admits `/data-evil`
// (CVE-2025-53110, send@0.8.3 CVE-2014-6394). A prefix that ends in a separator (`root + path.sep`, a root
// reassigned so before the check) is a real guard and is not reported.
import type { TSESTree } from '@typescript-eslint/types';
import type { Resolver } from '../code/resolve.js';
import { constValue, propertyName, unwrap } from '../code/resolve.js';
import type { TaintEngine } from './engine.js';
import { taintEngine } from './index.js';
import { collectReturns } from './shapes.js';
import { prefixCompare, prefixHasSeparator } from './prefix.js';

type Node = TSESTree.Node;

/** The receiver and root of a broken prefix check at `node` (`full.startsWith(root)`, `full.substr(0, root.length) !== root`). */
export function brokenPrefixCheck(ast: TSESTree.Program, resolver: Resolver, text: string, node: Node): { recv: Node; root: Node } | undefined {
  let check: { recv: Node; root: Node } | undefined;
  if (node.type === 'CallExpression') {
    const callee = unwrap(node.callee);
    if (callee?.type === 'MemberExpression' && propertyName(callee) === 'startsWith' && node.arguments.length === 1)
      check = { recv: callee.object, root: node.arguments[0] as Node };
  } else if (node.type === 'BinaryExpression' && /^[!=]==?$/.test(node.operator)) {
    check = prefixCompare(node.left, node.right) ?? prefixCompare(node.right, node.left);
  }
  // A variable root only: a constant prefix (`'/'`, `'..'`, `'http'`) is another kind of test.
  if (!check || constValue(check.root, resolver) !== undefined || /(^|\.)sep$/.test(resolver.canonical(check.root) ?? '')) return undefined;
  const engine = taintEngine(ast, resolver, text);
  if (prefixHasSeparator(check.root, resolver, 0, (id) => engine.valuesAt(id))) return undefined;
  return normalised(engine, check.recv, 0) ? check : undefined;
}

/** A normalised path, also through a case fold or trim and a same-file helper (`normalizePath(p)` returning `path.normalize(p).toLowerCase()`). */
function normalised(engine: TaintEngine, node: Node | undefined, depth: number): boolean {
  const n = unwrap(node);
  if (!n || depth > 4) return false;
  if (engine.guards.isNormalised(n)) return true;
  if (n.type === 'Identifier') {
    const b = engine.resolver.binding(n);
    return !!b && b.writes === 0 && !b.path && (b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && normalised(engine, b.init, depth + 1);
  }
  if (n.type !== 'CallExpression') return false;
  const callee = unwrap(n.callee);
  if (callee?.type === 'MemberExpression' && /^(toLowerCase|toUpperCase|trim|trimEnd)$/.test(propertyName(callee) ?? ''))
    return normalised(engine, callee.object, depth + 1);
  const fn = engine.sameFileFunction(n.callee);
  if (!fn?.body) return false;
  const returns: Node[] = [];
  if (fn.body.type === 'BlockStatement') collectReturns(fn.body, returns);
  else returns.push(fn.body);
  return returns.length > 0 && returns.every((r) => normalised(engine, r, depth + 1));
}
