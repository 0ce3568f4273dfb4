import {
  addTest,
  type Binding,
  builtinPrototype,
  builtinSeverity,
  type CodeContext,
  constantChoice,
  constValue,
  defineRule,
  describe,
  type FlowStep,
  freshLocal,
  freshValue,
  type Grading,
  guardName,
  helperWalk,
  reduceWalk,
  twoLevel,
  identifierWords,
  isNumericIndex,
  isRequestValue,
  isSymbolKey,
  isWithin,
  loopHead,
  loopOver,
  memberChain,
  type Node,
  paramIndexes,
  polyfill,
  pollutionFacts,
  pollutionGuards,
  propertyName,
  type Provenance,
  prototypeFree,
  push,
  type Severity,
  severityFor,
  type TSESTree,
  unwrap,
} from '../../src/kit.js';

const GRADING: Grading = { severity: 'high' };

type Fn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
type Assign = TSESTree.AssignmentExpression;
/** A write through a walked object: an assignment, a setter helper's call, or a `delete`. */
type Write = Assign | TSESTree.CallExpression | TSESTree.UnaryExpression;

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Where a value comes from (ctx.provenance when the engine offers it; until then the same-file taint answer). */
function provenance(ctx: CodeContext, node: Node): Provenance {
  const p = (ctx as CodeContext & { provenance?: (n: Node) => Provenance }).provenance;
  if (p) return p.call(ctx, node);
  if (isRequestValue(node, ctx.resolver, ctx.text)) return { kind: 'untrusted' };
  const flow = ctx.taint(node);
  return flow ? { kind: 'untrusted', flow } : { kind: 'unknown' };
}

