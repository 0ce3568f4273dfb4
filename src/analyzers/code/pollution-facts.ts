// What code/prototype-pollution reads from a file before it judges (rules/code/prototype-pollution.ts keeps the
// judgement): the values locals and `this` fields take, keyed reads one level down, recursion through the same-file
// call graph, whose object a write goes into, and keys the caller picks.
import type { TSESTree } from '@typescript-eslint/types';
import type { CodeContext, Node, Provenance } from '../../rule.js';
import { type CallGraph, callGraph, callSites } from './callgraph.js';
import { accessorShape, freshValue, loopOver } from './pollution.js';
import { worstProvenance } from './provenance-local.js';
import { enclosingFunction, fromParameter, isFunctionNode, isNumericIndex } from './query.js';
import { type Binding, constValue, propertyName, unwrap } from './resolve.js';

type Fn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** A key check seen in a function: `hasOwnProperty`, `includes`, a named guard (`check` judges a same-file one at the end). */
export interface GuardCall {
  fn: Node | undefined;
  obj?: string;
  key: Node;
  any: boolean;
  call: Node;
  own: boolean;
  check?: () => boolean | 'half';
}

export type PollutionFacts = ReturnType<typeof pollutionFacts>;

/** Methods that keep a path's segments: `field.split('.')`, `segments.slice(0, -1)`, `keys.at(-1)`. */
const PATH_METHODS = /^(split|slice|at|filter|map|concat|flat|shift|pop|toString|trim)$/;

