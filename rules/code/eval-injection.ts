import { constValue, defineRule, describe, graded, type Grading, unwrap } from '../../src/kit.js';

const GRADING: Grading = { severity: 'high', execution: true };

export default defineRule({
  id: 'code/eval-injection',
  title: 'Code built at runtime passed to eval',
  severity: GRADING.severity,
  cwe: ['CWE-95'],
  confidence: 'high',
  status: 'stable',
  help: [
    '`eval` compiles and runs its argument with the full authority of the process. When the string is',
    'built at runtime, anyone who controls part of it runs code: in an agent tool that means whatever',
    'the model was talked into. Direct calls, indirect ones (`(0, eval)(x)`, `globalThis.eval`,',
    "`window['eval']`, `eval?.()`, `const e = eval`) and `eval.call` are all found; a local variable or",
    'parameter named `eval` is not the global and is not reported. A constant string is not reported.',
    '',
    'Severity follows where the string comes from (`properties.provenance`): critical when an untrusted',
    'source (a request, a tool call) reaches it, high for a parameter of an exported function, low for a',
    'value of unknown origin, and nothing when it is built only from trusted parts.',
    '',
    '**Fix:** parse data instead of running it (`JSON.parse`, a small expression parser, a lookup table',
    'of allowed operations). If code must be run, isolate it in a separate process with no privileges.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => ({
    CallExpression(node) {
      const callee = ctx.resolver.canonical(node.callee);
      let arg;
      if (callee === 'eval') arg = node.arguments[0];
      else if (callee === 'eval.call' || callee === 'eval.apply') {
        arg = node.arguments[1];
        if (callee === 'eval.apply') {
          const a = unwrap(arg);
          arg = a?.type === 'ArrayExpression' ? (a.elements[0] ?? undefined) : a;
        }
      } else return;
      if (!arg || arg.type === 'SpreadElement') return;
      if (constValue(arg, ctx.resolver) !== undefined) return;
      // graded by provenance: untrusted critical, library input high, unknown low, trusted none
      const options = graded(ctx.provenance(arg), GRADING);
      if (options) ctx.report(node, `\`eval\` runs a string built from ${describe(ctx, arg)}.`, options);
    },
  }),
  examples: {
    bad: [
      { code: 'const expr = req.query.expr;\nconst result = eval(expr);', line: 2 },
      { code: 'function run(userInput) {\n  return eval("(" + userInput + ")");\n}', line: 2 },
      { code: 'export const calc = (src: string) => (0, eval)(src);' },
      { code: 'const value = globalThis.eval(input);' },
      { code: "window['eval'](payload);" },
      { code: 'eval?.(code);' },
      { code: 'const e = eval;\ne(body);', line: 2 },
      { code: 'eval.call(null, script);' },
      { code: 'const run = (s) => eval(`${s}`);' },
      { code: 'global.eval(source);', note: 'Node global' },
      { code: 'self["eval"](msg.data);', note: 'worker self, constant computed member' },
      { code: 'const { eval: evaluate } = globalThis;\nevaluate(text);', line: 2, note: 'destructured from globalThis' },
      { code: 'window.eval?.(`alert(${location.hash})`);', note: 'optional call' },
      { code: 'eval.apply(null, [code]);' },
      { code: 'Reflect.apply(eval, undefined, [code]);', note: 'through Reflect.apply' },
      { code: 'const key = "eval";\nglobalThis[key](expr);', line: 2, note: 'constant computed member through a const' },
    ],
    good: [
      { code: 'const two = eval("1 + 1");', note: 'constant string' },
      { code: "const PREFIX = 'x';\nconst v = eval(PREFIX + '1');", note: 'constant concatenation' },
      { code: 'function f(eval) {\n  return eval(input);\n}', note: 'parameter named eval shadows the global' },
      { code: 'const eval2 = (s) => s;\nlet r = eval2(input);' },
      { code: 'import { evaluate } from "mathjs";\nevaluate(expr);' },
      { code: 'const o = { eval: (x) => x };\no.eval(input);', note: 'a method named eval' },
      { code: "window.eval('alert');", note: 'constant through window' },
      { code: 'const self = { eval: (s) => s };\nself.eval(input);', note: 'a local named self' },
      { code: 'import { eval as run } from "./sandbox";\nrun(code);', note: 'an import named eval' },
      { code: 'Reflect.apply(eval, undefined, ["1 + 1"]);', note: 'constant through Reflect.apply' },
    ],
  },
});
