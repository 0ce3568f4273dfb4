import { type Binding, type CallGraph, callGraph, type CodeContext, constValue, defineRule, describe, enclosingFunction, endsInJump, type FlowStep, forEachChild, fromParameter, type Grading, holdsIfFalse, holdsIfTrue, isFunctionNode, isNumericIndex, isRequestValue, isSymbolKey, isWithin, memberChain, type Node, type Provenance, propertyName, type Severity, severityFor, type TSESTree, unwrap } from '../../src/kit.js';

const GRADING: Grading = { severity: 'high' };

type Fn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
type Assign = TSESTree.AssignmentExpression;

const BUILTINS = new Set(['Object', 'Array', 'String', 'Function', 'Number', 'Boolean', 'Date', 'RegExp', 'Promise', 'Map', 'Set', 'Error', 'Symbol']);
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const KEY_ITERATORS = new Set(['Object.keys', 'Object.entries', 'Object.getOwnPropertyNames', 'Reflect.ownKeys']);
const GUARD_NAME = /safe|valid|allow|forbid|block|danger|unsafe|proto|pollut|reserved|illegal/i;

/** Where a value comes from (ctx.provenance when the engine offers it; until then the same-file taint answer). */
function provenance(ctx: CodeContext, node: Node): Provenance {
  const p = (ctx as CodeContext & { provenance?: (n: Node) => Provenance }).provenance;
  if (p) return p.call(ctx, node);
  if (isRequestValue(node, ctx.resolver, ctx.text)) return { kind: 'untrusted' };
  const flow = ctx.taint(node);
  return flow ? { kind: 'untrusted', flow } : { kind: 'unknown' };
}

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

/** A loop over an object's keys: the object, the loop, and for `Object.entries` the binding of the value. */
interface LoopKey { source: Node; value?: Binding; loop: Node }

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

/** `for (name in options)` where `name` is a `var` declared earlier in the function. */
function findForIn(scope: Node, key: Binding, ctx: CodeContext): LoopKey | undefined {
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
function freshLocal(ctx: CodeContext, target: Node, assigns: ReadonlyMap<Binding, Node[]>): boolean {
  const t = unwrap(target);
  if (t?.type !== 'Identifier') return false;
  const b = ctx.resolver.binding(t);
  if (!b || b.kind === 'param' || b.path) return false;
  const values = [...(b.init ? [b.init] : []), ...(assigns.get(b) ?? [])];
  return values.length > 0 && values.every((v) => freshValue(ctx, v));
}

function freshValue(ctx: CodeContext, value: Node): boolean {
  const init = unwrap(value);
  if (!init) return false;
  if (init.type === 'ObjectExpression' || init.type === 'ArrayExpression') return true;
  if (init.type === 'ConditionalExpression') return freshValue(ctx, init.consequent) && freshValue(ctx, init.alternate);
  if (init.type === 'CallExpression') {
    const c = ctx.resolver.canonical(init.callee);
    const first = unwrap(init.arguments[0] as Node | undefined);
    return (c === 'Object.assign' && first?.type === 'ObjectExpression') || c === 'Object.create';
  }
  return init.type === 'NewExpression';
}

/** True when a set-by-path `reduce` callback returns the nested object it walked into (`(o, k) => (o[k] = o[k] || {})`), not the accumulator. */
function returnsNested(ctx: CodeContext, fn: Fn, acc: Binding): boolean {
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
    if (n.type === 'AssignmentExpression') return nested(n.left as Node, depth + 1);
    if (n.type === 'LogicalExpression') return nested(n.left as Node, depth + 1) || nested(n.right, depth + 1);
    if (n.type === 'ConditionalExpression') return nested(n.consequent, depth + 1) || nested(n.alternate, depth + 1);
    return false;
  };
  return returned.some((r) => nested(r));
}

/** A target made with `Object.create(null)` or a `Map` (directly, or as a `this.x` field set so in the file) has no prototype to reach. */
function prototypeFree(ctx: CodeContext, target: Node, fields: ReadonlyMap<string, Node[]>): boolean {
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
      const a = unwrap(init.arguments[0] as Node | undefined);
      return a?.type === 'Literal' && a.value === null;
    }
    return init?.type === 'NewExpression' && /^(Map|WeakMap)$/.test(ctx.resolver.canonical(init.callee) ?? '');
  });
}

/** Every value the key can take is a constant (`dir` set to `'left'` or `'right'`). */
function constantChoice(ctx: CodeContext, node: Node | undefined, assigns: ReadonlyMap<Binding, Node[]>, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 4) return false;
  if (constValue(n, ctx.resolver) !== undefined) return true;
  if (n.type === 'ConditionalExpression') return constantChoice(ctx, n.consequent, assigns, depth + 1) && constantChoice(ctx, n.alternate, assigns, depth + 1);
  if (n.type === 'LogicalExpression') return constantChoice(ctx, n.left as Node, assigns, depth + 1) && constantChoice(ctx, n.right, assigns, depth + 1);
  if (n.type !== 'Identifier') return false;
  const b = ctx.resolver.binding(n);
  if (!b || b.kind === 'param' || b.path) return false;
  const values = [...(b.init ? [b.init] : []), ...(assigns.get(b) ?? [])];
  return values.length > 0 && values.length >= b.writes && values.every((v) => constantChoice(ctx, v, assigns, depth + 1));
}


