// Where a value at a code sink comes from, for grading (INTERFACE.md "How code and path findings are graded"):
// trusted (built only from constants, `__dirname`/`import.meta.url` paths, the package's own version, git facts the
// script reads itself), untrusted (the taint answer), library-input (a parameter of the file's public surface) or
// unknown. `ctx.provenance` (the dataflow engine) answers first when present; the trusted test here only ever
// lowers an `unknown` answer to `trusted`.
import type { TSESTree } from '@typescript-eslint/types';
import type { CodeContext, Node, Provenance, SinkKind } from '../../rule.js';
import { callGraph, callSites, type CallGraph } from './callgraph.js';
import { taintFor } from '../taint/index.js';
import { fieldWrites, isThis, ownerOf } from '../taint/classes.js';
import { enclosingFunction, fromParameter, isOwnProcess, isRequestValue } from './query.js';
import { type Binding, constValue, propertyName, type Resolver, unwrap } from './resolve.js';

/** `path.*` functions whose result is trusted when every argument is. */
const PATH_FNS = /^(path|node:path|upath|pathe)(\.(posix|win32))?\.(join|resolve|dirname|basename|relative|normalize|extname|format|toNamespacedPath)$/;
/** String and array methods that keep a trusted receiver trusted when their arguments are trusted too. */
const PURE_METHODS = new Set([
  'replace',
  'replaceAll',
  'trim',
  'trimStart',
  'trimEnd',
  'toString',
  'slice',
  'substring',
  'substr',
  'toLowerCase',
  'toUpperCase',
  'split',
  'join',
  'concat',
  'padStart',
  'padEnd',
  'at',
  'map',
  'filter',
  'toFixed',
  'repeat',
  'normalize',
  'flat',
  'flatMap',
  'sort',
  'reverse',
  'toSorted',
  'toISOString',
  'toJSON',
  'toUTCString',
  'toDateString',
  'toTimeString',
  'toLocaleString',
  'toLocaleDateString',
  'toLocaleTimeString',
]);
/** Functions whose result is a number or a boolean whatever they are given: no `__proto__`, no shell text, no `..`. */
const NUMERIC_CALLS =
  /^(Number|parseInt|parseFloat|Number\.(parseInt|parseFloat|isInteger|isFinite|isNaN|isSafeInteger)|isNaN|isFinite|Boolean|Math\.\w+|Date\.(now|parse|UTC)|performance\.now|Array\.isArray|Buffer\.(byteLength|isBuffer|compare)|Object\.is)$/;
/** Methods whose result is a number or a boolean: an index, a char code, a date part, a test. */
const NUMERIC_METHODS =
  /^(indexOf|lastIndexOf|findIndex|findLastIndex|charCodeAt|codePointAt|localeCompare|getTime|get(UTC)?(FullYear|Month|Date|Day|Hours|Minutes|Seconds|Milliseconds)|getTimezoneOffset|toFixed|toPrecision|includes|startsWith|endsWith|some|every|has|test|isFile|isDirectory|isSymbolicLink)$/;
/** Calls that name the running tool's own places (temp dir, home, working directory, host facts). */
const TRUSTED_CALLS = /^(node:)?(os\.(tmpdir|homedir|hostname|platform|arch|type|release|EOL)|process\.cwd)$/;
/** fs calls whose result is trusted when their first argument (a directory or prefix) is: readdir/glob of a trusted dir. */
const FS_OF_TRUSTED =
  /^(node:)?fs(\/promises)?\.(promises\.)?(readdirSync|readdir|mkdtempSync|mkdtemp|realpathSync|realpath|realpathSync\.native|opendirSync|globSync|glob)$|^(fast-glob|glob|tinyglobby|globby)(\.(sync|globSync|glob))?$/;
/** Programs whose output a script may read about itself (`git rev-parse HEAD`, `git describe`, `node --version`). */
const SELF_FACTS =
  /^\s*(git\s+(rev-parse|describe|log|show|branch|rev-list|symbolic-ref|tag|config\s+--get|remote\s+get-url|status|diff\s+--name-only)|node\s+(-v|--version)|npm\s+(-v|--version|root|prefix|bin))\b/;

