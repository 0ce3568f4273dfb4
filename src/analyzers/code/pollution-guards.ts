// The key checks code/prototype-pollution accepts as guards (rules/code/prototype-pollution.ts keeps the judgement):
// comparisons with the dangerous keys, blocklists a helper applies to the walked keys, same-file guard functions judged
// by their body, and own-property tests the walk or the recursion goes through.
import type { TSESTree } from '@typescript-eslint/types';
import type { Node } from '../../rule.js';
import type { PollutionFacts } from './pollution-facts.js';
import { endsInJump, forEachChild, holdsIfFalse, holdsIfTrue, identifierWords, isFunctionNode, isWithin } from './query.js';
import { constValue, propertyName, unwrap } from './resolve.js';

type Fn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** Words that name a key check (`isSafeKey`, `isPrototypePolluted`, `assertNotDangerous`), matched by word: `getShallowProperty` holds "allow" but is no guard. */
const GUARD_WORD =
  /^(safe|unsafe|valid|invalid|allow|allowed|allowlist|whitelist|whitelisted|disallow|disallowed|forbid|forbidden|block|blocked|blocklist|blacklist|blacklisted|danger|dangerous|proto|prototype|pollute|polluted|polluting|pollution|reserved|illegal|magic)$/;
export const guardName = (name: string): boolean => !/^(get|set)PrototypeOf$/.test(name) && identifierWords(name).some((w) => GUARD_WORD.test(w));

