import type { TSESTree } from '@typescript-eslint/types';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import type { CodeContext, CodeRule, Node, SourceFile } from '../../rule.js';
import type { FileSink } from '../../core/report-context.js';
import type { ActiveRule } from '../../core/scan.js';
import { createTaint, type TaintQuery } from '../taint/index.js';
import { parseCode } from './parse.js';
import { Resolver } from './resolve.js';

type Fn = (node: Node) => void;

/** Parse once, resolve scopes once, then run every code rule in one traversal. */
export function runCodeRules(rules: readonly (ActiveRule & { rule: CodeRule })[], source: SourceFile, sink: FileSink): { error?: string } {
  let ast: TSESTree.Program;
  try {
    ast = parseCode(source.text, source.path);
  } catch (error) {
    return { error: parseErrorMessage(error) };
  }
  try {
    const resolver = new Resolver(ast);
    let taint: TaintQuery | undefined;
    const enter = new Map<string, Fn[]>();
    const exit = new Map<string, Fn[]>();
    for (const active of rules) {
      const ctx: CodeContext = {
        file: source,
        ast,
        resolver,
        report: (target, message, options) => sink.report(active, target, message, options),
        text: (node) => source.text.slice(node.range[0], node.range[1]),
        taint: (node) => {
          taint ??= createTaint(ast, resolver, source.text);
          return taint(node);
        },
      };
      const visitor = active.rule.visit(ctx);
      for (const [key, fn] of Object.entries(visitor)) {
        if (!fn) continue;
        const [type, phase] = key.split(':');
        const map = phase === 'exit' ? exit : enter;
        const list = map.get(type as string) ?? [];
        list.push(fn as Fn);
        map.set(type as string, list);
      }
    }
    walk(ast, enter, exit);
    return {};
  } catch (error) {
    if (error instanceof RangeError) return { error: 'too deeply nested to analyse (stack limit)' };
    return { error: `analysis failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}` };
  }
}

function walk(root: Node, enter: Map<string, Fn[]>, exit: Map<string, Fn[]>): void {
  const visit = (node: Node): void => {
    const e = enter.get(node.type);
    if (e) for (const fn of e) fn(node);
    const keys = visitorKeys[node.type];
    if (keys) {
      for (const k of keys) {
        const child = (node as unknown as Record<string, unknown>)[k];
        if (Array.isArray(child)) {
          for (const c of child) if (c && typeof (c as Node).type === 'string') visit(c as Node);
        } else if (child && typeof (child as Node).type === 'string') visit(child as Node);
      }
    }
    const x = exit.get(node.type);
    if (x) for (const fn of x) fn(node);
  };
  visit(root);
}

function parseErrorMessage(error: unknown): string {
  if (error instanceof RangeError) return 'parse error: too deeply nested (stack limit)';
  const e = error as { message?: string; lineNumber?: number; column?: number };
  const msg = (e.message ?? String(error)).split('\n')[0];
  return e.lineNumber ? `parse error at line ${e.lineNumber}: ${msg}` : `parse error: ${msg}`;
}
