import { calleeName, type CodeContext, constValue, defineRule, describe, graded, type Grading, type TSESTree } from '../../src/kit.js';

const GRADING: Grading = { severity: 'high', execution: true };

function check(ctx: CodeContext, node: TSESTree.CallExpression | TSESTree.NewExpression): void {
  if (ctx.resolver.canonical(node.callee) !== 'Function') return;
  // a DOM element stringifies to "[object HTMLInputElement]": compiling it is a bug, not an injection
  const dynamic = node.arguments.find(
    (a) =>
      a.type === 'SpreadElement' || (constValue(a, ctx.resolver) === undefined && !/^(getElementById|querySelector|createElement)$/.test(calleeName(a) ?? '')),
  );
  if (!dynamic) return;
  // graded by provenance: untrusted critical, library input high, unknown low, trusted none
  const options = graded(ctx.provenance(dynamic), GRADING);
  if (options) ctx.report(node, `\`Function\` compiles a body built from ${describe(ctx, dynamic)}.`, options);
}

export default defineRule({
  id: 'code/function-constructor',
  title: 'Function constructor given code built at runtime',
  severity: GRADING.severity,
  cwe: ['CWE-95'],
  confidence: 'high',
  status: 'stable',
  help: [
    '`new Function(...)` (and `Function(...)` without `new`) compiles its string arguments into a function:',
    'it is `eval` by another name, running in the global scope. A body or parameter list built at runtime',
    'lets whoever controls the string run code. Constant arguments are not reported.',
    '',
    'Graded like `code/eval-injection`: critical when an untrusted source reaches it, high for a parameter of an',
    'exported function, low for a value of unknown origin, nothing when every part is trusted.',
    '',
    '**Fix:** write the function in source, or choose among fixed functions with a lookup table;',
    'for templates use a template engine that does not compile user input to code.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => ({
    NewExpression: (node: TSESTree.NewExpression) => check(ctx, node),
    CallExpression: (node: TSESTree.CallExpression) => check(ctx, node),
  }),
  examples: {
    bad: [
      { code: 'const fn = new Function("a", "b", body);' },
      { code: 'const getter = Function("obj", "return obj." + field);' },
      { code: 'export function compile(src: string) {\n  return new Function(src);\n}', line: 2 },
      { code: 'const F = Function;\nconst g = new F(code);', line: 2 },
      { code: 'const h = new globalThis.Function(`return ${expr}`);' },
      { code: "let funcName = new URLSearchParams(window.location.search).get('a');\nvar x = new Function(`return ${funcName}(a,b)`);", line: 2 },
      { code: 'const { Function: Fn } = globalThis;\nFn("x", src)(1);', line: 2 },
      { code: 'const make = window["Function"];\nmake(code)();', line: 2 },
      {
        code: 'export function compile(src: string) {\n  return [].constructor.constructor(src)();\n}',
        line: 2,
        note: "any object's constructor chain ends at Function",
      },
      { code: 'export function compile(src: string) {\n  const AsyncFunction = (async () => {}).constructor;\n  return new AsyncFunction(src);\n}', line: 3 },
      { code: 'export function compile(src: string) {\n  return Reflect.construct(Function, [src]);\n}', line: 2 },
    ],
    good: [
      { code: 'const add = new Function("a", "b", "return a + b");', note: 'constant body' },
      { code: 'function build(Function) {\n  return new Function(body);\n}', note: 'shadowed' },
      { code: 'const fn = (a, b) => a + b;' },
      { code: 'import { Function } from "./types";\nnew Function(body);', note: 'imported, not the global' },
      { code: 'const noop = [].constructor.constructor("return undefined");', note: 'constant body through the chain' },
    ],
  },
});
