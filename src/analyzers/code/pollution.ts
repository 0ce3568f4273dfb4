// Shapes code/prototype-pollution asks about (rules/code/prototype-pollution.ts keeps the judgement): loops over an
// object's keys, fresh and prototype-free targets, keys that can only be constants, reduce-based walkers, which
// parameter a target is, builtin prototype extensions and polyfills.
import type { TSESTree } from '@typescript-eslint/types';
import type { CodeContext, Node, Severity } from '../../rule.js';
import type { CallGraph } from './callgraph.js';
import { flowNodesIn, forEachChild, isFunctionNode } from './query.js';
import { type Binding, constValue, propertyName, unwrap } from './resolve.js';

type Fn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

const BUILTINS = new Set(['Object', 'Array', 'String', 'Function', 'Number', 'Boolean', 'Date', 'RegExp', 'Promise', 'Map', 'Set', 'Error', 'Symbol']);
const KEY_ITERATORS = new Set(['Object.keys', 'Object.entries', 'Object.getOwnPropertyNames', 'Reflect.ownKeys']);

/** A builtin prototype object: `Object.prototype`, `Array.prototype`, … */
export function builtinPrototype(ctx: CodeContext, node: Node): string | undefined {
  // Only `X.prototype` or a name bound to one can resolve to `X.prototype`: skip the resolver for anything else.
  const n = unwrap(node);
  if (n?.type !== 'Identifier' && !(n?.type === 'MemberExpression' && propertyName(n) === 'prototype')) return undefined;
  const c = ctx.resolver.canonical(n);
  if (!c) return undefined;
  const m = /^(\w+)\.prototype$/.exec(c);
  return m && BUILTINS.has(m[1]!) ? c : undefined;
}

/** A loop over an object's keys: the object, the loop, and for `Object.entries` the binding of the value. */
export interface LoopKey {
  source: Node;
  value?: Binding;
  loop: Node;
}

/** When `key` is the key variable of a loop over an object's keys, the object and the loop. */
export function loopOver(ctx: CodeContext, key: Binding): LoopKey | undefined {
  const declares = (pattern: Node | null | undefined): { value?: Binding } | undefined => {
    const p = unwrap(pattern);
    if (!p) return undefined;
    if (p.type === 'VariableDeclaration') return declares(p.declarations[0]?.id);
    if (p.type === 'Identifier') return ctx.resolver.binding(p) === key || p === key.id ? {} : undefined;
    if (p.type === 'ArrayPattern') {
      const [k, v] = p.elements;
      if (k && (k === key.id || (k.type === 'Identifier' && ctx.resolver.binding(k) === key))) {
        const vb = v?.type === 'Identifier' ? ctx.resolver.binding(v) : undefined;
        return vb ? { value: vb } : {};
      }
    }
    return undefined;
  };
  // `var key; for (key in src)`: the loop declares nothing, it assigns the binding
  if (key.kind === 'var' && !key.init) {
    for (let n = ctx.resolver.parent(key.id); n; n = ctx.resolver.parent(n)) {
      if (isFunctionNode(n) || n.type === 'Program') {
        const found = findForIn(n, key, ctx);
        if (found) return found;
        break;
      }
    }
  }
  let n = ctx.resolver.parent(key.id);
  for (let i = 0; n && i < 6; i++, n = ctx.resolver.parent(n)) {
    if (n.type === 'ForInStatement') {
      if (declares(n.left)) return { source: n.right, loop: n };
      return undefined;
    }
    if (n.type === 'ForOfStatement') {
      const d = declares(n.left);
      const r = unwrap(n.right);
      if (!d || r?.type !== 'CallExpression' || !KEY_ITERATORS.has(ctx.resolver.canonical(r.callee) ?? '') || !r.arguments[0]) return undefined;
      return { source: r.arguments[0] as Node, loop: n, ...(d.value ? { value: d.value } : {}) };
    }
    if (isFunctionNode(n)) {
      const first = n.params[0];
      const d = declares(first);
      const call = ctx.resolver.parent(n);
      if (!d || call?.type !== 'CallExpression') return undefined;
      const m = unwrap(call.callee);
      if (m?.type !== 'MemberExpression' || !/^(forEach|map)$/.test(propertyName(m) ?? '')) return undefined;
      const it = unwrap(m.object);
      if (it?.type !== 'CallExpression' || !KEY_ITERATORS.has(ctx.resolver.canonical(it.callee) ?? '') || !it.arguments[0]) return undefined;
      return { source: it.arguments[0] as Node, loop: n, ...(d.value ? { value: d.value } : {}) };
    }
  }
  return undefined;
}

