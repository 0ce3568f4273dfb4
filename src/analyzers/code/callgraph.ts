// The same-file call graph, for rules that ask about recursion and a file's public functions (prototype pollution):
// which function a callee stands for, who calls whom (a function passed by name as a callback counts as a call),
// what each function reaches, and which functions the file exports. Built lazily, once per parsed file.
import type { TSESTree } from '@typescript-eslint/types';
import { enclosingFunction, isFunctionNode } from './query.js';
import { type Binding, CHILD_KEYS, propertyName, type Resolver, unwrap } from './resolve.js';

type Node = TSESTree.Node;
export type Fn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
export type CallLike = TSESTree.CallExpression | TSESTree.NewExpression;
export interface CallEdge {
  to: Fn;
  call: CallLike;
}

export interface CallGraph {
  /** The same-file function a callee or a reference stands for (`f`, `this.m`, `exports.merge`, `f.call`). */
  target(callee: Node | undefined): Fn | undefined;
  /** Calls made in `fn` (its nested callbacks included) to same-file functions. */
  callsFrom(fn: Fn): readonly CallEdge[];
  /** Every same-file function `fn` can reach through calls. */
  reach(fn: Fn): ReadonlySet<Fn>;
  /** `fn` is part of the file's public surface: exported, or called (transitively) by an exported function. */
  isPublic(fn: Fn): boolean;
  /** `fn` is itself exported (`export`, `module.exports`, `exports.x`, or hung on an exported binding). */
  isExported(fn: Fn): boolean;
}

const EXPORTS = /^(module\.)?exports\b/;
const graphs = new WeakMap<TSESTree.Program, CallGraph>();

export function callGraph(ast: TSESTree.Program, resolver: Resolver, text: (n: Node) => string): CallGraph {
  let g = graphs.get(ast);
  if (!g) {
    g = build(ast, resolver, text);
    graphs.set(ast, g);
  }
  return g;
}

