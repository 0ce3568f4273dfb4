import type { TSESTree } from '@typescript-eslint/types';
import { defineRule } from '../../src/rule.js';
import { constValue } from '../../src/analyzers/code/resolve.js';
import { describe } from '../../src/analyzers/code/describe.js';

const VM_CODE = new Set([
  'vm.runInNewContext',
  'vm.runInContext',
  'vm.runInThisContext',
  'vm.compileFunction',
  'vm.Script',
  'vm.createScript',
  'vm.SourceTextModule',
]);

export default defineRule({
  id: 'code/vm-injection',
  title: 'Code built at runtime run by the vm module',
  severity: 'high',
  cwe: ['CWE-94'],
  confidence: 'high',
  status: 'experimental',
  help: [
    "Node's `vm` module is not a security boundary: code run with `runInNewContext`, `runInContext`,",
    '`runInThisContext`, `compileFunction`, `new vm.Script` or `new vm.SourceTextModule` escapes its context in',
    'one line (`this.constructor.constructor("return process")()`). Code assembled at runtime is therefore',
    '`eval` with extra steps. Named imports, `node:vm`, namespace imports and aliases are all resolved;',
    'constant code is not reported.',
    '',
    'Severity is high (arbitrary code execution); critical when an untrusted source is shown to reach it.',
    '',
    '**Fix:** do not run code built from data. Parse the data instead, or run untrusted code in a separate',
    'process or a real isolate (`isolated-vm`, a worker with no privileges, a container).',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => {
    const check = (node: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      const name = ctx.resolver.canonical(node.callee);
      if (!name || !VM_CODE.has(name)) return;
      const code = node.arguments[0];
      if (!code || code.type === 'SpreadElement' || constValue(code, ctx.resolver) !== undefined) return;
      const flow = ctx.taint(code);
      const fn = name.slice(3);
      ctx.report(node, `\`vm.${fn}\` runs code built from ${describe(ctx, code)}.`, flow ? { flow, severity: 'critical' } : {});
    };
    return { CallExpression: check, NewExpression: check };
  },
  examples: {
    bad: [
      { code: "const vm = require('vm');\nvm.runInNewContext(req.body.code, sandbox);", line: 2 },
      { code: "import { runInThisContext } from 'node:vm';\nexport const run = (src: string) => runInThisContext(src);", line: 2 },
      { code: "import * as vm from 'vm';\nconst script = new vm.Script(`(function () { return ${expr}; })()`);", line: 2 },
      { code: "const { Script } = require('node:vm');\nconst s = new Script(source);", line: 2 },
      { code: "import vm from 'vm';\nvm.compileFunction(body, ['a', 'b']);", line: 2 },
      { code: "const { runInContext: runIt } = require('vm');\nrunIt(template, ctx);", line: 2 },
    ],
    good: [
      { code: "const vm = require('vm');\nvm.runInNewContext('x + 1', { x: 2 });", note: 'constant code' },
      { code: "import vm from 'vm';\nconst CODE = 'globalThis.ready = true';\nnew vm.Script(CODE);", note: 'constant through a const' },
      { code: 'const vm = { runInNewContext: (s) => s };\nvm.runInNewContext(input);', note: 'local object, not the module' },
      { code: "import { Script } from './script';\nnew Script(source);", note: 'another module' },
    ],
  },
});
