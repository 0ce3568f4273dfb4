import { type Binding, CHILD_KEYS, type CodeContext, constValue, defineRule, describe, enclosingFunction, isFunctionNode, isNumeric, isRequestValue, type Node, propertyName, type TSESTree, unwrap } from '../../src/kit.js';

type Fn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
type Assign = TSESTree.AssignmentExpression;

const BUILTINS = new Set(['Object', 'Array', 'String', 'Function', 'Number', 'Boolean', 'Date', 'RegExp', 'Promise', 'Map', 'Set', 'Error', 'Symbol']);
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const KEY_ITERATORS = new Set(['Object.keys', 'Object.entries', 'Object.getOwnPropertyNames', 'Reflect.ownKeys']);
const GUARD_NAME = /safe|valid|allow|forbid|block|danger|unsafe|proto|pollut|reserved|illegal/i;

/** A builtin prototype object: `Object.prototype`, `Array.prototype`, … */
function builtinPrototype(ctx: CodeContext, node: Node): string | undefined {
  // Only `X.prototype` or a name bound to one can resolve to `X.prototype`: skip the resolver for anything else.
  const n = unwrap(node);
  if (n?.type !== 'Identifier' && !(n?.type === 'MemberExpression' && propertyName(n) === 'prototype')) return undefined;
  const c = ctx.resolver.canonical(n);
  if (!c) return undefined;
  const m = /^(\w+)\.prototype$/.exec(c);
  return m && BUILTINS.has(m[1]!) ? c : undefined;
}

/** The member chain of an assignment target, outermost last: `a.b[c].d` → [a.b, a.b[c], a.b[c].d]. */
function memberChain(node: Node): TSESTree.MemberExpression[] {
  const out: TSESTree.MemberExpression[] = [];
  let n = unwrap(node);
  while (n?.type === 'MemberExpression') {
    out.unshift(n);
    n = unwrap(n.object);
  }
  return out;
}

function isNumericKey(ctx: CodeContext, key: Node): boolean {
  const k = unwrap(key);
  if (!k) return true;
  if (typeof constValue(k, ctx.resolver) === 'number' || isNumeric(k, ctx.resolver)) return true;
  if (k.type !== 'Identifier') return false;
  const b = ctx.resolver.binding(k);
  if (!b) return false;
  const decl = ctx.resolver.parent(b.id);
  if (decl?.type === 'VariableDeclarator' && decl.init && isNumeric(decl.init, ctx.resolver)) {
    const d = ctx.resolver.parent(decl);
    const loop = d && ctx.resolver.parent(d);
    if (loop?.type === 'ForStatement') return true;
  }
  if (b.kind === 'param' && b.fn && isFunctionNode(b.fn)) {
    const idx = b.fn.params.indexOf(b.id as TSESTree.Parameter);
    const call = ctx.resolver.parent(b.fn);
    if (call?.type === 'CallExpression') {
      const m = unwrap(call.callee);
      const method = m?.type === 'MemberExpression' ? propertyName(m) : undefined;
      if (method && /^(forEach|map|filter|some|every|find|findIndex|flatMap)$/.test(method) && idx === 1) return true;
      if (method && /^(reduce|reduceRight)$/.test(method) && idx === 2) return true;
    }
  }
  return false;
}

function untrusted(ctx: CodeContext, node: Node | undefined): boolean {
  if (!node) return false;
  return isRequestValue(node, ctx.resolver, ctx.text) || !!ctx.taint(node);
}

interface LoopKey {
  /** The object whose keys are iterated. */
  source: Node;
  /** For `Object.entries`: the binding of the value. */
  value?: Binding;
  loop: Node;
}

