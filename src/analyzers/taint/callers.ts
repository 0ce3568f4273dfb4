// Where a parameter's value comes from, for the taint engine: what the function's callers pass, in its own file
// (calls and `new` sites) and in the files importing it. Kept apart from the engine for size; the engine asks
// `fromCallers` once a query ends at a parameter.
import type { TSESTree } from '@typescript-eslint/types';
import type { FlowStep } from '../../rule.js';
import { propertyName, unwrap, type Resolver } from '../code/resolve.js';
import { newSites, ownParam } from './classes.js';
import { inFile, onward, rank, type Taint, type TaintKind } from './shapes.js';

type Node = TSESTree.Node;

/** How many functions up a parameter's origin is followed through same-file callers. */
const MAX_CHAIN = 3;

/** An engine as a caller's file sees it (labels and steps of its nodes, the origin of a value). */
interface CallerEngine {
  origin(node: Node, kind: TaintKind): Taint | undefined;
  step(node: Node, message?: string, label?: string): FlowStep;
  label(node: Node): string;
}

/** What the callers query needs of the engine (engine.ts implements it; declared here so no import circle forms). */
export interface CallerHost<C> extends CallerEngine {
  readonly resolver: Resolver;
  /** The top-level query context of each kind (no summary in progress). */
  readonly base: Record<TaintKind, C>;
  eval(node: Node | null | undefined, kind: TaintKind, ctx: C): Taint | undefined;
  callsTo(fn: Node): readonly TSESTree.CallExpression[] | undefined;
  valuesAt(id: TSESTree.Identifier): readonly Node[] | undefined;
  readonly link:
    | {
        readonly path: string;
        isExported(file: string, fn: Node): boolean;
        callers(fn: Node): readonly { file: string; engine: CallerEngine; call: TSESTree.CallExpression }[];
        hop<T>(f: () => T): T | undefined;
      }
    | undefined;
}

/** A value that comes from a parameter of a same-file function: does a caller pass it something untrusted? */
export function fromCallers<C>(e: CallerHost<C>, t: Taint, kind: TaintKind, depth = 0): Taint | undefined {
  const fn = t.fn;
  if (!fn || t.index === undefined || t.file) return undefined;
  const calls = [...(e.callsTo(fn) ?? []), ...newSites(fn, e.resolver)];
  // A helper or constructor an exported function passes its own parameter to (as it is): library input through it.
  let viaExport: Taint | undefined;
  for (const call of calls) {
    const arg = call.arguments[t.index];
    if (!arg || arg.type === 'SpreadElement') continue;
    const value = fieldOf(e, arg, t.field);
    const at = e.eval(value, kind, e.base[kind]);
    if (at && at.origin !== 'param') return onward(at, [...at.steps, ...t.steps], t);
    if (!at?.fn || at.fn === fn || at.file) continue;
    const passed = (): Taint => onward(at, [...at.steps, e.step(call, `passed to \`${e.label(call.callee)}\``), ...t.steps], t);
    if (e.link?.isExported(e.link.path, at.fn)) {
      // The field of a literal read at the sink counts as passed as it is when it is the parameter or a member of it.
      if (!viaExport && (ownParam(arg, at.fn, e.resolver) || (!!value && value !== arg && ownParam(memberBase(value), at.fn, e.resolver))))
        viaExport = passed();
    } else if (depth < MAX_CHAIN) {
      // A parameter of another helper here (`this.sendFile(p)` where `p` came from the constructor's `this.path`): what its callers pass.
      const up = fromCallers(e, passed(), kind, depth + 1);
      if (up && up.origin !== 'param') return up;
      viaExport ??= up;
    }
  }
  const other = e.link ? fromOtherFiles(e, t, kind) : undefined;
  return other ?? (viaExport && ((depth < MAX_CHAIN ? fromCallers(e, viaExport, kind, depth + 1) : undefined) ?? viaExport));
}

/** `options.pipeline` → `options`. */
function memberBase(n: Node): Node {
  let m = unwrap(n);
  for (let i = 0; m?.type === 'MemberExpression' && i < 6; i++) m = unwrap(m.object);
  return m ?? n;
}

/**
 * What a caller passes for `param.field`: the field's value when the argument is an object literal (directly or
 * through the one value a variable holds) with no spread; null when the literal has no such field.
 */
function fieldOf<C>(e: CallerHost<C>, arg: Node, field: string | undefined): Node | null {
  if (field === undefined) return arg;
  let lit = unwrap(arg);
  if (lit?.type === 'Identifier') {
    const vs = e.valuesAt(lit);
    lit = vs?.length === 1 ? unwrap(vs[0]) : undefined;
  }
  if (lit?.type !== 'ObjectExpression' || lit.properties.some((p) => p.type !== 'Property' || p.computed)) return arg;
  const p = lit.properties.find((q) => q.type === 'Property' && propertyName(q) === field);
  return p?.type === 'Property' ? p.value : null;
}

/**
 * A parameter of an exported function: what its callers in other files pass. An untrusted value wins; else a
 * parameter of an exported function there, which is library input with the longer flow.
 */
function fromOtherFiles<C>(e: CallerHost<C>, t: Taint, kind: TaintKind): Taint | undefined {
  const link = e.link!;
  let best: Taint | undefined;
  for (const c of link.callers(t.fn!)) {
    const arg = c.call.arguments[t.index!];
    if (!arg || arg.type === 'SpreadElement') continue;
    const at = link.hop(() => c.engine.origin(arg, kind));
    if (!at) continue;
    if (at.origin === 'param' && !(at.fn && link.isExported(at.file ?? c.file, at.fn))) continue;
    // The package's own caller passing an environment value says less than "any caller of the API": library input
    // stands. A command-line argument is untrusted for a generic sink (provenance.ts), so it counts there.
    if (at.origin === 'low' && !(kind === 'generic' && /^command-line argument/.test(at.steps[0]?.message ?? ''))) continue;
    const call = c.engine.step(c.call, `passed to \`${c.engine.label(c.call.callee)}\``);
    const found: Taint = {
      ...onward(at, [...inFile([...at.steps, call], c.file), ...t.steps], t),
      ...(at.origin === 'param' && !at.file ? { file: c.file } : {}),
    };
    if (!best || rank(found) > rank(best)) best = found;
    if (best.origin === 'source') break;
  }
  return best;
}