/** `for (name in options)` where `name` is a `var` declared earlier in the function. */
export function findForIn(scope: Node, key: Binding, ctx: CodeContext): LoopKey | undefined {
  let found: LoopKey | undefined;
  const visit = (n: Node): void => {
    const l = n.type === 'ForInStatement' ? unwrap(n.left) : undefined;
    if (l?.type === 'Identifier' && ctx.resolver.binding(l) === key) found ??= { source: (n as TSESTree.ForInStatement).right, loop: n };
    if (!found && (n === scope || !isFunctionNode(n))) forEachChild(n, visit);
  };
  visit(scope);
  return found;
}

/** A local initialised with a fresh object (`{}`, `{ ...a }`, `[]`) and never pointed elsewhere: writing `__proto__` into it only changes its own prototype. */
export function freshLocal(ctx: CodeContext, target: Node, assigns: ReadonlyMap<Binding, Node[]>): boolean {
  const t = unwrap(target);
  if (t?.type !== 'Identifier') return false;
  const b = ctx.resolver.binding(t);
  if (!b || b.kind === 'param' || b.path) return false;
  const values = [...(b.init ? [b.init] : []), ...(assigns.get(b) ?? [])];
  return values.length > 0 && values.every((v) => freshValue(ctx, v));
}

export function freshValue(ctx: CodeContext, value: Node): boolean {
  const init = unwrap(value);
  if (!init) return false;
  if (init.type === 'ObjectExpression' || init.type === 'ArrayExpression') return true;
  if (init.type === 'ConditionalExpression') return freshValue(ctx, init.consequent) && freshValue(ctx, init.alternate);
  if (init.type === 'CallExpression') {
    const c = ctx.resolver.canonical(init.callee);
    const first = unwrap(init.arguments[0]);
    return (c === 'Object.assign' && first?.type === 'ObjectExpression') || c === 'Object.create';
  }
  return init.type === 'NewExpression';
}

/** True when a set-by-path `reduce` callback returns the nested object it walked into (`(o, k) => (o[k] = o[k] || {})`), not the accumulator. */
export function returnsNested(ctx: CodeContext, fn: Fn, acc: Binding): boolean {
  const returned: Node[] = [];
  if (fn.body.type !== 'BlockStatement') returned.push(fn.body);
  else {
    const visit = (n: Node): void => {
      if (n.type === 'ReturnStatement') {
        if (n.argument) returned.push(n.argument);
        return;
      }
      if (isFunctionNode(n)) return;
      forEachChild(n, visit);
    };
    for (const st of fn.body.body) visit(st);
  }
  const nested = (r: Node | undefined, depth = 0): boolean => {
    const n = unwrap(r);
    if (!n || depth > 5) return false;
    if (n.type === 'MemberExpression') {
      const o = unwrap(n.object);
      return n.computed && o?.type === 'Identifier' && ctx.resolver.binding(o) === acc;
    }
    if (n.type === 'AssignmentExpression') return nested(n.left, depth + 1);
    if (n.type === 'LogicalExpression') return nested(n.left, depth + 1) || nested(n.right, depth + 1);
    if (n.type === 'ConditionalExpression') return nested(n.consequent, depth + 1) || nested(n.alternate, depth + 1);
    return false;
  };
  return returned.some((r) => nested(r));
}

