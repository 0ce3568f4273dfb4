import {
  type CodeContext,
  constValue,
  defineRule,
  describe,
  type FlowStep,
  type Grading,
  type Node,
  propertyName,
  PROVENANCE_RANK,
  type Provenance,
  type Severity,
  severityFor,
  type TSESTree,
  unwrap,
} from '../../src/kit.js';

const GRADING: Grading = { severity: 'high' };

/** fs / fs-extra methods and the indexes of their path arguments. */
const FS_TWO = new Set([
  'copyFile',
  'copyFileSync',
  'cp',
  'cpSync',
  'rename',
  'renameSync',
  'link',
  'linkSync',
  'symlink',
  'symlinkSync',
  'copy',
  'copySync',
  'move',
  'moveSync',
  'ensureLink',
  'ensureLinkSync',
  'ensureSymlink',
  'ensureSymlinkSync',
  'createSymlink',
  'createLink',
]);
const FS_ONE = new Set([
  'access',
  'accessSync',
  'appendFile',
  'appendFileSync',
  'chmod',
  'chmodSync',
  'chown',
  'chownSync',
  'lchown',
  'lchownSync',
  'lchmod',
  'createReadStream',
  'createWriteStream',
  'exists',
  'existsSync',
  'lstat',
  'lstatSync',
  'mkdir',
  'mkdirSync',
  'mkdtemp',
  'mkdtempSync',
  'open',
  'openSync',
  'opendir',
  'opendirSync',
  'readdir',
  'readdirSync',
  'readFile',
  'readFileSync',
  'readlink',
  'readlinkSync',
  'rm',
  'rmSync',
  'rmdir',
  'rmdirSync',
  'stat',
  'statSync',
  'statfs',
  'truncate',
  'truncateSync',
  'unlink',
  'unlinkSync',
  'utimes',
  'utimesSync',
  'lutimes',
  'watch',
  'watchFile',
  'writeFile',
  'writeFileSync',
  'readJson',
  'readJsonSync',
  'readJSON',
  'readJSONSync',
  'writeJson',
  'writeJsonSync',
  'writeJSON',
  'outputFile',
  'outputFileSync',
  'outputJson',
  'outputJsonSync',
  'outputJSON',
  'ensureDir',
  'ensureDirSync',
  'ensureFile',
  'ensureFileSync',
  'mkdirp',
  'mkdirpSync',
  'mkdirs',
  'mkdirsSync',
  'remove',
  'removeSync',
  'emptyDir',
  'emptyDirSync',
  'emptydir',
  'pathExists',
  'pathExistsSync',
  'createFile',
  'readTextFile',
  'readTextFileSync',
  'writeTextFile',
  'writeTextFileSync',
]);
const FS_MODULES =
  /^(fs|fs\/promises|fs\.promises|fs-extra|fs-extra\/esm|graceful-fs|original-fs|Deno|Bun|fs\.default|fs-extra\.default|fs\/promises\.default)$/;
const RESPONSE_NAMES = /^(res|response|reply|resp|ctx|context|h)$/;
const STATIC = new Set(['express.static', 'serve-static', 'koa-static', 'koa-static-cache', 'serve-handler', 'sirv']);

type Sink = { what: string; args: number[]; callee: Node; label?: string };

/** Packages whose first argument is a path they create, remove or write. */
const PATH_PACKAGES =
  /^(make-dir|mkdirp|rimraf|write-file-atomic|del|trash|move-file|cpy|ncp|mv|copy-concurrently)(\.(sync|default|mkdirp|mkdirpSync|native|manual))?$/;
/** fstream's readers and writers take `{ path }` (unzip, unzipper and old node-tar write entries through them). */
const FSTREAM = /^fstream\.(Writer|Reader|DirWriter|FileWriter|LinkWriter|DirReader|FileReader)$/;

/** The `path` of an options object (`Writer({ path: p })`), or the argument itself when it is not an object. */
function optionsPath(call: TSESTree.CallExpression | TSESTree.NewExpression): Node | undefined {
  const a = unwrap(call.arguments[0]);
  if (a?.type !== 'ObjectExpression') return a;
  for (const p of a.properties) if (p.type === 'Property' && propertyName(p) === 'path') return p.value;
  return undefined;
}

