// Where untrusted data enters a file: handler parameters (HTTP, MCP, agent tools, sockets, stdin,
// archive entries) and a few globals (process.argv, process.env). Each entry point has a spec that
// says which property paths of the value are untrusted.
import type { TSESTree } from '@typescript-eslint/types';
import type { Resolver } from '../code/resolve.js';
import { constValue, propertyName, unwrap } from '../code/resolve.js';

type Node = TSESTree.Node;

/**
 * `whole`: every part of the value is untrusted (a tool's input object, a socket message).
 * `hono`: Hono's context `c`, whose `c.req` is the request.
 * `request`: an HTTP request (Express, Koa ctx, Fastify, Hono c, Next, node:http): only its input properties.
 * `mcpRequest`: an MCP CallTool request: `params.arguments`.
 * `nextProps`: framework props: Next.js `params`/`searchParams`, Remix/SvelteKit `params`/`url`/`request`,
 *   getServerSideProps `query`, tRPC `input`.
 * `lambda`: an AWS Lambda / API Gateway event.
 * `entry`: an archive entry: its name (`path`, `fileName`, `entryName`, header `name`).
 */
export type SpecKind = 'whole' | 'request' | 'hono' | 'upload' | 'mcpRequest' | 'nextProps' | 'lambda' | 'entry';
export type Trust = 'untrusted' | 'low';

export interface Spec {
  kind: SpecKind;
  /** What the source is, for messages: `HTTP request`, `MCP tool input`. */
  what: string;
  trust: Trust;
}

const REQUEST_PROPS = new Set([
  'query',
  'params',
  'body',
  'headers',
  'header',
  'cookies',
  'signedCookies',
  'path',
  'url',
  'originalUrl',
  'payload',
  'searchParams',
  'nextUrl',
  'hostname',
  'host',
  'querystring',
  'rawBody',
  'fields',
  'href',
  'search',
  'pathname',
]);
/** Methods of a request object that return its input (Express `req.get`, Hono `c.req.query()`, fetch `request.json()`). */
export const REQUEST_METHODS = new Set(['get', 'header', 'param', 'query', 'queries', 'json', 'text', 'formData', 'parseBody', 'valid', 'arrayBuffer', 'blob']);
/** Framework props objects: Next pages, Remix/SvelteKit loaders, getServerSideProps, tRPC procedures. */
const PROPS_KEYS = new Set(['params', 'searchParams', 'query', 'url', 'input']);
const UPLOAD_NAMES = new Set(['originalname', 'originalFilename', 'name']);
const LAMBDA_PROPS = new Set(['body', 'queryStringParameters', 'pathParameters', 'multiValueQueryStringParameters', 'headers', 'rawPath', 'rawQueryString']);
const ENTRY_PROPS = new Set(['path', 'fileName', 'filename', 'entryName', 'name', 'linkname', 'linkpath']);
const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'options', 'head', 'route', 'handle', 'any', 'on']);
const NEXT_HANDLERS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const TOOL_SCHEMA_KEYS = new Set(['parameters', 'inputSchema', 'input_schema', 'schema', 'argsSchema', 'inputParameters']);
const TOOL_FN_KEYS = new Set(['execute', 'handler', 'run', 'func', 'invoke', 'call', 'callback']);
const LIFECYCLE_EVENTS = new Set([
  'error',
  'close',
  'open',
  'connect',
  'disconnect',
  'end',
  'finish',
  'drain',
  'listening',
  'ready',
  'exit',
  'timeout',
  'connection',
  'upgrade',
]);

export type SpecState = { state: 'tainted' } | { state: 'partial'; spec: SpecKind } | { state: 'no' };

const NO: SpecState = { state: 'no' };
const TAINTED: SpecState = { state: 'tainted' };