/** A target made with `Object.create(null)` or a `Map` (directly, or as a `this.x` field set so in the file) has no prototype to reach. */
export function prototypeFree(ctx: CodeContext, target: Node, fields: ReadonlyMap<string, Node[]>): boolean {
  const t = unwrap(target);
  let values: Node[] = [];
  if (t?.type === 'Identifier') {
    const b = ctx.resolver.binding(t);
    if (!b?.init || b.path) return false;
    values = [b.init];
  } else if (t?.type === 'MemberExpression' && !t.computed && unwrap(t.object)?.type === 'ThisExpression') values = fields.get(propertyName(t) ?? '') ?? [];
  else if (t?.type === 'MemberExpression' && t.computed) return prototypeFree(ctx, t.object, fields);
  if (!values.length) return false;
  return values.every((v) => {
    const init = unwrap(v);
    if (init?.type === 'CallExpression' && ctx.resolver.canonical(init.callee) === 'Object.create') {
      const a = unwrap(init.arguments[0]);
      return a?.type === 'Literal' && a.value === null;
    }
    return init?.type === 'NewExpression' && /^(Map|WeakMap)$/.test(ctx.resolver.canonical(init.callee) ?? '');
  });
}

/** Every value the key can take is a constant (`dir` set to `'left'` or `'right'`). */
export function constantChoice(ctx: CodeContext, node: Node | undefined, assigns: ReadonlyMap<Binding, Node[]>, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 4) return false;
  if (constValue(n, ctx.resolver) !== undefined) return true;
  if (n.type === 'ConditionalExpression') return constantChoice(ctx, n.consequent, assigns, depth + 1) && constantChoice(ctx, n.alternate, assigns, depth + 1);
  if (n.type === 'LogicalExpression') return constantChoice(ctx, n.left, assigns, depth + 1) && constantChoice(ctx, n.right, assigns, depth + 1);
  if (n.type !== 'Identifier') return false;
  const b = ctx.resolver.binding(n);
  if (!b || b.kind === 'param' || b.path) return false;
  const values = [...(b.init ? [b.init] : []), ...(assigns.get(b) ?? [])];
  return values.length > 0 && values.length >= b.writes && values.every((v) => constantChoice(ctx, v, assigns, depth + 1));
}

export function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

export function addTest(map: Map<Node | undefined, Set<string>>, fn: Node | undefined, v: string): void {
  const s = map.get(fn);
  if (s) s.add(v);
  else map.set(fn, new Set([v]));
}

/** The head of a key loop, for the codeFlow: the iterated object, or the `forEach` of the callback. */
export function loopHead(loop: Node): Node {
  if (loop.type === 'ForInStatement' || loop.type === 'ForOfStatement') return loop.right;
  return loop;
}

/** Which parameters of `fn` the target object is (`dst`, `arguments[0]`, a local set from one); empty when unknown. */
export function paramIndexes(ctx: CodeContext, target: Node, fn: Fn, assigns: ReadonlyMap<Binding, Node[]>, depth = 0): number[] {
  const t = unwrap(target);
  if (!t || depth > 4) return [];
  if (t.type === 'LogicalExpression') return paramIndexes(ctx, t.left, fn, assigns, depth + 1);
  if (t.type === 'MemberExpression') {
    const o = unwrap(t.object);
    if (o?.type === 'Identifier' && o.name === 'arguments' && !ctx.resolver.binding(o)) {
      const i = constValue(t.property, ctx.resolver);
      return typeof i === 'number' ? [i] : [];
    }
    return [];
  }
  if (t.type !== 'Identifier') return [];
  const b = ctx.resolver.binding(t);
  if (!b) return [];
  if (b.kind === 'param') {
    const i = fn.params.indexOf(b.id);
    return i >= 0 ? [i] : [];
  }
  return [...(b.init ? [b.init] : []), ...(assigns.get(b) ?? [])].flatMap((v) => paramIndexes(ctx, v, fn, assigns, depth + 1));
}

