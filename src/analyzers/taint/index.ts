// Intra-procedural taint: which untrusted source reaches a node. Filled in by the dataflow analysis.
import type { TSESTree } from '@typescript-eslint/types';
import type { FlowStep, Node } from '../../rule.js';
import type { Resolver } from '../code/resolve.js';

export type TaintQuery = (node: Node) => FlowStep[] | undefined;

/** Build the (lazy) taint query for one parsed file. */
export function createTaint(_ast: TSESTree.Program, _resolver: Resolver, _text: string): TaintQuery {
  return () => undefined;
}
