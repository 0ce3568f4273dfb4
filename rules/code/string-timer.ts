import { constValue, defineRule, describe, graded, type Grading, isStringLike } from '../../src/kit.js';

/** A string timer is `eval`: graded the same way. */
const GRADING: Grading = { severity: 'high', execution: true };

const TIMERS = new Set(['setTimeout', 'setInterval', 'setImmediate', 'execScript']);

export default defineRule({
  id: 'code/string-timer',
  title: 'Timer callback given as a string',
  severity: GRADING.severity,
  cwe: ['CWE-95'],
  confidence: 'high',
  status: 'stable',
  help: [
    'Browsers compile a string given to `setTimeout`, `setInterval` or `setImmediate` exactly like `eval`.',
    'A string built at runtime is graded like `code/eval-injection`: critical when an untrusted source reaches it, high',
    'for a parameter of an exported function, low for a value of unknown origin, nothing when every part is trusted. A',
    'constant string still runs through the compiler (and breaks under a Content-Security-Policy without',
    '`unsafe-eval`), so it is reported at low.',
    'Local functions that shadow the timer names are not reported.',
    '',
    '**Fix:** pass a function: `setTimeout(() => poll(id), 50)`.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => ({
    CallExpression(node) {
      const name = ctx.resolver.canonical(node.callee);
      if (!name || !TIMERS.has(name)) return;
      const arg = node.arguments[0];
      if (!arg || arg.type === 'SpreadElement' || !isStringLike(arg, ctx.resolver)) return;
      const constant = constValue(arg, ctx.resolver) !== undefined;
      if (constant) ctx.report(arg, `\`${name}\` compiles its first argument, a constant string, as code.`, { severity: 'low' });
      else {
        // graded like eval: untrusted critical, library input high, unknown low, trusted none
        const options = graded(ctx.provenance(arg), GRADING);
        if (options) ctx.report(arg, `\`${name}\` compiles a string built from ${describe(ctx, arg)} as code.`, options);
      }
    },
  }),
  examples: {
    bad: [
      { code: 'setTimeout("poll(" + id + ")", 50);' },
      { code: 'setInterval(`refresh(${widget})`, 1000);' },
      { code: 'setTimeout("tick()", 10);', note: 'constant string: low' },
      { code: 'const handler = "update(" + n + ")";\nsetTimeout(handler, 5);', line: 2 },
      { code: 'window.setTimeout("go()", 1);' },
      { code: 'setImmediate("flush()");' },
      { code: 'export function later(code: string) {\n  setTimeout(code, 100);\n}', line: 2, note: 'a parameter typed string' },
      { code: 'let action = "save(" + id + ")";\nglobalThis.setInterval(action, 500);', line: 2 },
      { code: 'const t = setTimeout;\nt(`run(${job})`, 9);', line: 2, note: 'alias' },
      { code: 'self.setTimeout?.("tick()", 5);', note: 'optional call through self' },
    ],
    good: [
      { code: 'setTimeout(() => poll(id), 50);' },
      { code: 'setInterval(refresh, 1000);' },
      { code: 'function setTimeout(s, n) { return [s, n]; }\nsetTimeout("x", 1);', note: 'local function' },
      { code: 'const fn = () => 1;\nsetTimeout(fn, 1);' },
      { code: 'export function later(fn: () => void) {\n  setTimeout(fn, 100);\n}', note: 'a function parameter' },
      { code: 'import { setTimeout } from "node:timers/promises";\nawait setTimeout(100, "done");', note: 'promise timers take a delay' },
    ],
  },
});