const graphs = new WeakMap<TSESTree.Program, CallGraph>();
function graphOf(ctx: CodeContext): CallGraph {
  let g = graphs.get(ctx.ast);
  if (!g) {
    g = callGraph(ctx.ast, ctx.resolver, ctx.text.bind(ctx));
    graphs.set(ctx.ast, g);
  }
  return g;
}

function isPackageJsonSpec(v: unknown): boolean {
  return typeof v === 'string' && /^\.{1,2}\/(?:[\w.-]+\/)*package\.json$/.test(v);
}

function isRequire(n: Node | undefined, resolver: Resolver): n is TSESTree.CallExpression {
  return n?.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require' && resolver.isGlobal(n.callee);
}

/** The value is built only from constants and the package's own facts (see the file comment). */
export function isTrusted(node: Node | null | undefined, resolver: Resolver, depth = 0, seen: Set<Node> = new Set()): boolean {
  const n = unwrap(node);
  if (!n || depth > 12 || seen.has(n)) return false;
  if (constValue(n, resolver) !== undefined) return true;
  seen.add(n);
  try {
    return trustedNode(n, resolver, depth, seen);
  } finally {
    seen.delete(n); // `seen` is the current path (a cycle guard), not a visited set: `a + a` visits `a` twice
  }
}