function optionsHaveRoot(ctx: CodeContext, call: TSESTree.CallExpression, from: number): boolean {
  for (let i = from; i < call.arguments.length; i++) {
    let a = unwrap(call.arguments[i]);
    if (a?.type === 'Identifier') {
      const b = ctx.resolver.binding(a);
      a = b && !b.path ? unwrap(b.init) : undefined;
    }
    if (a?.type === 'ObjectExpression' && a.properties.some((p) => p.type === 'Property' && propertyName(p) === 'root')) return true;
  }
  return false;
}

function sinkOf(ctx: CodeContext, call: TSESTree.CallExpression): Sink | undefined {
  const callee = unwrap(call.callee);
  if (!callee) return undefined;
  const method = callee.type === 'MemberExpression' ? propertyName(callee) : callee.type === 'Identifier' ? callee.name : undefined;
  if (callee.type === 'MemberExpression' && method) {
    // `this.sendFile(p)` is the class's own method (send's SendStream), not a response's.
    if ((method === 'sendFile' || method === 'sendfile') && unwrap(callee.object)?.type === 'ThisExpression') return undefined;
    if (method === 'sendFile' || method === 'sendfile') return optionsHaveRoot(ctx, call, 1) ? undefined : { what: `\`${method}\` serves`, args: [0], callee };
    if (method === 'download' || method === 'attachment') {
      const recv = unwrap(callee.object);
      const name = recv?.type === 'Identifier' ? recv.name : recv?.type === 'MemberExpression' ? (propertyName(recv) ?? '') : '';
      if (!RESPONSE_NAMES.test(name)) return undefined;
      if (method === 'download' && optionsHaveRoot(ctx, call, 1)) return undefined;
      return { what: `\`${method}\` serves`, args: [0], callee };
    }
  }
  const canon = ctx.resolver.canonical(callee);
  if (canon && PATH_PACKAGES.test(canon)) return { what: `\`${ctx.text(callee).replace(/\s+/g, '')}\` writes`, args: [0], callee };
  if (method && !FS_ONE.has(method) && !FS_TWO.has(method) && !/^(require|send|static|file|write)$/.test(method) && callee.type === 'MemberExpression')
    return undefined;
  if (!canon) return undefined;
  const dot = canon.lastIndexOf('.');
  const mod = dot > 0 ? canon.slice(0, dot) : '';
  const name = dot > 0 ? canon.slice(dot + 1) : canon;
  if (FS_MODULES.test(mod) && (FS_ONE.has(name) || FS_TWO.has(name)))
    return { what: `\`${ctx.text(callee).replace(/\s+/g, '')}\` opens`, args: FS_TWO.has(name) ? [0, 1] : [0], callee };
  if (canon === 'Bun.file' || canon === 'Bun.write') return { what: `\`${canon}\` opens`, args: [0], callee };
  if (canon === 'require' || canon === 'module.require') return { what: '`require` loads', args: [0], callee };
  if (canon === 'send' || canon === 'send.default') return optionsHaveRoot(ctx, call, 2) ? undefined : { what: '`send` serves', args: [1], callee };
  if (canon === 'koa-send' || canon === '@koa/send') return optionsHaveRoot(ctx, call, 2) ? undefined : { what: '`send` serves', args: [1], callee };
  if (STATIC.has(canon)) return { what: `\`${ctx.text(callee).replace(/\s+/g, '')}\` serves files under`, args: [canon === 'serve-handler' ? 2 : 0], callee };
  return undefined;
}

const JOINS = /^(path|node:path|upath|pathe)(\.(posix|win32))?\.(join|resolve)$/;

/**
 * A library parameter that the code places under a base folder of its own (`path.join(root, name)`) is meant to stay
 * there, so escaping it is a bug; a parameter used whole is the path the caller asked for (the API's contract).
 */
/** Test files (they open fixtures and temp dirs they made themselves). */
const TEST_FILE = /(^|\/)(tests?|__tests__|spec|e2e)\/|\.(test|spec|e2e)\.[cm]?[jt]sx?$/;

