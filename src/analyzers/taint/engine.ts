// Demand-driven, intra-procedural taint over the typescript-estree AST.
// A query evaluates one expression backwards: identifiers to their reaching definitions, calls through
// known propagators, sanitizers and one level of same-file function summaries, until it meets a source.
// Every result is memoised per node, so the cost is linear in the code a query actually touches.
import type { TSESTree } from '@typescript-eslint/types';
import type { FlowStep } from '../../rule.js';
import type { Binding, Resolver } from '../code/resolve.js';
import { constValue, propertyName, unwrap } from '../code/resolve.js';
import { isOwnProcess } from '../code/query.js';
import { fromCallers } from './callers.js';
import { Defs, type Def } from './defs.js';
import { Guards } from './guards.js';
import { NETWORK_RESPONSE, isNetworkCall } from './network.js';
import { dotDotChecked, rootNormalised } from './joins.js';
import { fieldWrites, isThis, ownerOf } from './classes.js';
import { BOOLEAN_METHODS, ITER_METHODS, NUMERIC, PROPAGATORS, SHELL_ESCAPE_NAMES, SHELL_ESCAPES, VALIDATE_METHODS } from './shapes.js';
import {
  collectReturns,
  inFile,
  onward,
  rank,
  replaceSanitizes,
  rootName,
  splitsOnSlash,
  stripsLeadingDotDot,
  trim,
  type Taint,
  type TaintKind,
} from './shapes.js';
import { REQUEST_METHODS, handlerSpecs, walkSpec, type Spec, type SpecKind } from './sources.js';

type Node = TSESTree.Node;
type Fn = TSESTree.FunctionLike;

export type { Taint, TaintKind } from './shapes.js';

/**
 * The engine's view of the package's module graph (src/analyzers/taint/modgraph.ts implements it): what another
 * module's export a callee or a value names, who calls an exported function from other files. Every answer is
 * another module's engine, which the query continues in.
 */
export interface CrossLink {
  /** Root-relative path of this engine's file. */
  readonly path: string;
  /** The function another module exports that `callee` names. */
  callee(callee: Node): { file: string; engine: TaintEngine; fn: Fn; label: string } | undefined;
  /** The value (not a function) another module exports that `node` names; null for an import it cannot follow. */
  value(node: Node): { file: string; engine: TaintEngine; node: Node } | null | undefined;
  /** Call sites of `fn`, exported by this file, in the files importing it. */
  callers(fn: Node): readonly { file: string; engine: TaintEngine; call: TSESTree.CallExpression }[];
  /** `fn`, in `file`, is exported from it and `file` is on the package's public surface. */
  isExported(file: string, fn: Node): boolean;
  /** `file` is reachable from the entry points its package.json names (or the package names none). */
  onSurface(file: string): boolean;
  /** Run `f` one module edge deeper; undefined past the graph's bound. */
  hop<T>(f: () => T): T | undefined;
  /** Steps in other files get their own file's line and column. */
  place(steps: readonly FlowStep[]): FlowStep[];
}

interface Ctx {
  /** Summary mode: this parameter of this function is the only source. */
  fn?: Node;
  index?: number;
  memo: Map<Node, Taint | null>;
  busy: Set<Node>;
  /** How many summaries deep this context is (a helper calling a helper): bounded by MAX_SUMMARY_LEVEL. */
  level?: number;
}

const MAX_DEPTH = 300;
const MAX_SUMMARY_LEVEL = 4;

export class TaintEngine {
  readonly base: Record<TaintKind, Ctx> = { path: newCtx(), generic: newCtx() };
  private readonly summaries = new Map<string, Ctx>();
  private readonly summaryMemo = new Map<string, Taint | null>();
  private readonly specs = new Map<Node, Map<number, Spec>>();
  private readonly defs: Defs;
  readonly guards: Guards;
  /** Set when the scan has a package graph: calls, values and callers are followed into other files. */
  link: CrossLink | undefined;

