// Dataflow across the files of one package (issue 17, src/analyzers/taint/modgraph.ts): each import form, the CommonJS
// shapes tsc emits, an exported promisified exec, and library input that reaches a sink through another file.
// Every positive case here was no finding, or a finding without the other file's steps, before the module graph.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';
import type { Finding } from '../../src/core/types.js';

const TOOL = (body: string, imports: string): string =>
  `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\n${imports}\nconst server = new McpServer({ name: 'x', version: '1' });\nserver.tool('t', {}, async (args) => {\n${body}\n  return { content: [] };\n});\n`;

async function findings(files: Record<string, string>): Promise<Finding[]> {
  const r = await scan({ root: '/virtual', contents: new Map(Object.entries(files)), type: 'static' });
  expect(r.errors).toEqual([]);
  return r.findings;
}

const high = (fs: Finding[], rule: string, file: string): Finding[] =>
  fs.filter((f) => f.ruleId === rule && f.file === file && (f.severity === 'high' || f.severity === 'critical'));
const files = (f: Finding | undefined): string[] => (f?.flow ?? []).map((s) => s.file ?? '.');

describe('ES modules', () => {
  it('a named import whose parameter reaches fs: the finding sits at the sink, the flow starts in the importer', async () => {
    const out = await findings({
      'src/server.ts': TOOL('  readIt(args.file);', "import { readIt } from './fsops';"),
      'src/fsops.ts': "import * as fs from 'node:fs';\nexport function readIt(p: string) {\n  return fs.readFileSync(p, 'utf8');\n}\n",
    });
    const [f] = high(out, 'path/traversal', 'src/fsops.ts');
    expect(f?.line).toBe(3);
    expect(f?.flow?.[0]).toMatchObject({ file: 'src/server.ts', line: 5, label: 'args.file' });
    expect(files(f)).toEqual(['src/server.ts', 'src/server.ts', '.', '.']);
  });

  it('a default export and a `.js` specifier naming a TS file', async () => {
    const out = await findings({
      'src/server.ts': TOOL('  load(args.name);', "import load from './loader.js';"),
      'src/loader.ts': "import fs from 'fs';\nexport default function load(p) { return fs.readFileSync(p); }\n",
    });
    expect(high(out, 'path/traversal', 'src/loader.ts')).toHaveLength(1);
  });

  it('`export * from` and `export { x as y } from` re-exports', async () => {
    const out = await findings({
      'src/server.ts': TOOL('  run(args.cmd);\n  grab(args.f);', "import { run, grab } from './index';"),
      'src/index.ts': "export * from './cmd';\nexport { readIt as grab } from './fsops';\n",
      'src/cmd.ts': "import { execSync } from 'child_process';\nexport function run(sub) { return execSync('git ' + sub); }\n",
      'src/fsops.ts': "import * as fs from 'node:fs';\nexport function readIt(p) { return fs.readFileSync(p); }\n",
    });
    const [cmd] = out.filter((f) => f.ruleId === 'code/command-injection');
    expect(cmd).toMatchObject({ file: 'src/cmd.ts', severity: 'critical', properties: { provenance: 'untrusted' } });
    expect(cmd?.flow?.[0]).toMatchObject({ file: 'src/server.ts', label: 'args.cmd' });
    expect(high(out, 'path/traversal', 'src/fsops.ts')).toHaveLength(1);
  });

  it('a helper in another file that returns its parameter: its summary is reused at the sink in the importer', async () => {
    const out = await findings({
      'src/server.ts': TOOL('  fs.readFileSync(resolvePath(args.p));', "import * as fs from 'node:fs';\nimport { resolvePath } from './paths';"),
      'src/paths.ts': "import path from 'path';\nexport function resolvePath(p) {\n  return path.resolve('/data', p);\n}\n",
    });
    const [f] = high(out, 'path/traversal', 'src/server.ts');
    expect(f?.flow?.some((s) => s.file === 'src/paths.ts' && s.line === 2 && s.label === 'p')).toBe(true);
  });

  it('a helper in another file that keeps only the basename clears the path', async () => {
    const out = await findings({
      'src/server.ts': TOOL('  fs.readFileSync(safe(args.p));', "import * as fs from 'node:fs';\nimport { safe } from './paths';"),
      'src/paths.ts': "import path from 'path';\nexport function safe(p) { return path.join('/data', path.basename(p)); }\n",
    });
    expect(high(out, 'path/traversal', 'src/server.ts')).toEqual([]);
  });

  it('an exported value from another file carries its source (`export const target = process.argv[2]`)', async () => {
    const out = await findings({
      'src/run.ts': "import { execSync } from 'child_process';\nimport { target } from './config';\nexecSync('make ' + target);\n",
      'src/config.ts': 'export const target = process.argv[2];\n',
    });
    const [f] = out.filter((x) => x.ruleId === 'code/command-injection');
    expect(f).toMatchObject({ severity: 'critical', properties: { provenance: 'untrusted' } });
    expect(f?.flow?.[0]).toMatchObject({ file: 'src/config.ts', line: 1 });
  });
});