function trustedNode(n: Node, resolver: Resolver, depth: number, seen: Set<Node>): boolean {
  const t = (x: Node | null | undefined): boolean => isTrusted(x, resolver, depth + 1, seen);
  switch (n.type) {
    case 'Literal':
      return true; // a regex literal
    case 'TemplateLiteral':
      return n.expressions.every((e) => t(e as Node));
    case 'BinaryExpression':
      // every operator but `+` gives a number or a boolean; `+` of two numbers is a number
      return n.operator !== '+' || (t(n.left) && t(n.right)) || (numeric(n.left, resolver, depth) && numeric(n.right, resolver, depth));
    case 'LogicalExpression':
      return t(n.left) && t(n.right);
    case 'ConditionalExpression':
      return t(n.consequent) && t(n.alternate);
    case 'ArrayExpression':
      return n.elements.every((e) => !!e && (e.type === 'SpreadElement' ? t(e.argument) : t(e as Node)));
    case 'ObjectExpression':
      return n.properties.every((p) => (p.type === 'Property' ? (!p.computed || t(p.key as Node) ? t(p.value as Node) : false) : t(p.argument)));
    case 'AwaitExpression':
      return t(n.argument);
    case 'UnaryExpression':
      return true; // a number, a boolean, `undefined` or one of typeof's names
    case 'UpdateExpression':
      return true;
    case 'TaggedTemplateExpression':
      return resolver.canonical(n.tag) === 'String.raw' && n.quasi.expressions.every((e) => t(e as Node));
    case 'Identifier': {
      if ((n.name === '__dirname' || n.name === '__filename') && resolver.isGlobal(n)) return true;
      if (n.name === 'undefined' && resolver.isGlobal(n)) return true;
      const b = resolver.binding(n);
      if (!b) return false;
      if (checkedAgainstList(n, b, resolver, depth, seen)) return true;
      if (b.kind === 'import') return isPackageJsonSpec(b.importSource);
      if (b.kind === 'function' || b.kind === 'class') return false;
      if (numeric(n, resolver, depth)) return true;
      if (b.kind === 'param' && b.writes === 0 && elementOfTrusted(b, resolver, t)) return true;
      if (b.writes !== 0) return false;
      if (b.init) {
        if (b.path) {
          // `const { version } = require('../package.json')`
          const init = unwrap(b.init);
          return isRequire(init, resolver) ? isPackageJsonSpec(constValue(init.arguments[0], resolver)) : t(init);
        }
        return t(b.init);
      }
      // `for (const x of CONSTANT_LIST)`
      const decl = resolver.parent(b.id);
      const list = decl && resolver.parent(decl);
      const loop = list && resolver.parent(list);
      if (decl?.type === 'VariableDeclarator' && loop?.type === 'ForOfStatement' && loop.left === list) return t(loop.right);
      return false;
    }
    case 'MetaProperty':
      return false;
    case 'MemberExpression': {
      // import.meta.url / import.meta.dirname / import.meta.filename
      if (n.object.type === 'MetaProperty') return ['url', 'dirname', 'filename'].includes(propertyName(n) ?? '');
      const c = resolver.canonical(n);
      // process.argv[0] / [1]: the node binary and the script being run.
      if (isOwnProcess(n, resolver)) return true;
      if (c === 'process.execPath' || c === 'process.platform' || c === 'process.arch' || c === 'process.version' || c === 'process.pid') return true;
      const obj = unwrap(n.object);
      // require('./package.json').version, pkg.version
      if (isRequire(obj, resolver) && isPackageJsonSpec(constValue(obj.arguments[0], resolver))) return true;
      if (n.computed && !t(n.property)) return isStaticTable(obj, resolver, depth, seen);
      if (propertyName(n) === 'length') return true;
      // `this.dir` in a method: trusted when every write to the field in its class is (`this.dir = path.join(__dirname, 'x')`).
      const self = isThis(obj, resolver);
      if (self) {
        const owner = ownerOf(self, resolver);
        const field = propertyName(n);
        const writes = owner !== undefined && field !== undefined && !n.computed ? fieldWrites(owner, field, resolver) : [];
        return writes.length > 0 && writes.every((w) => t(w));
      }
      return t(n.object);
    }
    case 'NewExpression': {
      const c = resolver.canonical(n.callee);
      if (c === 'URL' || c === 'url.URL') return n.arguments.every((a) => a.type !== 'SpreadElement' && t(a));
      if (c === 'Date') return true;
      // `new Set(['en', 'de'])`: a constant allowlist
      if (c === 'Set' || c === 'Map') return n.arguments.every((a) => a.type !== 'SpreadElement' && t(a));
      return false;
    }
    case 'CallExpression': {
      const c = resolver.canonical(n.callee);
      const args = n.arguments;
      const allArgs = (): boolean => args.every((a) => (a.type === 'SpreadElement' ? t(a.argument) : t(a)));
      if (numeric(n, resolver, depth)) return true;
      if (c && PATH_FNS.test(c)) return allArgs();
      // the tool's own places: the temp dir, the user's home, its working directory (INTERFACE.md: not attacker input)
      if (c && TRUSTED_CALLS.test(c)) return true;
      // entries of a trusted directory, a temp dir made under a trusted prefix, the real path of a trusted path
      if (c && FS_OF_TRUSTED.test(c)) return args.length > 0 && t(args[0]);
      if (
        c === 'url.fileURLToPath' ||
        c === 'node:url.fileURLToPath' ||
        c === 'url.pathToFileURL' ||
        c === 'String' ||
        c === 'JSON.stringify' ||
        c === 'Number' ||
        c === 'encodeURIComponent' ||
        c === 'encodeURI' ||
        c === 'Object.keys' ||
        c === 'Object.values' ||
        c === 'Object.entries' ||
        c === 'Array.from' ||
        c === 'require.resolve'
      )
        return allArgs();
      if (c === 'child_process.execSync' || c === 'child_process.execFileSync') {
        const cmd = constValue(args[0], resolver);
        if (c === 'child_process.execSync' && typeof cmd === 'string' && SELF_FACTS.test(cmd)) return true;
        if (c === 'child_process.execFileSync' && (cmd === 'git' || cmd === 'node')) {
          const list = unwrap(args[1]);
          return (
            list?.type === 'ArrayExpression' &&
            t(list) &&
            SELF_FACTS.test([cmd, ...list.elements.map((e) => String(constValue(e as Node, resolver)))].join(' '))
          );
        }
        return false;
      }
      // the package's own manifest: `require('./package.json')`, `JSON.parse(readFileSync(join(__dirname, '../package.json')))`
      if (n.callee.type === 'Identifier' && n.callee.name === 'require') return resolver.isGlobal(n.callee) && isPackageJsonSpec(constValue(args[0], resolver));
      if (c === 'JSON.parse') return args.length > 0 && t(args[0]);
      if (c && /^(node:)?fs(\/promises)?\.(promises\.)?(readFileSync|readFile)$/.test(c))
        return args.length > 0 && t(args[0]) && namesManifest(args[0], resolver);
      const callee = unwrap(n.callee);
      if (callee?.type === 'MemberExpression' && !callee.computed) {
        const m = propertyName(callee);
        if (m && PURE_METHODS.has(m)) return t(callee.object) && args.every((a) => a.type !== 'SpreadElement' && (isFunctionArg(a, resolver) || t(a)));
        return false;
      }
      // a local helper that returns only trusted values (built from constants, whatever its arguments)
      if (callee?.type === 'Identifier') {
        const b = resolver.binding(callee);
        const fn = b?.kind === 'function' ? resolver.parent(b.id) : b && b.writes === 0 ? unwrap(b.init) : undefined;
        if (
          fn &&
          (fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression' || fn.type === 'ArrowFunctionExpression') &&
          !fn.async &&
          !fn.generator
        ) {
          if (fn.body.type !== 'BlockStatement') return t(fn.body);
          const returns = returnsOf(fn.body);
          return returns.length > 0 && returns.every((r) => !!r.argument && t(r.argument));
        }
      }
      return false;
    }
    default:
      return false;
  }
}

/**
 * A number or a boolean: a numeric literal, arithmetic, `.length`, `parseInt(x)`, `s.indexOf(c)`, a TS local declared
 * `number`, a `for (let i = 0; …; i++)` counter. Such a value cannot carry `__proto__`, shell text or `..`, whatever
 * it was computed from. A parameter's declared type is not enough (a JavaScript caller passes what it likes).
 */
export function numeric(node: Node | null | undefined, resolver: Resolver, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 12) return false;
  switch (n.type) {
    case 'Literal':
      return typeof n.value === 'number' || typeof n.value === 'boolean' || typeof n.value === 'bigint';
    case 'BinaryExpression':
      return n.operator !== '+' || (numeric(n.left, resolver, depth + 1) && numeric(n.right, resolver, depth + 1));
    case 'UnaryExpression':
      return n.operator !== 'typeof' && n.operator !== 'void';
    case 'UpdateExpression':
      return true;
    case 'MemberExpression':
      return propertyName(n) === 'length';
    case 'ConditionalExpression':
      return numeric(n.consequent, resolver, depth + 1) && numeric(n.alternate, resolver, depth + 1);
    case 'LogicalExpression':
      return numeric(n.left, resolver, depth + 1) && numeric(n.right, resolver, depth + 1);
    case 'AwaitExpression':
      return false;
    case 'CallExpression': {
      const c = resolver.canonical(n.callee);
      if (c && NUMERIC_CALLS.test(c)) return true;
      const callee = unwrap(n.callee);
      return callee?.type === 'MemberExpression' && !callee.computed && NUMERIC_METHODS.test(propertyName(callee) ?? '');
    }
    case 'Identifier': {
      const b = resolver.binding(n);
      if (!b || b.kind === 'param' || b.kind === 'import' || b.kind === 'function' || b.kind === 'class' || b.path) return false;
      const ann = b.id.typeAnnotation?.typeAnnotation.type;
      if (ann === 'TSNumberKeyword' || ann === 'TSBooleanKeyword' || ann === 'TSBigIntKeyword') return true;
      const decl = resolver.parent(b.id);
      const init = b.init ?? (decl?.type === 'VariableDeclarator' && decl.id === b.id ? decl.init : undefined);
      if (!init || !numeric(init, resolver, depth + 1)) return false;
      if (b.writes === 0) return true;
      // `for (let i = 0; i < n; i++)`: the update is the one write
      const list = decl && resolver.parent(decl);
      const loop = list && resolver.parent(list);
      if (b.writes !== 1 || loop?.type !== 'ForStatement' || loop.init !== list || !loop.update) return false;
      const u = unwrap(loop.update);
      const target =
        u?.type === 'UpdateExpression'
          ? unwrap(u.argument)
          : u?.type === 'AssignmentExpression' && u.operator !== '=' && (u.operator !== '+=' || numeric(u.right, resolver, depth + 1))
            ? unwrap(u.left)
            : undefined;
      return target?.type === 'Identifier' && target.name === b.name;
    }
    default:
      return false;
  }
}