  constructor(
    private readonly ast: TSESTree.Program,
    readonly resolver: Resolver,
    private readonly text: string,
  ) {
    this.defs = new Defs(resolver);
    this.guards = new Guards(resolver, this);
  }

  /** Source → … → node, or undefined when no untrusted source reaches `node`. */
  query(node: Node, kind: TaintKind): FlowStep[] | undefined {
    let t = this.eval(node, kind, this.base[kind]);
    if (t && t.origin === 'param') t = fromCallers(this, t, kind);
    return t ? this.flowOf(t, node) : undefined;
  }

  /** A taint's steps ending at `node`, trimmed for display. */
  flowOf(t: Taint, node: Node): FlowStep[] {
    const steps = [...t.steps];
    const last = steps[steps.length - 1];
    const end: FlowStep = { range: [node.range[0], node.range[1]], label: this.label(node) };
    if (!last || last.file || (last.label !== end.label && (last.range[0] !== end.range[0] || last.range[1] !== end.range[1]))) steps.push(end);
    const out = trim(steps);
    return this.link ? this.link.place(out) : out;
  }

  /**
   * The whole answer for `node`: the strongest origin that reaches it (an untrusted source, a low-trust one, or a
   * parameter no caller in scope passes anything tainted to), with its steps; undefined when nothing does.
   */
  origin(node: Node, kind: TaintKind): Taint | undefined {
    const t = this.eval(node, kind, this.base[kind]);
    if (!t || t.origin !== 'param') return t;
    return fromCallers(this, t, kind) ?? t;
  }

  /** True when the flow's source is of low trust (process.env, process.argv, CLI options). */
  lowTrust(node: Node, kind: TaintKind): boolean {
    let t = this.eval(node, kind, this.base[kind]);
    if (t && t.origin === 'param') t = fromCallers(this, t, kind);
    return t?.origin === 'low';
  }

  label(node: Node): string {
    let n = unwrap(node) ?? node;
    if (n.type === 'AwaitExpression') n = unwrap(n.argument) ?? n;
    const raw = this.text.slice(n.range[0], n.range[1]).replace(/\s+/g, ' ').trim();
    return raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
  }

  step(node: Node, message?: string, label?: string): FlowStep {
    const s: FlowStep = { range: [node.range[0], node.range[1]], label: label ?? this.label(node) };
    if (message) s.message = message;
    return s;
  }

  // ---------------------------------------------------------------- evaluation

  eval(node: Node | null | undefined, kind: TaintKind, ctx: Ctx): Taint | undefined {
    if (!node) return undefined;
    const n = unwrap(node) ?? node;
    const memo = ctx.memo.get(n);
    if (memo !== undefined) return memo ?? undefined;
    if (ctx.busy.has(n)) return undefined;
    // Generated code can chain thousands of definitions; give up on a path rather than overflow the stack.
    if (ctx.busy.size > MAX_DEPTH) return undefined;
    ctx.busy.add(n);
    let t: Taint | undefined;
    try {
      t = this.evalNode(n, kind, ctx);
    } finally {
      ctx.busy.delete(n);
    }
    ctx.memo.set(n, t ?? null);
    return t;
  }

  private evalNode(n: Node, kind: TaintKind, ctx: Ctx): Taint | undefined {
    switch (n.type) {
      case 'Identifier':
        return this.evalIdentifier(n, kind, ctx);
      case 'MemberExpression':
        return this.evalMember(n, kind, ctx);
      case 'CallExpression':
        return this.evalCall(n, kind, ctx);
      case 'NewExpression': {
        const c = this.resolver.canonical(n.callee);
        if (c === 'URL' || c === 'URLSearchParams' || c === 'url.URL' || c === 'String' || c === 'Array' || c === 'Set' || c === 'Map')
          return this.union(n.arguments, kind, ctx);
        return undefined;
      }
      case 'TemplateLiteral':
        return this.union(n.expressions, kind, ctx);
      case 'BinaryExpression':
        return n.operator === '+' ? this.union([n.left, n.right], kind, ctx) : undefined;
      case 'LogicalExpression':
        return this.union([n.left, n.right], kind, ctx);
      case 'ConditionalExpression':
        return this.union([n.consequent, n.alternate], kind, ctx);
      case 'AwaitExpression':
        return this.eval(n.argument, kind, ctx);
      case 'ArrayExpression':
        return this.union(
          n.elements.filter((e): e is NonNullable<typeof e> => !!e),
          kind,
          ctx,
        );
      case 'SpreadElement':
        return this.eval(n.argument, kind, ctx);
      case 'ObjectExpression': {
        const parts: Node[] = [];
        for (const p of n.properties) parts.push(p.type === 'SpreadElement' ? p.argument : p.value);
        return this.union(parts, kind, ctx);
      }
      case 'AssignmentExpression':
        return this.eval(n.right, kind, ctx);
      case 'TaggedTemplateExpression':
        return undefined;
      default:
        return undefined;
    }
  }