describe('an exported promisified exec', () => {
  it('called from another file is a command sink', async () => {
    const out = await findings({
      'src/server.ts': TOOL('  await execAsync(`ls ${args.dir}`);', "import { execAsync } from './exec.js';"),
      'src/exec.ts': "import { exec } from 'node:child_process';\nimport { promisify } from 'node:util';\nexport const execAsync = promisify(exec);\n",
    });
    expect(out.filter((f) => f.ruleId === 'code/command-injection')).toMatchObject([{ file: 'src/server.ts', line: 5, severity: 'critical' }]);
  });

  it('a constant command through it is no finding', async () => {
    const out = await findings({
      'src/server.ts': TOOL("  await execAsync('ls -la');", "import { execAsync } from './exec.js';"),
      'src/exec.ts': "import { exec } from 'node:child_process';\nimport { promisify } from 'node:util';\nexport const execAsync = promisify(exec);\n",
    });
    expect(out.filter((f) => f.ruleId === 'code/command-injection')).toEqual([]);
  });
});

// The shapes `tsc --module commonjs` emits: how most published MCP servers ship (dist/*.js).
const TSC_HEAD =
  '"use strict";\nvar __importDefault = (this && this.__importDefault) || function (mod) { return (mod && mod.__esModule) ? mod : { "default": mod }; };\nvar __importStar = (this && this.__importStar) || function (mod) { return mod; };\nObject.defineProperty(exports, "__esModule", { value: true });\n';

describe('CommonJS and the tsc interop', () => {
  const project = {
    'dist/index.js': `${TSC_HEAD}const mcp_js_1 = require("@modelcontextprotocol/sdk/server/mcp.js");
const node_fs_1 = __importDefault(require("node:fs"));
const helpers_js_1 = require("./helpers.js");
const exec_js_1 = require("./exec.js");
const server = new mcp_js_1.McpServer({ name: 'x', version: '1' });
server.tool('read', {}, async (args) => {
  const p = (0, helpers_js_1.expand)(args.path);
  node_fs_1.default.readFileSync(p);
  (0, helpers_js_1.remove)(args.target);
  await (0, exec_js_1.execAsync)('ls ' + args.dir);
  return { content: [] };
});
`,
    'dist/helpers.js': `${TSC_HEAD}exports.remove = exports.expand = void 0;
const fs = __importStar(require("fs"));
const os_1 = require("os");
function expand(p) { return p.startsWith('~') ? (0, os_1.homedir)() + p.slice(1) : p; }
exports.expand = expand;
function remove(t) { fs.rmSync(t, { recursive: true }); }
exports.remove = remove;
`,
    'dist/exec.js': `${TSC_HEAD}exports.execAsync = void 0;
const child_process_1 = require("child_process");
const util_1 = require("util");
exports.execAsync = (0, util_1.promisify)(child_process_1.exec);
`,
  };

  it('`__importDefault(require("node:fs")).default.readFileSync` is fs, through a helper in another file', async () => {
    const out = await findings(project);
    const [f] = high(out, 'path/traversal', 'dist/index.js');
    expect(f?.line).toBe(12);
    expect(f?.flow?.some((s) => s.file === 'dist/helpers.js' && s.label === 'p')).toBe(true);
  });

  it('`exports.f = f` with `__importStar(require("fs"))` in the helper: the sink there, the source in the importer', async () => {
    const out = await findings(project);
    const [f] = high(out, 'path/traversal', 'dist/helpers.js');
    expect(f?.line).toBe(10);
    expect(f?.flow?.[0]).toMatchObject({ file: 'dist/index.js', line: 13, label: 'args.target' });
  });

  it('`exports.execAsync = (0, util_1.promisify)(child_process_1.exec)` called as `(0, exec_js_1.execAsync)(…)`', async () => {
    const out = await findings(project);
    expect(out.filter((f) => f.ruleId === 'code/command-injection')).toMatchObject([{ file: 'dist/index.js', line: 14, severity: 'critical' }]);
  });

  it('`module.exports = { … }` and `const { f } = require("./x")`', async () => {
    const out = await findings({
      'lib/main.js': "const http = require('http');\nconst { serve } = require('./files');\nhttp.createServer((req, res) => {\n  serve(req.url, res);\n});\n",
      'lib/files.js': "const fs = require('fs');\nfunction serve(p, res) {\n  fs.createReadStream('/srv' + p).pipe(res);\n}\nmodule.exports = { serve };\n",
    });
    const [f] = high(out, 'path/traversal', 'lib/files.js');
    expect(f?.flow?.[0]).toMatchObject({ file: 'lib/main.js', line: 4 });
  });
});

describe('library input through another file', () => {
  it('a parameter of an exported function that another file passes to exec is library input, with the flow from its entry', async () => {
    const out = await findings({
      'src/index.ts': "import { runGit } from './git';\nexport function status(dir: string) {\n  return runGit(dir);\n}\n",
      'src/git.ts': "import { execSync } from 'child_process';\nexport function runGit(d: string) {\n  return execSync('git -C ' + d + ' status');\n}\n",
    });
    const [f] = out.filter((x) => x.ruleId === 'code/command-injection');
    expect(f).toMatchObject({ file: 'src/git.ts', severity: 'high', properties: { provenance: 'library-input' } });
    expect(f?.flow?.[0]).toMatchObject({ file: 'src/index.ts', line: 2, label: 'dir' });
  });

  it('an exported helper every caller in the package passes a constant to stays library input, not untrusted', async () => {
    const out = await findings({
      'src/index.ts': "import { runGit } from './git';\nrunGit('.');\n",
      'src/git.ts': "import { execSync } from 'child_process';\nexport function runGit(d: string) {\n  return execSync('git -C ' + d + ' status');\n}\n",
    });
    expect(out.filter((x) => x.ruleId === 'code/command-injection').map((f) => f.properties?.provenance)).toEqual(['library-input']);
  });
});