/** A write to report: `steps` show the loop or recursion, `origin` is where the keys come from (for the grade), `at` is the descent an own-property test must cover. */
interface Candidate {
  node: Write;
  key: Node;
  target: Node;
  message: string;
  steps?: FlowStep[];
  origin?: Node;
  at?: Node;
}

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
    'included, and a callback parameter every caller fills with one function: `mergeFunc(newValue, srcValue)` with',
    '`baseMerge` passed in); writes through a same-file setter helper (`assignMergeValue(object, key, value)`);',
    'set-by-path by recursion (`t[k] = set(t[k], rest, v)`), by `reduce`, or by a walker',
    '(`cur = cur[k] || (cur[k] = {})`, `if (k in cur) cur = cur[k]; else cur = cur[k] = {}`) that then writes (directly or through a setter helper such as `assignValue(cur, k, v)`); two-level writes whose keys the caller picks (`this.cache[this.locale][str] = str`); key',
    'copies of untrusted objects; writes through `__proto__`/`constructor.prototype`; a `delete obj[k]` at the end of a',
    'recursion along the caller\'s path (`del({}, "__proto__.toString")`), a delete or write into what a get-by-path',
    "helper reached along the caller's path (`object = parent(object, path); delete object[last(path)]`, the helper",
    'same-file and unguarded, or imported), or a delete of every key of such an object. A builtin prototype extended on',
    'purpose (`Array.prototype.each = …`) is low: a design choice, not an injection.',
    '',
    'A guard rejects `__proto__` **and** `constructor`/`prototype` (comparisons, a blocklist, a check such as',
    '`isSafeKey(k)`, a same-file `safeGet` judged by its body: one that drops only `__proto__` is a half guard, enough',
    "only when the target's own value is then tested to be a plain object), or is an allowlist, a target from `Object.create(null)` or a `Map`, or an own-property test the",
    'walk or the recursion goes through. Not guards: `__proto__` alone, `k in obj` (true for `__proto__`), a strict',
    '`k === "__proto__"` on a raw element of the caller\'s array (`[["__proto__"]]` passes it, and `obj[["__proto__"]]` is',
    "`obj.__proto__`; `String(k)` first makes it a guard), such a test used to `filter` a list that can be the caller's",
    'array (`(Array.isArray(p) ? p : p.split(".")).filter(isSafeKey)`, set-value 3.0.1), a',
    '`hasOwnProperty` test that only decides whether to create the next object. Not reported: a plain `obj[k] = v`,',
    'deep clones into fresh objects, keys that can only be constants, numeric indexes.',
    '',
    'Severity: high when a request or tool input, or the caller of a function the file exports, supplies the object',
    'or the path; low for an internal helper with no known caller. Exported includes what the file hands out: the',
    "product of a UMD factory (`module.exports = factory()`), a factory function's result and the functions it wraps",
    '(`createAssigner(function (object, source) { … })`), and the methods of an instance an exported function returns.',
    '',
    '**Fix:** skip `__proto__`, `constructor` and `prototype` keys, copy only own keys of the target',
    '(`Object.hasOwn(target, key)`), build results with `Object.create(null)` or a `Map`, or use',
    '`structuredClone` instead of a hand-written deep merge.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => {
    const facts = pollutionFacts(ctx);
    const {
      dangerousTests,
      objectTests,
      guardCalls,
      assigns,
      fields,
      fnOf,
      chainOf,
      key,
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
      callersKeys,
    } = facts;
    const guards = pollutionGuards(facts);
    const { vettedKeys, completeTest, bodyGuards, guarded } = guards;
    const walkers: { node: Assign; binding: Binding; key: Node }[] = [];
    const keyedWrites = new Map<Binding, (Assign | TSESTree.UnaryExpression)[]>();
    /** `k === '__proto__'`: judged at the end, since a key that may be an array (`path[0]`) slips past a strict test. */
    const strictTests: { fn: Node | undefined; key: Node; v: string }[] = [];
    /** `assignValue(cur, key, v)`: a setter helper called with a walked object and its key (lodash `baseSet`). */
    const helperWrites = new Map<Binding, TSESTree.CallExpression[]>();
    const writes: { node: Assign | TSESTree.UnaryExpression; key: Node; target: Node }[] = [];
    /** Calls `h(object, key, value)` of a same-file function, judged at the end as writes when `h` is a setter. */
    const helperCalls: TSESTree.CallExpression[] = [];
    const candidates: Candidate[] = [];
    const reported = new Set<number>();
    const groupOf = new Map<Candidate, Node>();

    const grade = (c: Candidate, fn: Fn | undefined): { severity: Severity; flow?: FlowStep[]; provenance: string } | undefined => {
      const origin = c.origin ?? c.target;
      let p = provenance(ctx, origin);
      // a helper the file only calls is graded by the keys its callers pass (`writeNestedField(entry, 'a.b', v)`)
      const via = p.kind === 'untrusted' ? undefined : callersKeys(origin);
      if (via?.kind === 'trusted') return undefined;
      if (via) p = via;
      else if (p.kind !== 'untrusted' && fn) {
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
      const steps = flow.length
        ? [...flow, { range: c.node.range, label: lhsText(c.node).replace(/\s+/g, ''), message: 'writes through the walked object' }]
        : undefined;
      ctx.report(c.node, c.message, { severity: g.severity, ...(steps ? { flow: steps } : {}), properties: { provenance: g.provenance } });
    };
    const reportAt = (target: Node, message: string, severity?: Severity): void => {
      if (!reported.has(target.range[0])) ctx.report(target, message, severity ? { severity } : {});
      reported.add(target.range[0]);
    };
    /** A copy: a call to a `clone`/`copy` function. */
    const isCopy = (v: Node): boolean => {
      const u = unwrap(v);
      if (u?.type !== 'CallExpression') return false;
      const c = unwrap(u.callee);
      const name = c?.type === 'Identifier' ? c.name : c?.type === 'MemberExpression' ? propertyName(c) : undefined;
      return !!name && identifierWords(name).some((w) => w === 'clone' || w === 'copy');
    };
    /** Which write of a merge to report: the leaf copy (`dst[k] = src[k]`), then a fresh level (`dst[k] = {}`), then a recursive call's result. */
    const leafRank = (c: Candidate): number => {
      if (c.node.type !== 'AssignmentExpression') return 0;
      const r = unwrap(c.node.right);
      if (r?.type === 'CallExpression') return 0;
      return r && freshValue(ctx, r) ? 1 : 2;
    };
    /** Of two writes of a built value (a helper's or a recursion's result), the one after the recursive call stores what the recursion built; one before it sits on a branch that returns early (lodash.merge's `stacked` cycle shortcut). */
    const afterDescent = (c: Candidate): boolean => !!c.at && c.node.range[0] > c.at.range[1];
    const isObjectPrototype = (n: Node | undefined): boolean => {
      const u = unwrap(n);
      return !!u && (ctx.resolver.canonical(u) === 'Object.prototype' || (u.type === 'MemberExpression' && ctx.text(u) === 'Object.prototype'));
    };
    const lhsText = (n: Write): string => (n.type === 'AssignmentExpression' ? ctx.text(n.left) : ctx.text(n).split('\n')[0]!.slice(0, 60));
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
        if (args.length >= 2 && node.arguments.length >= 2 && constValue(args[1], ctx.resolver) === undefined && !isNumericIndex(ctx.resolver, args[1]!))
          helperCalls.push(node);
        const a0 = unwrap(args[0]);
        if (
          a0?.type === 'Identifier' &&
          args.length >= 3 &&
          name &&
          (c === 'Object.defineProperty' || identifierWords(name).some((w) => /^(assign|set|put|define)$/.test(w)))
        ) {
          const b0 = ctx.resolver.binding(a0);
          if (b0 && b0.kind !== 'param' && constValue(args[1], ctx.resolver) === undefined) push(helperWrites, b0, node);
        }
        // `has.call(Object.prototype, k)`, `Object.hasOwn(Object.prototype, k)`: the key is not a name Object.prototype holds (qs)
        if (args[1] && (c === 'Object.hasOwn' || name === 'call' || name === 'hasOwn') && isObjectPrototype(args[0]))
          guardCalls.push({ fn, key: args[1], any: true, call: node, own: false });
        if (c === 'Object.hasOwn' && args[1]) guardCalls.push({ fn, obj: key(unwrap(args[0])!), key: args[1], any: false, call: node, own: true });
        else if (name === 'call' || name === 'hasOwn' || name === 'has') {
          if (args[1])
            guardCalls.push({ fn, obj: key(unwrap(args[0])!), key: args[1], any: name === 'has' && !c?.endsWith('.call'), call: node, own: name !== 'has' });
          if (name === 'has' && args[0]) guardCalls.push({ fn, key: args[0], any: true, call: node, own: false });
        } else if ((name === 'hasOwnProperty' || name === 'propertyIsEnumerable') && args[0] && callee?.type === 'MemberExpression') {
          guardCalls.push({ fn, obj: key(unwrap(callee.object)!), key: args[0], any: false, call: node, own: true });
        } else if ((name === 'includes' || name === 'indexOf') && args[0]) guardCalls.push({ fn, key: args[0], any: true, call: node, own: false });
        else if (name && callee && (guardName(name) || g().target(callee))) {
          // judged once the file is read: a same-file function by its body (`safeGet` that drops only `__proto__` is a
          // half guard, lodash.merge 4.6.1), anything else by its name
          const check = (): boolean | 'half' => {
            const f = g().target(callee);
            if (!guardName(name)) return !!f && completeTest(f);
            if (!f) return true;
            const verdict = bodyGuards(f);
            return verdict === false ? 'half' : (verdict ?? true);
          };
          for (const a of args) guardCalls.push({ fn, key: a, any: true, call: node, own: false, check });
        }
        // builtin prototype mutation through the reflection API
        if ((c === 'Object.defineProperty' || c === 'Object.assign' || c === 'Object.defineProperties') && args[0] && builtinPrototype(ctx, args[0])) {
          const prop = c === 'Object.defineProperty' ? constValue(args[1], ctx.resolver) : undefined;
          if (!polyfill(ctx, node, typeof prop === 'string' ? prop : undefined))
            reportAt(node, `\`${c}\` changes \`${builtinPrototype(ctx, args[0])}\`, which every object inherits.`, builtinSeverity(ctx, node));
        }
      },
      BinaryExpression(node: TSESTree.BinaryExpression) {
        if (node.operator === 'in' && isObjectPrototype(node.right)) guardCalls.push({ fn: fnOf(node), key: node.left, any: true, call: node, own: false });
        if (!/^[!=]==?$/.test(node.operator)) return;
        for (const [side, other] of [
          [node.left, node.right],
          [node.right, node.left],
        ] as const) {
          const v = constValue(side, ctx.resolver);
          if (typeof v === 'string' && DANGEROUS_KEYS.has(v)) {
            if (node.operator.length === 3) strictTests.push({ fn: fnOf(node), key: other, v });
            else addTest(dangerousTests, fnOf(node), v);
          }
          const o = unwrap(other);
          if (v === 'object' && o?.type === 'UnaryExpression' && o.operator === 'typeof') objectTests.push({ fn: fnOf(node), value: o.argument });
          if (v === '[object Object]') objectTests.push({ fn: fnOf(node) });
        }
      },
      UnaryExpression(node: TSESTree.UnaryExpression) {
        // `delete obj[k]` after a walk along the caller's path deletes from Object.prototype (object-path `del`, CVE-2021-3805)
        const a = node.operator === 'delete' ? unwrap(node.argument) : undefined;
        if (a?.type !== 'MemberExpression' || !a.computed || constValue(a.property, ctx.resolver) !== undefined || isNumericIndex(ctx.resolver, a.property))
          return;
        const obj = unwrap(a.object)!;
        const ob = obj.type === 'Identifier' ? ctx.resolver.binding(obj) : undefined;
        if (ob) push(keyedWrites, ob, node);
        writes.push({ node, key: a.property, target: obj });
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
            if (r.type === 'LogicalExpression') reads.push(r.left, r.right);
            else if (r.type === 'AssignmentExpression') reads.push(r.left, r.right);
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
          if (!polyfill(ctx, node, prop))
            reportAt(node, `Assignment to \`${proto}${prop ? '.' + prop : '[…]'}\` changes what every object inherits.`, builtinSeverity(ctx, node));
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
        for (const t of strictTests) if (!unconvertedElement(t.key)) addTest(dangerousTests, t.fn, t.v);
        for (const { node, key: k, target: obj } of writes)
          classify(
            node,
            k,
            obj,
            node.type === 'AssignmentExpression' ? node.right : undefined,
            node.type === 'AssignmentExpression' ? ctx.text(node.left) : ctx.text(node.argument),
          );
        // writes through a same-file setter helper: `assignMergeValue(object, key, value)` (lodash.merge)
        for (const c of helperCalls) {
          const f = g().target(c.callee);
          const [o, k, v] = c.arguments;
          if (!f || !o || !k || o.type === 'SpreadElement' || k.type === 'SpreadElement' || v?.type === 'SpreadElement' || !helperShape(f).set) continue;
          const ou = unwrap(o);
          if (ou?.type !== 'Identifier' && ou?.type !== 'MemberExpression' && ou?.type !== 'ThisExpression') continue;
          classify(c, k, ou, v, `${ctx.text(o)}[${ctx.text(k)}]`);
        }
        const byBinding = new Map<Binding, { node: Assign; binding: Binding; key: Node }[]>();
        for (const w of walkers) {
          const ws = keyedWrites.get(w.binding) ?? helperWrites.get(w.binding);
          if (!ws || constantChoice(ctx, w.key, assigns) || guarded(w.node, w.key, w.node.left, w.node) || vettedKeys(w.key)) continue;
          push(byBinding, w.binding, w);
        }
        for (const [b, ws] of byBinding) {
          // the finding is at the last write after the walk (`cur = cur[part]` … `cur[last] = value`), the walk in the flow
          const w = ws[0]!;
          const all: Write[] = keyedWrites.get(b) ?? helperWrites.get(b)!;
          const after = all.filter((x) => !ws.some((y) => x === y.node || isWithin(x, y.node)));
          const at = after.filter((x) => x.range[0] > w.node.range[1]).pop() ?? after.pop() ?? all[all.length - 1]!;
          // clone-by-path: every write replaces the next level with a copy before the walk enters it (lodash/fp `cloneByPath`)
          if (all.every((x) => x.type === 'AssignmentExpression' && isCopy(x.right))) continue;
          const atTarget = at.type === 'AssignmentExpression' ? at.left : at.type === 'UnaryExpression' ? at.argument : (at.arguments[0] as Node);
          if (prototypeFree(ctx, atTarget, fields)) continue;
          report(
            {
              node: at,
              key: w.key,
              target: atTarget,
              origin: w.key,
              steps: ws.map((x) => step(x.node, `walks \`${ctx.text(x.node.left)}\` one key down`)),
              message: `\`${lhsText(at)}\` writes into an object walked along keys from ${describe(ctx, w.key)} (\`${ctx.text(w.node).split('\n')[0]!.slice(0, 60)}\`): a \`__proto__\` or \`constructor.prototype\` segment reaches \`Object.prototype\`.`,
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
          if (!prev || leafRank(c) > leafRank(prev) || (leafRank(c) === 0 && leafRank(prev) === 0 && afterDescent(c) && !afterDescent(prev)))
            perGroup.set(group, c);
        }
        for (const c of perGroup.values()) report(c, fnOf(c.node));
      },
    };

    function classify(node: Write, k: Node, obj: Node, value: Node | undefined, lhs: string): void {
      if (constantChoice(ctx, k, assigns) || isSymbolKey(ctx.resolver, k)) return;
      // reduce-based set-by-path: (o, k) => (o[k] = o[k] || {})
      const m = reduceWalk(facts, k, obj);
      if (m) {
        candidates.push({
          node,
          key: k,
          target: obj,
          origin: m.object ?? obj,
          steps: [step(m, '`reduce` walks one key down per step')],
          message: `\`reduce\` walks \`${ctx.text(obj)}\` along a path of keys and writes \`${lhs}\`: a \`__proto__\` segment reaches \`Object.prototype\`.`,
        });
        return;
      }
      const kk = unwrap(k);
      // the object a get-by-path helper reached along the caller's path: `object = parent(object, path)` (lodash `baseUnset`)
      const walked = helperWalk(facts, guards, node, k, obj);
      if (walked) {
        const by = ctx.text(walked.call.callee);
        candidates.push({
          node,
          key: k,
          target: obj,
          origin: walked.path.id,
          steps: [step(walked.call, `\`${by}\` walks \`${walked.path.name}\` one key at a time`)],
          message: `\`${node.type === 'UnaryExpression' ? 'delete ' : ''}${lhs}\` ${node.type === 'UnaryExpression' ? 'deletes from' : 'writes into'} the object \`${by}\` reached along the caller's path \`${walked.path.name}\`: a \`__proto__\` or \`constructor.prototype\` segment reaches a shared prototype.`,
        });
        return;
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
        const intoCaller =
          callersObject(obj, f) &&
          (selfArgs.size === 0 || paramIndexes(ctx, obj, f, assigns).some((i) => selfArgs.has(i)) || !paramIndexes(ctx, obj, f, assigns).length);
        if (!intoCaller) continue;
        // the recursion hands its keyed values to other parameters; the target is a callback's own argument (`use((argv) => { argv[k] = v })`)
        if (selfArgs.size && callbackParam(obj, f)) continue;
        // a clone: the target is a local that gets fresh objects (`newObj = Object.create(proto)`, `[]`), and the write
        // stores the recursion's copy; the one branch that keeps the input (`newObj = obj` for an immutable) never descends
        if (obj.type === 'Identifier' && unwrap(value)?.type === 'CallExpression' && freshSometimes(obj)) continue;
        const del = node.type === 'UnaryExpression';
        // a delete needs the key from the caller's path (`getKey(path[0])`); deleting the walked object's own keys is harmless
        if (del && (loop ? key(unwrap(loop.source)!) === key(obj) : !pathKey(k, f))) continue;
        if (!del && !loop && !readsKeyed(value) && !(kb?.kind === 'param')) continue;
        // a key taken from a list the caller does not pick (`each(mapping.aliases[k], (alias) => …)` over a module table)
        if (!loop && kb?.kind === 'param' && kb.fn !== f && !callerKey(k)) continue;
        const via = d[0]!;
        const origin = loop?.source ?? f.params[0] ?? obj;
        const c: Candidate = {
          node,
          key: k,
          target: obj,
          origin,
          at: via.call,
          steps: [
            ...(loop ? [step(loopHead(loop.loop), `iterates the keys of \`${ctx.text(unwrap(loop.source)!)}\``)] : []),
            step(via.call, 'recurses one level down'),
          ],
          message: del
            ? `\`delete ${lhs}\` deletes from the caller's object while the recursion walks one key down per call: a \`__proto__\` segment deletes from \`Object.prototype\`.`
            : loop
              ? `\`${lhs}\` merges keys of \`${ctx.text(unwrap(loop.source)!)}\` into the caller's object and recurses into \`${lhs}\` without rejecting \`__proto__\` and \`constructor\`.`
              : `\`${lhs}\` writes into the caller's object while the recursion walks one key down per call, without rejecting \`__proto__\` and \`constructor\`.`,
        };
        groupOf.set(c, f);
        candidates.push(c);
        return;
      }
      // merges of untrusted objects: target[key] = source[key] in a loop over the source's keys
      if (
        kb &&
        loop &&
        ctx.text(obj) !== ctx.text(unwrap(loop.source)!) &&
        !!value &&
        readsSource(value, loop.source, kb, loop.value) &&
        provenance(ctx, loop.source).kind === 'untrusted'
      ) {
        const c: Candidate = {
          node,
          key: k,
          target: obj,
          origin: loop.source,
          steps: [step(loopHead(loop.loop), `iterates the keys of \`${ctx.text(unwrap(loop.source)!)}\``)],
          message: `\`${lhs}\` copies keys of \`${ctx.text(unwrap(loop.source)!)}\` without skipping \`__proto__\`.`,
        };
        groupOf.set(c, loop.loop);
        candidates.push(c);
        return;
      }
      // two-level writes: `store[req.params.id][req.query.k] = v`, `this.cache[this.locale][str] = str`
      const two = twoLevel(facts, k, obj, value, () => provenance(ctx, k).kind === 'untrusted');
      if (two?.request)
        candidates.push({
          node,
          key: k,
          target: obj,
          origin: k,
          message: `\`${lhs}\` writes a request-chosen key into an object picked by another dynamic key.`,
        });
      else if (two)
        candidates.push({
          node,
          key: k,
          target: obj,
          origin: two.outer.property,
          at: two.outer,
          message: `\`${lhs}\` writes a caller-chosen key into an object picked by another caller-chosen key (\`${ctx.text(two.outer.property)}\`): a \`__proto__\` first key lands the write on \`Object.prototype\`.`,
        });
    }
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
        code: 'module.exports = function extend() {\n  var target = arguments[0];\n  [].slice.call(arguments, 1).forEach(function (obj) {\n    Object.keys(obj).forEach(function (key) {\n      var src = target[key];\n      var val = obj[key];\n      if (typeof val === "object" && typeof src === "object") target[key] = extend(src, val);\n      else target[key] = val;\n    });\n  });\n  return target;\n};',
        line: 8,
        note: 'nested forEach callbacks, values through locals, target from arguments',
      },
      {
        code: 'var extend = function extend() {\n  var target = arguments[0] || {}, name, src, copy, clone, i = 1;\n  for (; i < arguments.length; i++) {\n    var options = arguments[i];\n    for (name in options) {\n      src = target[name];\n      copy = options[name];\n      if (copy && typeof copy === "object") {\n        clone = src && typeof src === "object" ? src : {};\n        target[name] = extend(clone, copy);\n      } else if (copy !== undefined) target[name] = copy;\n    }\n  }\n  return target;\n};',
        line: 11,
        note: 'jQuery-style extend: for-in over arguments[i] with a var key',
      },
      {
        code: 'function mixin(target) {\n  for (var i = 1; i < arguments.length; i++) forIn(arguments[i], copy, target);\n  return target;\n}\nfunction copy(val, key) {\n  var obj = this[key];\n  if (isObject(val) && isObject(obj)) mixin(obj, val);\n  else this[key] = val;\n}',
        line: 8,
        note: 'mutual recursion through a callback passed by name',
      },
      {
        code: 'exports.merge = function (a, b) {\n  for (var k of Object.getOwnPropertyNames(b)) {\n    if (typeof b[k] === "object") a[k] = exports.merge(a[k] || {}, b[k]);\n    else a[k] = b[k];\n  }\n  return a;\n};',
        line: 4,
        note: 'recursion through exports.merge, keys from getOwnPropertyNames',
      },
      {
        code: 'function merge(t, s) {\n  for (const k in s) {\n    const v = s[k];\n    isPlain(v) ? merge(t[k] = t[k] || {}, v) : (t[k] = v);\n  }\n  return t;\n}',
        line: 4,
        note: 'a ternary expression statement',
      },
      {
        code: 'export function setByPath(target, path, value) {\n  const [key, ...rest] = path;\n  target[key] = rest.length ? setByPath(target[key] || {}, rest, value) : value;\n  return target;\n}',
        line: 3,
        note: 'set by path by recursion',
      },
      {
        code: 'function merge(dst, src) {\n  for (const key in src) {\n    if (key === "__proto__") continue;\n    if (isObject(dst[key])) merge(dst[key], src[key]);\n    else dst[key] = src[key];\n  }\n}',
        line: 5,
        note: 'only __proto__ rejected: constructor.prototype stays open',
      },
      {
        code: 'function setPath(obj, path, value) {\n  const parts = path.split(".");\n  const last = parts.pop();\n  for (const part of parts) {\n    obj = obj[part] || (obj[part] = {});\n  }\n  obj[last] = value;\n}',
        line: 7,
        note: 'set by path: reported at the write after the walk',
      },
      {
        code: 'export function set(obj, keys, value) {\n  let cur = obj;\n  for (let i = 0; i < keys.length - 1; i++) {\n    const key = keys[i];\n    if (key in cur) cur = cur[key];\n    else cur = cur[key] = {};\n  }\n  cur[keys[keys.length - 1]] = value;\n}',
        line: 8,
        note: '`key in cur` is true for __proto__: not a guard',
      },
      {
        code: 'export function set(obj, keys, value) {\n  for (let i = 0; i < keys.length - 1; i++) {\n    if (!Object.prototype.hasOwnProperty.call(obj, keys[i])) obj[keys[i]] = {};\n    obj = obj[keys[i]];\n  }\n  obj[keys[keys.length - 1]] = value;\n}',
        line: 6,
        note: 'hasOwnProperty only decides whether to create the intermediate object',
      },
      { code: 'const set = (o, p, v) => p.split(".").reduce((acc, k, i, a) => (acc[k] = i === a.length - 1 ? v : acc[k] || {}), o);' },
      {
        code: 'app.post("/prefs", (req, res) => {\n  const user = users.get(req.user.id);\n  for (const [k, v] of Object.entries(req.body)) user.settings[k] = v;\n  res.json(user.settings);\n});',
        line: 3,
        note: 'request keys copied into an existing object',
      },
      {
        code: 'function getShallowValue(obj, key) {\n  return Object.prototype.hasOwnProperty.call(obj, key) || opts.inherited ? obj[key] : undefined;\n}\nexport function set(obj, path, value) {\n  const key = path[0];\n  const cur = getShallowValue(obj, key);\n  if (path.length === 1) {\n    obj[key] = value;\n    return;\n  }\n  if (cur === undefined) obj[key] = {};\n  set(obj[key], path.slice(1), value);\n}',
        line: 8,
        note: 'set by path by recursion with a path-local key; `getShallowValue` holds "allow" but is no guard (object-path 0.11.4 shape)',
      },
      {
        code: "function Cache() {\n  this.store = {};\n  this.ns = 'default';\n}\nCache.prototype.use = function (ns) {\n  this.ns = ns;\n};\nCache.prototype.put = function (key, value) {\n  if (!this.store[this.ns]) this.store[this.ns] = {};\n  this.store[this.ns][key] = value;\n};\nmodule.exports = Cache;",
        line: 10,
        note: 'two caller-chosen keys into a store with a prototype: `use("__proto__")` then `put` (y18n 4.0.0 shape)',
      },
      {
        code: "function Store() {\n  this.cache = {};\n  this.locale = 'en';\n}\nStore.prototype.setLocale = function (l) {\n  this.locale = l;\n};\nStore.prototype.update = function (obj) {\n  for (var key in obj) this.cache[this.locale][key] = obj[key];\n};\nmodule.exports = function () {\n  return new Store();\n};",
        line: 9,
        note: "a for-in copy of the caller's object under a caller-chosen first key; the instance a factory returns is public (y18n `setLocale('__proto__')` + `updateLocale`)",
      },
      {
        code: 'function assignValue(o, k, v) {\n  o[k] = v;\n}\nexport function setPath(object, path, value) {\n  let nested = object;\n  for (let i = 0; i < path.length; i++) {\n    const key = path[i];\n    assignValue(nested, key, i === path.length - 1 ? value : nested[key] || {});\n    nested = nested[key];\n  }\n  return object;\n}',
        line: 8,
        note: 'a walker that writes through a setter helper (lodash 4.17.15 `baseSet` shape)',
      },
      {
        code: "function safeGet(object, key) {\n  return key == '__proto__' ? undefined : object[key];\n}\nfunction assignValue(object, key, value) {\n  object[key] = value;\n}\nfunction baseMergeDeep(object, source, key, mergeFunc, stack) {\n  var objValue = safeGet(object, key);\n  var srcValue = safeGet(source, key);\n  var stacked = stack.get(srcValue);\n  if (stacked) {\n    assignValue(object, key, stacked);\n    return;\n  }\n  var newValue = isObject(objValue) ? objValue : {};\n  mergeFunc(newValue, srcValue, stack);\n  assignValue(object, key, newValue);\n}\nfunction baseMerge(object, source, stack) {\n  Object.keys(source).forEach(function (key) {\n    if (isObject(source[key])) baseMergeDeep(object, source, key, baseMerge, stack);\n    else assignValue(object, key, source[key]);\n  });\n}\nmodule.exports = function merge(object, source) {\n  baseMerge(object, source, new Map());\n  return object;\n};",
        line: 17,
        note: 'recursion through a callback parameter (`mergeFunc`), writes through a setter helper, and a getter that drops only `__proto__` (lodash.merge 4.6.1 shape); reported at the write after the recursion, not the early `stacked` one',
      },
      {
        code: "export function set(obj, path, value) {\n  if (typeof path === 'string') return set(obj, path.split('.'), value);\n  var currentPath = path[0];\n  if (currentPath === '__proto__' || currentPath === 'constructor' || currentPath === 'prototype') throw new Error('unsafe key');\n  if (path.length === 1) {\n    obj[currentPath] = value;\n    return;\n  }\n  if (obj[currentPath] === undefined) obj[currentPath] = {};\n  set(obj[currentPath], path.slice(1), value);\n}",
        line: 6,
        note: "a strict test on a raw element of the caller's array: `[['__proto__'], 'x']` passes `===` and `obj[['__proto__']]` is `obj.__proto__` (object-path 0.11.5, CVE-2021-23434)",
      },
      {
        code: "export function del(obj, path) {\n  if (typeof path === 'string') return del(obj, path.split('.'));\n  var currentPath = getKey(path[0]);\n  if (path.length === 1) delete obj[currentPath];\n  else return del(obj[currentPath], path.slice(1));\n  return obj;\n}\nfunction getKey(key) {\n  var n = parseInt(key);\n  return n.toString() === key ? n : key;\n}",
        line: 4,
        note: "a delete at the end of a walk along the caller's path: `del({}, '__proto__.toString')` (object-path 0.11.7, CVE-2021-3805)",
      },
      {
        code: "function isSafeKey(key) {\n  return key !== '__proto__' && key !== 'constructor' && key !== 'prototype';\n}\nexport function setPath(target, path, value) {\n  const keys = (Array.isArray(path) ? path : path.split('.')).filter(isSafeKey);\n  for (let i = 0; i < keys.length - 1; i++) {\n    const k = keys[i];\n    if (typeof target[k] !== 'object') target[k] = {};\n    target = target[k];\n  }\n  target[keys[keys.length - 1]] = value;\n}",
        line: 11,
        note: "keys filtered by a strict test, but the list can be the caller's array: `[['__proto__'], 'x']` passes the filter (set-value 3.0.1, CVE-2021-23440)",
      },
      {
        code: "const parent = require('./parent');\nmodule.exports = function unset(object, path) {\n  path = Array.isArray(path) ? path : String(path).split('.');\n  object = parent(object, path);\n  return object == null || delete object[path[path.length - 1]];\n};",
        line: 5,
        note: "a delete into what an imported get-by-path helper reached: `unset({}, '__proto__.toString')` (lodash 4.17.21 `baseUnset`, CVE-2025-13465)",
      },
      {
        code: "function get(obj, path) {\n  if (!path.length) return obj;\n  return obj == null ? undefined : get(obj[path[0]], path.slice(1));\n}\nexport function empty(obj, path) {\n  const value = get(obj, path);\n  if (value && typeof value === 'object') for (const k in value) delete value[k];\n}",
        line: 7,
        note: "deletes every key of the object a same-file getter reached along the caller's path (object-path 0.11.7 `empty`, CVE-2021-3805)",
      },
      { code: 'obj.__proto__.polluted = value;' },
      { code: 'target.constructor.prototype[name] = fn;' },
      { code: 'Object.prototype.toJSON = function () { return 1; };', note: 'a deliberate extension: low' },
      { code: 'Array.prototype.last = function () { return this[this.length - 1]; };', note: 'a deliberate extension: low' },
      { code: 'app.get("/t/:id", (req, res) => {\n  const items = store[req.params.id];\n  items[req.query.name] = req.query.text;\n});', line: 3 },
    ],
    good: [
      {
        code: 'const PARENT = Symbol("parent");\nexport function link(node, parent) {\n  node[PARENT] = parent;\n  for (const key of Object.keys(node)) if (node[key] && typeof node[key].type === "string") link(node[key], node);\n}',
        note: 'a symbol key cannot be __proto__',
      },
      {
        code: "const disallowedKeys = ['__proto__', 'prototype', 'constructor'];\nconst isValidPath = (segs) => !segs.some((s) => disallowedKeys.includes(s));\nfunction getPathSegments(path) {\n  const parts = path.split('.');\n  return isValidPath(parts) ? parts : [];\n}\nexport function set(obj, path, value) {\n  const pathArr = getPathSegments(path);\n  for (let i = 0; i < pathArr.length; i++) {\n    const p = pathArr[i];\n    if (typeof obj[p] !== 'object') obj[p] = {};\n    if (i === pathArr.length - 1) obj[p] = value;\n    obj = obj[p];\n  }\n}",
        note: 'the walked keys come from a helper that rejects the dangerous ones',
      },
      {
        code: "function isValidKey(key) {\n  return key !== '__proto__' && key !== 'constructor' && key !== 'prototype';\n}\nmodule.exports = function set(obj, prop, val) {\n  const keys = prop.split('.').filter(isValidKey);\n  let current = obj;\n  for (let idx = 0; idx < keys.length; idx++) {\n    const key = keys[idx];\n    if (idx !== keys.length - 1) {\n      if (typeof current[key] !== 'object') current[key] = {};\n      current = current[key];\n      continue;\n    }\n    current[key] = val;\n  }\n  return obj;\n};",
        note: 'keys filtered through a validator',
      },
      { code: 'function set(obj, key, v) {\n  obj[key] = v;\n}', note: 'plain dynamic write' },
      {
        code: 'function merge(dst, src) {\n  for (const key in src) {\n    if (key === "__proto__" || key === "constructor") continue;\n    if (isObject(dst[key])) merge(dst[key], src[key]);\n    else dst[key] = src[key];\n  }\n}',
        note: 'guarded merge',
      },
      {
        code: 'function isSafeKey(k) {\n  return k !== "__proto__" && k !== "constructor" && k !== "prototype";\n}\nfunction merge(dst, src) {\n  for (const key of Object.keys(src)) {\n    if (!isSafeKey(key)) continue;\n    if (isObject(dst[key])) merge(dst[key], src[key]);\n    else dst[key] = src[key];\n  }\n}',
        note: 'a named guard function',
      },
      {
        code: 'function merge(dst, src) {\n  for (const key in src) {\n    if (dst.hasOwnProperty(key) && isObject(dst[key])) merge(dst[key], src[key]);\n    else if (!dst.hasOwnProperty(key)) dst[key] = src[key];\n  }\n}',
        note: 'the recursion only goes into own keys of the target',
      },
      {
        code: 'const ALLOWED = new Set(["theme", "lang"]);\nfunction apply(dst, src) {\n  for (const k of Object.keys(src)) {\n    if (!ALLOWED.has(k)) continue;\n    dst[k] = src[k];\n  }\n}',
        note: 'allowlist',
      },
      {
        code: 'function clone(src) {\n  const out = Object.create(null);\n  for (const k in src) out[k] = clone(src[k]);\n  return out;\n}',
        note: 'prototype-free target',
      },
      { code: 'function copy(dst, src) {\n  for (const k in src) dst[k] = src[k];\n}', note: 'shallow copy of a trusted object' },
      { code: 'function clone(x) {\n  const out = {};\n  for (const k in x) out[k] = clone(x[k]);\n  return out;\n}', note: 'deep clone into fresh objects' },
      {
        code: 'function copy(val) {\n  if (typeof val !== "object" || val === null) return val;\n  var tmp = Array.isArray(val) ? [] : {};\n  for (var key in val) {\n    if (val.hasOwnProperty(key)) tmp[key] = copy(val[key]);\n  }\n  return tmp;\n}',
        note: 'deep copy over own keys into a fresh object',
      },
      {
        code: 'function insert(root, value) {\n  let node = root;\n  for (;;) {\n    const dir = value < node.value ? "left" : "right";\n    if (!node[dir]) {\n      node[dir] = { value };\n      return;\n    }\n    node = node[dir];\n  }\n}',
        note: 'the key is one of two constants',
      },
      { code: 'const byId = list.reduce((acc, item) => {\n  acc[item.id] = item;\n  return acc;\n}, {});', note: 'reduce that builds an object' },
      { code: 'const pick = (src, keys) => keys.reduce((acc, k) => { acc[k] = src[k]; return acc; }, base);', note: 'reduce returns the accumulator' },
      { code: 'function get(obj, path) {\n  for (const p of path.split(".")) obj = obj[p];\n  return obj;\n}', note: 'walks but never writes' },
      { code: 'for (let i = 0; i < rows.length; i++) grid[i][j] = rows[i];', note: 'numeric indexes' },
      {
        code: 'function Y18n() {\n  this.cache = Object.create(null);\n}\nY18n.prototype.add = function (locale, key, value) {\n  this.cache[locale][key] = value;\n};',
        note: 'a prototype-free field',
      },
      { code: 'if (!Array.prototype.at) {\n  Array.prototype.at = function (i) { return this[i < 0 ? this.length + i : i]; };\n}', note: 'polyfill' },
      {
        code: "export function flatten(src) {\n  const out = {};\n  function add(pre, into, obj) {\n    return Object.keys(obj).reduce((acc, k) => {\n      acc[pre + '.' + k] = obj[k];\n      return acc;\n    }, into);\n  }\n  for (const k of Object.keys(src)) {\n    if (src[k] && typeof src[k] === 'object') add(k, out, flatten(src[k]));\n    else out[k] = src[k];\n  }\n  return out;\n}",
        note: 'keys built as `prefix + "." + key` into a fresh result through a helper\'s reduce (flat 5.0.1 shape)',
      },
      {
        code: "export function clone(obj) {\n  if (typeof obj !== 'object' || obj === null) return obj;\n  let copy;\n  let deep = false;\n  if (Object.isFrozen(obj)) copy = obj;\n  else {\n    copy = Object.create(Object.getPrototypeOf(obj));\n    deep = true;\n  }\n  if (deep) for (const key of Object.getOwnPropertyNames(obj)) copy[key] = clone(obj[key]);\n  return copy;\n}",
        note: 'deep clone into `Object.create(proto)`; the branch that keeps the input never descends (hoek `clone` shape)',
      },
      {
        code: "export function extend(deep, target, src) {\n  for (const key in src) {\n    if (!Object.prototype.hasOwnProperty.call(src, key)) continue;\n    const v = src[key];\n    if (deep && v && typeof v === 'object') target[key] = extend(true, Object.prototype.hasOwnProperty.call(target, key) ? target[key] : {}, v);\n    else target[key] = v;\n  }\n  return target;\n}",
        note: 'an own-property test chooses the value the recursion descends into (just-extend 4.x shape)',
      },
      {
        code: "function isPrototypePolluted(key) {\n  return ['__proto__', 'constructor', 'prototype'].includes(key);\n}\nexport function merge(t, s) {\n  for (const k in s) {\n    if (isPrototypePolluted(k)) continue;\n    if (isObj(t[k])) merge(t[k], s[k]);\n    else t[k] = s[k];\n  }\n  return t;\n}",
        note: 'a guard named by word: isPrototypePolluted',
      },
      {
        code: "export function cloneByPath(object, path) {\n  const result = clone(object);\n  let nested = result;\n  for (let i = 0; nested != null && i < path.length; i++) {\n    const key = path[i];\n    const value = nested[key];\n    if (value != null && typeof value !== 'function') nested[key] = clone(value);\n    nested = nested[key];\n  }\n  return result;\n}",
        note: 'clone by path: every level is replaced by a copy before the walk enters it (lodash/fp `cloneByPath`)',
      },
      {
        code: "const ALIASES = { first: ['head'], rest: ['tail'] };\nexport function install(lib, names, depth) {\n  for (const name of names) {\n    if (depth) install(lib[name], names, depth - 1);\n    (ALIASES[name] || []).forEach((alias) => {\n      lib[alias] = lib[name];\n    });\n  }\n  return lib;\n}",
        note: 'the written key comes from a constant alias table',
      },
      {
        code: "function merge(target, source) {\n  if (typeof source !== 'object') {\n    if (!Object.prototype.hasOwnProperty.call(Object.prototype, source)) target[source] = true;\n    return target;\n  }\n  for (const key of Object.keys(source)) {\n    if (Object.prototype.hasOwnProperty.call(target, key)) target[key] = merge(target[key], source[key]);\n    else target[key] = source[key];\n  }\n  return target;\n}",
        note: 'a key that is no name on Object.prototype, and own-key recursion (qs `merge` shape)',
      },
      {
        code: "export class Args {\n  coerce(keys, value) {\n    if (typeof keys === 'object') {\n      for (const key of Object.keys(keys)) this.coerce(key, keys[key]);\n      return this;\n    }\n    this.middleware.push((argv) => {\n      argv[keys] = value(argv[keys]);\n      return argv;\n    });\n  }\n}",
        note: "the recursion walks into the value, and the write goes to a callback's own argument (yargs `coerce`)",
      },
      {
        code: "function assignValue(object, key, value) {\n  object[key] = value;\n}\nfunction baseMergeDeep(object, source, key, mergeFunc) {\n  var objValue = safeGet(object, key);\n  var srcValue = safeGet(source, key);\n  var newValue = isObject(objValue) ? objValue : {};\n  mergeFunc(newValue, srcValue);\n  assignValue(object, key, newValue);\n}\nfunction baseMerge(object, source) {\n  Object.keys(source).forEach(function (key) {\n    if (isObject(source[key])) baseMergeDeep(object, source, key, baseMerge);\n    else assignValue(object, key, source[key]);\n  });\n}\nfunction safeGet(object, key) {\n  if (key === 'constructor' && typeof object[key] === 'function') return;\n  if (key == '__proto__') return;\n  return object[key];\n}\nmodule.exports = function merge(object, source) {\n  baseMerge(object, source);\n  return object;\n};",
        note: 'the getter drops `constructor` too, defined after its use (lodash.merge 4.6.2 shape)',
      },
      {
        code: "function safeGetProperty(object, property) {\n  return property === '__proto__' ? undefined : object[property];\n}\nmodule.exports = function deepExtend(target, obj) {\n  Object.keys(obj).forEach(function (key) {\n    var src = safeGetProperty(target, key);\n    var val = safeGetProperty(obj, key);\n    if (typeof val !== 'object' || val === null) target[key] = val;\n    else if (typeof src !== 'object' || src === null) target[key] = deepExtend({}, val);\n    else target[key] = deepExtend(src, val);\n  });\n  return target;\n};",
        note: "a getter that drops `__proto__`, and the target's own value is tested to be an object before the recursion enters it (deep-extend 0.5.1 shape)",
      },
      {
        code: "export function set(obj, path, value) {\n  if (typeof path === 'string') return set(obj, path.split('.'), value);\n  var currentPath = path[0];\n  if (typeof currentPath !== 'string' && typeof currentPath !== 'number') currentPath = String(currentPath);\n  if (currentPath === '__proto__' || currentPath === 'constructor' || currentPath === 'prototype') throw new Error('unsafe key');\n  if (path.length === 1) {\n    obj[currentPath] = value;\n    return;\n  }\n  if (obj[currentPath] === undefined) obj[currentPath] = {};\n  set(obj[currentPath], path.slice(1), value);\n}",
        note: 'the key is made a string before the strict test (object-path 0.11.6)',
      },
      {
        code: "function checkKey(key) {\n  if (typeof key !== 'string') key = String(key);\n  if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Error('unsafe key');\n}\nexport function del(obj, path) {\n  var currentPath = path[0];\n  checkKey(currentPath);\n  if (path.length === 1) delete obj[currentPath];\n  else return del(obj[currentPath], path.slice(1));\n  return obj;\n}",
        note: 'the walk checks every key first (object-path 0.11.8 `del`)',
      },
      {
        code: "export function prune(obj) {\n  for (const k of Object.keys(obj)) {\n    if (obj[k] === null) delete obj[k];\n    else if (typeof obj[k] === 'object') prune(obj[k]);\n  }\n  return obj;\n}",
        note: 'deletes own keys of the object it walks: an own `__proto__` key is a plain property',
      },
      {
        code: "function isSafeKey(key) {\n  if (typeof key !== 'string') key = String(key);\n  return key !== '__proto__' && key !== 'constructor' && key !== 'prototype';\n}\nexport function setPath(target, path, value) {\n  const keys = (Array.isArray(path) ? path : path.split('.')).filter(isSafeKey);\n  for (let i = 0; i < keys.length - 1; i++) {\n    const k = keys[i];\n    if (typeof target[k] !== 'object') target[k] = {};\n    target = target[k];\n  }\n  target[keys[keys.length - 1]] = value;\n}",
        note: 'the filter makes each key a string before the strict test (set-value 3.0.3)',
      },
      {
        code: "function isSafeKey(key) {\n  return key !== '__proto__' && key !== 'constructor' && key !== 'prototype';\n}\nexport function setPath(target, path, value) {\n  const keys = String(path).split('.').filter(isSafeKey);\n  for (let i = 0; i < keys.length - 1; i++) {\n    const k = keys[i];\n    if (typeof target[k] !== 'object') target[k] = {};\n    target = target[k];\n  }\n  target[keys[keys.length - 1]] = value;\n}",
        note: 'a strict filter over keys split from a string: every key is a string',
      },
      {
        code: "const parent = require('./parent');\nmodule.exports = function unset(object, path) {\n  path = Array.isArray(path) ? path : String(path).split('.');\n  for (let i = 0; i < path.length; i++) {\n    const key = String(path[i]);\n    if (key === '__proto__' || key === 'constructor' || key === 'prototype') return false;\n  }\n  object = parent(object, path);\n  return object == null || delete object[path[path.length - 1]];\n};",
        note: 'every segment is made a string and checked before the walk (lodash 4.18.1 `baseUnset`)',
      },
      {
        code: "function step(obj, key) {\n  if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new Error('unsafe key');\n  return obj[key];\n}\nfunction get(obj, path) {\n  if (!path.length) return obj;\n  return obj == null ? undefined : get(step(obj, String(path[0])), path.slice(1));\n}\nexport function empty(obj, path) {\n  const value = get(obj, path);\n  if (value && typeof value === 'object') for (const k in value) delete value[k];\n}",
        note: 'the getter rejects the dangerous keys on the way down (object-path 0.11.8)',
      },
      { code: 'Child.prototype.__proto__ = Parent.prototype;', note: 'classic inheritance, not a write through __proto__' },
      {
        code: "function writeNested(record, field, value) {\n  const segments = field.split('.');\n  let current = record;\n  for (const segment of segments.slice(0, -1)) {\n    if (typeof current[segment] !== 'object') current[segment] = {};\n    current = current[segment];\n  }\n  current[segments.at(-1)] = value;\n}\nconst SECRET_FIELDS = ['auth.token', 'config.password'];\nexport function redact(entry) {\n  for (const field of SECRET_FIELDS) writeNested(entry, field, undefined);\n  return entry;\n}",
        note: 'a set-by-path helper whose every caller passes constant paths (openai-agents-js `writeNestedField`)',
      },
    ],
  },
});