/** `Array.prototype.each = function …`: a deliberate extension of a builtin, graded low; a computed key stays at the rule's grade. */
export function builtinSeverity(ctx: CodeContext, node: Node): Severity | undefined {
  if (node.type === 'AssignmentExpression') {
    const l = unwrap(node.left);
    return l?.type === 'MemberExpression' && (!l.computed || constValue(l.property, ctx.resolver) !== undefined) ? 'low' : undefined;
  }
  return 'low';
}
/** `if (!Array.prototype.at) Array.prototype.at = …` and `X.prototype.y = X.prototype.y || …` are polyfills. */
export function polyfill(ctx: CodeContext, node: Node, prop: string | undefined): boolean {
  if (node.type === 'AssignmentExpression') {
    const r = unwrap(node.right);
    if (r?.type === 'LogicalExpression' && ctx.text(unwrap(r.left)!) === ctx.text(unwrap(node.left)!)) return true;
  }
  if (!prop) return false;
  let n = ctx.resolver.parent(node);
  for (let i = 0; n && i < 6; i++, n = ctx.resolver.parent(n)) {
    if (
      (n.type === 'IfStatement' || n.type === 'ConditionalExpression' || n.type === 'LogicalExpression') &&
      ctx.text(n.type === 'LogicalExpression' ? n.left : n.test).includes(prop)
    )
      return true;
  }
  return false;
}

const shapeCache = new WeakMap<Fn, { get: boolean; set: boolean }>();
/** What a same-file helper `(object, key, …)` does with its first two parameters: returns `object[key]` (a getter), writes `object[key] = value` (a setter, or through another setter). */
export function accessorShape(ctx: CodeContext, g: CallGraph, f: Fn, depth = 0): { get: boolean; set: boolean } {
  const known = shapeCache.get(f);
  if (known) return known;
  const out = { get: false, set: false };
  shapeCache.set(f, out);
  const [p0, p1, p2] = f.params;
  if (p0?.type !== 'Identifier' || p1?.type !== 'Identifier' || depth > 3) return out;
  const isParam = (n: Node | undefined, p: TSESTree.Identifier): boolean => {
    const u = unwrap(n);
    return u?.type === 'Identifier' && ctx.resolver.binding(u)?.id === p;
  };
  const member = (n: Node | undefined): boolean => {
    const u = unwrap(n);
    return u?.type === 'MemberExpression' && u.computed && isParam(u.object, p0) && isParam(u.property, p1);
  };
  const returned = (n: Node | undefined): boolean => {
    const u = unwrap(n);
    if (u?.type === 'ConditionalExpression') return returned(u.consequent) || returned(u.alternate);
    if (u?.type === 'LogicalExpression') return returned(u.left) || returned(u.right);
    return member(u);
  };
  if (f.body.type !== 'BlockStatement') out.get = returned(f.body);
  for (const x of flowNodesIn(ctx.resolver, f)) {
    // a setter stores its third parameter: `object[key] = value` (not `target[source] = true`, qs `merge`)
    if (x.type === 'AssignmentExpression' && x.operator === '=' && member(x.left) && p2?.type === 'Identifier' && isParam(x.right, p2)) out.set = true;
    if (x.type === 'CallExpression' && isParam(x.arguments[0], p0) && isParam(x.arguments[1], p1) && p2?.type === 'Identifier' && isParam(x.arguments[2], p2)) {
      const h = g.target(x.callee);
      if (h && h !== f && accessorShape(ctx, g, h, depth + 1).set) out.set = true;
    }
  }
  if (f.body.type === 'BlockStatement') {
    const walk = (n: Node): void => {
      if (n.type === 'ReturnStatement' && returned(n.argument ?? undefined)) out.get = true;
      if (!isFunctionNode(n)) forEachChild(n, walk);
    };
    for (const st of f.body.body) walk(st);
  }
  return out;
}
