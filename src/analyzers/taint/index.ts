// Intra-procedural taint: which untrusted source reaches a node (see engine.ts, sources.ts, guards.ts).
import type { TSESTree } from '@typescript-eslint/types';
import type { FlowStep, Node } from '../../rule.js';
import type { Resolver } from '../code/resolve.js';
import { TaintEngine, type TaintKind } from './engine.js';

export type { TaintKind } from './engine.js';
export type TaintQuery = (node: Node) => FlowStep[] | undefined;

// One engine per parsed file, shared by `ctx.taint` (generic sinks) and the path rule, so each function is analysed once.
const engines = new WeakMap<TSESTree.Program, TaintEngine>();

export function taintEngine(ast: TSESTree.Program, resolver: Resolver, text: string): TaintEngine {
  let e = engines.get(ast);
  if (!e || e.resolver !== resolver) {
    e = new TaintEngine(ast, resolver, text);
    engines.set(ast, e);
  }
  return e;
}

/**
 * Build the (lazy) taint query for one parsed file: generic sinks (shell, code), where path sanitizers do not
 * apply. Only untrusted sources count here: callers raise severity on a flow, and `process.argv`/`process.env`
 * are set by whoever already runs the code.
 */
export function createTaint(ast: TSESTree.Program, resolver: Resolver, text: string): TaintQuery {
  const engine = taintEngine(ast, resolver, text);
  return (node) => (engine.lowTrust(node, 'generic') ? undefined : engine.query(node, 'generic'));
}

/** Query with a sink kind: `path` sinks honour path sanitizers and guards (`path.basename`, root-prefix checks). */
export function taintFor(
  ast: TSESTree.Program,
  resolver: Resolver,
  text: string,
  node: Node,
  kind: TaintKind,
): { flow: FlowStep[]; lowTrust: boolean } | undefined {
  const engine = taintEngine(ast, resolver, text);
  const flow = engine.query(node, kind);
  return flow ? { flow, lowTrust: engine.lowTrust(node, kind) } : undefined;
}

/** True when a flow starts at a low-trust source (process.env, process.argv, CLI options): callers may lower the severity. */
export function isLowTrustFlow(flow: readonly FlowStep[]): boolean {
  return /\(low trust\)/.test(flow[0]?.message ?? '');
}