  /** `path.join(base, …rest)`: a base directory from configuration (env, argv) is where files live, not an attack. */
  private joined(args: readonly Node[], kind: TaintKind, ctx: Ctx): Taint | undefined {
    const tail = this.union(args.slice(1), kind, ctx);
    // Below a base of the code's own, not the working directory (`path.resolve(process.cwd(), file)` is the user's file).
    const rest = tail && kind === 'path' && !/\bcwd\b/i.test(this.label(args[0]!)) ? { ...tail, below: true } : tail;
    if (rest?.origin === 'source') return rest;
    const base = this.eval(args[0], kind, ctx);
    if (base?.origin === 'source') return base;
    return rest ?? (base?.origin === 'param' ? base : undefined);
  }

  union(nodes: readonly (Node | null | undefined)[], kind: TaintKind, ctx: Ctx): Taint | undefined {
    let best: Taint | undefined;
    for (const x of nodes) {
      const t = this.eval(x, kind, ctx);
      if (t && (!best || rank(t) > rank(best))) best = t;
      if (best?.origin === 'source') break;
    }
    return best;
  }

  private evalIdentifier(id: TSESTree.Identifier, kind: TaintKind, ctx: Ctx): Taint | undefined {
    const b = this.resolver.binding(id);
    if (!b) return undefined;
    if (b.kind === 'import') return this.link ? (this.crossValue(id, kind) ?? undefined) : undefined;
    if (b.kind === 'function' || b.kind === 'class' || b.kind === 'catch' || b.kind === 'other') return undefined;
    if (this.guards.protects(id, b, kind)) return undefined;
    const defs = this.defs.reachingDefs(b, id);
    let best: Taint | undefined;
    for (const d of defs) {
      const t = this.evalDef(b, d, kind, ctx, id);
      if (t && (!best || rank(t) > rank(best))) best = t;
      if (best?.origin === 'source') break;
    }
    if (!best) return undefined;
    if (best.origin === 'param' && b.kind === 'param' && best.steps.length === 1) return best;
    return { ...best, steps: [...best.steps, this.step(b.id, `\`${b.name}\` holds it`, b.name)] };
  }

  private evalDef(b: Binding, d: Def, kind: TaintKind, ctx: Ctx, use?: Node): Taint | undefined {
    switch (d.kind) {
      case 'param':
        return this.evalParam(b, d.fn!, d.index!, d.path ?? [], kind, ctx);
      case 'init':
      case 'forOf': {
        if (!d.value) return undefined;
        if (d.path && d.path.length) {
          const src = this.accessSource(d.value, d.path);
          if (src !== undefined) return src ?? undefined;
        }
        return this.eval(d.value, kind, ctx);
      }
      case 'assign': {
        const a = d.node as TSESTree.AssignmentExpression;
        if (use && a.operator === '=' && this.guards.guardedAfter(a, use, b, kind)) return undefined;
        const rhs = this.eval(a.right, kind, ctx);
        if (a.operator === '=' || rhs?.origin === 'source') return rhs;
        // Compound assignment (`s += x`) keeps the old value too.
        const old = this.union(
          this.defs.reachingDefs(b, a).map((x) => x.value),
          kind,
          ctx,
        );
        return old && (!rhs || rank(old) > rank(rhs)) ? old : rhs;
      }
      case 'mutate':
        return this.eval(d.value, kind, ctx);
      default:
        return undefined;
    }
  }