/** When `key` is the key variable of a loop over an object's keys, the object and the loop. */
function loopOver(ctx: CodeContext, key: Binding): LoopKey | undefined {
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
      const d = declares(first as Node | undefined);
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

/** True when `value` reads `source[key]` (or the entries value), directly or as a call argument. */
function readsSource(ctx: CodeContext, value: Node, source: Node, key: Binding, entriesValue: Binding | undefined, depth = 0): boolean {
  const v = unwrap(value);
  if (!v || depth > 4) return false;
  if (v.type === 'Identifier') return !!entriesValue && ctx.resolver.binding(v) === entriesValue;
  if (v.type === 'MemberExpression') {
    const k = unwrap(v.property);
    return v.computed && k?.type === 'Identifier' && ctx.resolver.binding(k) === key && ctx.text(unwrap(v.object)!) === ctx.text(unwrap(source)!);
  }
  if (v.type === 'CallExpression') return v.arguments.some((a) => a.type !== 'SpreadElement' && readsSource(ctx, a, source, key, entriesValue, depth + 1));
  if (v.type === 'LogicalExpression' || v.type === 'ConditionalExpression') {
    const parts = v.type === 'LogicalExpression' ? [v.left, v.right] : [v.consequent, v.alternate];
    return parts.some((p) => readsSource(ctx, p as Node, source, key, entriesValue, depth + 1));
  }
  return false;
}

/** A local initialised with a fresh object (`{}`, `{ ...a }`, `[]`): writing `__proto__` into it only changes its own prototype. */
function freshLocal(ctx: CodeContext, target: Node): boolean {
  const t = unwrap(target);
  if (t?.type !== 'Identifier') return false;
  const b = ctx.resolver.binding(t);
  const init = unwrap(b?.init);
  if (!b || b.kind === 'param' || b.path || !init) return false;
  if (init.type === 'ObjectExpression' || init.type === 'ArrayExpression') return true;
  if (init.type === 'CallExpression') {
    const c = ctx.resolver.canonical(init.callee);
    const first = unwrap(init.arguments[0] as Node | undefined);
    return (c === 'Object.assign' && first?.type === 'ObjectExpression') || c === 'Object.create';
  }
  return init.type === 'NewExpression';
}

/** True when a set-by-path `reduce` callback returns the nested object it walked into (`(o, k) => (o[k] = o[k] || {})`), not the accumulator. */
function returnsNested(ctx: CodeContext, fn: TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration, acc: Binding): boolean {
  const returned: Node[] = [];
  if (fn.body.type !== 'BlockStatement') returned.push(fn.body);
  else {
    const visit = (n: Node): void => {
      if (n.type === 'ReturnStatement') {
        if (n.argument) returned.push(n.argument);
        return;
      }
      if (isFunctionNode(n)) return;
      for (const k of CHILD_KEYS.get(n.type) ?? []) {
        const v = (n as unknown as Record<string, unknown>)[k];
        if (Array.isArray(v)) for (const c of v) if (c && typeof (c as Node).type === 'string') visit(c as Node);
        if (v && !Array.isArray(v) && typeof (v as Node).type === 'string') visit(v as Node);
      }
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
    if (n.type === 'AssignmentExpression') return nested(n.left as Node, depth + 1);
    if (n.type === 'LogicalExpression') return nested(n.left as Node, depth + 1) || nested(n.right, depth + 1);
    if (n.type === 'ConditionalExpression') return nested(n.consequent, depth + 1) || nested(n.alternate, depth + 1);
    return false;
  };
  return returned.some((r) => nested(r));
}

/** A target made with `Object.create(null)` or a `Map` has no prototype to reach. */
function prototypeFree(ctx: CodeContext, target: Node): boolean {
  const t = unwrap(target);
  if (t?.type !== 'Identifier') return false;
  const b = ctx.resolver.binding(t);
  const init = unwrap(b?.init);
  if (!init || b?.path) return false;
  if (init.type === 'CallExpression' && ctx.resolver.canonical(init.callee) === 'Object.create') {
    const a = unwrap(init.arguments[0] as Node | undefined);
    return a?.type === 'Literal' && a.value === null;
  }
  return init.type === 'NewExpression' && /^(Map|WeakMap)$/.test(ctx.resolver.canonical(init.callee) ?? '');
}

export default defineRule({
  id: 'code/prototype-pollution',
  title: 'Write that can reach Object.prototype',
  severity: 'high',
  cwe: ['CWE-1321'],
  confidence: 'medium',
  status: 'experimental',
  help: [
    'A write through `__proto__` or `constructor.prototype` lands on the prototype every object inherits from:',
    'after `({}).__proto__.isAdmin = true` every object in the process has `isAdmin`. The classic ways in are',
    'recursive merges into existing objects over keys of parsed JSON (`{"__proto__": {...}}` is an own key',
    'after `JSON.parse`), set-by-path helpers (`set(obj, "__proto__.x", v)`) that walk `obj = obj[part]`, and',
    'two-level writes with request-controlled keys (`store[req.params.id][req.query.k] = v`). Reported shapes:',
    'assignments through `__proto__`/`constructor.prototype`, mutation of builtin prototypes',
    '(`Object.prototype.x = …`, outside a polyfill guard), recursive merges and key-loop copies of untrusted',
    'objects, path walkers that then write, and request-keyed two-level writes.',
    '',
    'Not reported: a plain `obj[key] = v`, deep clones into fresh objects (a `__proto__` key there only sets the',
    'clone\'s own prototype), loops with a guard in the same function (`key === "__proto__"`,',
    '`key !== "constructor"`, an allowlist `.includes(key)`/`.has(key)`, `target.hasOwnProperty(key)`,',
    '`Object.hasOwn`), targets built with `Object.create(null)` or `Map`, and numeric indexes.',
    '',
    'Severity is high: polluted prototypes turn into authorisation bypasses and, through template engines and',
    '`child_process` options, into remote code execution.',
    '',
    '**Fix:** skip `__proto__`, `constructor` and `prototype` keys, copy only own keys of the target',
    '(`Object.hasOwn(target, key)`), build results with `Object.create(null)` or a `Map`, or use',
    '`structuredClone` instead of a hand-written deep merge.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => {
    const selfCalling = new Set<Node>();
    const guardedFns = new Set<Node | undefined>();
    const guardCalls: { fn: Node | undefined; obj?: string; key: Node; any: boolean }[] = [];
    const walkers: { node: Assign; binding: Binding; key: Node }[] = [];
    const keyedWrites = new Map<Binding, Assign[]>();
    const candidates: { node: Assign; key: Node; target: Node; message: string; keyBinding?: Binding }[] = [];
    const reported = new Set<number>();

    const fnOf = (n: Node): Node | undefined => enclosingFunction(ctx.resolver, n);
    /** A recursive call that goes one level down: one argument is `x[key]` with a dynamic key. */
    const descends = (call: TSESTree.CallExpression): boolean =>
      call.arguments.some((a) => {
        const u = unwrap(a as Node);
        const m = u?.type === 'LogicalExpression' ? unwrap(u.left) : u;
        return m?.type === 'MemberExpression' && m.computed && constValue(m.property, ctx.resolver) === undefined;
      });
    const guarded = (node: Node, key: Node, target: Node): boolean => {
      const fns: (Node | undefined)[] = [];
      for (let f = fnOf(node), i = 0; i < 3; i++) {
        fns.push(f);
        if (!f) break;
        f = fnOf(f);
      }
      if (fns.some((f) => guardedFns.has(f))) return true;
      const k = unwrap(key);
      const kb = k?.type === 'Identifier' ? ctx.resolver.binding(k) : undefined;
      const keyText = k ? ctx.text(k) : '';
      const targetText = ctx.text(unwrap(target)!);
      return guardCalls.some((g) => {
        if (!fns.includes(g.fn)) return false;
        const gk = unwrap(g.key);
        const same = kb ? gk?.type === 'Identifier' && ctx.resolver.binding(gk) === kb : !!gk && ctx.text(gk) === keyText;
        return same && (g.any || g.obj === targetText);
      });
    };
    const report = (target: Node | { range: readonly [number, number] }, message: string): void => {
      const k = target.range[0];
      if (reported.has(k)) return;
      reported.add(k);
      ctx.report(target, message);
    };

    return {
      CallExpression(node: TSESTree.CallExpression) {
        const callee = unwrap(node.callee);
        // recursion: a function calling itself by name or as this.method
        if (callee?.type === 'Identifier') {
          const b = ctx.resolver.binding(callee);
          const target = b?.fn ?? (b?.init && isFunctionNode(unwrap(b.init)) ? unwrap(b.init) : undefined);
          if (target && b?.kind !== 'param' && descends(node)) {
            for (let f = fnOf(node); f; f = fnOf(f)) if (f === target) selfCalling.add(target);
          }
        } else if (callee?.type === 'MemberExpression' && unwrap(callee.object)?.type === 'ThisExpression' && descends(node)) {
          for (let f = fnOf(node); f; f = fnOf(f)) {
            const method = ctx.resolver.parent(f);
            if (method?.type === 'MethodDefinition' && propertyName(method) === propertyName(callee)) selfCalling.add(f);
          }
        }
        // guards: hasOwnProperty on the target, Object.hasOwn, allowlists, named checks
        const c = ctx.resolver.canonical(node.callee);
        const name = callee?.type === 'MemberExpression' ? propertyName(callee) : callee?.type === 'Identifier' ? callee.name : undefined;
        const args = node.arguments.filter((a): a is TSESTree.Expression => a.type !== 'SpreadElement');
        const fn = fnOf(node);
        if (c === 'Object.hasOwn' && args[1]) guardCalls.push({ fn, key: args[1], any: true });
        else if (name === 'call' || name === 'hasOwn' || name === 'has') {
          if (args[1]) guardCalls.push({ fn, obj: ctx.text(unwrap(args[0])!), key: args[1], any: name === 'has' && !c?.endsWith('.call') });
          if (name === 'has' && args[0]) guardCalls.push({ fn, key: args[0], any: true });
        } else if ((name === 'hasOwnProperty' || name === 'propertyIsEnumerable') && args[0] && callee?.type === 'MemberExpression') {
          guardCalls.push({ fn, obj: ctx.text(unwrap(callee.object)!), key: args[0], any: false });
        } else if ((name === 'includes' || name === 'indexOf') && args[0]) guardCalls.push({ fn, key: args[0], any: true });
        else if (name && GUARD_NAME.test(name)) for (const a of args) guardCalls.push({ fn, key: a, any: true });
        // builtin prototype mutation through the reflection API
        if ((c === 'Object.defineProperty' || c === 'Object.assign' || c === 'Object.defineProperties') && args[0] && builtinPrototype(ctx, args[0])) {
          const prop = c === 'Object.defineProperty' ? constValue(args[1], ctx.resolver) : undefined;
          if (!polyfill(ctx, node, typeof prop === 'string' ? prop : undefined)) report(node, `\`${c}\` changes \`${builtinPrototype(ctx, args[0])}\`, which every object inherits.`);
        }
      },
      BinaryExpression(node: TSESTree.BinaryExpression) {
        if (node.operator === 'in') {
          guardCalls.push({ fn: fnOf(node), obj: ctx.text(unwrap(node.right)!), key: node.left as Node, any: false });
          return;
        }
        if (!/^[!=]==?$/.test(node.operator)) return;
        for (const side of [node.left, node.right]) {
          const v = constValue(side as Node, ctx.resolver);
          if (typeof v === 'string' && DANGEROUS_KEYS.has(v)) guardedFns.add(fnOf(node));
        }
      },
      SwitchCase(node: TSESTree.SwitchCase) {
        const v = node.test ? constValue(node.test, ctx.resolver) : undefined;
        if (typeof v === 'string' && DANGEROUS_KEYS.has(v)) guardedFns.add(fnOf(node));
      },
      AssignmentExpression(node: Assign) {
        const left = unwrap(node.left);
        const right = unwrap(node.right);
        // walkers: cur = cur[part] (or cur[part] || (cur[part] = {}))
        if (left?.type === 'Identifier' && node.operator === '=') {
          const b = ctx.resolver.binding(left);
          if (!b) return;
          const reads: Node[] = [right!];
          while (reads.length) {
            const r = unwrap(reads.pop());
            if (!r) continue;
            if (r.type === 'LogicalExpression') reads.push(r.left as Node, r.right);
            else if (r.type === 'AssignmentExpression') reads.push(r.left as Node, r.right);
            else if (r.type === 'MemberExpression' && r.computed) {
              const o = unwrap(r.object);
              if (o?.type === 'Identifier' && ctx.resolver.binding(o) === b && constValue(r.property, ctx.resolver) === undefined && !isNumericKey(ctx, r.property)) {
                walkers.push({ node, binding: b, key: r.property });
                break;
              }
            }
          }
          return;
        }
        if (left?.type !== 'MemberExpression') return;
        const chain = memberChain(left);
        // through __proto__ / constructor.prototype / a builtin prototype
        for (let i = 0; i < chain.length - 1; i++) {
          const m = chain[i]!;
          const p = propertyName(m);
          if (p === '__proto__' || (p === 'prototype' && i > 0 && propertyName(chain[i - 1]!) === 'constructor')) {
            report(node, `Assignment through \`${p === '__proto__' ? '__proto__' : 'constructor.prototype'}\` changes a shared prototype.`);
            return;
          }
        }
        const proto = builtinPrototype(ctx, left.object);
        if (proto) {
          const prop = propertyName(left);
          if (!polyfill(ctx, node, prop)) report(node, `Assignment to \`${proto}${prop ? '.' + prop : '[…]'}\` changes what every object inherits.`);
          return;
        }
        if (!left.computed) return;
        const key = left.property;
        if (constValue(key, ctx.resolver) !== undefined || isNumericKey(ctx, key)) return;
        const obj = unwrap(left.object)!;
        if (obj.type === 'Identifier') {
          const ob = ctx.resolver.binding(obj);
          if (ob) {
            const list = keyedWrites.get(ob);
            if (list) list.push(node);
            else keyedWrites.set(ob, [node]);
          }
          // reduce-based set-by-path: (o, k) => (o[k] = o[k] || {})
          const kk = unwrap(key);
          if (ob?.kind === 'param' && kk?.type === 'Identifier' && isFunctionNode(ob.fn)) {
            const kb = ctx.resolver.binding(kk);
            const call = ctx.resolver.parent(ob.fn);
            const m = call?.type === 'CallExpression' ? unwrap(call.callee) : undefined;
            const init = call?.type === 'CallExpression' ? unwrap(call.arguments[1] as Node | undefined) : undefined;
            const freshInit = !init || init.type === 'ObjectExpression' || init.type === 'ArrayExpression' || init.type === 'NewExpression';
            if (kb?.fn === ob.fn && ob.fn.params[0] === ob.id && ob.fn.params[1] === kb.id && m?.type === 'MemberExpression' && propertyName(m) === 'reduce' && !freshInit && returnsNested(ctx, ob.fn, ob)) {
              candidates.push({ node, key, target: obj, message: `\`reduce\` walks \`${ctx.text(obj)}\` along a path of keys and writes \`${ctx.text(left)}\`: a \`__proto__\` segment reaches \`Object.prototype\`.` });
              return;
            }
          }
        }
        // merges: target[key] = source[key] in a loop over the source's keys
        const kid = unwrap(key);
        const kb = kid?.type === 'Identifier' ? ctx.resolver.binding(kid) : undefined;
        const loop = kb ? loopOver(ctx, kb) : undefined;
        if (kb && loop && node.operator === '=' && ctx.text(obj) !== ctx.text(unwrap(loop.source)!) && readsSource(ctx, node.right, loop.source, kb, loop.value)) {
          candidates.push({ node, key, target: obj, keyBinding: kb, message: `\`${ctx.text(left)}\` copies keys of \`${ctx.text(unwrap(loop.source)!)}\` without skipping \`__proto__\`.` });
          return;
        }
        // two-level write with request keys: store[req.params.id][req.query.k] = v
        // (the shape is checked first: asking the taint engine about every computed write is the costly part)
        if (node.operator === '=') {
          let outer: Node | undefined = obj;
          if (obj.type === 'Identifier') {
            const ob = ctx.resolver.binding(obj);
            outer = unwrap(ob?.init);
          }
          if (outer?.type === 'MemberExpression' && outer.computed && constValue(outer.property, ctx.resolver) === undefined && !isNumericKey(ctx, outer.property) && constValue(node.right, ctx.resolver) === undefined && untrusted(ctx, key)) {
            candidates.push({ node, key, target: obj, message: `\`${ctx.text(left)}\` writes a request-chosen key into an object picked by another dynamic key.` });
          }
        }
      },
      'Program:exit'() {
        for (const w of walkers) {
          const writes = keyedWrites.get(w.binding);
          if (!writes || guarded(w.node, w.key, w.node.left)) continue;
          // the finding spans the walk and the last write after it (`cur = cur[part]` … `cur[last] = value`)
          const end = Math.max(w.node.range[1], ...writes.filter((x) => x.range[0] > w.node.range[1] && x !== w.node).map((x) => x.range[1]));
          report({ range: [w.node.range[0], end] }, `\`${ctx.text(w.node.left)}\` walks an object along keys from ${describe(ctx, w.key)} and is then written: a \`__proto__\` segment reaches \`Object.prototype\`.`);
        }
        // one finding per merge loop: the leaf copy (`dst[k] = src[k]`) when there is one
        const perLoop = new Map<Node, { node: Assign; message: string }>();
        for (const c of candidates) {
          if (prototypeFree(ctx, c.target) || guarded(c.node, c.key, c.target)) continue;
          if (c.keyBinding) {
            if (freshLocal(ctx, c.target)) continue;
            const loop = loopOver(ctx, c.keyBinding)!;
            const fn = fnOf(loop.loop);
            const recursive = !!fn && selfCalling.has(fn);
            if (!recursive && !untrusted(ctx, loop.source)) continue;
            const prev = perLoop.get(loop.loop);
            const leaf = unwrap(c.node.right)?.type !== 'CallExpression';
            if (!prev || (leaf && unwrap(prev.node.right)?.type === 'CallExpression')) perLoop.set(loop.loop, c);
            continue;
          }
          report(c.node, c.message);
        }
        for (const c of perLoop.values()) report(c.node, c.message);
      },
    };
  },
  examples: {
    bad: [
      {
        code: 'function merge(dst, src) {\n  for (const key in src) {\n    if (isObject(dst[key])) merge(dst[key], src[key]);\n    else dst[key] = src[key];\n  }\n  return dst;\n}',
        line: 4,
        note: 'recursive merge',
      },
      {
        code: 'export const deepAssign = (target: any, source: any) => {\n  Object.keys(source).forEach((k) => {\n    target[k] = typeof source[k] === "object" ? deepAssign(target[k] ?? {}, source[k]) : source[k];\n  });\n  return target;\n};',
        line: 3,
      },
      {
        code: 'function setPath(obj, path, value) {\n  const parts = path.split(".");\n  const last = parts.pop();\n  for (const part of parts) {\n    obj = obj[part] || (obj[part] = {});\n  }\n  obj[last] = value;\n}',
        line: 5,
        note: 'set by path',
      },
      { code: 'const set = (o, p, v) => p.split(".").reduce((acc, k, i, a) => (acc[k] = i === a.length - 1 ? v : acc[k] || {}), o);' },
      { code: 'app.post("/prefs", (req, res) => {\n  const user = users.get(req.user.id);\n  for (const [k, v] of Object.entries(req.body)) user.settings[k] = v;\n  res.json(user.settings);\n});', line: 3, note: 'request keys copied into an existing object' },
      { code: 'obj.__proto__.polluted = value;' },
      { code: 'target.constructor.prototype[name] = fn;' },
      { code: 'Object.prototype.toJSON = function () { return 1; };' },
      { code: 'Array.prototype.last = function () { return this[this.length - 1]; };' },
      { code: 'app.get("/t/:id", (req, res) => {\n  const items = store[req.params.id];\n  items[req.query.name] = req.query.text;\n});', line: 3 },
    ],
    good: [
      { code: 'function set(obj, key, v) {\n  obj[key] = v;\n}', note: 'plain dynamic write' },
      {
        code: 'function merge(dst, src) {\n  for (const key in src) {\n    if (key === "__proto__" || key === "constructor") continue;\n    if (isObject(dst[key])) merge(dst[key], src[key]);\n    else dst[key] = src[key];\n  }\n}',
        note: 'guarded merge',
      },
      {
        code: 'function merge(dst, src) {\n  for (const key in src) {\n    if (dst.hasOwnProperty(key) && isObject(dst[key])) merge(dst[key], src[key]);\n    else if (!dst.hasOwnProperty(key)) dst[key] = src[key];\n  }\n}',
        note: 'own keys of the target only',
      },
      {
        code: 'const ALLOWED = new Set(["theme", "lang"]);\nfunction apply(dst, src) {\n  for (const k of Object.keys(src)) {\n    if (!ALLOWED.has(k)) continue;\n    dst[k] = src[k];\n  }\n}',
        note: 'allowlist',
      },
      { code: 'function clone(src) {\n  const out = Object.create(null);\n  for (const k in src) out[k] = clone(src[k]);\n  return out;\n}', note: 'prototype-free target' },
      { code: 'function copy(dst, src) {\n  for (const k in src) dst[k] = src[k];\n}', note: 'shallow copy of a trusted object' },
      { code: 'function clone(x) {\n  const out = {};\n  for (const k in x) out[k] = clone(x[k]);\n  return out;\n}', note: 'deep clone into fresh objects' },
      { code: 'const byId = list.reduce((acc, item) => {\n  acc[item.id] = item;\n  return acc;\n}, {});', note: 'reduce that builds an object' },
      { code: 'const pick = (src, keys) => keys.reduce((acc, k) => { acc[k] = src[k]; return acc; }, base);', note: 'reduce returns the accumulator' },
      { code: 'function get(obj, path) {\n  for (const p of path.split(".")) obj = obj[p];\n  return obj;\n}', note: 'walks but never writes' },
      { code: 'for (let i = 0; i < rows.length; i++) grid[i][j] = rows[i];', note: 'numeric indexes' },
      { code: 'if (!Array.prototype.at) {\n  Array.prototype.at = function (i) { return this[i < 0 ? this.length + i : i]; };\n}', note: 'polyfill' },
      { code: 'Child.prototype.__proto__ = Parent.prototype;', note: 'classic inheritance, not a write through __proto__' },
    ],
  },
});

/** `if (!Array.prototype.at) Array.prototype.at = …` and `X.prototype.y = X.prototype.y || …` are polyfills. */
function polyfill(ctx: CodeContext, node: Node, prop: string | undefined): boolean {
  if (node.type === 'AssignmentExpression') {
    const r = unwrap(node.right);
    if (r?.type === 'LogicalExpression' && ctx.text(unwrap(r.left)!) === ctx.text(unwrap(node.left)!)) return true;
  }
  if (!prop) return false;
  let n = ctx.resolver.parent(node);
  for (let i = 0; n && i < 6; i++, n = ctx.resolver.parent(n)) {
    if ((n.type === 'IfStatement' || n.type === 'ConditionalExpression' || n.type === 'LogicalExpression') && ctx.text(n.type === 'LogicalExpression' ? n.left : n.test).includes(prop)) return true;
  }
  return false;
}