function joinedUnderBase(ctx: CodeContext, arg: Node, flow: readonly FlowStep[] | undefined): boolean {
  let n = unwrap(arg);
  if (n?.type === 'Identifier') {
    const b = ctx.resolver.binding(n);
    if (b && b.writes === 0 && !b.path && b.init) n = unwrap(b.init);
  }
  // the parameter must be below the base, not the base itself (`path.join(dest, basename(x))`: the caller picks `dest`)
  const below = (parts: readonly Node[]): boolean => parts.some((a) => a.type !== 'SpreadElement' && ctx.provenance(a, 'path').kind === 'library-input');
  if (n?.type === 'CallExpression' && JOINS.test(ctx.resolver.canonical(n.callee) ?? '') && n.arguments.length > 1) return below(n.arguments.slice(1));
  if (n?.type === 'BinaryExpression' && n.operator === '+') return below([n.right]);
  if (n?.type === 'TemplateLiteral' && (n.quasis[0]?.value.cooked ?? '') !== '') return below(n.expressions);
  return !!flow && flow.length > 2 && flow.some((s) => /^(path\.)?(join|resolve)\(/.test(s.label));
}

export default defineRule({
  id: 'path/traversal',
  title: 'Untrusted input reaches a file-system path',
  severity: GRADING.severity,
  cwe: ['CWE-22', 'CWE-23'],
  confidence: 'high',
  help: [
    'A path built from a request, an MCP tool call or another untrusted input lets the caller read, write',
    'or delete files outside the folder the code meant (`../../.ssh/id_rsa`, `/etc/passwd`). Agent tools',
    'are the new front door: the model passes whatever the prompt talked it into.',
    '',
    'flowguard follows the value inside each function (assignments, destructuring, templates, `+`,',
    '`path.join`/`resolve`/`normalize`, arrays and objects, `await`, returns, one level of same-file helper',
    'functions and their callers) and shows the flow from source to sink.',
    '',
    '**Sources:** Express/Koa/Fastify/Hono/Next.js/node:http requests (`req.query`, `req.params`, `req.body`,',
    '`req.headers`, `req.cookies`, `req.path`, `req.url`, `req.get()`, `ctx.request`, `ctx.params`,',
    '`c.req.query()`, `await request.json()`, route handler `params` and page `searchParams`),',
    '`new URL(…).searchParams`, AWS Lambda `event.body`/`queryStringParameters`/`pathParameters`, WebSocket and',
    'socket messages, stdin and readline input, archive entry names (`entry.path`, `entry.fileName`,',
    '`entry.entryName`, tar `header.name`: zip slip), MCP server tool handlers (`server.tool(name, schema,',
    'handler)`, `server.registerTool`, `server.prompt`, resource template variables,',
    '`setRequestHandler(CallToolRequestSchema, …)` with `request.params.arguments`), agent SDK tools (the input',
    'of `execute`/`handler`/`run`/`func` in `tool({...})`, `createTool`, `DynamicStructuredTool`, a',
    '`StructuredTool#_call`), and, with low severity, `process.argv`, CLI parsers and `process.env`.',
    '',
    '**Sinks:** every `fs`, `fs/promises` and `fs-extra` call that takes a path (read, write, append, rm,',
    'unlink, mkdir, readdir, stat, streams, copy, rename, open, symlink), `res.sendFile`, `res.download`,',
    '`res.attachment`, `send(req, path)`, static serving with an untrusted root, `require()`/`import()`, a',
    'promisified `fs` (`pify(fs)`, `promisifyAll(fs)`), `make-dir`/`mkdirp`/`rimraf`/`write-file-atomic`, and',
    "fstream's `Writer({ path })`/`Reader({ path })` (how unzip-style extractors write their entries).",
    '',
    '**Not reported** when a guard really protects the path on the branch that reaches the sink:',
    '`path.basename`; `path.resolve(root, x)` then `startsWith(root + path.sep)` (or `path.relative` not',
    'starting with `..`) with a return or throw on failure; rejecting both `..` and absolute input; allowlist',
    'membership (`Set#has`, `includes` on a constant list, `switch` over constants); numbers (`Number`,',
    '`parseInt`); `res.sendFile(x, { root })`. A single `replace("../", "")` or an `includes("..")` on the',
    'raw input is not a guard.',
    '',
    'Severity follows what is known about the path (`properties.provenance`): **high** when an untrusted',
    'source reaches it (reading arbitrary files leaks keys and tokens, writing them gives code execution);',
    "**medium** when a parameter of an exported function is placed below a base folder of the code's own",
    '(`path.join(root, name)`: the library means to keep it there); **low** for a value of unknown origin,',
    '`process.argv` or `process.env` (whoever sets them already runs the code); nothing for constants,',
    '`__dirname`/`import.meta.url` paths, or a library parameter used whole (the path its caller asked for).',
    '',
    '**Fix:** resolve against a fixed root and check the result: `const p = path.resolve(ROOT, name); if',
    "(!p.startsWith(ROOT + path.sep)) throw new Error('bad path')`; or keep only `path.basename(name)`; or map",
    'ids to files through an allowlist. For Express, pass `{ root }` to `res.sendFile`.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => {
    const check = (call: Node, sink: Sink, args: readonly Node[]): void => {
      let worst: { p: Provenance; arg: Node } | undefined;
      for (const i of sink.args) {
        const arg = args[i];
        if (!arg || arg.type === 'SpreadElement') continue;
        if (constValue(arg, ctx.resolver) !== undefined) continue;
        const p = ctx.provenance(arg, 'path');
        if (p.kind === 'trusted') continue;
        if (!worst || PROVENANCE_RANK[p.kind] > PROVENANCE_RANK[worst.p.kind]) worst = { p, arg };
        if (p.kind === 'untrusted') break;
      }
      if (!worst) return;
      const { p, arg } = worst;
      // A library parameter used whole is the path its caller asked for (the API's contract, and the caller's scan
      // sees where it comes from); one the code places below a base of its own is meant to stay there.
      // A test opens the files it set up itself: a value of unknown origin there is no finding (only evidence is).
      if (p.kind === 'unknown' && TEST_FILE.test(ctx.file.path)) return;
      const severity: Severity | undefined =
        p.kind === 'library-input' ? (p.below || joinedUnderBase(ctx, arg, p.flow) ? 'medium' : undefined) : severityFor(p, GRADING);
      if (!severity) return;
      const sinkStep: FlowStep = { range: sink.callee.range, label: sink.label ?? ctx.text(sink.callee).replace(/\s+/g, ''), message: `${sink.what} it` };
      const flow = p.flow ? [...p.flow, sinkStep] : undefined;
      const from = p.flow?.[0] ? `\`${p.flow[0].label}\`` : describe(ctx, arg);
      const whence = p.kind === 'library-input' ? ' (a parameter of an exported function)' : '';
      ctx.report(call, `${sink.what} a path built from ${from}${whence}.`, {
        ...(severity === 'high' ? {} : { severity }),
        ...(flow ? { flow } : {}),
        properties: { provenance: p.kind },
      });
    };
    const fstream = (node: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      const callee = unwrap(node.callee);
      if (!callee || !FSTREAM.test(ctx.resolver.canonical(callee) ?? '')) return;
      const p = optionsPath(node);
      if (p) check(node, { what: `\`${ctx.text(callee).replace(/\s+/g, '')}\` opens`, args: [0], callee }, [p]);
    };
    return {
      CallExpression(node: TSESTree.CallExpression) {
        if (!node.arguments.length) return;
        const sink = sinkOf(ctx, node);
        if (sink) check(node, sink, node.arguments);
        else fstream(node);
      },
      NewExpression(node: TSESTree.NewExpression) {
        fstream(node);
      },
      ImportExpression(node: TSESTree.ImportExpression) {
        check(node, { what: '`import()` loads', args: [0], callee: node, label: 'import()' }, [node.source]);
      },
    };
  },
  examples: {
    bad: [
      { code: "import fs from 'node:fs';\napp.get('/file', (req, res) => {\n  fs.readFile(req.query.name, (e, d) => res.send(d));\n});", line: 3 },
      {
        code: "const fs = require('fs');\nconst path = require('path');\napp.get('/dl/:file', (req, res) => {\n  const p = path.join(__dirname, 'files', req.params.file);\n  res.send(fs.readFileSync(p));\n});",
        line: 5,
      },
      { code: "app.get('/f', (req, res) => {\n  res.sendFile(path.join(__dirname, req.query.f));\n});", line: 2 },
      {
        code: "import { readFile } from 'node:fs/promises';\nserver.tool('read', { path: z.string() }, async ({ path }) => {\n  return { content: [{ type: 'text', text: await readFile(path, 'utf8') }] };\n});",
        line: 3,
      },
      {
        code: "import fs from 'fs';\nserver.setRequestHandler(CallToolRequestSchema, async (request) => {\n  const { file } = request.params.arguments;\n  fs.unlinkSync(file);\n});",
        line: 4,
      },
      {
        code: "import fs from 'fs';\nexport const readTool = tool({\n  description: 'read a file',\n  parameters: z.object({ file: z.string() }),\n  execute: async ({ file }) => fs.readFileSync(file, 'utf8'),\n});",
        line: 5,
      },
      {
        code: "import fs from 'fs';\nzip.getEntries().forEach((entry) => {\n  fs.writeFileSync(path.join(dest, entry.entryName), entry.getData());\n});",
        line: 3,
        note: 'zip slip',
      },
      {
        code: "import fs from 'fs';\napp.get('/x', (req, res) => {\n  const name = req.query.name.replace('../', '');\n  fs.createReadStream('/srv/data/' + name).pipe(res);\n});",
        line: 4,
        note: 'weak replace',
      },
      {
        code: "import fs from 'fs';\napp.post('/save', (req, res) => {\n  const name = req.body.name;\n  if (name.includes('..')) return res.status(400).end();\n  fs.writeFileSync(name, req.body.data);\n});",
        line: 5,
        note: 'includes(..) on raw input, absolute paths pass',
      },
      {
        code: "import fs from 'fs';\nfunction load(name) {\n  return fs.readFileSync('/srv/' + name);\n}\napp.get('/x', (req, res) => res.send(load(req.query.n)));",
        line: 3,
        note: 'same-file wrapper',
      },
      { code: "const fs = require('fs');\nfs.readFileSync(process.argv[2]);", line: 2, note: 'low severity' },
      {
        code: "import { readFile } from 'fs/promises';\nrouter.get('/f', async (ctx) => {\n  ctx.body = await readFile(`/srv/${ctx.params.name}`);\n});",
        line: 3,
        note: 'Koa',
      },
      {
        code: "import { readFile } from 'fs/promises';\nexport async function GET(request, { params }) {\n  const { slug } = await params;\n  return new Response(await readFile(`content/${slug}.md`));\n}",
        line: 4,
        note: 'Next.js route handler',
      },
      {
        code: "import fs from 'fs-extra';\nserver.registerTool('rm', { inputSchema: { dir: z.string() } }, async (args) => {\n  await fs.remove(args.dir);\n});",
        line: 3,
        note: 'MCP registerTool',
      },
      {
        code: "import fs from 'fs';\nimport path from 'path';\nexport function asset(name) {\n  return fs.readFileSync(path.join(ASSETS, name));\n}",
        line: 4,
        note: 'library input joined under a base: medium',
      },
      { code: "import fs from 'fs';\nfs.readFileSync(globalThis.configured);", line: 2, note: 'unknown origin: low' },
      { code: "import fs from 'fs';\nzipfile.on('entry', (entry) => {\n  fs.mkdirSync(dest + '/' + entry.fileName);\n});", line: 3, note: 'zip slip (yauzl)' },
      {
        code: "const { Writer } = require('fstream');\nparser.on('entry', (entry) => {\n  entry.pipe(Writer({ path: path.join(opts.path, entry.path) }));\n});",
        line: 3,
        note: 'zip slip through fstream (unzipper@0.8.12)',
      },
    ],
    good: [
      {
        code: 'function Stream(p) { this.p = p; }\nStream.prototype.sendFile = function (p) { return p.length; };\nStream.prototype.pipe = function (req) { this.sendFile(req.query.f); };\nmodule.exports = Stream;',
        note: "the class's own sendFile method, not a response's",
      },
      {
        code: "import fs from 'node:fs';\nimport os from 'node:os';\nimport path from 'node:path';\nconst dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-hook-'));\nfs.writeFileSync(path.join(dir, 'a.json'), '{}');",
        note: 'a temp dir the tool makes itself',
      },
      {
        code: "import fs from 'node:fs';\nimport path from 'node:path';\nconst root = process.cwd();\nfor (const f of fs.readdirSync(path.join(root, 'rules'))) fs.readFileSync(path.join(root, 'rules', f), 'utf8');",
        note: 'entries of a trusted directory',
      },
      {
        code: "import fs from 'node:fs';\nimport path from 'node:path';\nconst files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.json')).map((f) => path.join(__dirname, f));\nfiles.forEach((f) => fs.readFileSync(f, 'utf8'));",
        note: 'readdir of __dirname through map/filter/forEach',
      },
      {
        code: "import fs from 'node:fs';\nexport function load(p) { return fs.readFileSync(helper(p), 'utf8'); }\nfunction helper(x) { return x.trim(); }\ntest('loads', () => { fs.readFileSync(someFixture(), 'utf8'); });",
        path: 'tests/load.test.ts',
        note: 'unknown origin in a test file',
      },
      {
        code: "import fs from 'fs';\napp.get('/f', (req, res) => {\n  fs.readFile(path.join(ROOT, path.basename(req.query.name)), (e, d) => res.send(d));\n});",
        note: 'basename',
      },
      {
        code: "import fs from 'fs';\napp.get('/f', (req, res) => {\n  const p = path.resolve(ROOT, req.query.name);\n  if (!p.startsWith(ROOT + path.sep)) return res.status(403).end();\n  res.send(fs.readFileSync(p));\n});",
        note: 'resolve + startsWith guard',
      },
      { code: "app.get('/f', (req, res) => {\n  res.sendFile(req.params.file, { root: PUBLIC });\n});", note: 'sendFile with root' },
      {
        code: "import fs from 'fs';\nconst ALLOWED = new Set(['a.txt', 'b.txt']);\napp.get('/f', (req, res) => {\n  if (!ALLOWED.has(req.query.f)) return res.sendStatus(404);\n  res.send(fs.readFileSync(path.join(DIR, req.query.f)));\n});",
        note: 'allowlist',
      },
      {
        code: "import fs from 'fs';\napp.get('/page/:n', (req, res) => {\n  const n = parseInt(req.params.n, 10);\n  res.send(fs.readFileSync(`/srv/pages/${n}.html`));\n});",
        note: 'number',
      },
      {
        code: "import fs from 'fs';\napp.get('/f', (req, res) => {\n  const full = path.join(ROOT, req.query.f);\n  const rel = path.relative(ROOT, full);\n  if (rel.startsWith('..') || path.isAbsolute(rel)) return res.sendStatus(403);\n  res.send(fs.readFileSync(full));\n});",
        note: 'path.relative guard',
      },
      {
        code: "import fs from 'fs';\napp.get('/f', (req, res) => {\n  const f = req.query.f;\n  if (f.includes('..') || path.isAbsolute(f)) throw new Error('bad');\n  res.send(fs.readFileSync(path.join(ROOT, f)));\n});",
        note: 'rejects .. and absolute input',
      },
      {
        code: "import fs from 'fs';\napp.get('/f', (req, res) => {\n  switch (req.query.kind) {\n    case 'a':\n      return res.send(fs.readFileSync(`/srv/${req.query.kind}.txt`));\n  }\n});",
        note: 'switch over constants',
      },
      {
        code: "import fs from 'fs';\napp.get('/x', (req, res) => {\n  res.send(fs.readFileSync(path.join(__dirname, 'index.html')));\n});",
        note: 'constant path',
      },
      {
        code: "import fs from 'fs';\nexport function load(file) {\n  return fs.readFileSync(file, 'utf8');\n}",
        note: 'library input used whole: the path its caller asked for',
      },
    ],
  },
});