  private evalParam(b: Binding, fn: Node, index: number, path: string[], kind: TaintKind, ctx: Ctx): Taint | undefined {
    if (ctx.fn) {
      if (fn === ctx.fn) return index === ctx.index ? { steps: [this.step(b.id, `parameter \`${b.name}\``, b.name)], origin: 'source' } : undefined;
    }
    const spec = this.specsOf(fn).get(index);
    if (spec) {
      const st = walkSpec(spec.kind, path);
      if (st.state === 'tainted') return this.sourceTaint(b.id, spec, b.name);
      return undefined;
    }
    // Callback of an iteration or a promise over a tainted value: `files.forEach((f) => …)`, `p.then((v) => …)`.
    const parent = this.resolver.parent(fn);
    if (parent?.type === 'CallExpression' && parent.arguments[0] === fn && index === 0) {
      const callee = unwrap(parent.callee);
      if (callee?.type === 'MemberExpression' && ITER_METHODS.has(propertyName(callee) ?? '')) {
        const t = this.eval(callee.object, kind, ctx);
        if (t) return { ...t, steps: [...t.steps, this.step(b.id, `\`${b.name}\` iterates it`, b.name)] };
      }
    }
    if (ctx.fn) return undefined;
    return { steps: [this.step(b.id, `parameter \`${b.name}\``, b.name)], origin: 'param', fn, index };
  }

  sourceTaint(node: Node, spec: Spec, label?: string): Taint {
    return {
      steps: [this.step(node, `${spec.what}${spec.trust === 'low' ? ' (low trust)' : ''}: \`${label ?? this.label(node)}\``, label)],
      origin: spec.trust === 'low' ? 'low' : 'source',
    };
  }

  specsOf(fn: Node): Map<number, Spec> {
    let s = this.specs.get(fn);
    if (!s) {
      s = handlerSpecs(fn, this.resolver);
      this.specs.set(fn, s);
    }
    return s;
  }

  /**
   * The source an access path names (`req.query.file`, `ctx.request.body`, `args.path`), `null` when the
   * path leads nowhere untrusted, `undefined` when it is not an access path of a known entry point.
   */
  private accessSource(node: Node, extra: readonly string[]): Taint | null | undefined {
    const ap = this.accessPath(node, 0);
    if (!ap) return undefined;
    const path = [...ap.path, ...extra];
    if (ap.spec) {
      const st = walkSpec(ap.spec.kind, path);
      if (st.state === 'tainted')
        return this.sourceTaint(node, ap.spec, path.length ? `${this.label(node)}${extra.length ? '.' + extra.join('.') : ''}` : undefined);
      return st.state === 'partial' ? null : undefined;
    }
    return undefined;
  }

