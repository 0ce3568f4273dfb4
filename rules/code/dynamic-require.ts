import {
  type CodeContext,
  constValue,
  defineRule,
  describe,
  dynamicParts,
  graded,
  type Grading,
  isTrusted,
  type Node,
  type TSESTree,
  unwrap,
  worstProvenance,
} from '../../src/kit.js';

/** Loading a module runs it: an untrusted specifier is critical; the rule's own severity is medium (most dynamic loads pick among installed plugins). */
const GRADING: Grading = { severity: 'medium', execution: true };

const PATH_FNS =
  /^(path\.(join|resolve|dirname|normalize|posix\.join|win32\.join)|url\.fileURLToPath|url\.pathToFileURL|fileURLToPath|pathToFileURL|require\.resolve|fs\.realpathSync|process\.cwd)$/;

/** Module locations fixed at install or deploy time: constants, `__dirname`, `import.meta.url`, `process.env.X`, and paths joined from them. */
function isStatic(ctx: CodeContext, node: Node | null | undefined, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 8) return false;
  if (constValue(n, ctx.resolver) !== undefined) return true;
  switch (n.type) {
    case 'Identifier':
      if ((n.name === '__dirname' || n.name === '__filename') && ctx.resolver.isGlobal(n)) return true;
      {
        const b = ctx.resolver.binding(n);
        return !!b && b.kind !== 'param' && b.writes === 0 && !b.path && !!b.init && isStatic(ctx, b.init, depth + 1);
      }
    case 'MetaProperty':
      return true;
    case 'TemplateLiteral':
      return n.expressions.every((e) => isStatic(ctx, e as Node, depth + 1));
    case 'BinaryExpression':
      return n.operator === '+' && isStatic(ctx, n.left, depth + 1) && isStatic(ctx, n.right, depth + 1);
    case 'MemberExpression': {
      const c = ctx.resolver.canonical(n);
      if (c && /^process\.env\./.test(c)) return true;
      const o = unwrap(n.object);
      if (o?.type === 'MetaProperty') return true;
      if (o?.type === 'NewExpression' || o?.type === 'CallExpression') return isStatic(ctx, o, depth + 1) && !n.computed;
      return false;
    }
    case 'CallExpression': {
      const c = ctx.resolver.canonical(n.callee);
      return !!c && PATH_FNS.test(c) && n.arguments.every((a) => a.type !== 'SpreadElement' && isStatic(ctx, a, depth + 1));
    }
    case 'NewExpression': {
      const c = ctx.resolver.canonical(n.callee);
      return (c === 'URL' || c === 'url.URL') && n.arguments.every((a) => a.type !== 'SpreadElement' && isStatic(ctx, a, depth + 1));
    }
    case 'ConditionalExpression':
      return isStatic(ctx, n.consequent, depth + 1) && isStatic(ctx, n.alternate, depth + 1);
    default:
      return false;
  }
}

export default defineRule({
  id: 'code/dynamic-require',
  title: 'Module loaded from a path computed at runtime',
  severity: GRADING.severity,
  cwe: ['CWE-829', 'CWE-94'],
  confidence: 'medium',
  status: 'experimental',
  help: [
    '`require(x)` and `import(x)` execute the module they load. When the specifier is computed at runtime',
    'from data (a plugin name in a request, a path from a config the user edits), whoever controls it can',
    'load and run any file on disk or any installed package. Constant specifiers, constant templates,',
    '`__dirname`/`import.meta.url` paths, `process.env` settings and `require.resolve` are not reported.',
    '',
    'Severity is medium for a parameter of an exported function (most dynamic loads pick among installed plugins),',
    'low for a value of unknown origin, and critical when the taint analysis shows an untrusted source reaching the',
    'specifier. Names checked against a constant list (`if (!LOCALES.includes(code)) return`) are trusted.',
    '',
    '**Fix:** map names to modules through an explicit table (`const plugins = { csv: () => import("./csv.js") }`),',
    'or check the name against an allowlist before loading it.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => {
    const check = (node: Node, spec: Node | undefined, what: string): void => {
      if (!spec || spec.type === 'SpreadElement' || isStatic(ctx, spec) || isTrusted(spec, ctx.resolver)) return;
      const parts = dynamicParts(spec, ctx.resolver).filter((p) => !isStatic(ctx, p));
      if (!parts.length) return;
      const options = graded(worstProvenance(ctx, parts).provenance, GRADING);
      if (options) ctx.report(node, `\`${what}\` loads a module named by ${describe(ctx, spec)}.`, options);
    };
    return {
      CallExpression(node: TSESTree.CallExpression) {
        if (ctx.resolver.canonical(node.callee) !== 'require') return;
        check(node, node.arguments[0], 'require');
      },
      ImportExpression(node: TSESTree.ImportExpression) {
        check(node, node.source, 'import()');
      },
    };
  },
  examples: {
    bad: [
      { code: 'const plugin = require(req.query.plugin);' },
      { code: 'export async function load(name: string) {\n  return import(`./plugins/${name}.js`);\n}', line: 2 },
      { code: "const path = require('path');\nconst mod = require(path.join(__dirname, 'handlers', handlerName));", line: 2 },
      { code: 'for (const p of config.plugins) require(p)(app);' },
      {
        code: "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\nexport const load = (name) => require(name);",
        line: 3,
        note: 'ESM createRequire',
      },
    ],
    good: [
      {
        code: "const LOCALES = ['en', 'de', 'fr'];\nexport async function load(code) {\n  if (!LOCALES.includes(code)) throw new Error('unknown locale');\n  return import(`./locales/${code}.json`);\n}",
        note: 'a template whose part is checked against a constant list',
      },
      {
        code: "export function load(code) {\n  const allowed = new Set(['en', 'de']);\n  if (!allowed.has(code)) return null;\n  return require(`./locales/${code}.json`);\n}",
        note: 'checked against a constant Set',
      },
      {
        code: "const LOCALES = ['en', 'de', 'fr'];\nexport const all = () => Promise.all(LOCALES.map((c) => import(`./locales/${c}.js`)));",
        note: 'parts from a constant list',
      },
      { code: "const fs = require(['fs'].join());", note: 'a constant array joined' },
      { code: "const fs = require('fs');", note: 'constant' },
      { code: "const v = require(`./locale/${'en'}.json`);", note: 'constant template' },
      { code: "const pkg = require(__dirname + '/package.json');", note: 'install-time path' },
      { code: 'const cfg = require(process.env.CONFIG_PATH);', note: 'deployment setting' },
      { code: 'const where = import.meta.resolve(name);', note: 'resolve does not load' },
      { code: 'function f(require) {\n  return require(name);\n}', note: 'a parameter named require' },
      { code: 'const p = require.resolve(name);', note: 'require.resolve does not load' },
      {
        code: "const LOCALES = ['en', 'fr', 'de'];\nexport async function messages(code: string) {\n  if (!LOCALES.includes(code)) throw new Error('unknown locale');\n  return import(`./locales/${code}.json`);\n}",
        note: 'the name is checked against a constant list first',
      },
      { code: "const fs = require(['fs'].join());", note: 'built from constants' },
      {
        code: "const path = require('path');\nfunction pluginDir() { return path.join(__dirname, 'plugins'); }\nconst plugins = require(pluginDir());",
        note: 'a helper that returns a trusted path',
      },
      { code: "const NAMES = ['a', 'b'];\nfor (const n of NAMES) require(`./handlers/${n}`);", note: 'loop over a constant list' },
    ],
  },
});
