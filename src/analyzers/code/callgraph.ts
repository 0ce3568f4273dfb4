// The same-file call graph, for rules that ask about recursion and a file's public functions (prototype pollution):
// which function a callee stands for, who calls whom (a function passed by name as a callback counts as a call),
// what each function reaches, and which functions the file exports. Built lazily, once per parsed file.
import type { TSESTree } from '@typescript-eslint/types';
import { enclosingFunction, forEachChild, isFunctionNode } from './query.js';
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
  /** Values handed to the importer (`module.exports = …`, `export …`), read once the whole file is seen. */
  const exposed: Node[] = [];
  const exportValue = (v: Node | undefined): void => {
    if (v) exposed.push(v);
  };
  /** Every value a variable is set to (`x = …` after its declaration). */
  const assignedValues = new Map<Binding, Node[]>();
  /** `C.prototype.m = function …` and `C.prototype = { m() {} }`: the methods an instance of `C` carries. */
  const protoFns = new Map<Binding, Fn[]>();
  const addProto = (b: Binding | undefined, f: Fn | undefined): void => {
    if (!b || !f) return;
    const list = protoFns.get(b);
    if (list) list.push(f);
    else protoFns.set(b, [f]);
  };
  const visit = (n: Node): void => {
    switch (n.type) {
      case 'CallExpression':
      case 'NewExpression': {
        const refs = n.arguments.filter((a) => {
          const u = unwrap(a);
          return u?.type === 'Identifier' || u?.type === 'MemberExpression';
        }) as Node[];
        calls.push({ call: n, refs });
        break;
      }
      case 'AssignmentExpression': {
        const l = unwrap(n.left);
        const f = fnValue(n.right);
        if (l?.type === 'Identifier') {
          const b = resolver.binding(l);
          if (b && f && !assigned.has(b)) assigned.set(b, f);
          if (b) {
            const list = assignedValues.get(b);
            if (list) list.push(n.right);
            else assignedValues.set(b, [n.right]);
          }
        } else if (l?.type === 'MemberExpression') {
          // C.prototype.m = fn, C.prototype = { m: fn }
          const lo = unwrap(l.object);
          const ctorOf = (m: Node | undefined): Binding | undefined => {
            const u = unwrap(m);
            const c = u?.type === 'MemberExpression' && !u.computed && propertyName(u) === 'prototype' ? unwrap(u.object) : undefined;
            return c?.type === 'Identifier' ? resolver.binding(c) : undefined;
          };
          const method = ctorOf(lo);
          if (method) addProto(method, f);
          const whole = ctorOf(l);
          const r = unwrap(n.right);
          if (whole && r?.type === 'ObjectExpression') for (const p of r.properties) if (p.type === 'Property') addProto(whole, fnValue(p.value));
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
  let sites: Map<Fn, CallLike[]> | undefined;
  const sitesOf = (f: Fn): readonly CallLike[] => {
    if (!sites) {
      sites = new Map();
      for (const { call } of calls) {
        const t = target(call.callee, false);
        if (!t) continue;
        const list = sites.get(t);
        if (list) list.push(call);
        else sites.set(t, [call]);
      }
    }
    return sites.get(f) ?? [];
  };
  /** `mergeFunc(…)` where `mergeFunc` is a parameter every same-file caller fills with one same-file function (lodash `baseMergeDeep(…, baseMerge, …)`). */
  const paramTargets = new Map<Binding, Fn | null>();
  const paramTarget = (b: Binding): Fn | undefined => {
    const known = paramTargets.get(b);
    if (known !== undefined) return known ?? undefined;
    paramTargets.set(b, null); // in progress: a parameter passed round a cycle resolves to nothing
    const f = b.fn;
    const i = f && isFunctionNode(f) ? f.params.indexOf(b.id) : -1;
    let found: Fn | undefined;
    let ok = i >= 0;
    for (const call of ok ? sitesOf(f as Fn) : []) {
      const a = call.arguments[i];
      const t = a && a.type !== 'SpreadElement' ? target(a) : undefined;
      if (!t || (found && found !== t)) {
        ok = false;
        break;
      }
      found = t;
    }
    const out = ok && found ? found : null;
    paramTargets.set(b, out);
    return out ?? undefined;
  };
  function target(callee: Node | undefined, params = true): Fn | undefined {
    let c = unwrap(callee);
    if (c?.type === 'MemberExpression' && /^(call|apply|bind)$/.test(propertyName(c) ?? '')) c = unwrap(c.object);
    if (!c) return undefined;
    if (c.type === 'Identifier') {
      const b = resolver.binding(c);
      if (b?.kind === 'param' && params) return paramTarget(b);
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
  }

  /** What an importer can reach, followed to a fixpoint: a value handed out exposes the functions it holds. */
  function exposeAll(): void {
    const seen = new Set<Node | Binding>();
    const returned = new Set<Fn>();
    const queue: (Node | Binding)[] = [...exposed, ...exportedNames, ...exportedFns];
    const exportFn = (f: Fn | undefined): void => {
      if (f && !exportedFns.has(f)) {
        exportedFns.add(f);
        queue.push(f);
      }
    };
    /** A function's result is handed out too (a factory's product): what it returns is exposed, its own parameters are not. */
    const exposeReturns = (f: Fn | undefined): void => {
      if (!f || returned.has(f)) return;
      returned.add(f);
      if (f.body.type !== 'BlockStatement') {
        queue.push(f.body);
        return;
      }
      const walk = (n: Node): void => {
        if (n.type === 'ReturnStatement' && n.argument) queue.push(n.argument);
        if (!isFunctionNode(n)) forEachChild(n, walk);
      };
      for (const st of f.body.body) walk(st);
    };
    /** An instance of a class or constructor handed out: its methods are the importer's to call. */
    const exposeInstance = (b: Binding | undefined): void => {
      if (!b) return;
      for (const f of protoFns.get(b) ?? []) exportFn(f);
      const decl = resolver.parent(b.id);
      const cls = decl?.type === 'ClassDeclaration' || decl?.type === 'ClassExpression' ? decl : unwrap(b.init);
      if (cls?.type !== 'ClassDeclaration' && cls?.type !== 'ClassExpression') return;
      // a symbol-keyed (`[kParse](…)`), `#private` or TypeScript `private`/`protected` method is out of the importer's reach
      for (const m of cls.body.body) {
        if (
          m.type !== 'MethodDefinition' ||
          !isFunctionNode(m.value) ||
          m.kind === 'constructor' ||
          m.key.type === 'PrivateIdentifier' ||
          m.accessibility === 'private' ||
          m.accessibility === 'protected'
        )
          continue;
        if (m.computed && !(m.key.type === 'Literal' && typeof m.key.value === 'string')) continue;
        exportFn(m.value);
      }
    };
    const calleeFn = (callee: Node): Fn | undefined => {
      const c = unwrap(callee);
      // `(function (root, factory) { module.exports = factory(); })(this, function () { … })`: a UMD wrapper's parameter is its argument
      if (c?.type === 'Identifier') {
        const b = resolver.binding(c);
        if (b?.kind === 'param' && b.fn && isFunctionNode(b.fn)) {
          const i = b.fn.params.indexOf(b.id);
          const call = resolver.parent(b.fn);
          if (i >= 0 && call?.type === 'CallExpression' && unwrap(call.callee) === b.fn) return fnValue(call.arguments[i]);
        }
      }
      return target(c);
    };
    while (queue.length) {
      const item = queue.pop()!;
      if (seen.has(item) || seen.size > 5000) continue;
      seen.add(item);
      if (!('type' in item)) {
        // an exported name: what hangs on it, what it is set to, and for a class or constructor its methods
        exportedNames.add(item);
        for (const [o, x] of hung) if (o === item) queue.push(x);
        if (item.init) queue.push(item.init);
        for (const v of assignedValues.get(item) ?? []) queue.push(v);
        if (item.kind === 'function' && item.fn && isFunctionNode(item.fn)) exportFn(item.fn);
        continue;
      }
      if (isFunctionNode(item)) {
        exportedFns.add(item);
        exposeReturns(item);
        continue;
      }
      const n = unwrap(item);
      if (!n) continue;
      switch (n.type) {
        case 'Identifier': {
          const b = resolver.binding(n);
          if (b && b.kind !== 'param' && b.kind !== 'import') queue.push(b);
          break;
        }
        case 'ObjectExpression':
          for (const p of n.properties) if (p.type === 'Property') queue.push(p.value);
          break;
        case 'AssignmentExpression':
          queue.push(n.right);
          break;
        case 'LogicalExpression':
          queue.push(n.left, n.right);
          break;
        case 'ConditionalExpression':
          queue.push(n.consequent, n.alternate);
          break;
        case 'SequenceExpression':
          if (n.expressions.length) queue.push(n.expressions[n.expressions.length - 1]!);
          break;
        case 'NewExpression': {
          const c = unwrap(n.callee);
          if (c?.type === 'Identifier') exposeInstance(resolver.binding(c));
          break;
        }
        case 'MemberExpression': {
          // `inst.m` handed out (bound or not): the instance's methods; `obj.f` set in the file: that function
          const f = memberFns.get(key(n));
          if (f) exportFn(f);
          else if (!n.computed) {
            const o = unwrap(n.object);
            const ob = o?.type === 'Identifier' ? resolver.binding(o) : undefined;
            if (ob && ob.kind !== 'param' && ob.kind !== 'import') queue.push(ob);
          }
          break;
        }
        case 'CallExpression': {
          const c = unwrap(n.callee);
          if (c?.type === 'MemberExpression' && propertyName(c) === 'bind') queue.push(c.object);
          else {
            const f = calleeFn(n.callee);
            exposeReturns(f);
            // `module.exports = createAssigner(function (object, source) { … })`: a same-file factory wraps the
            // function it is given, and the product calls it with the importer's arguments
            if (f) for (const a of n.arguments) if (isFunctionNode(a)) exportFn(a);
          }
          break;
        }
        default:
          if (isFunctionNode(n)) queue.push(n);
      }
    }
  }

  exposeAll();

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

const sitesByGraph = new WeakMap<CallGraph, Map<Fn, TSESTree.CallExpression[]>>();

/** The calls of the file (`resolver.flowNodes`, in source order) whose callee stands for `fn`: one pass indexes all. */
export function callSites(resolver: Resolver, g: CallGraph, fn: Fn): readonly TSESTree.CallExpression[] {
  let index = sitesByGraph.get(g);
  if (!index) {
    index = new Map();
    for (const c of resolver.flowNodes) {
      if (c.type !== 'CallExpression') continue;
      const t = g.target(c.callee);
      if (!t) continue;
      const list = index.get(t);
      if (list) list.push(c);
      else index.set(t, [c]);
    }
    sitesByGraph.set(g, index);
  }
  return index.get(fn) ?? [];
}