/** A trusted path whose last segment is the package's manifest (`package.json`): reading it gives the package's own facts. */
function namesManifest(node: Node | null | undefined, resolver: Resolver, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 6) return false;
  const v = constValue(n, resolver);
  if (typeof v === 'string') return /(^|[\\/])package\.json$/.test(v);
  if (n.type === 'Identifier') {
    const b = resolver.binding(n);
    return !!b && b.writes === 0 && !b.path && namesManifest(b.init, resolver, depth + 1);
  }
  if (n.type === 'TemplateLiteral') return /(^|[\\/])package\.json$/.test(n.quasis[n.quasis.length - 1]?.value.cooked ?? '');
  if (n.type === 'BinaryExpression') return namesManifest(n.right, resolver, depth + 1);
  if (n.type === 'CallExpression' || n.type === 'NewExpression') {
    const c = resolver.canonical(n.callee);
    if (c === 'URL' || c === 'url.URL') return namesManifest(n.arguments[0], resolver, depth + 1);
    if (c === 'url.fileURLToPath' || c === 'node:url.fileURLToPath') return namesManifest(n.arguments[0], resolver, depth + 1);
    if (c && PATH_FNS.test(c)) return namesManifest(n.arguments[n.arguments.length - 1], resolver, depth + 1);
  }
  return false;
}

