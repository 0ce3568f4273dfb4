// Guards: conditions that make a value safe on the paths they protect (the branch of an `if`, the code
// after an early return or throw, a `case` of a `switch`). A fact holds only where its condition dominates
// the use; weak checks (a raw `includes('..')`, a `startsWith` on an unnormalised path) give no protection.
import type { TSESTree } from '@typescript-eslint/types';
import type { Binding, Resolver } from '../code/resolve.js';
import { constValue, propertyName, unwrap } from '../code/resolve.js';
import type { TaintKind } from './engine.js';
import { prefixCompare, prefixHasSeparator, rootText } from './prefix.js';
import { isFunctionNode } from './sources.js';

type Node = TSESTree.Node;

/**
 * `allow`: the value is one of a fixed set (allowlist, equality with a constant, a number).
 * `pathSafe`: confined to a root (normalised prefix check, `path.relative` check) or free of separators.
 * `cmdSafe`: only characters with no meaning to a shell.
 * `noDotDot` / `notAbs`: no `..` segment / not absolute; together they confine a relative path.
 * `prefixed`: a helper's parameter passed a prefix check; it protects a caller only if the caller's argument is normalised.
 */
type Fact = 'allow' | 'pathSafe' | 'cmdSafe' | 'noDotDot' | 'notAbs' | 'prefixed';
/** What a fact is about: a binding, or a member chain on one (`req.query.f` → `3:query.f`). */
export type Key = Binding | string;
type Facts = Map<Key, Set<Fact>>;

const EMPTY: Facts = new Map();
const VALIDATOR_NAMES =
  /^is(Alphanumeric|Alpha|Numeric|Int|Integer|UUID|Uuid|Hexadecimal|Hex|Slug|MongoId|Base64|Port|Number|SafeInteger|Valid|ValidObjectId)$/;
