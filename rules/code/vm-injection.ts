import {
  type CodeContext,
  constValue,
  defineRule,
  describe,
  fromParameter,
  graded,
  type Grading,
  isRequestValue,
  type Node,
  objectLiteral,
  propertyValue,
  type TSESTree,
  unwrap,
} from '../../src/kit.js';

const GRADING: Grading = { severity: 'high', execution: true };

const VM_CODE = new Set([
  'vm.runInNewContext',
  'vm.runInContext',
  'vm.runInThisContext',
  'vm.compileFunction',
  'vm.Script',
  'vm.createScript',
  'vm.SourceTextModule',
]);

/** The sandbox object a constant script runs against: `runInContext(code, ctx)`, `compileFunction(code, [], { parsingContext })`. */
function sandboxOf(ctx: CodeContext, name: string, call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.ObjectExpression | undefined {
  let arg: Node | undefined;
  if (name === 'vm.runInContext' || name === 'vm.runInNewContext') arg = call.arguments[1];
  else if (name === 'vm.compileFunction') {
    const opts = objectLiteral(call.arguments[2], ctx.resolver);
    arg = opts ? (propertyValue(opts, 'parsingContext').value ?? propertyValue(opts, 'contextExtensions').value) : undefined;
  }
  for (let i = 0; i < 3 && arg; i++) {
    const lit = objectLiteral(arg, ctx.resolver);
    if (lit) return lit;
    // vm.createContext({...}) (inline or through a const)
    let a = unwrap(arg);
    if (a?.type === 'Identifier') {
      const b = ctx.resolver.binding(a);
      a = b && !b.path && b.writes === 0 ? unwrap(b.init) : undefined;
    }
    if (a?.type === 'CallExpression' && ctx.resolver.canonical(a.callee) === 'vm.createContext') arg = a.arguments[0];
    else return undefined;
  }
  return undefined;
}

export default defineRule({
  id: 'code/vm-injection',
  title: 'Code built at runtime run by the vm module',
  severity: GRADING.severity,
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
    'Graded like `code/eval-injection`: critical when an untrusted source reaches the code, high for a parameter of an',
    'exported function, low for a value of unknown origin, nothing when every part is trusted.',
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
      if (!code || code.type === 'SpreadElement') return;
      const fn = name.slice(3);
      if (constValue(code, ctx.resolver) !== undefined) {
        // constant code, but the sandbox hands it caller-supplied objects: their getters and prototypes run inside
        const sandbox = sandboxOf(ctx, name, node);
        const tainted = sandbox?.properties.find(
          (p) => p.type === 'Property' && (fromParameter(p.value, ctx.resolver) || isRequestValue(p.value, ctx.resolver, ctx.text)),
        );
        if (tainted && tainted.type === 'Property') {
          ctx.report(code, `\`vm.${fn}\` runs with a context holding ${describe(ctx, tainted.value)}, a caller-supplied value.`, { severity: 'medium' });
        }
        return;
      }
      // graded by provenance: untrusted critical, library input high, unknown low, trusted none
      const options = graded(ctx.provenance(code), GRADING);
      if (options) ctx.report(code, `\`vm.${fn}\` runs code built from ${describe(ctx, code)}.`, options);
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
      {
        code: "const vm = require('vm');\nfunction run(userInput) {\n  const sandbox = { foo: userInput.value || '' };\n  vm.runInNewContext('render(foo)', sandbox);\n}",
        line: 4,
        note: 'constant code, caller data in the context (medium)',
      },
    ],
    good: [
      { code: "const vm = require('vm');\nvm.runInNewContext('x + 1', { x: 2 });", note: 'constant code' },
      { code: "import vm from 'vm';\nconst CODE = 'globalThis.ready = true';\nnew vm.Script(CODE);", note: 'constant through a const' },
      { code: 'const vm = { runInNewContext: (s) => s };\nvm.runInNewContext(input);', note: 'local object, not the module' },
      { code: "import { Script } from './script';\nnew Script(source);", note: 'another module' },
      {
        code: "const vm = require('vm');\nfunction run() {\n  const sandbox = { foo: 1 };\n  vm.runInContext('foo + 1', vm.createContext(sandbox));\n}",
        note: 'constant code and context',
      },
    ],
  },
});