/** Guard questions over the facts of one file; ask them at Program:exit, once every test and guard call is collected. */
export function pollutionGuards(facts: PollutionFacts) {
  const { ctx, dangerousTests, objectTests, guardCalls, assigns, fnOf, key, valuesOf, keyed, g } = facts;

  /** Module-level names whose declaration lists a dangerous key (`const disallowedKeys = ['__proto__', …]`). */
  let dangerLists: RegExp | undefined;
  const mentionsDanger = (f: Node): boolean => {
    const text = ctx.text(f);
    if (/(['"`])(__proto__|constructor|prototype)\1/.test(text)) return true;
    if (!dangerLists) {
      const names: string[] = [];
      for (const st of ctx.ast.body) {
        const d =
          st.type === 'VariableDeclaration'
            ? st
            : st.type === 'ExportNamedDeclaration' && st.declaration?.type === 'VariableDeclaration'
              ? st.declaration
              : undefined;
        for (const v of d?.declarations ?? []) if (v.id.type === 'Identifier' && v.init && /(['"`])__proto__\1/.test(ctx.text(v.init))) names.push(v.id.name);
      }
      dangerLists = names.length ? new RegExp(`\\b(${names.join('|')})\\b`) : /(?!)/;
    }
    return dangerLists.test(text);
  };
  /** The list may be the caller's array as given: a parameter, or a branch that picks it (`(isArray ? path : split(path)).filter(…)`). */
  const rawArray = (n: Node | undefined, depth = 0): boolean => {
    const u = unwrap(n);
    if (!u || depth > 3) return false;
    if (u.type === 'ConditionalExpression') return rawArray(u.consequent, depth + 1) || rawArray(u.alternate, depth + 1);
    if (u.type === 'LogicalExpression') return rawArray(u.left, depth + 1) || rawArray(u.right, depth + 1);
    const b = u.type === 'Identifier' ? ctx.resolver.binding(u) : undefined;
    return b?.kind === 'param' && !assigns.get(b)?.length;
  };
  /**
   * A checker that tests its own parameter against the dangerous keys with `===`/`!==` only and never makes it a
   * string: `['__proto__']` passes it, and `obj[['__proto__']]` is `obj.__proto__` (set-value 3.0.1, CVE-2021-23440).
   */
  const strictOnRaw = (f: Fn): boolean => {
    const p = f.params[0];
    const pb = p?.type === 'Identifier' ? ctx.resolver.binding(p) : undefined;
    if (!pb || assigns.get(pb)?.length) return false;
    let strict = false;
    let other = false;
    const visit = (n: Node): void => {
      if (n.type === 'BinaryExpression' && /^[!=]==?$/.test(n.operator))
        for (const [side, rest] of [
          [n.left, n.right],
          [n.right, n.left],
        ] as const) {
          const v = constValue(side, ctx.resolver);
          if (v !== '__proto__' && v !== 'constructor' && v !== 'prototype') continue;
          const r = unwrap(rest);
          if (n.operator.length === 3 && r?.type === 'Identifier' && ctx.resolver.binding(r) === pb) strict = true;
          else other = true;
        }
      forEachChild(n, visit);
    };
    visit(f.body);
    return strict && !other;
  };
  /**
   * The walked keys come from a same-file helper that vets them: `const keys = split(p).filter(isValidKey)`,
   * `const pathArr = getPathSegments(path)` where the helper (or what it calls) rejects `__proto__`.
   */
  const vettedKeys = (k: Node): boolean => {
    let n = unwrap(k);
    if (n?.type === 'Identifier') {
      const b = ctx.resolver.binding(n);
      n = b && !b.path ? unwrap(b.init) : undefined;
    }
    if (n?.type !== 'MemberExpression') return false;
    let arr = unwrap(n.object);
    if (arr?.type === 'Identifier') {
      const b = ctx.resolver.binding(arr);
      arr = b && !b.path ? unwrap(b.init) : undefined;
    }
    const fns = new Set<Fn>();
    for (let c = arr; c?.type === 'CallExpression'; ) {
      const f = g().target(c.callee);
      if (f) fns.add(f);
      const callee = unwrap(c.callee);
      const filtersRaw = callee?.type === 'MemberExpression' && propertyName(callee) === 'filter' && rawArray(callee.object);
      for (const a of c.arguments) {
        const af = a.type !== 'SpreadElement' ? (g().target(a) ?? (isFunctionNode(a) ? a : undefined)) : undefined;
        if (af && !(filtersRaw && strictOnRaw(af))) fns.add(af);
      }
      c = callee?.type === 'MemberExpression' ? unwrap(callee.object) : undefined;
    }
    return [...fns].some((f) => mentionsDanger(f) || [...g().reach(f)].some((h) => mentionsDanger(h)));
  };
  const completeTest = (f: Node | undefined): boolean => {
    const s = dangerousTests.get(f);
    if (!s?.has('__proto__')) return false;
    // `__proto__` alone is enough when the walk only goes into plain objects: `constructor` is a function
    return s.has('constructor') || s.has('prototype') || objectTests.some((t) => t.fn === f && (!t.value || keyed(t.value)));
  };
  /**
   * Whether a same-file function rejects the dangerous keys, judged by its body and what it calls: true for a
   * complete test, false for one that names `__proto__` alone, undefined when the body names none (then its name decides).
   */
  const bodyGuards = (f: Fn): boolean | undefined => {
    const fs = [f, ...g().reach(f)];
    if (fs.some((h) => completeTest(h))) return true;
    const text = fs.map((h) => ctx.text(h)).join('\n');
    const proto = /(['"`])__proto__\1/.test(text);
    const other = /(['"`])(constructor|prototype)\1/.test(text);
    if (proto && other) return true;
    if (fs.some((h) => mentionsDanger(h))) return proto && !other ? false : true;
    return proto ? false : undefined;
  };
  /** An own-property test of `objText` guards `at` when `at` only runs where the test held. */
  const underOwnTest = (g: { call: Node }, at: Node): boolean => {
    // the test picks the value the recursion descends into: `merge(own(t, k) ? t[k] : {}, s[k])`
    if (isWithin(g.call, at) && g.call !== at) {
      let child: Node = g.call;
      for (let n = ctx.resolver.parent(g.call); n && n !== at; child = n, n = ctx.resolver.parent(n)) {
        if (n.type === 'ConditionalExpression' && n.test === child) {
          const picked = unwrap(holdsIfTrue(g.call, n.test) ? n.consequent : holdsIfFalse(g.call, n.test) ? n.alternate : undefined);
          if (picked?.type === 'MemberExpression' && picked.computed) return true;
        }
      }
    }
    let child: Node = at;
    for (let n = ctx.resolver.parent(at); n; child = n, n = ctx.resolver.parent(n)) {
      if (isFunctionNode(n)) return false;
      if ((n.type === 'IfStatement' || n.type === 'ConditionalExpression') && n.consequent === child && holdsIfTrue(g.call, n.test)) return true;
      if ((n.type === 'IfStatement' || n.type === 'ConditionalExpression') && n.alternate === child && holdsIfFalse(g.call, n.test)) return true;
      if (n.type === 'LogicalExpression' && n.operator === '&&' && n.right === child && holdsIfTrue(g.call, n.left)) return true;
      if (n.type === 'BlockStatement' || n.type === 'Program') {
        // `if (!own(t, k)) continue;` earlier in the block
        for (const st of n.body) {
          if (st === child) break;
          if (st.type === 'IfStatement' && holdsIfFalse(g.call, st.test) && endsInJump(st.consequent)) return true;
        }
      }
    }
    return false;
  };
  /** The value is the target's own value at the key: `target[key]`, or a local set from `get(target, key)`. */
  const targetSide = (v: Node, targetText: string, depth = 0): boolean => {
    const u = unwrap(v);
    if (!u || depth > 3) return false;
    if (u.type === 'MemberExpression') return u.computed && key(unwrap(u.object)!) === targetText;
    if (u.type === 'CallExpression') {
      const a = unwrap(u.arguments[0]);
      return !!a && key(a) === targetText;
    }
    if (u.type !== 'Identifier') return false;
    const b = ctx.resolver.binding(u);
    return !!b && b.kind !== 'param' && valuesOf(b).some((x) => targetSide(x, targetText, depth + 1));
  };
  const guarded = (node: Node, k: Node, target: Node, at: Node = node): boolean => {
    const fns: (Node | undefined)[] = [];
    for (let f: Node | undefined = fnOf(node), i = 0; i < 3; i++) {
      fns.push(f);
      if (!f) break;
      f = fnOf(f);
    }
    if (fns.some((f) => completeTest(f))) return true;
    const ku = unwrap(k);
    const kb = ku?.type === 'Identifier' ? ctx.resolver.binding(ku) : undefined;
    const keyText = ku ? key(ku) : '';
    const targetText = key(unwrap(target)!);
    return guardCalls.some((g) => {
      if (!fns.includes(g.fn)) return false;
      const gk = unwrap(g.key);
      const same = kb ? gk?.type === 'Identifier' && ctx.resolver.binding(gk) === kb : !!gk && key(gk) === keyText;
      if (!same) return false;
      const verdict = g.check?.() ?? true;
      if (!verdict) return false;
      // a getter that drops only `__proto__` (deep-extend `safeGetProperty`) guards when the target's own value at the
      // key is then tested to be a plain object: `constructor`, a function, is not descended into
      if (verdict === 'half') return objectTests.some((t) => t.fn === g.fn && !!t.value && targetSide(t.value, targetText));
      if (g.any) return true;
      return g.obj === targetText && (!g.own || underOwnTest(g, at));
    });
  };

  return { vettedKeys, completeTest, bodyGuards, guarded };
}
