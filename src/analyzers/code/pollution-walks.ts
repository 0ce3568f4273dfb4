// Walks code/prototype-pollution sees done by another function: the object is what a get-by-path helper reached along
// the caller's path (`object = parent(object, path)`, `value = objectPath.get(obj, path)`), and the write then goes
// into it (rules/code/prototype-pollution.ts reports; this module only recognises the shape).
import type { TSESTree } from '@typescript-eslint/types';
import type { Node } from '../../rule.js';
import type { PollutionFacts } from './pollution-facts.js';
import type { pollutionGuards } from './pollution-guards.js';
import { freshLocal, loopOver, returnsNested } from './pollution.js';
import { forEachChild, isFunctionNode, isNumericIndex, isSymbolKey } from './query.js';
import { type Binding, constValue, propertyName, unwrap } from './resolve.js';

type Fn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** A write into an object a helper walked to: the helper's call and the path parameter it was given. */
export interface HelperWalk {
  call: TSESTree.CallExpression;
  path: Binding;
}

/**
 * The write goes into what a get-by-path helper returned for the caller's path, and its key is that path's last part
 * (`delete object[toKey(last(path))]`, lodash `baseUnset`, CVE-2025-13465), or it deletes every key of the reached
 * object (`for (i in value) delete value[i]`, object-path `empty`, CVE-2021-3805). The helper is a same-file function
 * that walks (a recursion one key down, or `cur = cur[k]`) and does not reject the dangerous keys, or one imported
 * from another module (lodash's `parent` lives in `_parent.js`). A guard in the writing function is judged by the rule.
 */
export function helperWalk(facts: PollutionFacts, guards: ReturnType<typeof pollutionGuards>, write: Node, k: Node, obj: Node): HelperWalk | undefined {
  const { ctx, valuesOf, g, descending, fnOf } = facts;
  const o = unwrap(obj);
  const b = o?.type === 'Identifier' ? ctx.resolver.binding(o) : undefined;
  const fn = fnOf(write);
  if (!b || !fn) return undefined;
  const del = write.type === 'UnaryExpression';
  const kb = unwrap(k)?.type === 'Identifier' ? ctx.resolver.binding(unwrap(k) as TSESTree.Identifier) : undefined;
  const loop = kb ? loopOver(ctx, kb) : undefined;
  const emptied = del && !!loop && facts.key(unwrap(loop.source)!) === facts.key(o!);
  for (const v of valuesOf(b)) {
    const c = unwrap(v);
    if (c?.type !== 'CallExpression' || c.arguments.length < 2) continue;
    const path = c.arguments
      .slice(1)
      .map((a) => pathParam(a, fn))
      .find((x) => !!x);
    if (!path || !(emptied || mentions(k, path))) continue;
    const f = g().target(c.callee);
    if (f ? !(descending(f).length || walks(f)) || guards.bodyGuards(f) === true : !imported(c.callee)) continue;
    return { call: c, path };
  }
  return undefined;

  /** A parameter of the writing function, passed as it is or through a call (`baseSlice(path, 0, -1)`). */
  function pathParam(a: Node, f: Fn, depth = 0): Binding | undefined {
    const u = unwrap(a);
    if (u?.type === 'Identifier') {
      const p = ctx.resolver.binding(u);
      return p?.kind === 'param' && p.fn === f ? p : undefined;
    }
    if (u?.type === 'CallExpression' && depth < 2) return u.arguments.map((x) => pathParam(x, f, depth + 1)).find((x) => !!x);
    return undefined;
  }
  /** The key is built from the path: `toKey(last(path))`, `path[path.length - 1]`, or a local set from one. */
  function mentions(n: Node, p: Binding, depth = 0): boolean {
    let hit = false;
    const visit = (x: Node): void => {
      if (hit) return;
      if (x.type === 'Identifier') {
        const xb = ctx.resolver.binding(x);
        if (xb === p) hit = true;
        else if (xb && xb.kind !== 'param' && depth < 3 && valuesOf(xb).some((y) => mentions(y, p, depth + 1))) hit = true;
        return;
      }
      forEachChild(x, visit);
    };
    visit(n);
    return hit;
  }
  /** A same-file function that walks: `cur = cur[k]` somewhere in its body. */
  function walks(f: Fn): boolean {
    let hit = false;
    const visit = (x: Node): void => {
      if (hit) return;
      if (x.type === 'AssignmentExpression' && x.left.type === 'Identifier') {
        const r = unwrap(x.right);
        if (
          r?.type === 'MemberExpression' &&
          r.computed &&
          unwrap(r.object)?.type === 'Identifier' &&
          (unwrap(r.object) as TSESTree.Identifier).name === x.left.name
        )
          hit = true;
      }
      forEachChild(x, visit);
    };
    visit(f.body);
    return hit;
  }
  /** A function imported from another module: `import { get } from './get'`, `var parent = require('./_parent')`. */
  function imported(callee: Node): boolean {
    const u = unwrap(callee);
    const ib = u?.type === 'Identifier' ? ctx.resolver.binding(u) : undefined;
    if (!ib) return false;
    if (ib.kind === 'import') return true;
    const init = unwrap(ib.init);
    return (
      ib.writes === 0 &&
      init?.type === 'CallExpression' &&
      unwrap(init.callee)?.type === 'Identifier' &&
      (unwrap(init.callee) as TSESTree.Identifier).name === 'require' &&
      init.arguments[0]?.type === 'Literal'
    );
  }
}

