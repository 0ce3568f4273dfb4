// The typed visitor: a handler per typescript-estree node type and `Type:exit`, called in depth-first order.
// The `@ts-expect-error` lines are checked by `npm run typecheck`: a misspelt key or a handler of the wrong node
// type must not compile.
import { describe, expect, it } from 'vitest';
import { defineRule, type CodeRule, type TSESTree, type Visitor } from '../src/kit.js';
import { runCodeRules } from '../src/analyzers/code/run.js';
import { FindingSink } from '../src/core/report-context.js';

function run(rule: CodeRule, code: string): string[] {
  const sink = new FindingSink();
  const out = runCodeRules([{ rule, severity: rule.severity }], { path: 'a.ts', text: code }, sink.forFile({ path: 'a.ts', text: code }));
  expect(out.error).toBeUndefined();
  return sink.all().map((f) => `${f.line}:${f.message}`);
}

const base = { title: 'T', severity: 'low' as const, cwe: [] as string[], confidence: 'low' as const, help: 'h', examples: { bad: [], good: [] } };

describe('typed visitor', () => {
  it('calls each handler with its node type, and Type:exit after the children', () => {
    const rule = defineRule({
      ...base,
      id: 'code/test-visitor',
      kind: 'code',
      visit: (ctx) => ({
        CallExpression(node) {
          ctx.report(node, `enter ${ctx.text(node.callee)}(${node.arguments.length})`);
        },
        'CallExpression:exit'(node) {
          ctx.report(node, `exit ${ctx.text(node.callee)}`);
        },
        'Program:exit'(node) {
          ctx.report(null, `program ${node.body.length}`);
        },
      }),
    });
    expect(run(rule, 'f(g(1), 2);\nh();\n')).toEqual([
      '1:enter f(2)',
      '1:enter g(1)',
      '1:exit g',
      '1:exit f',
      '2:enter h(0)',
      '2:exit h',
      'undefined:program 2',
    ]);
  });

  it('takes one handler for two keys when it accepts both node types', () => {
    const both = (n: TSESTree.CallExpression | TSESTree.NewExpression): string => n.type;
    const seen: string[] = [];
    const v: Visitor = { CallExpression: (n) => seen.push(both(n)), NewExpression: (n) => seen.push(both(n)) };
    run(defineRule({ ...base, id: 'code/test-visitor', kind: 'code', visit: () => v }), 'new A(); b();');
    expect(seen).toEqual(['NewExpression', 'CallExpression']);
  });

  it('does not compile a misspelt node type or a handler of the wrong node type', () => {
    // @ts-expect-error `CallExpresion` is no node type
    const misspelt: Visitor = { CallExpresion: (n: TSESTree.CallExpression) => n };
    // @ts-expect-error a Property handler cannot take a CallExpression
    const wrong: Visitor = { Property: (n: TSESTree.CallExpression) => n.callee };
    // @ts-expect-error only `:exit` follows a node type
    const badExit: Visitor = { 'CallExpression:exti': (n: TSESTree.CallExpression) => n };
    expect([misspelt, wrong, badExit].length).toBe(3);
  });
});