/** Array methods whose callback's first parameter is an element of the receiver. */
const ELEMENT_METHODS = new Set(['map', 'filter', 'forEach', 'some', 'every', 'find', 'findIndex', 'flatMap', 'reduce', 'sort']);
/** The first parameter of `LIST.map(x => …)` (the second of `reduce`) with LIST trusted: `x` is one of its elements. */
function elementOfTrusted(b: Binding, resolver: Resolver, t: (x: Node | null | undefined) => boolean): boolean {
  const fn = b.fn;
  if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return false;
  const call = resolver.parent(fn);
  if (call?.type !== 'CallExpression' || call.arguments[0] !== fn) return false;
  const callee = unwrap(call.callee);
  if (callee?.type !== 'MemberExpression' || callee.computed) return false;
  const m = propertyName(callee);
  if (!m || !ELEMENT_METHODS.has(m)) return false;
  const idx = m === 'reduce' ? 1 : 0;
  if (m === 'sort' || fn.params[idx] !== b.id) return false;
  return t(callee.object);
}

/** `TABLE[key]` with TABLE a never-written const object or array literal of trusted values: the value is one of them. */
function isStaticTable(obj: Node | undefined, resolver: Resolver, depth: number, seen: Set<Node>): boolean {
  if (obj?.type !== 'Identifier') return false;
  const b = resolver.binding(obj);
  if (!b || b.kind !== 'const' || b.writes !== 0 || b.path) return false;
  const init = unwrap(b.init);
  if (init?.type !== 'ObjectExpression' && init?.type !== 'ArrayExpression') return false;
  // a table that is mutated (`TABLE[k] = v`) elsewhere is not static
  for (const f of resolver.flowNodes) {
    if (f.type !== 'AssignmentExpression') continue;
    const l = unwrap(f.left);
    if (l?.type === 'MemberExpression' && unwrap(l.object)?.type === 'Identifier' && (unwrap(l.object) as TSESTree.Identifier).name === obj.name) return false;
  }
  return isTrusted(init, resolver, depth + 1, seen);
}

const LIST_TESTS = new Set(['includes', 'has', 'indexOf']);
/**
 * `if (!LOCALES.includes(code)) return;` (or `LOCALES.has(code) ? … : …`) before `n`, with LOCALES trusted: `code`
 * is one of the list's values where it is used.
 */