/** A write to report: `steps` show the loop or recursion, `origin` is where the keys come from (for the grade), `at` is the descent an own-property test must cover. */
interface Candidate { node: Assign; key: Node; target: Node; message: string; steps?: FlowStep[]; origin?: Node; at?: Node }

export default defineRule({
  id: 'code/prototype-pollution',
  title: 'Write that can reach Object.prototype',
  severity: GRADING.severity,
  cwe: ['CWE-1321'],
  confidence: 'medium',
  status: 'experimental',
  help: [
    'A write through `__proto__` or `constructor.prototype` lands on the prototype every object inherits from:',
    'after `({}).__proto__.isAdmin = true` every object in the process has `isAdmin`. The ways in are recursive',
    'merges and extends over keys of parsed JSON (`{"__proto__": {...}}` is an own key after `JSON.parse`),',
    'set-by-path helpers (`set(obj, "__proto__.x", v)`), and request-keyed two-level writes.',
    '',
    "Reported at the write, with the loop or the recursion in the codeFlow: a recursive merge writing into the caller's",
    'object (`dst[k] = merge(dst[k], src[k])`, or `dst[k] = v` beside a recursive call on `dst[k]`) over `for…in`,',
    '`Object.keys`/`getOwnPropertyNames`/`entries`, `forEach` callbacks or `arguments[i]`, recursing by name, through',
    '`exports.merge`, `this.method`, `.call`/`.apply` or two functions calling each other (a callback passed by name',
    'included); set-by-path by recursion (`t[k] = set(t[k], rest, v)`), by `reduce`, or by a walker',
    '(`cur = cur[k] || (cur[k] = {})`, `if (k in cur) cur = cur[k]; else cur = cur[k] = {}`) that then writes; key',
    'copies of untrusted objects; writes through `__proto__`/`constructor.prototype`. A builtin prototype extended on',
    'purpose (`Array.prototype.each = …`) is low: a design choice, not an injection.',
    '',
    'A guard rejects `__proto__` **and** `constructor`/`prototype` (comparisons, a blocklist, a check such as',
    '`isSafeKey(k)`), or is an allowlist, a target from `Object.create(null)` or a `Map`, or an own-property test the',
    'walk or the recursion goes through. Not guards: `__proto__` alone, `k in obj` (true for `__proto__`), a',
    '`hasOwnProperty` test that only decides whether to create the next object. Not reported: a plain `obj[k] = v`,',
    'deep clones into fresh objects, keys that can only be constants, numeric indexes.',
    '',
    'Severity: high when a request or tool input, or the caller of a function the file exports, supplies the object',
    'or the path; low for an internal helper with no known caller.',
    '',
    '**Fix:** skip `__proto__`, `constructor` and `prototype` keys, copy only own keys of the target',
    '(`Object.hasOwn(target, key)`), build results with `Object.create(null)` or a `Map`, or use',
    '`structuredClone` instead of a hand-written deep merge.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => {
    const dangerousTests = new Map<Node | undefined, Set<string>>();
    /** Tests that the walked value is a plain object (`typeof x[k] === "object"`, `isPlainObject(src)`): `constructor`, a function, is not descended into. */
    const objectTests: { fn: Node | undefined; value?: Node }[] = [];
    const guardCalls: { fn: Node | undefined; obj?: string; key: Node; any: boolean; call: Node; own: boolean }[] = [];
    const walkers: { node: Assign; binding: Binding; key: Node }[] = [];
    const keyedWrites = new Map<Binding, Assign[]>();
    const assigns = new Map<Binding, Node[]>();
    const fields = new Map<string, Node[]>();
    const writes: { node: Assign; key: Node; target: Node }[] = [];
    const candidates: Candidate[] = [];
    const reported = new Set<number>();
    const groupOf = new Map<Candidate, Node>();

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
          return keyed(n.left as Node, depth + 1, seen) || keyed(n.right, depth + 1, seen);
        case 'ConditionalExpression':
          return keyed(n.consequent, depth + 1, seen) || keyed(n.alternate, depth + 1, seen);
        case 'AssignmentExpression':
          return keyed(n.right, depth + 1, seen);
        default:
          return false;
      }
    };
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
        return parts.some((p) => readsSource(p as Node, source, kb, entriesValue, depth + 1, seen));
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
      if (t.type === 'LogicalExpression') return callersObject(t.left as Node, fn, depth + 1);
      if (t.type === 'CallExpression') {
        // args.shift(), [].slice.call(arguments)[0]
        const c = unwrap(t.callee);
        return c?.type === 'MemberExpression' && /^(shift|pop)$/.test(propertyName(c) ?? '') && callersObject(c.object, fn, depth + 1);
      }
      if (t.type !== 'Identifier') return false;
      if (t.name === 'arguments' && !ctx.resolver.binding(t)) return true;
      const b = ctx.resolver.binding(t);
      if (!b) return false;
      if (b.kind === 'param') return true;
      return valuesOf(b).some((v) => callersObject(v, fn, depth + 1) || (unwrap(v)?.type === 'CallExpression' && fromParameter(v, ctx.resolver)));
    };

    // ── guards ──
    /** Module-level names whose declaration lists a dangerous key (`const disallowedKeys = ['__proto__', …]`). */
    let dangerLists: RegExp | undefined;
    const mentionsDanger = (f: Node): boolean => {
      const text = ctx.text(f);
      if (/(['"`])(__proto__|constructor|prototype)\1/.test(text)) return true;
      if (!dangerLists) {
        const names: string[] = [];
        for (const st of ctx.ast.body) {
          const d = st.type === 'VariableDeclaration' ? st : st.type === 'ExportNamedDeclaration' && st.declaration?.type === 'VariableDeclaration' ? st.declaration : undefined;
          for (const v of d?.declarations ?? []) if (v.id.type === 'Identifier' && v.init && /(['"`])__proto__\1/.test(ctx.text(v.init))) names.push(v.id.name);
        }
        dangerLists = names.length ? new RegExp(`\\b(${names.join('|')})\\b`) : /(?!)/;
      }
      return dangerLists.test(text);
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
        for (const a of c.arguments) {
          const af = a.type !== 'SpreadElement' ? g().target(a) ?? (isFunctionNode(a) ? a : undefined) : undefined;
          if (af) fns.add(af);
        }
        const callee = unwrap(c.callee);
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
    /** A same-file function whose body rejects the dangerous keys. */
    const guardFunction = (callee: Node): boolean => {
      const f = g().target(callee);
      return !!f && completeTest(f);
    };
    /** An own-property test of `objText` guards `at` when `at` only runs where the test held. */
    const underOwnTest = (g: { call: Node }, at: Node): boolean => {
      let child: Node = at;
      for (let n = ctx.resolver.parent(at); n; child = n, n = ctx.resolver.parent(n)) {
        if (isFunctionNode(n)) return false;
        if ((n.type === 'IfStatement' || n.type === 'ConditionalExpression') && n.consequent === child && holdsIfTrue(g.call, n.test)) return true;
        if ((n.type === 'IfStatement' || n.type === 'ConditionalExpression') && n.alternate === child && holdsIfFalse(g.call, n.test)) return true;
        if (n.type === 'LogicalExpression' && n.operator === '&&' && n.right === child && holdsIfTrue(g.call, n.left as Node)) return true;
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
        if (g.any) return true;
        return g.obj === targetText && (!g.own || underOwnTest(g, at));
      });
    };
    const grade = (c: Candidate, fn: Fn | undefined): { severity: Severity; flow?: FlowStep[]; provenance: string } | undefined => {
      const origin = c.origin ?? c.target;
      let p = provenance(ctx, origin);
      if (p.kind !== 'untrusted' && fn) {
        // the write's own functions, and for a recursion every function on its cycle (`copy` called back by an exported `mixin`);
        // public: exported, or called by an exported function of the file
        const chain = chainOf(c.node);
        const cycle = chain.flatMap((f) => (descending(f).length ? [...g().reach(f)].filter((h) => g().reach(h).has(f)) : []));
        const lib = [...chain, ...cycle].some((f) => g().isPublic(f));
        if (lib) p = { kind: 'library-input', origin: 'a parameter of an exported function' };
      }
      const severity = severityFor(p.kind === 'trusted' ? { kind: 'unknown' } : p, GRADING);
      if (!severity) return undefined;
      return { severity, provenance: p.kind, ...(p.flow ? { flow: p.flow } : {}) };
    };
    const report = (c: Candidate, fn?: Fn): void => {
      const k = c.node.range[0];
      if (reported.has(k)) return;
      const g = grade(c, fn);
      if (!g) return;
      reported.add(k);
      const flow = [...(g.flow ?? []), ...(c.steps ?? [])];
      const steps = flow.length ? [...flow, { range: c.node.range, label: ctx.text(c.node.left).replace(/\s+/g, ''), message: 'writes through the walked object' }] : undefined;
      ctx.report(c.node, c.message, { severity: g.severity, ...(steps ? { flow: steps } : {}), properties: { provenance: g.provenance } });
    };
    const reportAt = (target: Node, message: string, severity?: Severity): void => {
      if (!reported.has(target.range[0])) ctx.report(target, message, severity ? { severity } : {});
      reported.add(target.range[0]);
    };
    const step = (n: Node, message: string): FlowStep => ({ range: n.range, label: ctx.text(n).split('\n')[0]!.slice(0, 60), message });

    return {
      CallExpression(node: TSESTree.CallExpression) {
        const callee = unwrap(node.callee);
        // guards: hasOwnProperty on the target, Object.hasOwn, allowlists, named checks
        const c = ctx.resolver.canonical(node.callee);
        const name = callee?.type === 'MemberExpression' ? propertyName(callee) : callee?.type === 'Identifier' ? callee.name : undefined;
        const args = node.arguments.filter((a): a is TSESTree.Expression => a.type !== 'SpreadElement');
        const fn = fnOf(node);
        if (name && /^isPlainObject$|^isPlain$/.test(name) && args[0]) objectTests.push({ fn, value: args[0] });
        if (c === 'Object.hasOwn' && args[1]) guardCalls.push({ fn, obj: key(unwrap(args[0])!), key: args[1], any: false, call: node, own: true });
        else if (name === 'call' || name === 'hasOwn' || name === 'has') {
          if (args[1]) guardCalls.push({ fn, obj: key(unwrap(args[0])!), key: args[1], any: name === 'has' && !c?.endsWith('.call'), call: node, own: name !== 'has' });
          if (name === 'has' && args[0]) guardCalls.push({ fn, key: args[0], any: true, call: node, own: false });
        } else if ((name === 'hasOwnProperty' || name === 'propertyIsEnumerable') && args[0] && callee?.type === 'MemberExpression') {
          guardCalls.push({ fn, obj: key(unwrap(callee.object)!), key: args[0], any: false, call: node, own: true });
        } else if ((name === 'includes' || name === 'indexOf') && args[0]) guardCalls.push({ fn, key: args[0], any: true, call: node, own: false });
        else if (name && (GUARD_NAME.test(name) || (callee && guardFunction(callee)))) for (const a of args) guardCalls.push({ fn, key: a, any: true, call: node, own: false });
        // builtin prototype mutation through the reflection API
        if ((c === 'Object.defineProperty' || c === 'Object.assign' || c === 'Object.defineProperties') && args[0] && builtinPrototype(ctx, args[0])) {
          const prop = c === 'Object.defineProperty' ? constValue(args[1], ctx.resolver) : undefined;
          if (!polyfill(ctx, node, typeof prop === 'string' ? prop : undefined)) reportAt(node, `\`${c}\` changes \`${builtinPrototype(ctx, args[0])}\`, which every object inherits.`, builtinSeverity(ctx, node));
        }
      },
      BinaryExpression(node: TSESTree.BinaryExpression) {
        if (!/^[!=]==?$/.test(node.operator)) return;
        for (const [side, other] of [[node.left, node.right], [node.right, node.left]] as const) {
          const v = constValue(side as Node, ctx.resolver);
          if (typeof v === 'string' && DANGEROUS_KEYS.has(v)) addTest(dangerousTests, fnOf(node), v);
          const o = unwrap(other as Node);
          if (v === 'object' && o?.type === 'UnaryExpression' && o.operator === 'typeof') objectTests.push({ fn: fnOf(node), value: o.argument });
          if (v === '[object Object]') objectTests.push({ fn: fnOf(node) });
        }
      },
      SwitchCase(node: TSESTree.SwitchCase) {
        const v = node.test ? constValue(node.test, ctx.resolver) : undefined;
        if (typeof v === 'string' && DANGEROUS_KEYS.has(v)) addTest(dangerousTests, fnOf(node), v);
      },
      AssignmentExpression(node: Assign) {
        const left = unwrap(node.left);
        const right = unwrap(node.right);
        if (left?.type === 'Identifier' && node.operator === '=') {
          const b = ctx.resolver.binding(left);
          if (!b) return;
          push(assigns, b, node.right);
          // walkers: cur = cur[part] (or cur[part] || (cur[part] = {}))
          const reads: Node[] = [right!];
          while (reads.length) {
            const r = unwrap(reads.pop());
            if (!r) continue;
            if (r.type === 'LogicalExpression') reads.push(r.left as Node, r.right);
            else if (r.type === 'AssignmentExpression') reads.push(r.left as Node, r.right);
            else if (r.type === 'MemberExpression' && r.computed) {
              const o = unwrap(r.object);
              if (o?.type === 'Identifier' && ctx.resolver.binding(o) === b && !isNumericIndex(ctx.resolver, r.property)) {
                walkers.push({ node, binding: b, key: r.property });
                break;
              }
            }
          }
          return;
        }
        if (left?.type !== 'MemberExpression') return;
        if (!left.computed && unwrap(left.object)?.type === 'ThisExpression') push(fields, propertyName(left) ?? '', node.right);
        const chain = memberChain(left);
        // through __proto__ / constructor.prototype / a builtin prototype
        for (let i = 0; i < chain.length - 1; i++) {
          const m = chain[i]!;
          const p = propertyName(m);
          if (p === '__proto__' || (p === 'prototype' && i > 0 && propertyName(chain[i - 1]!) === 'constructor')) {
            reportAt(node, `Assignment through \`${p === '__proto__' ? '__proto__' : 'constructor.prototype'}\` changes a shared prototype.`);
            return;
          }
        }
        const proto = builtinPrototype(ctx, left.object);
        if (proto) {
          const prop = propertyName(left);
          if (!polyfill(ctx, node, prop)) reportAt(node, `Assignment to \`${proto}${prop ? '.' + prop : '[…]'}\` changes what every object inherits.`, builtinSeverity(ctx, node));
          return;
        }
        if (!left.computed || node.operator !== '=') return;
        const k = left.property;
        if (constValue(k, ctx.resolver) !== undefined || isNumericIndex(ctx.resolver, k)) return;
        const obj = unwrap(left.object)!;
        if (obj.type === 'Identifier') {
          const ob = ctx.resolver.binding(obj);
          if (ob) {
            push(keyedWrites, ob, node);
          }
        }
        writes.push({ node, key: k, target: obj });
      },
      'Program:exit'() {
        for (const { node, key: k, target: obj } of writes) classify(node, k, obj);
        const byBinding = new Map<Binding, { node: Assign; binding: Binding; key: Node }[]>();
        for (const w of walkers) {
          const ws = keyedWrites.get(w.binding);
          if (!ws || constantChoice(ctx, w.key, assigns) || guarded(w.node, w.key, w.node.left, w.node) || vettedKeys(w.key)) continue;
          push(byBinding, w.binding, w);
        }
        for (const [b, ws] of byBinding) {
          // the finding is at the last write after the walk (`cur = cur[part]` … `cur[last] = value`), the walk in the flow
          const w = ws[0]!;
          const all = keyedWrites.get(b)!;
          const after = all.filter((x) => !ws.some((y) => x === y.node || isWithin(x, y.node)));
          const at = after.filter((x) => x.range[0] > w.node.range[1]).pop() ?? after.pop() ?? all[all.length - 1]!;
          if (prototypeFree(ctx, at.left, fields)) continue;
          report(
            {
              node: at,
              key: w.key,
              target: at.left,
              origin: w.key,
              steps: ws.map((x) => step(x.node, `walks \`${ctx.text(x.node.left)}\` one key down`)),
              message: `\`${ctx.text(at.left)}\` writes into an object walked along keys from ${describe(ctx, w.key)} (\`${ctx.text(w.node).split('\n')[0]!.slice(0, 60)}\`): a \`__proto__\` or \`constructor.prototype\` segment reaches \`Object.prototype\`.`,
            },
            fnOf(w.node),
          );
        }
        // one finding per merge loop or recursive function: the leaf copy (`dst[k] = src[k]`) when there is one
        const perGroup = new Map<Node, Candidate>();
        for (const c of candidates) {
          if (prototypeFree(ctx, c.target, fields) || guarded(c.node, c.key, c.target, c.at)) continue;
          const group = c.steps?.[0] ? (groupOf.get(c) ?? c.node) : c.node;
          const prev = perGroup.get(group);
          const leaf = unwrap(c.node.right)?.type !== 'CallExpression';
          if (!prev || (leaf && unwrap(prev.node.right)?.type === 'CallExpression')) perGroup.set(group, c);
        }
        for (const c of perGroup.values()) report(c, fnOf(c.node));
      },
    };

    function classify(node: Assign, k: Node, obj: Node): void {
      if (constantChoice(ctx, k, assigns) || isSymbolKey(ctx.resolver, k)) return;
      // reduce-based set-by-path: (o, k) => (o[k] = o[k] || {})
      const kk = unwrap(k);
      if (obj.type === 'Identifier') {
        const ob = ctx.resolver.binding(obj);
        if (ob?.kind === 'param' && kk?.type === 'Identifier' && isFunctionNode(ob.fn)) {
          const kb = ctx.resolver.binding(kk);
          const call = ctx.resolver.parent(ob.fn);
          const m = call?.type === 'CallExpression' ? unwrap(call.callee) : undefined;
          const init = call?.type === 'CallExpression' ? unwrap(call.arguments[1] as Node | undefined) : undefined;
          const freshInit = !init || init.type === 'ObjectExpression' || init.type === 'ArrayExpression' || init.type === 'NewExpression';
          if (kb?.fn === ob.fn && ob.fn.params[0] === ob.id && ob.fn.params[1] === kb.id && m?.type === 'MemberExpression' && propertyName(m) === 'reduce' && !freshInit && returnsNested(ctx, ob.fn, ob)) {
            candidates.push({ node, key: k, target: obj, origin: (m.object as Node) ?? obj, steps: [step(m, '`reduce` walks one key down per step')], message: `\`reduce\` walks \`${ctx.text(obj)}\` along a path of keys and writes \`${ctx.text(node.left)}\`: a \`__proto__\` segment reaches \`Object.prototype\`.` });
            return;
          }
        }
      }
      if (freshLocal(ctx, obj, assigns)) return;
      const kb = kk?.type === 'Identifier' ? ctx.resolver.binding(kk) : undefined;
      const loop = kb ? loopOver(ctx, kb) : undefined;
      // recursion: a function on a cycle of the call graph that goes one level down, writing into the caller's object
      const chain = chainOf(node);
      for (const f of chain) {
        const d = descending(f);
        if (!d.length) continue;
        const selfArgs = new Set(d.filter((x) => x.to === f).flatMap((x) => x.args));
        const intoCaller = callersObject(obj, f) && (selfArgs.size === 0 || paramIndexes(ctx, obj, f, assigns).some((i) => selfArgs.has(i)) || !paramIndexes(ctx, obj, f, assigns).length);
        if (!intoCaller) continue;
        if (!loop && !readsKeyed(node.right) && !(kb?.kind === 'param')) continue;
        const via = d[0]!;
        const origin = loop?.source ?? (f.params[0] as Node | undefined) ?? obj;
        const c: Candidate = {
          node,
          key: k,
          target: obj,
          origin,
          at: via.call,
          steps: [...(loop ? [step(loopHead(loop.loop), `iterates the keys of \`${ctx.text(unwrap(loop.source)!)}\``)] : []), step(via.call, 'recurses one level down')],
          message: loop
            ? `\`${ctx.text(node.left)}\` merges keys of \`${ctx.text(unwrap(loop.source)!)}\` into the caller's object and recurses into \`${ctx.text(node.left)}\` without rejecting \`__proto__\` and \`constructor\`.`
            : `\`${ctx.text(node.left)}\` writes into the caller's object while the recursion walks one key down per call, without rejecting \`__proto__\` and \`constructor\`.`,
        };
        groupOf.set(c, f);
        candidates.push(c);
        return;
      }
      // merges of untrusted objects: target[key] = source[key] in a loop over the source's keys
      if (kb && loop && ctx.text(obj) !== ctx.text(unwrap(loop.source)!) && readsSource(node.right, loop.source, kb, loop.value)) {
        if (provenance(ctx, loop.source).kind !== 'untrusted') return;
        const c: Candidate = { node, key: k, target: obj, origin: loop.source, steps: [step(loopHead(loop.loop), `iterates the keys of \`${ctx.text(unwrap(loop.source)!)}\``)], message: `\`${ctx.text(node.left)}\` copies keys of \`${ctx.text(unwrap(loop.source)!)}\` without skipping \`__proto__\`.` };
        groupOf.set(c, loop.loop);
        candidates.push(c);
        return;
      }
      // two-level write with request keys: store[req.params.id][req.query.k] = v
      let outer: Node | undefined = obj;
      if (obj.type === 'Identifier') outer = unwrap(ctx.resolver.binding(obj)?.init);
      if (outer?.type === 'MemberExpression' && outer.computed && constValue(outer.property, ctx.resolver) === undefined && !isNumericIndex(ctx.resolver, outer.property) && constValue(node.right, ctx.resolver) === undefined && provenance(ctx, k).kind === 'untrusted') {
        candidates.push({ node, key: k, target: obj, origin: k, message: `\`${ctx.text(node.left)}\` writes a request-chosen key into an object picked by another dynamic key.` });
      }
    }
    /** The written value comes from one level down (`src[k]`, a local set from it, a recursive call on it) or from the caller. */
    function readsKeyed(v: Node | undefined, depth = 0): boolean {
      const u = unwrap(v);
      if (!u || depth > 4) return false;
      if (u.type === 'ConditionalExpression') return readsKeyed(u.consequent, depth + 1) || readsKeyed(u.alternate, depth + 1);
      if (u.type === 'LogicalExpression') return readsKeyed(u.left as Node, depth + 1) || readsKeyed(u.right, depth + 1);
      if (u.type === 'CallExpression') return u.arguments.some((a) => a.type !== 'SpreadElement' && keyed(a));
      return keyed(u) || (u.type === 'Identifier' && ctx.resolver.binding(u)?.kind === 'param');
    }
  },
  examples: {
    bad: [
      { code: 'function merge(dst, src) {\n  for (const key in src) {\n    if (isObject(dst[key])) merge(dst[key], src[key]);\n    else dst[key] = src[key];\n  }\n  return dst;\n}', line: 4, note: 'recursive merge' },
      { code: 'export const deepAssign = (target: any, source: any) => {\n  Object.keys(source).forEach((k) => {\n    target[k] = typeof source[k] === "object" ? deepAssign(target[k] ?? {}, source[k]) : source[k];\n  });\n  return target;\n};', line: 3 },
      { code: 'module.exports = function extend() {\n  var target = arguments[0];\n  [].slice.call(arguments, 1).forEach(function (obj) {\n    Object.keys(obj).forEach(function (key) {\n      var src = target[key];\n      var val = obj[key];\n      if (typeof val === "object" && typeof src === "object") target[key] = extend(src, val);\n      else target[key] = val;\n    });\n  });\n  return target;\n};', line: 8, note: 'nested forEach callbacks, values through locals, target from arguments' },
      { code: 'var extend = function extend() {\n  var target = arguments[0] || {}, name, src, copy, clone, i = 1;\n  for (; i < arguments.length; i++) {\n    var options = arguments[i];\n    for (name in options) {\n      src = target[name];\n      copy = options[name];\n      if (copy && typeof copy === "object") {\n        clone = src && typeof src === "object" ? src : {};\n        target[name] = extend(clone, copy);\n      } else if (copy !== undefined) target[name] = copy;\n    }\n  }\n  return target;\n};', line: 11, note: 'jQuery-style extend: for-in over arguments[i] with a var key' },
      { code: 'function mixin(target) {\n  for (var i = 1; i < arguments.length; i++) forIn(arguments[i], copy, target);\n  return target;\n}\nfunction copy(val, key) {\n  var obj = this[key];\n  if (isObject(val) && isObject(obj)) mixin(obj, val);\n  else this[key] = val;\n}', line: 8, note: 'mutual recursion through a callback passed by name' },
      { code: 'exports.merge = function (a, b) {\n  for (var k of Object.getOwnPropertyNames(b)) {\n    if (typeof b[k] === "object") a[k] = exports.merge(a[k] || {}, b[k]);\n    else a[k] = b[k];\n  }\n  return a;\n};', line: 4, note: 'recursion through exports.merge, keys from getOwnPropertyNames' },
      { code: 'function merge(t, s) {\n  for (const k in s) {\n    const v = s[k];\n    isPlain(v) ? merge(t[k] = t[k] || {}, v) : (t[k] = v);\n  }\n  return t;\n}', line: 4, note: 'a ternary expression statement' },
      { code: 'export function setByPath(target, path, value) {\n  const [key, ...rest] = path;\n  target[key] = rest.length ? setByPath(target[key] || {}, rest, value) : value;\n  return target;\n}', line: 3, note: 'set by path by recursion' },
      { code: 'function merge(dst, src) {\n  for (const key in src) {\n    if (key === "__proto__") continue;\n    if (isObject(dst[key])) merge(dst[key], src[key]);\n    else dst[key] = src[key];\n  }\n}', line: 5, note: 'only __proto__ rejected: constructor.prototype stays open' },
      { code: 'function setPath(obj, path, value) {\n  const parts = path.split(".");\n  const last = parts.pop();\n  for (const part of parts) {\n    obj = obj[part] || (obj[part] = {});\n  }\n  obj[last] = value;\n}', line: 7, note: 'set by path: reported at the write after the walk' },
      { code: 'export function set(obj, keys, value) {\n  let cur = obj;\n  for (let i = 0; i < keys.length - 1; i++) {\n    const key = keys[i];\n    if (key in cur) cur = cur[key];\n    else cur = cur[key] = {};\n  }\n  cur[keys[keys.length - 1]] = value;\n}', line: 8, note: '`key in cur` is true for __proto__: not a guard' },
      { code: 'export function set(obj, keys, value) {\n  for (let i = 0; i < keys.length - 1; i++) {\n    if (!Object.prototype.hasOwnProperty.call(obj, keys[i])) obj[keys[i]] = {};\n    obj = obj[keys[i]];\n  }\n  obj[keys[keys.length - 1]] = value;\n}', line: 6, note: 'hasOwnProperty only decides whether to create the intermediate object' },
      { code: 'const set = (o, p, v) => p.split(".").reduce((acc, k, i, a) => (acc[k] = i === a.length - 1 ? v : acc[k] || {}), o);' },
      { code: 'app.post("/prefs", (req, res) => {\n  const user = users.get(req.user.id);\n  for (const [k, v] of Object.entries(req.body)) user.settings[k] = v;\n  res.json(user.settings);\n});', line: 3, note: 'request keys copied into an existing object' },
      { code: 'obj.__proto__.polluted = value;' },
      { code: 'target.constructor.prototype[name] = fn;' },
      { code: 'Object.prototype.toJSON = function () { return 1; };', note: 'a deliberate extension: low' },
      { code: 'Array.prototype.last = function () { return this[this.length - 1]; };', note: 'a deliberate extension: low' },
      { code: 'app.get("/t/:id", (req, res) => {\n  const items = store[req.params.id];\n  items[req.query.name] = req.query.text;\n});', line: 3 },
    ],
    good: [
      { code: 'const PARENT = Symbol("parent");\nexport function link(node, parent) {\n  node[PARENT] = parent;\n  for (const key of Object.keys(node)) if (node[key] && typeof node[key].type === "string") link(node[key], node);\n}', note: 'a symbol key cannot be __proto__' },
      { code: "const disallowedKeys = ['__proto__', 'prototype', 'constructor'];\nconst isValidPath = (segs) => !segs.some((s) => disallowedKeys.includes(s));\nfunction getPathSegments(path) {\n  const parts = path.split('.');\n  return isValidPath(parts) ? parts : [];\n}\nexport function set(obj, path, value) {\n  const pathArr = getPathSegments(path);\n  for (let i = 0; i < pathArr.length; i++) {\n    const p = pathArr[i];\n    if (typeof obj[p] !== 'object') obj[p] = {};\n    if (i === pathArr.length - 1) obj[p] = value;\n    obj = obj[p];\n  }\n}", note: 'the walked keys come from a helper that rejects the dangerous ones' },
      { code: "function isValidKey(key) {\n  return key !== '__proto__' && key !== 'constructor' && key !== 'prototype';\n}\nmodule.exports = function set(obj, prop, val) {\n  const keys = prop.split('.').filter(isValidKey);\n  let current = obj;\n  for (let idx = 0; idx < keys.length; idx++) {\n    const key = keys[idx];\n    if (idx !== keys.length - 1) {\n      if (typeof current[key] !== 'object') current[key] = {};\n      current = current[key];\n      continue;\n    }\n    current[key] = val;\n  }\n  return obj;\n};", note: 'keys filtered through a validator' },
      { code: 'function set(obj, key, v) {\n  obj[key] = v;\n}', note: 'plain dynamic write' },
      { code: 'function merge(dst, src) {\n  for (const key in src) {\n    if (key === "__proto__" || key === "constructor") continue;\n    if (isObject(dst[key])) merge(dst[key], src[key]);\n    else dst[key] = src[key];\n  }\n}', note: 'guarded merge' },
      { code: 'function isSafeKey(k) {\n  return k !== "__proto__" && k !== "constructor" && k !== "prototype";\n}\nfunction merge(dst, src) {\n  for (const key of Object.keys(src)) {\n    if (!isSafeKey(key)) continue;\n    if (isObject(dst[key])) merge(dst[key], src[key]);\n    else dst[key] = src[key];\n  }\n}', note: 'a named guard function' },
      { code: 'function merge(dst, src) {\n  for (const key in src) {\n    if (dst.hasOwnProperty(key) && isObject(dst[key])) merge(dst[key], src[key]);\n    else if (!dst.hasOwnProperty(key)) dst[key] = src[key];\n  }\n}', note: 'the recursion only goes into own keys of the target' },
      { code: 'const ALLOWED = new Set(["theme", "lang"]);\nfunction apply(dst, src) {\n  for (const k of Object.keys(src)) {\n    if (!ALLOWED.has(k)) continue;\n    dst[k] = src[k];\n  }\n}', note: 'allowlist' },
      { code: 'function clone(src) {\n  const out = Object.create(null);\n  for (const k in src) out[k] = clone(src[k]);\n  return out;\n}', note: 'prototype-free target' },
      { code: 'function copy(dst, src) {\n  for (const k in src) dst[k] = src[k];\n}', note: 'shallow copy of a trusted object' },
      { code: 'function clone(x) {\n  const out = {};\n  for (const k in x) out[k] = clone(x[k]);\n  return out;\n}', note: 'deep clone into fresh objects' },
      { code: 'function copy(val) {\n  if (typeof val !== "object" || val === null) return val;\n  var tmp = Array.isArray(val) ? [] : {};\n  for (var key in val) {\n    if (val.hasOwnProperty(key)) tmp[key] = copy(val[key]);\n  }\n  return tmp;\n}', note: 'deep copy over own keys into a fresh object' },
      { code: 'function insert(root, value) {\n  let node = root;\n  for (;;) {\n    const dir = value < node.value ? "left" : "right";\n    if (!node[dir]) {\n      node[dir] = { value };\n      return;\n    }\n    node = node[dir];\n  }\n}', note: 'the key is one of two constants' },
      { code: 'const byId = list.reduce((acc, item) => {\n  acc[item.id] = item;\n  return acc;\n}, {});', note: 'reduce that builds an object' },
      { code: 'const pick = (src, keys) => keys.reduce((acc, k) => { acc[k] = src[k]; return acc; }, base);', note: 'reduce returns the accumulator' },
      { code: 'function get(obj, path) {\n  for (const p of path.split(".")) obj = obj[p];\n  return obj;\n}', note: 'walks but never writes' },
      { code: 'for (let i = 0; i < rows.length; i++) grid[i][j] = rows[i];', note: 'numeric indexes' },
      { code: 'function Y18n() {\n  this.cache = Object.create(null);\n}\nY18n.prototype.add = function (locale, key, value) {\n  this.cache[locale][key] = value;\n};', note: 'a prototype-free field' },
      { code: 'if (!Array.prototype.at) {\n  Array.prototype.at = function (i) { return this[i < 0 ? this.length + i : i]; };\n}', note: 'polyfill' },
      { code: 'Child.prototype.__proto__ = Parent.prototype;', note: 'classic inheritance, not a write through __proto__' },
    ],
  },
});

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function addTest(map: Map<Node | undefined, Set<string>>, fn: Node | undefined, v: string): void {
  const s = map.get(fn);
  if (s) s.add(v);
  else map.set(fn, new Set([v]));
}

/** The head of a key loop, for the codeFlow: the iterated object, or the `forEach` of the callback. */
function loopHead(loop: Node): Node {
  if (loop.type === 'ForInStatement' || loop.type === 'ForOfStatement') return loop.right;
  return loop;
}

/** Which parameters of `fn` the target object is (`dst`, `arguments[0]`, a local set from one); empty when unknown. */
function paramIndexes(ctx: CodeContext, target: Node, fn: Fn, assigns: ReadonlyMap<Binding, Node[]>, depth = 0): number[] {
  const t = unwrap(target);
  if (!t || depth > 4) return [];
  if (t.type === 'LogicalExpression') return paramIndexes(ctx, t.left as Node, fn, assigns, depth + 1);
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
    const i = fn.params.indexOf(b.id as TSESTree.Parameter);
    return i >= 0 ? [i] : [];
  }
  return [...(b.init ? [b.init] : []), ...(assigns.get(b) ?? [])].flatMap((v) => paramIndexes(ctx, v, fn, assigns, depth + 1));
}

/** `Array.prototype.each = function …`: a deliberate extension of a builtin, graded low; a computed key stays at the rule's grade. */
function builtinSeverity(ctx: CodeContext, node: Node): Severity | undefined {
  if (node.type === 'AssignmentExpression') {
    const l = unwrap(node.left);
    return l?.type === 'MemberExpression' && (!l.computed || constValue(l.property, ctx.resolver) !== undefined) ? 'low' : undefined;
  }
  return 'low';
}
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