function build(ast: TSESTree.Program, resolver: Resolver, text: (n: Node) => string): CallGraph {
  const key = (n: Node): string => text(n).replace(/\s+/g, '');
  const calls: { call: CallLike; refs: Node[] }[] = [];
  const memberFns = new Map<string, Fn>();
  const assigned = new Map<Binding, Fn>();
  const exportedNames = new Set<Binding>();
  const hung: [Binding, Binding | Fn][] = [];
  const exportedFns = new Set<Fn>();

  const fnValue = (v: Node | null | undefined, depth = 0): Fn | undefined => {
    const n = unwrap(v);
    if (!n || depth > 4) return undefined;
    if (isFunctionNode(n)) return n;
    return n.type === 'AssignmentExpression' ? fnValue(n.right, depth + 1) : undefined;
  };
  const exportValue = (v: Node | undefined): void => {
    const u = unwrap(v);
    if (!u) return;
    if (u.type === 'Identifier') {
      const b = resolver.binding(u);
      if (b) exportedNames.add(b);
    } else if (u.type === 'ObjectExpression') {
      for (const p of u.properties) if (p.type === 'Property') exportValue(p.value as Node);
    } else if (u.type === 'AssignmentExpression') exportValue(u.right);
    const f = fnValue(u);
    if (f) exportedFns.add(f);
  };
  const visit = (n: Node): void => {
    switch (n.type) {
      case 'CallExpression':
      case 'NewExpression': {
        const refs = n.arguments.filter((a) => {
          const u = unwrap(a as Node);
          return u?.type === 'Identifier' || u?.type === 'MemberExpression';
        }) as Node[];
        calls.push({ call: n, refs });
        break;
      }
      case 'AssignmentExpression': {
        const l = unwrap(n.left);
        const f = fnValue(n.right);
        if (l?.type === 'Identifier' && f) {
          const b = resolver.binding(l);
          if (b && !assigned.has(b)) assigned.set(b, f);
        } else if (l?.type === 'MemberExpression') {
          const lt = key(l);
          if (EXPORTS.test(lt)) exportValue(n.right);
          if (!l.computed) {
            if (f) memberFns.set(lt, f);
            const o = unwrap(l.object);
            const r = unwrap(n.right);
            const ob = o?.type === 'Identifier' ? resolver.binding(o) : undefined;
            const rb = r?.type === 'Identifier' ? resolver.binding(r) : undefined;
            if (ob && rb) hung.push([ob, rb]);
            if (ob && f) hung.push([ob, f]);
          }
        }
        break;
      }
      case 'ExportSpecifier': {
        const b = n.local.type === 'Identifier' ? resolver.binding(n.local) : undefined;
        if (b) exportedNames.add(b);
        break;
      }
      case 'ExportDefaultDeclaration':
      case 'ExportNamedDeclaration': {
        const d = n.declaration as Node | null;
        if (d?.type === 'Identifier') exportValue(d);
        else if (d && isFunctionNode(d)) exportedFns.add(d);
        else if (d?.type === 'VariableDeclaration') for (const v of d.declarations) exportValue(v.init ?? undefined);
        break;
      }
    }
    for (const k of CHILD_KEYS.get(n.type) ?? []) {
      const v = (n as unknown as Record<string, unknown>)[k];
      if (Array.isArray(v)) {
        for (const c of v) if (c && typeof (c as Node).type === 'string') visit(c as Node);
      } else if (v && typeof (v as Node).type === 'string') visit(v as Node);
    }
  };
  visit(ast);
  // `module.exports = flatten; flatten.unflatten = unflatten`: what hangs on an exported binding is exported
  for (const [o, x] of hung) {
    if (!exportedNames.has(o)) continue;
    if ('type' in x) exportedFns.add(x);
    else exportedNames.add(x);
  }

  const target = (callee: Node | undefined): Fn | undefined => {
    let c = unwrap(callee);
    if (c?.type === 'MemberExpression' && /^(call|apply|bind)$/.test(propertyName(c) ?? '')) c = unwrap(c.object);
    if (!c) return undefined;
    if (c.type === 'Identifier') {
      const b = resolver.binding(c);
      if (!b || b.kind === 'param' || b.kind === 'import') return undefined;
      return (b.fn && isFunctionNode(b.fn) ? b.fn : undefined) ?? fnValue(b.init) ?? assigned.get(b);
    }
    if (c.type !== 'MemberExpression') return undefined;
    if (unwrap(c.object)?.type === 'ThisExpression') {
      const name = propertyName(c);
      for (let n = resolver.parent(c); n; n = resolver.parent(n)) {
        if (n.type !== 'ClassBody') continue;
        for (const m of n.body) if (m.type === 'MethodDefinition' && propertyName(m) === name && isFunctionNode(m.value)) return m.value;
        break;
      }
    }
    return memberFns.get(key(c));
  };

  const edges = new Map<Fn, CallEdge[]>();
  for (const { call, refs } of calls) {
    const targets = [target(call.callee), ...refs.map((r) => target(r))].filter((t): t is Fn => !!t);
    if (!targets.length) continue;
    for (let from = enclosingFunction(resolver, call), i = 0; from && i < 8; from = enclosingFunction(resolver, from), i++) {
      let list = edges.get(from);
      if (!list) edges.set(from, (list = []));
      for (const to of targets) list.push({ to, call });
    }
  }
  const reachCache = new Map<Fn, Set<Fn>>();
  const reach = (f: Fn): Set<Fn> => {
    let r = reachCache.get(f);
    if (r) return r;
    r = new Set();
    const stack = [f];
    while (stack.length && r.size < 500) {
      for (const e of edges.get(stack.pop()!) ?? []) {
        if (!r.has(e.to)) {
          r.add(e.to);
          stack.push(e.to);
        }
      }
    }
    reachCache.set(f, r);
    return r;
  };
  const directlyExported = (f: Fn): boolean => {
    if (exportedFns.has(f)) return true;
    const id = f.type !== 'ArrowFunctionExpression' && f.id ? resolver.binding(f.id) : undefined;
    if (f.type === 'FunctionDeclaration' && id && exportedNames.has(id)) return true;
    const p = resolver.parent(f);
    if (p?.type === 'VariableDeclarator' && p.id.type === 'Identifier') {
      const b = resolver.binding(p.id);
      return !!b && exportedNames.has(b);
    }
    if (p?.type === 'AssignmentExpression') {
      const l = unwrap(p.left);
      const b = l?.type === 'Identifier' ? resolver.binding(l) : undefined;
      return !!b && exportedNames.has(b);
    }
    return false;
  };
  let roots: Fn[] | undefined;
  const isPublic = (f: Fn): boolean => {
    roots ??= [...new Set([...edges.keys(), ...exportedFns])].filter(directlyExported);
    return directlyExported(f) || roots.some((r) => reach(r).has(f));
  };
  return { target, callsFrom: (f) => edges.get(f) ?? [], reach, isPublic, isExported: directlyExported };
}