const SAFE_PREDICATE_NAMES = /^(is|check|has)?_?(safe|valid|allowed|whitelisted|permitted)/i;
const CONTAINMENT_NAMES = /inside|within|contain|subdir|subpath|underroot|inroot|insideroot/i;
const SHELL_META = /[;&|$`'"<>(){}!*\n\\]/;

/** The four engine queries the guards use (the engine implements them; declared here so guards need no engine type). */
export interface GuardHost {
  /** The function a same-file callee names, if any. */
  sameFileFunction(callee: Node): TSESTree.FunctionLike | undefined;
  /** Which parameter (and destructuring path) of which function a binding is. */
  paramInfo(b: Binding): { fn: Node; index: number; path: string[] } | undefined;
  /** The taint specs of a function's parameters (index → spec); guards read only its size. */
  specsOf(fn: Node): ReadonlyMap<number, unknown>;
  /** A binding's initialiser and destructuring path. */
  declInfo(b: Binding): { init: Node | undefined; path: string[]; forOf: boolean } | undefined;
  /** The values (initialiser, right-hand sides) that may reach this read; undefined when one is not a plain value. */
  valuesAt(id: TSESTree.Identifier): readonly Node[] | undefined;
}

/** Calls whose result can hold a `..` its argument did not (`%2e%2e/` decodes to `../`). */
const DECODERS = /^(decodeURIComponent|decodeURI|unescape|querystring\.unescape|querystring\.unescapeBuffer)$/;

export class Guards {
  private readonly factMemo = new Map<Node, [Facts | undefined, Facts | undefined]>();
  private readonly derivedMemo = new Map<Binding, Set<Key>>();
  private readonly ids = new Map<Binding, number>();
  private readonly guardLists = new WeakMap<readonly Node[], Node[]>();

  constructor(
    private readonly resolver: Resolver,
    private readonly engine: GuardHost,
  ) {}

  /**
   * True when a guard that dominates this use of `b` makes it safe for a sink of `kind`. `joined`: the use is a
   * later argument of `path.join(root, …)`, which joins an absolute path under root instead of replacing it, so a
   * value with no `..` in it is enough there.
   */
  protects(use: Node, b: Key, kind: TaintKind, joined = false): boolean {
    const facts = new Set<Fact>();
    const consider = (cond: Node, pol: boolean): void => {
      for (const [g, fs] of this.factsOf(cond, pol)) {
        // A check on a variable says nothing about the value written to it after the check (`p = decodeURIComponent(p)`).
        if (this.related(g, b) && !this.writtenBetween(g, cond, use)) for (const f of fs) facts.add(f);
      }
    };
    let child: Node = use;
    let p = this.resolver.parent(child);
    for (let depth = 0; p && depth < 200; depth++) {
      switch (p.type) {
        case 'IfStatement':
        case 'ConditionalExpression':
          if (child === p.consequent) consider(p.test, true);
          else if (child === p.alternate) consider(p.test, false);
          break;
        case 'LogicalExpression':
          if (child === p.right) {
            if (p.operator === '&&') consider(p.left, true);
            else if (p.operator === '||') consider(p.left, false);
          }
          break;
        case 'BlockStatement':
        case 'Program':
        case 'StaticBlock':
          this.earlyExits(p.body, child, consider);
          break;
        case 'SwitchCase': {
          this.earlyExits(p.consequent, child, consider);
          const sw = this.resolver.parent(p);
          if (p.test && sw?.type === 'SwitchStatement' && constValue(p.test, this.resolver) !== undefined) {
            for (const g of this.bindingsOf(sw.discriminant)) if (this.related(g, b)) facts.add('allow');
          }
          break;
        }
        default:
          break;
      }
      if (decide(facts, kind, joined)) return true;
      child = p;
      p = this.resolver.parent(p);
    }
    return decide(facts, kind, joined);
  }

  /**
   * A read after the block an assignment sits in (`if (root) { p = join(root, p); if (bad(p)) return; } open(p)`):
   * the early exits that follow the assignment in its block hold for the value it wrote.
   */
  guardedAfter(assign: Node, use: Node, b: Binding, kind: TaintKind): boolean {
    const stmt = this.resolver.parent(assign);
    const block = stmt?.type === 'ExpressionStatement' ? this.resolver.parent(stmt) : undefined;
    if (block?.type !== 'BlockStatement' || use.range[0] < block.range[1]) return false;
    const end = { type: 'EmptyStatement', range: [block.range[1], block.range[1]] } as unknown as Node;
    const facts = new Set<Fact>();
    this.earlyExits(block.body, end, (cond, pol) => {
      if (cond.range[0] < assign.range[1]) return;
      for (const [g, fs] of this.factsOf(cond, pol)) if (this.related(g, b) && !this.writtenBetween(g, cond, end)) for (const f of fs) facts.add(f);
    });
    return decide(facts, kind);
  }

  /** Is a binding assigned after the check and before the use (the check then tested an older value)? */
  private writtenBetween(g: Key, cond: Node, use: Node): boolean {
    if (typeof g === 'string' || g.writes === 0) return false;
    const from = cond.range[1];
    const to = use.range[0];
    return (this.writeEnds().get(g) ?? []).some((at) => at > from && at <= to);
  }

  private writeIndex: Map<Binding, number[]> | undefined;
  /** Where each assignment to a binding takes effect (the end of the assignment), from the resolver's index. */
  private writeEnds(): Map<Binding, number[]> {
    if (!this.writeIndex) {
      const m = new Map<Binding, number[]>();
      for (const n of this.resolver.flowNodes) {
        if (n.type !== 'AssignmentExpression') continue;
        const left = unwrap(n.left);
        const b = left?.type === 'Identifier' ? this.resolver.binding(left) : undefined;
        if (!b) continue;
        const list = m.get(b);
        if (list) list.push(n.range[1]);
        else m.set(b, [n.range[1]]);
      }
      this.writeIndex = m;
    }
    return this.writeIndex;
  }

  /** Statements before `child` in a list that leave unless a condition holds: `if (bad) return;`, `assert(ok)`. */
  private earlyExits(list: readonly Node[], child: Node, consider: (cond: Node, pol: boolean) => void): void {
    // Only the guard-shaped statements of a list are kept, so a long module body is scanned once, not per query.
    let guards = this.guardLists.get(list);
    if (!guards) {
      guards = list.filter((s) => s.type === 'IfStatement' || (s.type === 'ExpressionStatement' && s.expression.type === 'CallExpression'));
      this.guardLists.set(list, guards);
    }
    const stop = child.range[0];
    for (const s of guards) {
      if (s.range[0] >= stop) return;
      if (s.type === 'IfStatement') {
        const c = exits(s.consequent);
        const a = s.alternate ? exits(s.alternate) : false;
        if (c && !a) consider(s.test, false);
        else if (a && !c) consider(s.test, true);
      } else if (s.type === 'ExpressionStatement' && s.expression.type === 'CallExpression') {
        const callee = unwrap(s.expression.callee);
        const name = callee?.type === 'Identifier' ? callee.name : callee?.type === 'MemberExpression' ? (this.resolver.canonical(callee) ?? '') : '';
        if (/^(assert|assert\.ok|assert\.strict|invariant|ensure|console\.assert_)$/.test(name) && s.expression.arguments[0])
          consider(s.expression.arguments[0], true);
        else if (callee?.type === 'Identifier' && this.engine.sameFileFunction(callee)) consider(s.expression, true);
      }
    }
  }

  private factsOf(cond: Node, pol: boolean): Facts {
    let m = this.factMemo.get(cond);
    if (!m) {
      m = [undefined, undefined];
      this.factMemo.set(cond, m);
    }
    const i = pol ? 0 : 1;
    if (!m[i]) {
      m[i] = EMPTY; // recursion guard
      m[i] = this.computeFacts(cond, pol, 0);
    }
    return m[i];
  }

  private computeFacts(cond: Node, pol: boolean, depth: number): Facts {
    const c = unwrap(cond);
    if (!c || depth > 12) return EMPTY;
    const out: Facts = new Map();
    const add = (nodes: Node | Node[] | undefined, f: Fact): void => {
      if (!nodes) return;
      for (const n of Array.isArray(nodes) ? nodes : [nodes]) {
        for (const b of this.bindingsOf(n)) {
          const s = out.get(b);
          if (s) s.add(f);
          else out.set(b, new Set([f]));
        }
      }
    };
    switch (c.type) {
      case 'UnaryExpression':
        if (c.operator === '!') return this.computeFacts(c.argument, !pol, depth + 1);
        return EMPTY;
      case 'LogicalExpression': {
        const l = this.computeFacts(c.left, pol, depth + 1);
        const r = this.computeFacts(c.right, pol, depth + 1);
        if ((c.operator === '&&' && pol) || (c.operator === '||' && !pol)) return merge(l, r);
        if (c.operator === '??') return EMPTY;
        return intersect(l, r);
      }
      case 'BinaryExpression': {
        const op = c.operator;
        const left = c.left as Node;
        const right = c.right;
        if (op === 'in') {
          if (pol) add(left, 'allow');
          return out;
        }
        const prefix = op === '===' || op === '==' || op === '!==' || op === '!=' ? (prefixCompare(left, right) ?? prefixCompare(right, left)) : undefined;
        // `full.substr(0, root.length) !== root` is `!full.startsWith(root)`, graded the same way.
        if (prefix) return this.stringCheck(prefix.recv, 'startsWith', prefix.root, op === '===' || op === '==' ? pol : !pol);
        const lv = constValue(left, this.resolver);
        const rv = constValue(right, this.resolver);
        const [x, v] = lv !== undefined && rv === undefined ? [right, lv] : rv !== undefined && lv === undefined ? [left, rv] : [undefined, undefined];
        if (!x) return out;
        const xu = unwrap(x)!;
        if (op === '===' || op === '==' || op === '!==' || op === '!=') {
          const eq = op === '===' || op === '==' ? pol : !pol;
          if (xu.type === 'UnaryExpression' && xu.operator === 'typeof') {
            if (eq && v === 'number') add(xu.argument, 'allow');
            return out;
          }
          const io = indexOfCall(xu);
          if (io) {
            if (v === 0) return this.stringCheck(io.recv, 'startsWith', io.arg, eq);
            if (v === -1) return this.stringCheck(io.recv, 'includes', io.arg, !eq);
            return out;
          }
          if (eq && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) add(x, 'allow');
          return out;
        }
        const io = indexOfCall(xu);
        if (io && typeof v === 'number' && x === left) {
          // `s.indexOf(a) >= 0` / `> -1` / `< 0`
          const found = (op === '>=' && v === 0) || (op === '>' && v === -1);
          const missing = (op === '<' && v === 0) || (op === '<=' && v === -1);
          if (found || missing) return this.stringCheck(io.recv, 'includes', io.arg, found ? pol : !pol);
        }
        return out;
      }
      case 'CallExpression':
        return this.callFacts(c, pol, depth);
      case 'Identifier': {
        // `const isAllowed = …; if (!isAllowed) throw …`
        const b = this.resolver.binding(c);
        const init = b && b.writes === 0 && !b.path && (b.kind === 'const' || b.kind === 'let') ? unwrap(b.init) : undefined;
        return init && !isFunctionNode(init) ? this.computeFacts(init, pol, depth + 1) : EMPTY;
      }
      case 'AwaitExpression':
        return this.computeFacts(c.argument, pol, depth + 1);
      default:
        return EMPTY;
    }
  }

  /** Facts from `recv.startsWith(arg)` / `recv.includes(arg)` being `pol`. */
  private stringCheck(recv: Node, method: 'startsWith' | 'includes', arg: Node | undefined, pol: boolean): Facts {
    const out: Facts = new Map();
    const add = (n: Node, f: Fact): void => {
      for (const b of this.bindingsOf(n)) {
        const s = out.get(b);
        if (s) s.add(f);
        else out.set(b, new Set([f]));
      }
    };
    const v = arg ? constValue(arg, this.resolver) : undefined;
    const dotdot = typeof v === 'string' && /^\.\.([\\/])?$/.test(v);
    if (method === 'startsWith') {
      if (dotdot) {
        // On a raw value, a leading `..` says nothing about `a/../../b`: no fact.
        if (!pol && this.isRelative(recv)) add(recv, 'pathSafe');
        else if (!pol && this.isNormalised(recv)) add(recv, 'noDotDot');
      } else if (v === '/' || v === '\\') {
        if (!pol) add(recv, 'notAbs');
      } else if (pol && arg && !prefixHasSeparator(arg, this.resolver, 0, (id) => this.engine.valuesAt(id))) {
        // `full.startsWith(root)` with no separator after the root: `/data` admits `/data-evil` (CVE-2025-53110).
      } else if (pol && arg && this.isNormalised(recv)) add(recv, 'pathSafe');
      else if (pol && arg && this.isHelperParam(recv)) add(recv, 'prefixed');
    } else {
      if (dotdot) {
        if (!pol) add(recv, this.isNormalised(recv) ? 'pathSafe' : 'noDotDot');
      } else if (v === '/' && !pol) {
        // No separator at all: the name stays in the folder it is joined to.
        add(recv, 'pathSafe');
      } else if (pol && arg && this.isAllowlist(recv)) add(arg, 'allow');
    }
    return out;
  }

  private callFacts(c: TSESTree.CallExpression, pol: boolean, depth: number): Facts {
    const out: Facts = new Map();
    const add = (n: Node | undefined, f: Fact): void => {
      if (!n) return;
      for (const b of this.bindingsOf(n)) {
        const s = out.get(b);
        if (s) s.add(f);
        else out.set(b, new Set([f]));
      }
    };
    const callee = unwrap(c.callee);
    const args = c.arguments as Node[];
    const canon = callee ? this.resolver.canonical(callee) : undefined;
    if (canon && /^path(\.posix|\.win32)?\.isAbsolute$/.test(canon)) {
      if (!pol) add(args[0], 'notAbs');
      return out;
    }
    if (canon === 'Object.hasOwn' || canon === 'Reflect.has') {
      if (pol) add(args[1], 'allow');
      return out;
    }
    if (canon && /^Number\.is(Integer|SafeInteger|Finite)$/.test(canon)) {
      if (pol) add(args[0], 'allow');
      return out;
    }
    if (canon === 'uuid.validate' || canon === 'uuid.default.validate') {
      if (pol) add(args[0], 'allow');
      return out;
    }
    if (canon === 'isNaN') {
      if (!pol) add(args[0], 'allow');
      return out;
    }
    if (callee?.type === 'MemberExpression') {
      const m = propertyName(callee) ?? '';
      const recv = callee.object;
      if (m === 'startsWith' || m === 'includes') return this.stringCheck(recv, m, args[0], pol);
      if ((m === 'some' || m === 'every') && pol) {
        // `roots.some((dir) => full.startsWith(dir))`: what the callback checks holds for the value it closes over.
        const cb = unwrap(args[0]);
        const body = cb && isFunctionNode(cb) ? (cb.body.type === 'BlockStatement' ? returned(cb.body) : cb.body) : undefined;
        return body ? this.computeFacts(body, true, depth + 1) : out;
      }
      if (m === 'has' || m === 'hasOwnProperty') {
        if (pol) add(args[0], 'allow');
        return out;
      }
      if (m === 'call' && /hasOwnProperty$/.test(this.resolver.canonical(callee.object) ?? rootText(callee.object))) {
        if (pol) add(args[1], 'allow');
        return out;
      }
      if (m === 'test') {
        const re = this.regexOf(recv);
        if (re) this.regexFacts(re, pol, args[0], add);
        return out;
      }
      if (m === 'match') {
        const re = this.regexOf(args[0]);
        if (re) this.regexFacts(re, pol, recv, add);
        return out;
      }
      if (VALIDATOR_NAMES.test(m)) {
        if (pol) add(args[0], 'allow');
        return out;
      }
      return out;
    }
    if (callee?.type === 'Identifier') {
      const fn = this.engine.sameFileFunction(callee);
      if (fn) return this.predicateFacts(fn, c, pol, depth);
      if (pol && (VALIDATOR_NAMES.test(callee.name) || SAFE_PREDICATE_NAMES.test(callee.name))) add(args[0], 'allow');
      // `isPathInside(p, root)`, `isSubdir(root, p)`: a containment check from a library.
      if (pol && CONTAINMENT_NAMES.test(callee.name)) for (const a of args) add(a, 'pathSafe');
    }
    return out;
  }

  /** One level of summary for a same-file predicate: `function isSafe(p) { if (p.includes('..')) return false; return … }`. */
  private predicateFacts(fn: TSESTree.FunctionLike, call: TSESTree.CallExpression, pol: boolean, depth: number): Facts {
    if (depth > 4 || !fn.body) return EMPTY;
    const inner: Facts[] = [];
    if (fn.body.type !== 'BlockStatement') inner.push(this.computeFacts(fn.body, pol, depth + 5));
    else if (pol) {
      for (const s of fn.body.body) {
        if (s.type === 'IfStatement' && !s.alternate) {
          const ret = returned(s.consequent);
          if ((ret && constValue(ret, this.resolver) === false) || throws(s.consequent)) inner.push(this.computeFacts(s.test, false, depth + 5));
        } else if (s.type === 'ReturnStatement' && s.argument) {
          if (constValue(s.argument, this.resolver) !== true) inner.push(this.computeFacts(s.argument, true, depth + 5));
          break;
        }
      }
    } else {
      const only = fn.body.body.length === 1 ? fn.body.body[0] : undefined;
      if (only?.type === 'ReturnStatement' && only.argument) inner.push(this.computeFacts(only.argument, false, depth + 5));
    }
    const out: Facts = new Map();
    for (const facts of inner) {
      for (const [g, fs] of facts) {
        // A fact on a local built from a parameter (`const rel = path.relative(root, p)`) is a fact on the parameter.
        const candidates: Key[] = typeof g === 'string' ? [] : g.kind === 'param' ? [g] : [...this.derived(g)];
        for (const c of candidates) {
          const info = typeof c !== 'string' && c.kind === 'param' ? this.engine.paramInfo(c) : undefined;
          if (!info || info.fn !== fn || info.path.length) continue;
          const arg = call.arguments[info.index];
          if (!arg || arg.type === 'SpreadElement') continue;
          const normalised = this.isNormalised(arg);
          for (const b of this.bindingsOf(arg)) {
            const set = out.get(b) ?? new Set<Fact>();
            for (const f of fs) {
              if (f !== 'prefixed') set.add(f);
              else if (normalised) set.add('pathSafe');
            }
            out.set(b, set);
          }
        }
      }
    }
    return out;
  }

  private regexFacts(re: { pattern: string; flags: string }, pol: boolean, target: Node | undefined, add: (n: Node | undefined, f: Fact) => void): void {
    const p = re.pattern;
    if (pol) {
      if (!p.startsWith('^') || !p.endsWith('$')) return;
      const classes = [...p.matchAll(/\[((?:\\.|[^\]\\])*)\]/g)].map((m) => m[1]!);
      const outside = p.replace(/\[((?:\\.|[^\]\\])*)\]/g, '');
      const wildcard = /(^|[^\\])\./.test(outside) || /\\[SWD]/.test(p) || classes.some((k) => k.startsWith('^'));
      if (wildcard) return;
      const slash = p.includes('/') || p.includes('\\\\');
      if (!slash) add(target, 'pathSafe');
      const metaIn = classes.some((k) => SHELL_META.test(k.replace(/\\[-.\]\\/wds]/g, ''))) || /\\[;&|$`'"<>(){}!*]/.test(outside);
      if (!metaIn) add(target, 'cmdSafe');
      return;
    }
    // The value is rejected when the regex matches.
    const sep = /^\[((?:\\.|[^\]\\])*)\]$/.exec(p);
    if (sep && !sep[1]!.startsWith('^') && sep[1]!.includes('/')) {
      // `/[\/\\]/.test(name)` rejects every separator.
      add(target, 'pathSafe');
      return;
    }
    const single = /^\[\^((?:\\.|[^\]\\])*)\]$/.exec(p);
    if (single) {
      const body = single[1]!;
      if (!body.includes('/') && !body.includes('\\\\') && !/\\[SWD]/.test(body)) add(target, 'pathSafe');
      if (!SHELL_META.test(body.replace(/\\[-.\]\\/wds]/g, ''))) add(target, 'cmdSafe');
      return;
    }
    if (p.includes('\\.\\.')) add(target, 'noDotDot');
    if (/^\^(\\\/|\/|\[\\\/|\[\/|\[\\\\\\\/)/.test(p) || p.includes('|^/') || p.includes('|^\\/')) add(target, 'notAbs');
  }

  private regexOf(node: Node | undefined): { pattern: string; flags: string } | undefined {
    let n = unwrap(node);
    if (n?.type === 'Identifier') {
      const b = this.resolver.binding(n);
      n = b && b.writes === 0 && !b.path ? unwrap(b.init) : undefined;
    }
    if (n?.type === 'Literal' && 'regex' in n && n.regex) return n.regex;
    if (n?.type === 'NewExpression' && this.resolver.canonical(n.callee) === 'RegExp') {
      const src = constValue(n.arguments[0], this.resolver);
      const flags = n.arguments[1] ? constValue(n.arguments[1], this.resolver) : '';
      if (typeof src === 'string') return { pattern: src, flags: typeof flags === 'string' ? flags : '' };
    }
    return undefined;
  }

  /** A constant list or set used as an allowlist (`ALLOWED.includes(x)`), not a string (`s.includes(x)`). */
  private isAllowlist(recv: Node): boolean {
    const r = unwrap(recv);
    if (!r) return false;
    if (r.type === 'ArrayExpression') return true;
    if (r.type === 'CallExpression') {
      const c = this.resolver.canonical(r.callee);
      return c === 'Object.keys' || c === 'Object.values';
    }
    if (r.type === 'Identifier' || r.type === 'MemberExpression') {
      const init = r.type === 'Identifier' ? this.initOf(r) : undefined;
      if (init?.type === 'ArrayExpression') return true;
      if (init && (init.type === 'Literal' || init.type === 'TemplateLiteral')) return false;
      if (init?.type === 'CallExpression' && /^Object\.(keys|values)$/.test(this.resolver.canonical(init.callee) ?? '')) return true;
      return /allow|whitelist|permitted|valid|known|supported|safe|names|list|options|choices|types/i.test(rootText(r));
    }
    return false;
  }

  private initOf(id: TSESTree.Identifier): Node | undefined {
    const b = this.resolver.binding(id);
    if (!b || b.writes !== 0 || b.path) return undefined;
    return unwrap(b.init);
  }

  /** Built by `path.resolve` / `path.join` / `path.normalize` / `realpath`, so `..` segments are gone. */
  isNormalised(node: Node, depth = 0): boolean {
    const n = unwrap(node);
    if (!n || depth > 4) return false;
    if (n.type === 'AwaitExpression') return this.isNormalised(n.argument, depth + 1);
    if (n.type === 'Identifier') {
      const init = this.initOf(n);
      if (init) return this.isNormalised(init, depth + 1);
      // `p = normalize(join(root, p))` before the check: every value reaching it is normalised.
      const b = this.resolver.binding(n);
      const vs = b && b.writes > 0 && b.kind !== 'param' && !b.path ? this.engine.valuesAt(n) : undefined;
      return !!vs?.length && vs.every((v) => this.isNormalised(v, depth + 1));
    }
    if (n.type === 'CallExpression') {
      const c = this.resolver.canonical(n.callee) ?? '';
      if (/^path(\.posix|\.win32)?\.(resolve|normalize|join)$/.test(c)) return true;
      if (/realpath(Sync)?(\.native)?$/.test(c)) return true;
      const callee = unwrap(n.callee);
      if (
        callee?.type === 'MemberExpression' &&
        /^(resolve|normalize|join|realpath|realpathSync)$/.test(propertyName(callee) ?? '') &&
        /^(path|fs|fsp|posix)$/.test(rootText(callee.object))
      )
        return true;
    }
    return false;
  }

  /** A parameter of a plain helper (`function ensureInside(p)`): callers normalise before they check. */
  private isHelperParam(node: Node): boolean {
    const n = unwrap(node);
    if (n?.type !== 'Identifier') return false;
    const b = this.resolver.binding(n);
    if (!b || b.kind !== 'param' || b.writes !== 0) return false;
    const info = this.engine.paramInfo(b);
    return !!info && this.engine.specsOf(info.fn).size === 0;
  }

  private isRelative(node: Node, depth = 0): boolean {
    const n = unwrap(node);
    if (!n || depth > 4) return false;
    if (n.type === 'Identifier') {
      const init = this.initOf(n);
      return init ? this.isRelative(init, depth + 1) : false;
    }
    if (n.type === 'CallExpression') {
      const c = this.resolver.canonical(n.callee) ?? '';
      if (/^path(\.posix|\.win32)?\.relative$/.test(c)) return true;
      const callee = unwrap(n.callee);
      return callee?.type === 'MemberExpression' && propertyName(callee) === 'relative' && rootText(callee.object) === 'path';
    }
    return false;
  }

  /** A stable key for a member chain rooted at a binding (`req.query.f`), if it is one. */
  memberKey(node: Node): string | undefined {
    const props: string[] = [];
    let n = unwrap(node);
    for (let i = 0; n && i < 8; i++) {
      if (n.type === 'MemberExpression') {
        const p = propertyName(n);
        if (p === undefined) return undefined;
        props.unshift(p);
        n = unwrap(n.object);
      } else if (n.type === 'Identifier') {
        const b = this.resolver.binding(n);
        if (!b || !props.length) return undefined;
        let id = this.ids.get(b);
        if (id === undefined) {
          id = this.ids.size;
          this.ids.set(b, id);
        }
        return `${id}:${props.join('.')}`;
      } else return undefined;
    }
    return undefined;
  }

  /**
   * Bindings and member chains an expression reads (not callees, not inside nested functions). `undecoded`: not
   * through a decoding call, whose result a check on its input does not cover (`%2e%2e` passes a `..` test).
   */
  bindingsOf(node: Node, undecoded = false): Key[] {
    const out: Key[] = [];
    const visit = (x: Node | null | undefined, d: number): void => {
      const n = unwrap(x);
      if (!n || d > 6) return;
      switch (n.type) {
        case 'Identifier': {
          const b = this.resolver.binding(n);
          if (b) out.push(b);
          return;
        }
        case 'MemberExpression': {
          const k = this.memberKey(n);
          if (k) {
            out.push(k);
            return;
          }
          visit(n.object, d + 1);
          if (n.computed) visit(n.property, d + 1);
          return;
        }
        case 'CallExpression':
          if (undecoded && DECODERS.test(this.resolver.canonical(n.callee) ?? '')) return;
          if (n.callee.type === 'MemberExpression') visit(n.callee.object, d + 1);
          for (const a of n.arguments) visit(a, d + 1);
          return;
        case 'AwaitExpression':
          visit(n.argument, d + 1);
          return;
        case 'BinaryExpression':
        case 'LogicalExpression':
          visit(n.left, d + 1);
          visit(n.right, d + 1);
          return;
        case 'TemplateLiteral':
          for (const e of n.expressions) visit(e, d + 1);
          return;
        default:
          return;
      }
    };
    visit(node, 0);
    return out;
  }

  /** `g` guards `b` when one is built from the other (`full = path.resolve(root, name)`, `rel = path.relative(root, full)`). */
  private related(g: Key, b: Key): boolean {
    if (g === b) return true;
    return (typeof g !== 'string' && this.derived(g).has(b)) || (typeof b !== 'string' && this.derived(b).has(g));
  }

  private derived(b: Binding): Set<Key> {
    let s = this.derivedMemo.get(b);
    if (s) return s;
    s = new Set();
    this.derivedMemo.set(b, s);
    const queue: [Key, number][] = [[b, 0]];
    while (queue.length) {
      const [x, d] = queue.shift()!;
      if (typeof x === 'string' || d >= 3 || x.writes !== 0) continue;
      const info = this.engine.declInfo(x);
      if (!info?.init || isFunctionNode(unwrap(info.init))) continue;
      for (const y of this.bindingsOf(info.init, true)) {
        if (!s.has(y) && y !== b) {
          s.add(y);
          queue.push([y, d + 1]);
        }
      }
    }
    return s;
  }
}

function decide(facts: Set<Fact>, kind: TaintKind, joined = false): boolean {
  if (facts.has('allow')) return true;
  if (kind === 'generic') return facts.has('cmdSafe');
  return facts.has('pathSafe') || (facts.has('noDotDot') && (joined || facts.has('notAbs')));
}

function merge(a: Facts, b: Facts): Facts {
  if (!a.size) return b;
  if (!b.size) return a;
  const out: Facts = new Map();
  for (const [k, v] of a) out.set(k, new Set(v));
  for (const [k, v] of b) {
    const s = out.get(k) ?? new Set<Fact>();
    for (const f of v) s.add(f);
    out.set(k, s);
  }
  return out;
}

function intersect(a: Facts, b: Facts): Facts {
  const out: Facts = new Map();
  for (const [k, v] of a) {
    const w = b.get(k);
    if (!w) continue;
    const s = new Set([...v].filter((f) => w.has(f)));
    if (s.size) out.set(k, s);
  }
  return out;
}

function exits(s: Node): boolean {
  switch (s.type) {
    case 'ReturnStatement':
    case 'ThrowStatement':
    case 'ContinueStatement':
    case 'BreakStatement':
      return true;
    case 'BlockStatement': {
      const last = s.body[s.body.length - 1];
      return !!last && exits(last);
    }
    case 'IfStatement':
      return !!s.alternate && exits(s.consequent) && exits(s.alternate);
    case 'ExpressionStatement': {
      const e = unwrap(s.expression);
      if (e?.type !== 'CallExpression') return false;
      const c = unwrap(e.callee);
      return c?.type === 'MemberExpression' && propertyName(c) === 'exit' && rootText(c.object) === 'process';
    }
    default:
      return false;
  }
}

function throws(s: Node): boolean {
  if (s.type === 'ThrowStatement') return true;
  return s.type === 'BlockStatement' && s.body.length > 0 && s.body[s.body.length - 1]!.type === 'ThrowStatement';
}

function returned(s: Node): Node | undefined {
  if (s.type === 'ReturnStatement') return s.argument ?? undefined;
  if (s.type === 'BlockStatement' && s.body.length === 1 && s.body[0]!.type === 'ReturnStatement') return s.body[0]!.argument ?? undefined;
  return undefined;
}

function indexOfCall(n: Node): { recv: Node; arg: Node | undefined } | undefined {
  if (n.type !== 'CallExpression') return undefined;
  const c = unwrap(n.callee);
  if (c?.type !== 'MemberExpression' || propertyName(c) !== 'indexOf') return undefined;
  return { recv: c.object, arg: n.arguments[0] as Node | undefined };
}