function checkedAgainstList(n: TSESTree.Identifier, b: { id: TSESTree.Identifier }, resolver: Resolver, depth: number, seen: Set<Node>): boolean {
  for (const f of resolver.flowNodes) {
    if (f.range[0] >= n.range[0]) break;
    if (f.type !== 'CallExpression' || f.callee.type !== 'MemberExpression' || !LIST_TESTS.has(propertyName(f.callee) ?? '')) continue;
    const a = unwrap(f.arguments[0]);
    if (a?.type !== 'Identifier' || a.name !== n.name || resolver.binding(a)?.id !== b.id) continue;
    // the call decides a branch: inside the test of an if, a ternary or a logical chain
    let c: Node | undefined = f;
    let inTest = false;
    for (let up = resolver.parent(c); up && !inTest; c = up, up = resolver.parent(up)) {
      if ((up.type === 'IfStatement' || up.type === 'ConditionalExpression') && up.test === c) inTest = true;
      else if (up.type === 'LogicalExpression' && up.left === c) inTest = true;
      else if (up.type !== 'UnaryExpression' && up.type !== 'BinaryExpression' && up.type !== 'LogicalExpression') break;
    }
    if (inTest && isTrusted(f.callee.object, resolver, depth + 1, seen)) return true;
  }
  return false;
}

/** A callback argument (`.map(x => …)`, `.replace(re, m => …)`): whether it keeps the value trusted is judged by its body. */
function isFunctionArg(a: Node, resolver?: Resolver): boolean {
  if (a.type === 'Identifier' && resolver) return resolver.binding(a)?.kind === 'function';
  return a.type === 'ArrowFunctionExpression' || a.type === 'FunctionExpression';
}

function returnsOf(body: TSESTree.BlockStatement): TSESTree.ReturnStatement[] {
  const out: TSESTree.ReturnStatement[] = [];
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    const node = n as Node;
    if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') return;
    if (node.type === 'ReturnStatement') out.push(node);
    for (const k of Object.keys(node)) {
      if (k === 'loc' || k === 'range' || k === 'parent') continue;
      const v = (node as unknown as Record<string, unknown>)[k];
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object' && typeof (v as Node).type === 'string') walk(v);
    }
  };
  for (const s of body.body) walk(s);
  return out;
}

/**
 * Where `node` comes from: the engine's answer when it has one (a `trusted` local answer wins over its `unknown`),
 * else untrusted (taint or a request value), library-input (a parameter of an exported function or one an exported
 * function calls), trusted (see isTrusted) or unknown.
 */
export function provenanceOf(ctx: CodeContext, node: Node, sink?: SinkKind): Provenance {
  return ctx.provenance ? ctx.provenance(node, sink) : provenanceAt(ctx, node, 0);
}

/** The same-file answer alone (what `ctx.provenance` falls back to when the package dataflow knows nothing more). */
export function localProvenance(ctx: CodeContext, node: Node): Provenance {
  return provenanceAt(ctx, node, 0);
}

function provenanceAt(ctx: CodeContext, node: Node, depth: number): Provenance {
  if (isRequestValue(node, ctx.resolver, ctx.text.bind(ctx))) return { kind: 'untrusted' };
  const flow = ctx.taint(node);
  if (flow) return { kind: 'untrusted', flow };
  if (isTrusted(node, ctx.resolver)) return { kind: 'trusted' };
  // a command-line argument is untrusted input (INTERFACE.md), though the taint query leaves low-trust sources out;
  // an environment variable stays a deployment setting (unknown)
  const low = taintFor(ctx.ast, ctx.resolver, ctx.file.text, node, 'generic');
  if (low && /^command-line argument/.test(low.flow[0]?.message ?? '')) return { kind: 'untrusted', flow: low.flow, origin: 'a command-line argument' };
  if (fromParameter(node, ctx.resolver)) {
    const viaCalls = depth < 3 ? paramProvenance(ctx, node, depth) : undefined;
    if (viaCalls) return viaCalls;
    const fn = enclosingFunction(ctx.resolver, node);
    if (fn && graphOf(ctx).isPublic(fn)) return { kind: 'library-input', origin: 'a parameter of an exported function' };
  }
  return { kind: 'unknown' };
}

