import type { TSESTree } from '@typescript-eslint/types';
import type { CodeContext, CodeRule, Node, SourceFile } from '../../rule.js';
import type { FileSink } from '../../core/report-context.js';
import type { ActiveRule } from '../../core/types.js';
import { createTaint, taintEngine, type TaintQuery } from '../taint/index.js';
import type { Taint } from '../taint/engine.js';
import type { PackageGraph } from '../taint/modgraph.js';
import { provenanceWith } from '../taint/provenance.js';
import { callGraph } from './callgraph.js';
import { isFunctionNode } from './query.js';
import { DeepTreeError, parseCode } from './parse.js';
import { Resolver } from './resolve.js';

type Fn = (node: Node) => void;

/** Parse once, then one traversal resolves scopes and finds every node a code rule listens to. */
/** With `graph`, the taint queries follow values into the package's other files (issue 17, modgraph.ts). */
export function runCodeRules(
  rules: readonly (ActiveRule & { rule: CodeRule })[],
  source: SourceFile,
  sink: FileSink,
  graph?: PackageGraph,
): { error?: string } {
  let ast: TSESTree.Program;
  try {
    // A module another file's query already parsed (a helper many files import) is not parsed twice.
    ast = graph?.parsed(source.path, source.text) ?? parseCode(source.text, source.path);
  } catch (error) {
    return { error: parseErrorMessage(error) };
  }
  try {
    // The visitors first, so the resolver's one pass over the AST also records the nodes they listen to: the rules
    // then run over that list instead of walking the tree again. Handlers only run once the resolver is built.
    let resolver: Resolver | undefined;
    let taint: TaintQuery | undefined;
    const enter = new Map<string, Fn[]>();
    const exit = new Map<string, Fn[]>();
    for (const active of rules) {
      const ctx: CodeContext = {
        file: source,
        ast,
        get resolver(): Resolver {
          if (!resolver) throw new Error(`${active.rule.id} used the resolver before the walk`);
          return resolver;
        },
        report: (target, message, options) => sink.report(active, target, message, options),
        text: (node) => source.text.slice(node.range[0], node.range[1]),
        taint: (node) => {
          taint ??= createTaint(ast, resolver!, source.text);
          return taint(node);
        },
        provenance: (node, sink = 'generic') => {
          const engine = taintEngine(ast, resolver!, source.text);
          const isPublic = (t: Taint): boolean =>
            !!t.fn &&
            isFunctionNode(t.fn) &&
            (engine.link ? engine.link.isExported(t.file ?? engine.link.path, t.fn) : callGraph(ast, resolver!, ctx.text).isExported(t.fn));
          return provenanceWith(ctx, engine, node, sink, isPublic);
        },
      };
      // The typed visitor, read by key: each handler takes the node type its key names.
      const visitor = active.rule.visit(ctx) as Readonly<Record<string, Fn | undefined>>;
      for (const key in visitor) {
        const fn = visitor[key];
        if (!fn) continue;
        const selector = selectorOf(key);
        const map = selector.exit ? exit : enter;
        const list = map.get(selector.type);
        if (list) list.push(fn);
        else map.set(selector.type, [fn]);
      }
    }
    resolver = new Resolver(ast, { enter, exit });
    graph?.adopt(source.path, source.text, ast, resolver);
    dispatch(resolver, enter, exit);
    return {};
  } catch (error) {
    if (error instanceof RangeError) return { error: 'too deeply nested to analyse (stack limit)' };
    return { error: `analysis failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}` };
  }
}

/** A visitor key (`CallExpression`, `Program:exit`) read once per process, not once per file. */
const selectors = new Map<string, { type: string; exit: boolean }>();
function selectorOf(key: string): { type: string; exit: boolean } {
  let s = selectors.get(key);
  if (!s) {
    const colon = key.indexOf(':');
    s = colon < 0 ? { type: key, exit: false } : { type: key.slice(0, colon), exit: key.slice(colon + 1) === 'exit' };
    selectors.set(key, s);
  }
  return s;
}

/** Call the handlers over the resolver's recorded nodes: the order of a depth-first walk, enter before exit. */
function dispatch(resolver: Resolver, enter: Map<string, Fn[]>, exit: Map<string, Fn[]>): void {
  const { events, exits } = resolver;
  let nextExit = exits.length ? exits[0]! : -1;
  let e = 0;
  for (let i = 0; i < events.length; i++) {
    const node = events[i]!;
    let fns: Fn[] | undefined;
    if (i === nextExit) {
      fns = exit.get(node.type);
      nextExit = ++e < exits.length ? exits[e]! : -1;
    } else fns = enter.get(node.type);
    if (fns) for (const fn of fns) fn(node);
  }
}

function parseErrorMessage(error: unknown): string {
  if (error instanceof DeepTreeError) return error.message;
  if (error instanceof RangeError) return 'parse error: too deeply nested (stack limit)';
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const msg = (e.message ?? String(error)).split('\n')[0];
  return e.lineNumber ? `parse error at line ${e.lineNumber}: ${msg}` : `parse error: ${msg}`;
}