  /** Root entry-point parameter and property path of a member chain, through const aliases. */
  accessPath(node: Node, depth: number): { spec?: Spec; path: string[] } | undefined {
    const n = unwrap(node);
    if (!n || depth > 8) return undefined;
    if (n.type === 'Identifier') {
      const b = this.resolver.binding(n);
      if (!b) return undefined;
      if (b.kind === 'param') {
        const info = this.defs.paramInfo(b);
        if (!info) return undefined;
        const spec = this.specsOf(info.fn).get(info.index);
        return spec ? { spec, path: info.path } : undefined;
      }
      if ((b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.writes === 0) {
        const d = this.defs.declInfo(b);
        if (!d?.init) return undefined;
        const inner = this.accessPath(d.init, depth + 1);
        return inner ? { ...inner, path: [...inner.path, ...d.path] } : undefined;
      }
      return undefined;
    }
    if (n.type === 'MemberExpression') {
      const inner = this.accessPath(n.object, depth + 1);
      if (!inner) return undefined;
      return { ...inner, path: [...inner.path, propertyName(n) ?? '*'] };
    }
    if (n.type === 'AwaitExpression') return this.accessPath(n.argument, depth + 1);
    return undefined;
  }

  private evalMember(n: TSESTree.MemberExpression, kind: TaintKind, ctx: Ctx): Taint | undefined {
    const key = this.guards.memberKey(n);
    if (key && this.guards.protects(n, key, kind)) return undefined;
    const src = this.accessSource(n, []);
    if (src !== undefined) return src ?? undefined;
    const prop = propertyName(n);
    if (prop === 'length') return undefined;
    const self = isThis(n.object, this.resolver);
    if (self && prop !== undefined) return this.thisField(self, prop, n, kind, ctx);
    const canon = this.resolver.canonical(n);
    if (canon) {
      // `process.argv[0]` / `[1]`: the node binary and the script being run, the process's own files.
      if (isOwnProcess(n, this.resolver)) return undefined;
      if (canon === 'process.argv' || canon.startsWith('process.argv.'))
        return this.sourceTaint(n, { kind: 'whole', what: 'command-line argument', trust: 'low' });
      if (canon === 'process.env' || canon.startsWith('process.env.'))
        return this.sourceTaint(n, { kind: 'whole', what: 'environment variable', trust: 'low' });
      if (canon === 'process.stdin') return this.sourceTaint(n, { kind: 'whole', what: 'stdin input', trust: 'untrusted' });
      if (/^(yargs|yargs\/yargs)\.argv/.test(canon)) return this.sourceTaint(n, { kind: 'whole', what: 'command-line argument', trust: 'low' });
    }
    // `new URL(x).searchParams`, and archive entry names read by name: `entry.entryName`, `zipEntry.path`.
    if (prop === 'searchParams') {
      const o = unwrap(n.object);
      const init = o?.type === 'Identifier' ? this.defs.constInit(o) : o;
      if (init?.type === 'NewExpression' && /^(url\.)?URL$/.test(this.resolver.canonical(init.callee) ?? ''))
        return this.sourceTaint(n, { kind: 'whole', what: 'URL query', trust: 'untrusted' });
    }
    if (this.link) {
      const cross = this.crossValue(n, kind);
      if (cross !== undefined) return cross ?? undefined;
    }
    if (prop === 'args' && /^(program|command|cmd|cli)$/.test(rootName(n.object)))
      return this.sourceTaint(n, { kind: 'whole', what: 'command-line argument', trust: 'low' });
    if (prop === 'files' && /zip/i.test(rootName(n.object))) return this.sourceTaint(n, { kind: 'whole', what: 'archive entries', trust: 'untrusted' });
    if (prop === 'entryName') return this.sourceTaint(n, { kind: 'entry', what: 'archive entry name', trust: 'untrusted' });
    const t = this.eval(n.object, kind, ctx);
    return t?.origin === 'param' && t.steps.length === 1 && t.field === undefined && prop !== undefined && !n.computed ? { ...t, field: prop } : t;
  }

  /** `this.path` in a method: what the constructor and the other methods of its class write there. */
  private thisField(self: TSESTree.ThisExpression, prop: string, n: Node, kind: TaintKind, ctx: Ctx): Taint | undefined {
    const owner = ownerOf(self, this.resolver);
    const t = owner === undefined ? undefined : this.union(fieldWrites(owner, prop, this.resolver), kind, ctx);
    return t && { ...t, steps: [...t.steps, this.step(n, `\`this.${prop}\` holds it`, `this.${prop}`)] };
  }

  private evalCall(n: TSESTree.CallExpression, kind: TaintKind, ctx: Ctx): Taint | undefined {
    const callee = unwrap(n.callee);
    if (!callee) return undefined;
    const canon = this.resolver.canonical(callee);
    if (kind === 'generic' && isNetworkCall(n, this.resolver, (id) => this.defs.constInit(id))) return this.sourceTaint(n, NETWORK_RESPONSE);
    if (canon) {
      if (NUMERIC.has(canon) || canon.startsWith('Math.')) return undefined;
      if (canon === 'encodeURIComponent') return kind === 'path' ? undefined : this.union(n.arguments, kind, ctx);
      if (/^path(\.posix|\.win32)?\.(basename|extname)$/.test(canon)) return kind === 'path' ? undefined : this.union(n.arguments, kind, ctx);
      if (/^path(\.posix|\.win32)?\.(isAbsolute|sep|delimiter)$/.test(canon)) return undefined;
      if (SHELL_ESCAPES.test(canon) || canon.endsWith('.escapeShellArg')) return kind === 'generic' ? undefined : this.union(n.arguments, kind, ctx);
      if (canon === 'sanitize-filename' || canon === 'sanitize-filename.default') return kind === 'path' ? undefined : this.union(n.arguments, kind, ctx);
      // h3 / Nuxt / Nitro helpers (auto-imported globals or imports from 'h3').
      if (
        /^(h3\.)?(getQuery|getValidatedQuery|getRouterParam|getRouterParams|getValidatedRouterParams|readBody|readValidatedBody|readMultipartFormData|readFormData|getCookie|parseCookies|getHeader|getHeaders|getRequestURL|getRequestHeader)$/.test(
          canon,
        )
      )
        return this.sourceTaint(n, { kind: 'whole', what: 'HTTP request', trust: 'untrusted' });
      if (/^next\/headers\.(cookies|headers)$/.test(canon)) return this.sourceTaint(n, { kind: 'whole', what: 'HTTP request', trust: 'untrusted' });
      if (/^readline(\/promises)?\.createInterface$/.test(canon) || canon === 'prompts' || canon === '@inquirer/prompts.input')
        return this.sourceTaint(n, { kind: 'whole', what: 'stdin input', trust: 'untrusted' });
      if (canon === 'yargs' || canon === 'yargs/yargs' || canon === 'yargs.default')
        return this.sourceTaint(n, { kind: 'whole', what: 'command-line argument', trust: 'low' });
      if (canon === 'decompress' || canon === 'decompress.default') return this.sourceTaint(n, { kind: 'whole', what: 'archive entries', trust: 'untrusted' });
      if (/^(minimist|yargs-parser|mri|arg|util\.parseArgs|parseArgs|commander\.program\.opts)$/.test(canon))
        return this.sourceTaint(n, { kind: 'whole', what: 'command-line argument', trust: 'low' });
      if (/^path(\.posix|\.win32)?\.(join|resolve)$/.test(canon) && n.arguments.length > 1) {
        // `path.join(root, path.normalize('/' + x))`: normalising under `/` drops every `..`, and join keeps it under root.
        // `if (p.includes('..')) return …; path.join(root, p)`: a `..`-free p stays under root (join keeps an absolute p under it).
        const isJoin = canon.endsWith('join');
        const confined = (a: Node): boolean =>
          rootNormalised(a, isJoin, this.resolver, (id) => this.defs.constInit(id)) || (isJoin && dotDotChecked(a, this.resolver, this.guards));
        const args = kind === 'path' ? n.arguments.filter((a, i) => i === 0 || !confined(a as Node)) : n.arguments;
        return args.length > 1 ? this.joined(args, kind, ctx) : this.eval(args[0], kind, ctx);
      }
      if (/^path(\.posix|\.win32)?\./.test(canon) || PROPAGATORS.has(canon)) return this.union(n.arguments, kind, ctx);
      if (canon === 'require') return undefined;
    }
    if (callee.type === 'Identifier' && SHELL_ESCAPE_NAMES.test(callee.name) && kind === 'generic' && !this.defs.sameFileFunction(callee)) return undefined;
    if (callee.type === 'MemberExpression') {
      const m = propertyName(callee) ?? '';
      // Request input through methods: `req.get('x')`, `c.req.query('f')`, `await request.json()`.
      if (REQUEST_METHODS.has(m)) {
        const ap = this.accessPath(callee.object, 0);
        if (ap?.spec) {
          const st = walkSpec(ap.spec.kind, ap.path);
          if (st.state === 'partial' && isRequestish(st.spec)) return this.sourceTaint(n, ap.spec);
        }
      }
      if (m === 'question' || m === 'prompt') {
        const recv = rootName(callee.object);
        if (/^(rl|readline|prompt|inquirer|input|stdin|reader|cli|terminal)/i.test(recv))
          return this.sourceTaint(n, { kind: 'whole', what: 'stdin input', trust: 'untrusted' });
      }
      if ((m === 'getEntries' || m === 'entries') && /zip|archive|tar/i.test(rootName(callee.object)))
        return this.sourceTaint(n, { kind: 'whole', what: 'archive entries', trust: 'untrusted' });
      if (m === 'opts' && /program|command|cli/i.test(rootName(callee.object)))
        return this.sourceTaint(n, { kind: 'whole', what: 'command-line argument', trust: 'low' });
      if (BOOLEAN_METHODS.has(m) || m === 'digest') return undefined;
      if ((m === 'replace' || m === 'replaceAll') && replaceSanitizes(n.arguments[0], kind)) return undefined;
      if (m === 'replace' && kind === 'path' && stripsLeadingDotDot(n.arguments[0]) && this.guards.isNormalised(callee.object)) return undefined;
      if ((m === 'pop' || m === 'at' || m === 'shift') && kind === 'path' && splitsOnSlash(callee.object)) return undefined;
      const same = this.defs.sameFileFunction(callee);
      if (same) return this.summaryCall(same, n, kind, ctx);
      const cross = this.link?.callee(callee);
      if (cross) return this.crossCall(cross, n, kind, ctx);
      if (VALIDATE_METHODS.has(m) && n.arguments.length) {
        const arg = n.arguments[0] as Node;
        const t = this.eval(arg, kind, ctx);
        if (t) return { ...t, steps: [...t.steps, this.step(n, `validated by \`${this.label(callee)}\` (a schema does not make a path safe)`)] };
      }
      const recv = this.eval(callee.object, kind, ctx);
      if (recv) return recv;
      if (m === 'concat') return this.union(n.arguments, kind, ctx);
      if (m === 'join' || m === 'resolve' || m === 'normalize' || m === 'format') {
        // `path.join` through an unresolved `path` (a parameter or a re-export) still joins strings.
        if (/^(path|posix|win32|upath|pathe)$/.test(rootName(callee.object))) return this.union(n.arguments, kind, ctx);
      }
      return undefined;
    }
    if (callee.type === 'Identifier') {
      const same = this.defs.sameFileFunction(callee);
      if (same) return this.summaryCall(same, n, kind, ctx);
      const cross = this.link?.callee(callee);
      if (cross) return this.crossCall(cross, n, kind, ctx);
      if (/^(join|resolve|normalize|relative|dirname)$/.test(callee.name) && /^path/.test(canon ?? '')) return this.union(n.arguments, kind, ctx);
      // A function the caller handed in (`opts.plugins.map((x) => x(input))`, decompress): what it returns is the caller's.
      const b = canon ? undefined : this.resolver.binding(callee);
      if (b && (b.kind === 'param' || b.kind === 'const' || b.kind === 'let' || b.kind === 'var')) {
        const t = this.eval(callee, kind, ctx);
        if (t?.origin === 'param') return { ...t, steps: [...t.steps, this.step(n, `returned by \`${callee.name}\`, a function its caller passed`)] };
      }
    }
    return undefined;
  }

  // ---------------------------------------------------------------- same-file functions

  /** A summary: which argument of a same-file function reaches its return value (helpers calling helpers, bounded). */
  private summaryCall(fn: Fn, call: TSESTree.CallExpression, kind: TaintKind, ctx: Ctx): Taint | undefined {
    if ((ctx.level ?? 0) >= MAX_SUMMARY_LEVEL) return undefined;
    let best: Taint | undefined;
    for (let i = 0; i < call.arguments.length && i < fn.params.length; i++) {
      const arg = call.arguments[i]!;
      if (arg.type === 'SpreadElement') continue;
      const at = this.eval(arg, kind, ctx);
      if (!at) continue;
      const ret = this.returnTaint(fn, i, kind, (ctx.level ?? 0) + 1);
      if (!ret) continue;
      const t = onward(at, [...at.steps, ...ret.steps, this.step(call, `returned by \`${this.label(call.callee)}\``)], ret);
      if (!best || rank(t) > rank(best)) best = t;
    }
    return best;
  }

  /**
   * A call of a function another module exports: its summary there (which argument reaches its return value),
   * computed by that module's engine; the steps inside it carry that file.
   */
  private crossCall(target: { file: string; engine: TaintEngine; fn: Fn }, call: TSESTree.CallExpression, kind: TaintKind, ctx: Ctx): Taint | undefined {
    const level = ctx.level ?? 0;
    if (level >= MAX_SUMMARY_LEVEL) return undefined;
    let best: Taint | undefined;
    for (let i = 0; i < call.arguments.length && i < target.fn.params.length; i++) {
      const arg = call.arguments[i]!;
      if (arg.type === 'SpreadElement') continue;
      const at = this.eval(arg, kind, ctx);
      if (!at) continue;
      const ret = this.link!.hop(() => target.engine.returnTaint(target.fn, i, kind, level + 1));
      if (!ret) continue;
      const t = onward(
        at,
        [...at.steps, ...inFile(ret.steps, target.file), this.step(call, `returned by \`${this.label(call.callee)}\` (${target.file})`)],
        ret,
      );
      if (!best || rank(t) > rank(best)) best = t;
      if (best.origin === 'source') break;
    }
    return best;
  }

  /** A value another module exports (`export const ROOT = process.argv[2]`), evaluated there; null: no taint. */
  private crossValue(node: Node, kind: TaintKind): Taint | null | undefined {
    const v = this.link!.value(node);
    if (!v) return v;
    const t = this.link!.hop(() => v.engine.origin(v.node, kind));
    if (!t) return null;
    return {
      ...t,
      steps: [...inFile(t.steps, v.file), this.step(node, `imported from ${v.file}`)],
      ...(t.origin === 'param' && !t.file ? { file: v.file } : {}),
    };
  }

  returnTaint(fn: Fn, index: number, kind: TaintKind, level = 1): Taint | undefined {
    const key = `${fn.range[0]}:${index}:${kind}`;
    const memo = this.summaryMemo.get(key);
    if (memo !== undefined) return memo ?? undefined;
    this.summaryMemo.set(key, null);
    let ctx = this.summaries.get(key);
    if (!ctx) {
      ctx = { ...newCtx(), fn, index, level };
      this.summaries.set(key, ctx);
    }
    const returns: Node[] = [];
    if (fn.body && fn.body.type !== 'BlockStatement') returns.push(fn.body);
    else if (fn.body) collectReturns(fn.body, returns);
    const t = this.union(returns, kind, ctx);
    this.summaryMemo.set(key, t ?? null);
    return t;
  }

  // ---------------------------------------------------------------- definitions (defs.ts)

  declInfo(b: Binding): ReturnType<Defs['declInfo']> {
    return this.defs.declInfo(b);
  }

  paramInfo(b: Binding): ReturnType<Defs['paramInfo']> {
    return this.defs.paramInfo(b);
  }

  sameFileFunction(callee: Node): Fn | undefined {
    return this.defs.sameFileFunction(callee);
  }

  /** The values reaching a read of `id` (plain initialisers and `=` assignments only). */
  valuesAt(id: TSESTree.Identifier): readonly Node[] | undefined {
    return this.defs.valuesAt(id);
  }

  /** Same-file call sites of `fn`. */
  callsTo(fn: Node): readonly TSESTree.CallExpression[] | undefined {
    return this.defs.callsTo(fn);
  }
}

function newCtx(): Ctx {
  return { memo: new Map(), busy: new Set() };
}

function isRequestish(spec: SpecKind): boolean {
  return spec === 'request';
}

export { rootName } from './shapes.js';
export { constValue };