/** The facts of one file, filled by the rule's visitor (`assigns`, `fields`, the tests and guard calls) and read at Program:exit. */
export function pollutionFacts(ctx: CodeContext) {
  const dangerousTests = new Map<Node | undefined, Set<string>>();
  /** Tests that the walked value is a plain object (`typeof x[k] === "object"`, `isPlainObject(src)`): `constructor`, a function, is not descended into. */
  const objectTests: { fn: Node | undefined; value?: Node }[] = [];
  const guardCalls: GuardCall[] = [];
  const assigns = new Map<Binding, Node[]>();
  const fields = new Map<string, Node[]>();

  const fnOf = (n: Node): Fn | undefined => enclosingFunction(ctx.resolver, n);
  const chainOf = (n: Node): Fn[] => {
    const out: Fn[] = [];
    for (let f = fnOf(n); f && out.length < 6; f = fnOf(f)) out.push(f);
    return out;
  };
  const key = (n: Node): string => ctx.text(n).replace(/\s+/g, '');
  /** Values a local takes (its initialiser and every `x = …`). */
  const valuesOf = (b: Binding): Node[] => [...(b.init ? [b.init] : []), ...(assigns.get(b) ?? [])];
  /** The value is (or holds) `x[k]` with a dynamic, non-numeric key: one level down an object. */
  const keyed = (node: Node | undefined, depth = 0, seen = new Set<Binding>()): boolean => {
    const n = unwrap(node);
    if (!n || depth > 5) return false;
    switch (n.type) {
      case 'MemberExpression':
        return n.computed && constValue(n.property, ctx.resolver) === undefined && !isNumericIndex(ctx.resolver, n.property);
      case 'Identifier': {
        const b = ctx.resolver.binding(n);
        if (!b || b.kind === 'param' || seen.has(b)) return false;
        seen.add(b);
        return valuesOf(b).some((v) => keyed(v, depth + 1, seen));
      }
      case 'LogicalExpression':
        return keyed(n.left, depth + 1, seen) || keyed(n.right, depth + 1, seen);
      case 'ConditionalExpression':
        return keyed(n.consequent, depth + 1, seen) || keyed(n.alternate, depth + 1, seen);
      case 'AssignmentExpression':
        return keyed(n.right, depth + 1, seen);
      case 'CallExpression': {
        // `safeGet(object, key)`: a same-file getter that returns `object[key]`
        const f = g().target(n.callee);
        const k = n.arguments[1];
        return !!f && !!k && k.type !== 'SpreadElement' && constValue(k, ctx.resolver) === undefined && !isNumericIndex(ctx.resolver, k) && helperShape(f).get;
      }
      default:
        return false;
    }
  };
  const helperShape = (f: Fn): { get: boolean; set: boolean } => accessorShape(ctx, g(), f);
  /** True when `value` reads `source[key]` (or the entries value), directly, through locals, or as a call argument. */
  const readsSource = (value: Node, source: Node, kb: Binding, entriesValue: Binding | undefined, depth = 0, seen = new Set<Binding>()): boolean => {
    const v = unwrap(value);
    if (!v || depth > 5) return false;
    if (v.type === 'Identifier') {
      const b = ctx.resolver.binding(v);
      if (!b) return false;
      if (b === entriesValue) return true;
      if (b.kind === 'param' || seen.has(b)) return false;
      seen.add(b);
      return valuesOf(b).some((x) => readsSource(x, source, kb, entriesValue, depth + 1, seen));
    }
    if (v.type === 'MemberExpression') {
      const k = unwrap(v.property);
      return v.computed && k?.type === 'Identifier' && ctx.resolver.binding(k) === kb && key(unwrap(v.object)!) === key(unwrap(source)!);
    }
    if (v.type === 'CallExpression') return v.arguments.some((a) => a.type !== 'SpreadElement' && readsSource(a, source, kb, entriesValue, depth + 1, seen));
    if (v.type === 'LogicalExpression' || v.type === 'ConditionalExpression') {
      const parts = v.type === 'LogicalExpression' ? [v.left, v.right] : [v.consequent, v.alternate];
      return parts.some((p) => readsSource(p, source, kb, entriesValue, depth + 1, seen));
    }
    return false;
  };

  // ── recursion: cycles of the same-file call graph ──
  let graph: CallGraph | undefined;
  const g = (): CallGraph => (graph ??= callGraph(ctx.ast, ctx.resolver, ctx.text));
  /** For a function on a cycle: the calls in it that go back round the cycle one level down (an argument is `x[k]`). */
  const descents = new Map<Fn, { call: TSESTree.CallExpression | TSESTree.NewExpression; to: Fn; args: number[] }[]>();
  const descending = (f: Fn): { call: TSESTree.CallExpression | TSESTree.NewExpression; to: Fn; args: number[] }[] => {
    let d = descents.get(f);
    if (d) return d;
    d = [];
    if (g().reach(f).has(f)) {
      for (const e of g().callsFrom(f)) {
        if (e.to !== f && !g().reach(e.to).has(f)) continue;
        const args = e.call.arguments.map((a, i) => (a.type !== 'SpreadElement' && keyed(a) ? i : -1)).filter((i) => i >= 0);
        if (args.length) d.push({ call: e.call, to: e.to, args });
      }
    }
    descents.set(f, d);
    return d;
  };
  /** The target object is the caller's (a parameter, `arguments[i]`, `this` of a plain function, or a local pointed at one). */
  const callersObject = (target: Node, fn: Fn, depth = 0): boolean => {
    const t = unwrap(target);
    if (!t || depth > 4) return false;
    if (t.type === 'ThisExpression') return ctx.resolver.parent(fn)?.type !== 'MethodDefinition';
    if (t.type === 'MemberExpression') {
      const o = unwrap(t.object);
      if (o?.type === 'Identifier' && o.name === 'arguments' && !ctx.resolver.binding(o)) return true;
      return callersObject(t.object, fn, depth + 1);
    }
    if (t.type === 'LogicalExpression') return callersObject(t.left, fn, depth + 1);
    if (t.type === 'CallExpression') {
      // args.shift(), [].slice.call(arguments)[0]
      const c = unwrap(t.callee);
      return c?.type === 'MemberExpression' && /^(shift|pop)$/.test(propertyName(c) ?? '') && callersObject(c.object, fn, depth + 1);
    }
    if (t.type !== 'Identifier') return false;
    if (t.name === 'arguments' && !ctx.resolver.binding(t)) return true;
    const b = ctx.resolver.binding(t);
    if (!b) return false;
    if (b.kind === 'param') return b.fn === fn || !isFunctionNode(b.fn) ? true : paramOfHelper(b, fn, depth);
    return valuesOf(b).some((v) => callersObject(v, fn, depth + 1) || (unwrap(v)?.type === 'CallExpression' && fromParameter(v, ctx.resolver)));
  };

  /** A local (not a parameter) some of whose values are fresh objects. */
  const freshSometimes = (t: TSESTree.Identifier): boolean => {
    const b = ctx.resolver.binding(t);
    return !!b && b.kind !== 'param' && !b.path && valuesOf(b).some((v) => freshValue(ctx, v));
  };
  /**
   * A parameter of another function than the recursive one: the accumulator of a `reduce` callback is the object
   * `reduce` starts from; a parameter of a same-file helper is what its callers pass (`addKeys(k, result, …)` with
   * `result = {}` writes into a fresh object). A callback of unknown shape keeps the caller's object.
   */
  const paramOfHelper = (b: Binding, fn: Fn, depth: number): boolean => {
    const h = b.fn as Fn;
    const index = h.params.indexOf(b.id);
    const call = ctx.resolver.parent(h);
    if (call?.type === 'CallExpression' && call.arguments[0] === h) {
      const m = unwrap(call.callee);
      if (m?.type === 'MemberExpression' && /^reduce(Right)?$/.test(propertyName(m) ?? '') && index === 0) {
        const init = call.arguments[1];
        return !!init && init.type !== 'SpreadElement' && callersObject(init, fn, depth + 1);
      }
      return true;
    }
    if (index < 0) return true;
    const sites = callSites(ctx.resolver, g(), h);
    if (!sites.length) return true;
    return sites.some((site) => {
      const a = site.arguments[index];
      return !a || a.type === 'SpreadElement' || callersObject(a, fn, depth + 1);
    });
  };

  /** `path[i]`: an element of a parameter (an array the caller passes; of `fn` when given), read as it is. */
  const paramElement = (n: Node | undefined, fn?: Fn): boolean => {
    const u = unwrap(n);
    const o = u?.type === 'MemberExpression' && u.computed ? unwrap(u.object) : undefined;
    const b = o?.type === 'Identifier' ? ctx.resolver.binding(o) : undefined;
    return b?.kind === 'param' && (!fn || b.fn === fn) && typeof constValue((u as TSESTree.MemberExpression).property, ctx.resolver) !== 'string';
  };
  /**
   * A key that need not be a string: every value the local takes is an element of a caller's array, unconverted
   * (`var currentPath = path[0]`). `k === '__proto__'` is false for `['__proto__']`, and `obj[['__proto__']]` is
   * `obj.__proto__` (object-path 0.11.5, CVE-2021-23434); `String(k)`, `k + ''` or a helper's result is a string.
   */
  const unconvertedElement = (n: Node | undefined): boolean => {
    const u = unwrap(n);
    const b = u?.type === 'Identifier' ? ctx.resolver.binding(u) : undefined;
    if (!b || b.kind === 'param' || b.path) return false;
    const values = valuesOf(b);
    return !!b.init && (assigns.get(b)?.length ?? 0) >= b.writes && values.every((v) => paramElement(v));
  };
  /** A key the recursive `fn` takes from the path its caller passes: `path[0]`, or a same-file helper's result on it (`getKey(path[0])`). */
  const pathKey = (n: Node | undefined, fn: Fn, depth = 0, seen = new Set<Binding>()): boolean => {
    const u = unwrap(n);
    if (!u || depth > 4) return false;
    if (paramElement(u, fn)) return true;
    if (u.type === 'CallExpression') return !!g().target(u.callee) && u.arguments.some((a) => a.type !== 'SpreadElement' && pathKey(a, fn, depth + 1, seen));
    const b = u.type === 'Identifier' ? ctx.resolver.binding(u) : undefined;
    if (!b || b.kind === 'param' || seen.has(b)) return false;
    seen.add(b);
    return valuesOf(b).some((v) => pathKey(v, fn, depth + 1, seen));
  };

  /** A parameter of a callback (not the recursive function, not a `reduce` accumulator) handed to a call of unknown shape. */
  function callbackParam(target: Node, f: Fn): boolean {
    const t = unwrap(target);
    const b = t?.type === 'Identifier' ? ctx.resolver.binding(t) : undefined;
    if (b?.kind !== 'param' || b.fn === f || !isFunctionNode(b.fn)) return false;
    const call = ctx.resolver.parent(b.fn);
    if (call?.type !== 'CallExpression' || !call.arguments.includes(b.fn as TSESTree.CallExpressionArgument)) return false;
    const m = unwrap(call.callee);
    return !(m?.type === 'MemberExpression' && /^reduce(Right)?$/.test(propertyName(m) ?? '')) && !g().target(call.callee);
  }
  /** For the first parameter of an iteration callback (`list.forEach(fn)`, `each(list, fn)`), the list it walks. */
  function iterList(b: Binding): Node | undefined {
    const f = b.fn;
    if (!isFunctionNode(f) || f.params[0] !== b.id) return undefined;
    const call = ctx.resolver.parent(f);
    if (call?.type !== 'CallExpression') return undefined;
    const m = unwrap(call.callee);
    if (m?.type === 'MemberExpression' && call.arguments[0] === f && /^(forEach|map|filter|some|every|flatMap)$/.test(propertyName(m) ?? '')) return m.object;
    const name = m?.type === 'Identifier' ? m.name : m?.type === 'MemberExpression' ? propertyName(m) : undefined;
    if (call.arguments[1] === f && name && /^(each|forEach|arrayEach|map|arrayMap|baseEach)$/.test(name) && call.arguments[0]?.type !== 'SpreadElement')
      return call.arguments[0];
    return undefined;
  }
  /** A key the caller picks: a parameter (or a part of one, `arguments`, `args.shift()`), a key of a caller's object, or a `this` field set from one. */
  function callerKey(node: Node | undefined, depth = 0): boolean {
    const n = unwrap(node);
    if (!n || depth > 5) return false;
    switch (n.type) {
      case 'Identifier': {
        const b = ctx.resolver.binding(n);
        if (!b) return n.name === 'arguments';
        if (b.kind === 'param') {
          const list = iterList(b);
          return list ? callerKey(list, depth + 1) : true;
        }
        const loop = loopOver(ctx, b);
        if (loop)
          return (
            callerKey(loop.source, depth + 1) ||
            (unwrap(loop.source)?.type === 'Identifier' && ctx.resolver.binding(unwrap(loop.source) as TSESTree.Identifier)?.kind === 'param')
          );
        return valuesOf(b).some((v) => callerKey(v, depth + 1));
      }
      case 'MemberExpression':
        if (!n.computed && unwrap(n.object)?.type === 'ThisExpression') return (fields.get(propertyName(n) ?? '') ?? []).some((v) => callerKey(v, depth + 1));
        return callerKey(n.object, depth + 1);
      case 'CallExpression': {
        const c = unwrap(n.callee);
        if (c?.type === 'MemberExpression' && /^(shift|pop|at|toString|trim|toLowerCase)$/.test(propertyName(c) ?? '')) return callerKey(c.object, depth + 1);
        if (c?.type === 'MemberExpression' && propertyName(c) === 'call' && /\.slice$/.test(ctx.resolver.canonical(c.object) ?? ctx.text(c.object)))
          return n.arguments.some((a) => a.type !== 'SpreadElement' && callerKey(a, depth + 1));
        return false;
      }
      case 'LogicalExpression':
        return callerKey(n.left, depth + 1) || callerKey(n.right, depth + 1);
      default:
        return false;
    }
  }
  /** The written value comes from one level down (`src[k]`, a local set from it, a recursive call on it) or from the caller. */
  function readsKeyed(v: Node | undefined, depth = 0): boolean {
    const u = unwrap(v);
    if (!u || depth > 4) return false;
    if (u.type === 'ConditionalExpression') return readsKeyed(u.consequent, depth + 1) || readsKeyed(u.alternate, depth + 1);
    if (u.type === 'LogicalExpression') return readsKeyed(u.left, depth + 1) || readsKeyed(u.right, depth + 1);
    if (u.type === 'CallExpression') return u.arguments.some((a) => a.type !== 'SpreadElement' && keyed(a));
    return keyed(u) || (u.type === 'Identifier' && ctx.resolver.binding(u)?.kind === 'param');
  }

  /**
   * The parameter a walked key is taken from: `segment` of `for (const segment of field.split('.').slice(0, -1))`,
   * `keys[i]`, `path.at(-1)` → the parameter (`field`, `keys`, `path`) and its index. Undefined when the key takes
   * values from elsewhere too.
   */
  function keyParam(n: Node | null | undefined, depth = 0, seen = new Set<Binding>()): { fn: Fn; index: number } | undefined {
    const u = unwrap(n);
    if (!u || depth > 6) return undefined;
    if (u.type === 'MemberExpression') return keyParam(u.object, depth + 1, seen);
    if (u.type === 'CallExpression') {
      const c = unwrap(u.callee);
      return c?.type === 'MemberExpression' && PATH_METHODS.test(propertyName(c) ?? '') ? keyParam(c.object, depth + 1, seen) : undefined;
    }
    if (u.type !== 'Identifier') return undefined;
    const b = ctx.resolver.binding(u);
    if (!b || seen.has(b)) return undefined;
    seen.add(b);
    if (b.kind === 'param') {
      const list = iterList(b);
      if (list) return keyParam(list, depth + 1, seen);
      if (!isFunctionNode(b.fn)) return undefined;
      const index = b.fn.params.findIndex((p) => p === b.id || (p.type === 'AssignmentPattern' && p.left === b.id));
      return index >= 0 ? { fn: b.fn, index } : undefined;
    }
    const decl = ctx.resolver.parent(b.id);
    const list = decl && ctx.resolver.parent(decl);
    const loop = list && ctx.resolver.parent(list);
    if (decl?.type === 'VariableDeclarator' && loop?.type === 'ForOfStatement' && loop.left === list) return keyParam(loop.right, depth + 1, seen);
    if (b.path) return undefined;
    const values = valuesOf(b);
    if (!values.length || (assigns.get(b)?.length ?? 0) < b.writes) return undefined;
    const found = values.map((v) => keyParam(v, depth + 1, new Set(seen)));
    const first = found[0];
    return first && found.every((f) => f?.fn === first.fn && f.index === first.index) ? first : undefined;
  }
  /**
   * The keys of a helper the file only calls (a set-by-path `writeNestedField(record, field, value)` neither exported
   * nor handed out): the worst provenance of what its call sites outside it pass for the key's parameter. Undefined
   * when the key is no parameter, the function is public or passed around, or it has no outside caller.
   */
  function callersKeys(origin: Node): Provenance | undefined {
    const p = keyParam(origin);
    if (!p || g().isExported(p.fn)) return undefined;
    const parent = ctx.resolver.parent(p.fn);
    const id =
      p.fn.type !== 'ArrowFunctionExpression' && p.fn.id
        ? p.fn.id
        : parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier'
          ? parent.id
          : undefined;
    if (!id || (p.fn.type === 'FunctionExpression' && parent?.type !== 'VariableDeclarator')) return undefined;
    const every = callSites(ctx.resolver, g(), p.fn);
    const sites = every.filter((s) => enclosingFunction(ctx.resolver, s) !== p.fn);
    if (!sites.length) return undefined;
    // every mention of the name is the declaration or a call: the function is not handed to code that calls it otherwise
    const esc = id.name.replace(/\$/g, '\\$');
    const mentions = ctx.file.text.match(new RegExp(`(?<![.\\w$])${esc}(?![\\w$])`, 'g'))?.length ?? 0;
    if (mentions > every.length + 1) return undefined;
    const args = sites.map((s) => s.arguments[p.index]);
    if (args.some((a) => a?.type === 'SpreadElement')) return undefined;
    return worstProvenance(
      ctx,
      args.filter((a): a is TSESTree.Expression => a !== undefined),
    ).provenance;
  }

  return {
    ctx,
    dangerousTests,
    objectTests,
    guardCalls,
    assigns,
    fields,
    fnOf,
    chainOf,
    key,
    valuesOf,
    keyed,
    helperShape,
    readsSource,
    g,
    descending,
    callersObject,
    freshSometimes,
    callbackParam,
    callerKey,
    readsKeyed,
    unconvertedElement,
    pathKey,
    keyParam,
    callersKeys,
  };
}