/** Walk a property path through a spec: is the value at `path` untrusted, a container of untrusted parts, or neither? */
export function walkSpec(kind: SpecKind, path: readonly string[]): SpecState {
  if (path.length === 0) return kind === 'whole' ? TAINTED : { state: 'partial', spec: kind };
  const [head, ...rest] = path as [string, ...string[]];
  switch (kind) {
    case 'whole':
      return TAINTED;
    case 'request':
      if (head === 'request' || head === 'req' || head === 'raw') return walkSpec('request', rest);
      if (head === 'file' || head === 'files') return walkSpec('upload', rest);
      return REQUEST_PROPS.has(head) ? TAINTED : NO;
    case 'upload':
      // multer/formidable/express-fileupload: the client's file name is untrusted, the stored `path` is the server's.
      if (UPLOAD_NAMES.has(head)) return TAINTED;
      if (head === 'path' || head === 'destination' || head === 'filepath' || head === 'tempFilePath' || head === 'size' || head === 'mimetype') return NO;
      return walkSpec('upload', rest);
    case 'hono':
      // Hono's `c` is a request only through `c.req`; a bare `c.body()` is the response.
      return head === 'req' ? walkSpec('request', rest) : NO;
    case 'mcpRequest':
      if (head !== 'params') return NO;
      if (rest.length === 0) return { state: 'partial', spec: 'mcpRequest' };
      return rest[0] === 'arguments' ? TAINTED : NO;
    case 'nextProps':
      if (head === 'request') return walkSpec('request', rest);
      return PROPS_KEYS.has(head) ? TAINTED : NO;
    case 'lambda':
      return LAMBDA_PROPS.has(head) ? TAINTED : NO;
    case 'entry':
      return ENTRY_PROPS.has(head) ? TAINTED : NO;
    default:
      return NO;
  }
}

function calleeName(callee: Node): string | undefined {
  const c = unwrap(callee);
  if (!c) return undefined;
  if (c.type === 'Identifier') return c.name;
  if (c.type === 'MemberExpression') return propertyName(c);
  return undefined;
}

function receiverName(callee: Node): string | undefined {
  const c = unwrap(callee);
  if (c?.type !== 'MemberExpression') return undefined;
  const o = unwrap(c.object);
  if (o?.type === 'Identifier') return o.name;
  if (o?.type === 'MemberExpression') return propertyName(o);
  return undefined;
}