/** Set-by-path by `reduce` into the caller's object: `path.reduce((o, k) => (o[k] = o[k] || {}), obj)`; the `reduce` member. */
export function reduceWalk(facts: PollutionFacts, k: Node, obj: Node): TSESTree.MemberExpression | undefined {
  const { ctx } = facts;
  const kk = unwrap(k);
  const ob = obj.type === 'Identifier' ? ctx.resolver.binding(obj) : undefined;
  if (ob?.kind !== 'param' || kk?.type !== 'Identifier' || !isFunctionNode(ob.fn)) return undefined;
  const kb = ctx.resolver.binding(kk);
  const call = ctx.resolver.parent(ob.fn);
  const m = call?.type === 'CallExpression' ? unwrap(call.callee) : undefined;
  const init = call?.type === 'CallExpression' ? unwrap(call.arguments[1]) : undefined;
  const freshInit = !init || init.type === 'ObjectExpression' || init.type === 'ArrayExpression' || init.type === 'NewExpression';
  const ok =
    kb?.fn === ob.fn &&
    ob.fn.params[0] === ob.id &&
    ob.fn.params[1] === kb.id &&
    m?.type === 'MemberExpression' &&
    propertyName(m) === 'reduce' &&
    !freshInit &&
    returnsNested(ctx, ob.fn, ob);
  return ok ? m : undefined;
}

/**
 * A write into an object picked by another dynamic key: with a request-chosen second key (`store[req.params.id][req.query.k] = v`),
 * or with both keys chosen by the caller into a store that has a prototype (`this.cache[this.locale][str] = str`, the
 * locale set by `setLocale(locale)`: a `__proto__` first key lands the write on Object.prototype).
 */
export function twoLevel(
  facts: PollutionFacts,
  k: Node,
  obj: Node,
  value: Node | undefined,
  untrustedKey: () => boolean,
): { outer: TSESTree.MemberExpression; request: boolean } | undefined {
  const { ctx, callerKey, assigns } = facts;
  let outer: Node | undefined = obj;
  if (obj.type === 'Identifier') outer = unwrap(ctx.resolver.binding(obj)?.init);
  if (
    outer?.type !== 'MemberExpression' ||
    !outer.computed ||
    constValue(outer.property, ctx.resolver) !== undefined ||
    isNumericIndex(ctx.resolver, outer.property)
  )
    return undefined;
  if (constValue(value, ctx.resolver) === undefined && untrustedKey()) return { outer, request: true };
  if (!isSymbolKey(ctx.resolver, outer.property) && callerKey(outer.property) && callerKey(k) && !freshLocal(ctx, outer.object, assigns))
    return { outer, request: false };
  return undefined;
}