type Fn = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** The function is itself exported (not only reached from an exported one). */
function directlyExported(ctx: CodeContext, fn: Fn): boolean {
  for (let up = ctx.resolver.parent(fn); up; up = ctx.resolver.parent(up)) {
    if (up.type === 'ExportNamedDeclaration' || up.type === 'ExportDefaultDeclaration') return true;
    if (up.type === 'AssignmentExpression' && /^(module\.)?exports\b/.test(ctx.text(up.left))) return true;
    if (up.type === 'Program' || up.type === 'BlockStatement' || up.type === 'ClassBody') break;
  }
  const name =
    fn.id?.name ??
    (() => {
      const d = ctx.resolver.parent(fn);
      return d?.type === 'VariableDeclarator' && d.id.type === 'Identifier' ? d.id.name : undefined;
    })();
  if (!name) return true; // an anonymous function passed somewhere: whoever calls it is not known
  const esc = name.replace(/\$/g, '\\$');
  return new RegExp(
    `exports\\.${esc}\\s*=|module\\.exports\\s*=\\s*${esc}\\b|exports\\s*=\\s*\\{[^}]*\\b${esc}\\b|export\\s*\\{[^}]*\\b${esc}\\b|export\\s+default\\s+${esc}\\b`,
  ).test(ctx.file.text);
}

/**
 * A parameter of a file-local function: graded by what its callers in the file pass (`createBackup(dbPath)` called
 * only with `path.join(hiveDir, 'hive.db')` is not library input). Undefined when the function is exported itself,
 * has no call site in the file, or the value is not a parameter by name.
 */
function paramProvenance(ctx: CodeContext, node: Node, depth: number): Provenance | undefined {
  let root = unwrap(node);
  while (root?.type === 'MemberExpression') root = unwrap(root.object);
  if (root?.type !== 'Identifier') return undefined;
  const b = ctx.resolver.binding(root);
  if (!b || b.kind !== 'param') return undefined;
  const fn = enclosingFunction(ctx.resolver, b.id);
  if (!fn) return undefined;
  const index = fn.params.findIndex((p) => p === b.id || (p.type === 'AssignmentPattern' && p.left === b.id));
  if (index < 0 || directlyExported(ctx, fn)) return undefined;
  const g = graphOf(ctx);
  const sites = callSites(ctx.resolver, g, fn);
  if (!sites.length) return undefined;
  let worst: Provenance = { kind: 'trusted' };
  for (const site of sites) {
    const arg = site.arguments[index];
    if (!arg || arg.type === 'SpreadElement') return undefined;
    const p = provenanceAt(ctx, arg, depth + 1);
    if (PROVENANCE_RANK[p.kind] > PROVENANCE_RANK[worst.kind]) worst = p;
  }
  // a member of the parameter (`opts.file`) is as trusted as the object the callers pass only when that is a constant
  if (worst.kind === 'trusted' && root !== unwrap(node) && !sites.every((s) => isTrusted(s.arguments[index] as Node, ctx.resolver))) return { kind: 'unknown' };
  return worst;
}

/** The parts of a sink value that are not trusted (each graded by provenanceOf); empty when the whole is trusted. */
export function untrustedParts(ctx: CodeContext, parts: readonly Node[]): Node[] {
  return parts.filter((p) => !isTrusted(p, ctx.resolver));
}

/** How much a provenance tells, for picking the worst of several (untrusted > library-input > unknown > trusted). */
export const PROVENANCE_RANK: Readonly<Record<Provenance['kind'], number>> = { untrusted: 3, 'library-input': 2, unknown: 1, trusted: 0 };
/** The most telling provenance over several parts of one sink value (untrusted > library-input > unknown > trusted). */
export function worstProvenance(ctx: CodeContext, parts: readonly Node[], sink?: SinkKind): { provenance: Provenance; part: Node | undefined } {
  let best: { provenance: Provenance; part: Node | undefined } = { provenance: { kind: 'trusted' }, part: undefined };
  for (const part of parts) {
    const p = provenanceOf(ctx, part, sink);
    if (PROVENANCE_RANK[p.kind] > PROVENANCE_RANK[best.provenance.kind]) best = { provenance: p, part };
    if (p.kind === 'untrusted') break;
  }
  return best;
}