function isFunction(n: Node | undefined): n is TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration {
  return !!n && (n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression' || n.type === 'FunctionDeclaration');
}

function paramName(fn: Node, i: number): string | undefined {
  const p = (fn as TSESTree.FunctionLike).params[i];
  const id = p?.type === 'AssignmentPattern' ? p.left : p;
  return id?.type === 'Identifier' ? id.name : undefined;
}

function objectKeys(o: TSESTree.ObjectExpression): Set<string> {
  const keys = new Set<string>();
  for (const p of o.properties)
    if (p.type === 'Property') {
      const k = propertyName(p);
      if (k !== undefined) keys.add(k);
    }
  return keys;
}

const isLiteralRoute = (n: Node | undefined, resolver: Resolver): boolean => {
  const u = unwrap(n);
  if (!u) return false;
  if (u.type === 'Literal' && ('regex' in u || typeof u.value === 'string')) return true;
  if (u.type === 'TemplateLiteral' || u.type === 'ArrayExpression') return true;
  return typeof constValue(u, resolver) === 'string';
};

const REQUEST_NAMES = /^(_?req|request|_?request|incomingMessage|httpRequest|ctx|context)$/;

/** The untrusted parameters of a function: index → spec. Empty when the function is no known entry point. */
export function handlerSpecs(fn: Node, resolver: Resolver): Map<number, Spec> {
  const out = new Map<number, Spec>();
  const params = (fn as TSESTree.FunctionLike).params;
  const set = (i: number, kind: SpecKind, what: string, trust: Trust = 'untrusted'): void => {
    if (i < params.length && !out.has(i)) out.set(i, { kind, what, trust });
  };
  // NestJS and similar: `@Param('file') file`, `@Query() q`, `@Body() dto`, `@Req() req`.
  params.forEach((p, i) => {
    const target = p.type === 'TSParameterProperty' ? p.parameter : p;
    for (const d of (target as { decorators?: TSESTree.Decorator[] }).decorators ?? []) {
      const e = unwrap(d.expression);
      const name = e?.type === 'CallExpression' ? calleeName(e.callee) : e ? calleeName(e) : undefined;
      if (name && /^(Param|Query|Body|Headers|UploadedFile|UploadedFiles|Args|Arg|Payload|MessageBody)$/.test(name)) set(i, 'whole', 'request input');
      else if (name && /^(Req|Request)$/.test(name)) set(i, 'request', 'HTTP request');
    }
  });
  const parent = resolver.parent(fn);
  if (parent?.type === 'CallExpression' && parent.arguments.includes(fn as TSESTree.CallExpressionArgument)) registration(parent, fn, fn, resolver, set);
  else if (parent?.type === 'Property' && parent.value === fn) {
    const key = propertyName(parent);
    const obj = resolver.parent(parent);
    if (key && obj?.type === 'ObjectExpression') {
      const keys = objectKeys(obj);
      const holder = resolver.parent(obj);
      const holderKey = holder?.type === 'Property' ? propertyName(holder) : undefined;
      if ((key === 'handler' || key === 'preHandler') && (keys.has('method') || keys.has('url') || keys.has('path'))) set(0, 'request', 'HTTP request');
      else if (holderKey && /^(Query|Mutation|Subscription)$/.test(holderKey)) set(1, 'whole', 'GraphQL arguments');
      else if (key === 'fetch' && params.length >= 1) set(0, 'request', 'HTTP request');
      // node-tar `tar.x({ onentry(entry) {…} })` / `filter(path, entry)`: the archive names the entries.
      else if ((key === 'onentry' || key === 'onReadEntry') && params.length >= 1) set(0, 'entry', 'archive entry');
      else if (TOOL_FN_KEYS.has(key)) {
        const call = resolver.parent(obj);
        const inToolCall = call && (call.type === 'CallExpression' || call.type === 'NewExpression') && /tool/i.test(calleeName(call.callee) ?? '');
        const hasSchema = [...keys].some((k) => TOOL_SCHEMA_KEYS.has(k));
        if (inToolCall || (hasSchema && (keys.has('description') || keys.has('name')))) set(0, 'whole', 'agent tool input');
      }
    }
  } else if (parent?.type === 'AssignmentExpression' && parent.right === fn && parent.left.type === 'MemberExpression') {
    // `ws.onmessage = (event) => …`, `process.stdin.ondata = …`
    const key = propertyName(parent.left);
    if (key === 'onmessage') set(0, 'whole', 'socket message');
  } else if (parent?.type === 'MethodDefinition' && parent.value === fn) {
    const key = propertyName(parent);
    const cls = resolver.parent(resolver.parent(parent) ?? parent);
    const sup = cls && (cls.type === 'ClassDeclaration' || cls.type === 'ClassExpression') ? cls.superClass : null;
    const supName = sup ? (sup.type === 'Identifier' ? sup.name : sup.type === 'MemberExpression' ? (propertyName(sup) ?? '') : '') : '';
    if ((key === '_call' || key === 'execute' || key === 'run') && /Tool$/.test(supName)) set(0, 'whole', 'agent tool input');
  }
  // Next.js route handlers and pages: `export async function GET(request, { params })`, `export default function Page({ params })`.
  const exportName = exportedName(fn, resolver);
  if (exportName !== undefined) {
    if (NEXT_HANDLERS.has(exportName)) {
      set(0, 'request', 'HTTP request');
      set(1, 'nextProps', 'route params');
    }
    const p0 = params[0];
    if (
      p0?.type === 'ObjectPattern' &&
      p0.properties.some((p) => p.type === 'Property' && ['params', 'searchParams', 'request', 'url', 'query'].includes(propertyName(p) ?? ''))
    )
      set(0, 'nextProps', 'page props');
    if (isServerActionFile(resolver.ast)) for (let i = 0; i < params.length; i++) set(i, 'whole', 'server action argument');
  }
  // A handler defined apart and registered by name: `app.get('/f', getFile)`, `rl.on('line', onLine)`.
  if (out.size === 0) for (const [call, arg] of registrationsByName(fn, resolver)) registration(call, arg, fn, resolver, set);
  // Hono's context by its type: `(c: Context) => …` with `Context` from 'hono'. A bare `c` is no request: only
  // a registration on a route says so (above), for a library's `run(c)` takes whatever its caller passes.
  for (let i = 0; i < params.length; i++) if (isHonoContext(fn, i, resolver)) set(i, 'hono', 'HTTP request');
  // By name: `(req, res)`, Koa `ctx`, Lambda `event`.
  for (let i = 0; i < params.length; i++) {
    const n = paramName(fn, i);
    if (!n) continue;
    if (REQUEST_NAMES.test(n)) set(i, 'request', 'HTTP request');
    else if (n === 'event' && i === 0 && params.length <= 3) set(i, 'lambda', 'Lambda event');
  }
  return out;
}

/** Calls in the file that pass a named function by its name: `[call, the identifier]` for each. */
function registrationsByName(fn: Node, resolver: Resolver): [TSESTree.CallExpression, Node][] {
  let id: TSESTree.Identifier | undefined;
  if (fn.type === 'FunctionDeclaration') id = fn.id ?? undefined;
  else {
    const p = resolver.parent(fn);
    if (p?.type === 'VariableDeclarator' && p.init === fn && p.id.type === 'Identifier') id = p.id;
  }
  if (!id) return [];
  const b = resolver.binding(id);
  if (!b || b.writes > 0) return [];
  return (namedArgs(resolver).get(id.name) ?? []).filter(([, a]) => resolver.binding(a) === b);
}

const namedArgIndex = new WeakMap<Resolver, Map<string, [TSESTree.CallExpression, TSESTree.Identifier][]>>();
/** Every call argument that is a bare name, by name: one pass over the file's calls. */
function namedArgs(resolver: Resolver): Map<string, [TSESTree.CallExpression, TSESTree.Identifier][]> {
  let m = namedArgIndex.get(resolver);
  if (!m) {
    m = new Map();
    for (const n of resolver.flowNodes) {
      if (n.type !== 'CallExpression') continue;
      for (const a of n.arguments) {
        if (a.type !== 'Identifier') continue;
        const list = m.get(a.name);
        if (list) list.push([n, a]);
        else m.set(a.name, [[n, a]]);
      }
    }
    namedArgIndex.set(resolver, m);
  }
  return m;
}

const HTTP_METHODS = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/i;
function isHttpMethods(v: unknown): boolean {
  return typeof v === 'string' ? HTTP_METHODS.test(v) : Array.isArray(v) && v.length > 0 && v.every((m) => typeof m === 'string' && HTTP_METHODS.test(m));
}

const honoImports = new WeakMap<TSESTree.Program, { imported: boolean; types: Set<string> }>();
/** Does the file import 'hono', and under which local names is its `Context` type (`import type { Context as C }`)? */
function hono(ast: TSESTree.Program): { imported: boolean; types: Set<string> } {
  let v = honoImports.get(ast);
  if (!v) {
    v = { imported: false, types: new Set() };
    for (const s of ast.body) {
      if (s.type !== 'ImportDeclaration' || !/^hono(\/|$)/.test(s.source.value)) continue;
      v.imported = true;
      for (const sp of s.specifiers) {
        if (sp.type === 'ImportSpecifier' && sp.imported.type === 'Identifier' && sp.imported.name === 'Context') v.types.add(sp.local.name);
        else if (sp.type === 'ImportNamespaceSpecifier') v.types.add(`${sp.local.name}.Context`);
      }
    }
    honoImports.set(ast, v);
  }
  return v;
}

/** Is parameter `i` typed Hono's `Context` (`c: Context`, `c: Context<Env>`, `c: hono.Context`)? */
function isHonoContext(fn: Node, i: number, resolver: Resolver): boolean {
  const p = (fn as TSESTree.FunctionLike).params[i];
  const id = p?.type === 'AssignmentPattern' ? p.left : p;
  const ann = id && 'typeAnnotation' in id ? id.typeAnnotation?.typeAnnotation : undefined;
  if (ann?.type !== 'TSTypeReference') return false;
  const t = ann.typeName;
  const name = t.type === 'Identifier' ? t.name : t.type === 'TSQualifiedName' && t.left.type === 'Identifier' ? `${t.left.name}.${t.right.name}` : undefined;
  return name !== undefined && hono(resolver.ast).types.has(name);
}

/**
 * The entry points a call registers `arg` as (`arg` is `fn` itself, or a name for it passed to the call):
 * tool and resource handlers, request handlers, event listeners, CLI actions.
 */
function registration(
  call: TSESTree.CallExpression,
  arg: Node,
  fn: Node,
  resolver: Resolver,
  set: (i: number, kind: SpecKind, what: string, trust?: Trust) => void,
): void {
  const params = (fn as TSESTree.FunctionLike).params;
  const name = calleeName(call.callee);
  const args = call.arguments;
  const isLast = args[args.length - 1] === arg;
  const canon = resolver.canonical(call.callee);
  // MCP `server.tool`/`registerTool`/`prompt`, genkit `defineTool`, fastmcp `addTool`, LlamaIndex `FunctionTool.from`.
  const toolCall =
    /tool$/i.test(name ?? '') || name === 'prompt' || name === 'registerPrompt' || (name === 'from' && /Tool$/.test(receiverName(call.callee) ?? ''));
  if (toolCall && (isLast || args[0] === arg)) set(0, 'whole', 'tool input');
  else if ((name === 'resource' || name === 'registerResource') && isLast) set(1, 'whole', 'MCP resource template variables');
  else if (name === 'setRequestHandler') {
    const schema = args[0] ? (resolver.canonical(args[0]) ?? '') : '';
    if (/CallToolRequestSchema$/.test(schema)) set(0, 'mcpRequest', 'MCP tool call');
  } else if (canon && /^(http|https|http2)\.(createServer|createSecureServer)$/.test(canon)) set(0, 'request', 'HTTP request');
  else if (name === 'on' || name === 'once' || name === 'addListener' || name === 'addEventListener' || name === 'prependListener') {
    const a0 = unwrap(args[0]);
    const ev =
      a0?.type === 'ArrayExpression'
        ? a0.elements.map((e) => (e && e.type !== 'SpreadElement' ? constValue(e, resolver) : undefined))
        : constValue(a0, resolver);
    const recv = receiverName(call.callee) ?? '';
    if (ev === 'request') set(0, 'request', 'HTTP request');
    // Hono `app.on('GET', '/path', (c) => …)` and `app.on(['GET', 'POST'], …)`.
    else if (name === 'on' && isHttpMethods(ev) && args.length >= 3 && args[0] !== arg && args[1] !== arg && isLiteralRoute(args[1], resolver)) {
      set(0, paramName(fn, 0) === 'c' || isHonoContext(fn, 0, resolver) ? 'hono' : 'request', 'HTTP request');
    } else if (/^ipc(Main|Renderer)?$/.test(recv) && typeof ev === 'string') {
      for (let i = 1; i < params.length; i++) set(i, 'whole', 'IPC message');
    } else if (ev === 'file' || ev === 'field') {
      for (let i = 0; i < params.length; i++) set(i, 'whole', 'uploaded file');
    } else if (
      ev === 'line' ||
      ((ev === 'message' || ev === 'text') && !/parentPort|worker|process|port|child|cluster/i.test(recv)) ||
      (ev === 'data' && /stdin|req|request|socket|ws|conn|client/i.test(recv))
    ) {
      // Messages from a worker, the parent process or a child's stdout are the program's own, not input.
      const what = /stdin|rl|readline|input/i.test(recv) || ev === 'line' ? 'stdin input' : /req/i.test(recv) ? 'HTTP request body' : 'socket message';
      set(0, 'whole', what);
    } else if (ev === 'entry') set(0, 'entry', 'archive entry');
    else if (ev === 'connection' && params.length >= 2) set(1, 'request', 'HTTP upgrade request');
    else if (typeof ev === 'string' && !LIFECYCLE_EVENTS.has(ev) && /socket|^io$|client|^ws$|conn/i.test(recv)) {
      for (let i = 0; i < params.length; i++) set(i, 'whole', 'socket message');
    }
  } else if (name === 'question' && isLast) set(0, 'whole', 'stdin input');
  else if (name === 'handle' && /^ipcMain$/.test(receiverName(call.callee) ?? '')) {
    for (let i = 1; i < params.length; i++) set(i, 'whole', 'IPC message');
  } else if (name === 'forEach' && /zip/i.test(receiverName(call.callee) ?? '')) {
    for (let i = 0; i < params.length; i++) set(i, 'whole', 'archive entry');
  } else if (
    (name === 'query' || name === 'mutation') &&
    isLast &&
    call.callee.type === 'MemberExpression' &&
    (params[0]?.type === 'ObjectPattern' || /input|opts/.test(paramName(fn, 0) ?? ''))
  ) {
    set(0, 'nextProps', 'tRPC input');
  } else if (name === 'action' && /command|argument|option|program|cli/i.test(sourceTextOfCallee(call.callee))) {
    for (let i = 0; i < params.length; i++) set(i, 'whole', 'command-line argument', 'low');
  } else if (name && ROUTE_METHODS.has(name) && call.callee.type === 'MemberExpression') {
    const first = args[0];
    const routeLike = first === arg ? name === 'use' : isLiteralRoute(first, resolver);
    const p0 = paramName(fn, 0) ?? '';
    if (routeLike && !/^(err|error|e)$/.test(p0)) {
      if (params.length === 4 && name === 'use') set(1, 'request', 'HTTP request');
      else if (p0 === 'c' || isHonoContext(fn, 0, resolver)) set(0, 'hono', 'HTTP request');
      else set(0, 'request', 'HTTP request');
    } else if (routeLike && params.length === 4) set(1, 'request', 'HTTP request');
  } else if ((name === 'createMiddleware' || name === 'createHandlers') && hono(resolver.ast).imported) {
    set(0, 'hono', 'HTTP request');
  }
}

function sourceTextOfCallee(callee: Node): string {
  let n: Node | undefined = unwrap(callee);
  const parts: string[] = [];
  for (let i = 0; n && i < 8; i++) {
    if (n.type === 'MemberExpression') {
      const p = propertyName(n);
      if (p) parts.push(p);
      n = unwrap(n.object);
    } else if (n.type === 'CallExpression') n = unwrap(n.callee);
    else if (n.type === 'NewExpression') n = unwrap(n.callee);
    else if (n.type === 'Identifier') {
      parts.push(n.name);
      break;
    } else break;
  }
  return parts.join('.');
}

function exportedName(fn: Node, resolver: Resolver): string | undefined {
  const p = resolver.parent(fn);
  if (fn.type === 'FunctionDeclaration') {
    if (p?.type === 'ExportNamedDeclaration') return fn.id?.name ?? 'default';
    if (p?.type === 'ExportDefaultDeclaration') return 'default';
    return undefined;
  }
  if (p?.type === 'ExportDefaultDeclaration') return 'default';
  if (p?.type === 'VariableDeclarator' && p.init === fn && p.id.type === 'Identifier') {
    const decl = resolver.parent(p);
    if (decl && resolver.parent(decl)?.type === 'ExportNamedDeclaration') return p.id.name;
  }
  return undefined;
}

const serverActionFiles = new WeakMap<TSESTree.Program, boolean>();
/** A `'use server'` module: its exported functions are called from the browser with any arguments. */
function isServerActionFile(ast: TSESTree.Program): boolean {
  let v = serverActionFiles.get(ast);
  if (v === undefined) {
    v = ast.body.some((s) => s.type === 'ExpressionStatement' && s.directive === 'use server');
    serverActionFiles.set(ast, v);
  }
  return v;
}

export const isFunctionNode = isFunction;
