import {
  type Binding,
  callGraph,
  callSites,
  type CodeContext,
  constValue,
  defineRule,
  type FlowStep,
  isFunctionNode,
  propertyName,
  describe,
  dynamicParts,
  graded,
  type Grading,
  isCallTo,
  isOwnProcess,
  looseConstValue,
  type Node,
  objectLiteral,
  propertyValue,
  type TSESTree,
  unwrap,
  worstProvenance,
} from '../../src/kit.js';

const GRADING: Grading = { severity: 'high', execution: true };

/** Functions that hand their first argument to a shell as one command line. */
const SHELL_STRING = new Set([
  'child_process.exec',
  'child_process.execSync',
  'shelljs.exec',
  'execa.command',
  'execa.commandSync',
  'execa.execaCommand',
  'execa.execaCommandSync',
]);

/** Functions that start a program from a file and an argument array (no shell unless asked). */
const SPAWN = new Set([
  'child_process.spawn',
  'child_process.spawnSync',
  'child_process.execFile',
  'child_process.execFileSync',
  'child_process.fork',
  'cross-spawn',
  'cross-spawn.spawn',
  'cross-spawn.sync',
  'execa',
  'execa.execa',
  'execa.execaSync',
  'execa.sync',
]);

const SHELL_BINARY = /(^|[\\/])(sh|bash|zsh|dash|ksh|fish|cmd|cmd\.exe|powershell|powershell\.exe|pwsh)$/i;
/** Quoting helpers that make a value one shell word. */
const SHELL_QUOTE =
  /^(quote|shellQuote|shellescape|shellEscape|escapeShellArg|escapeShell|shEscape|quoteArg|shellQuote\.quote|shell-quote\.quote|shell-escape)$/;

/** `-c`, `-lc`, `-ec` (sh family), `/c` `/k` (cmd), `-Command` `-c` `-EncodedCommand` `-e` (PowerShell only: `bash -e` is errexit). */
function isCommandFlag(v: unknown, program: string): boolean {
  if (typeof v !== 'string') return false;
  if (/(^|[\\/])(cmd|cmd\.exe)$/i.test(program)) return /^\/[ck]$/i.test(v);
  if (/(^|[\\/])(powershell|powershell\.exe|pwsh)$/i.test(program)) return /^-(c|command|encodedcommand|ec|e|enc)$/i.test(v);
  return /^-[a-zA-Z]*c[a-zA-Z]*$/.test(v);
}

/**
 * How a shell started with an argument list reads it: options come first; after a command-string flag the next word
 * is the script the shell parses (later words are `$0`, `$1`…, never parsed); without one, the first word that is not
 * an option is a script file. `{ script }` for the parsed word, `file` for a script file, `unknown` when a spread or
 * an unreadable list hides where the options end.
 */
function shellMode(ctx: CodeContext, program: string, args: Node | undefined): { script: Node } | 'file' | 'unknown' {
  const a = unwrap(args);
  if (!a) return 'file'; // an interactive shell reading stdin: nothing built here
  if (a.type !== 'ArrayExpression') return 'unknown';
  const cmd = /(^|[\\/])cmd(\.exe)?$/i.test(program);
  let flag = false;
  for (const el of a.elements) {
    if (!el) continue;
    if (el.type === 'SpreadElement') return 'unknown';
    if (flag) return { script: el };
    const v = constValue(el, ctx.resolver);
    if (isCommandFlag(v, program)) flag = true;
    else if (!(typeof v === 'string' && (/^[-+]/.test(v) || (cmd && v.startsWith('/'))))) return 'file'; // not another option
  }
  return 'file';
}

function label(name: string): string {
  return name.replace(/^child_process\./, '');
}

function parts(ctx: CodeContext, node: Node): Node[] {
  return dynamicParts(node, ctx.resolver).filter((p) => !isCallTo(p, ctx.resolver, SHELL_QUOTE) && !isOwnProcess(p, ctx.resolver));
}

function isDynamic(ctx: CodeContext, node: Node): boolean {
  return parts(ctx, node).length > 0;
}

/** Graded by where the command's pieces come from: untrusted critical, library input high, unknown low, trusted none. */
function report(ctx: CodeContext, call: Node, what: Node, message: string): void {
  const { provenance: p } = worstProvenance(ctx, [...parts(ctx, what), ...(dynamicParts(what, ctx.resolver).length ? [] : [what])], 'command');
  // A REPL's shell escape (`!ls` at the prompt): the whole command is the line the person at the terminal typed, so
  // it runs with no more power than the shell they typed it from. An audit finding, not an injection.
  if (p.kind === 'untrusted' && replLine(ctx, what, p.flow?.[0])) {
    ctx.report(call, `${message.replace(/\.$/, '')}, the whole line typed at an interactive prompt (a shell escape).`, {
      severity: 'low',
      properties: { provenance: 'unknown' },
    });
    return;
  }
  const options = graded(p, GRADING);
  if (options) ctx.report(call, message, options);
}

const WHOLE = /^(trim|trimStart|trimEnd|slice|substring|substr|toString)$/;
/** The first parameter of a `line` handler of a readline interface on the terminal (`rl.on('line', (input) => …)`). */
function lineHandlerParam(ctx: CodeContext, b: Binding): boolean {
  const f = b.fn;
  if (!f || !isFunctionNode(f) || f.params[0] !== b.id) return false;
  const call = ctx.resolver.parent(f);
  if (call?.type !== 'CallExpression' || call.arguments[1] !== f) return false;
  const m = unwrap(call.callee);
  if (m?.type !== 'MemberExpression' || !/^(on|once|addListener)$/.test(propertyName(m) ?? '') || constValue(call.arguments[0], ctx.resolver) !== 'line')
    return false;
  const rl = unwrap(m.object);
  const init = rl?.type === 'Identifier' ? unwrap(ctx.resolver.binding(rl)?.init) : rl;
  if (init?.type !== 'CallExpression' || !/^(node:)?readline(\/promises)?\.createInterface$/.test(ctx.resolver.canonical(init.callee) ?? '')) return false;
  // on the terminal: `input: process.stdin`
  const o = objectLiteral(init.arguments[0], ctx.resolver);
  const input = o ? unwrap(propertyValue(o, 'input').value) : undefined;
  return !!input && ctx.resolver.canonical(input) === 'process.stdin';
}

/**
 * The command is a line from an interactive prompt, whole (trimmed, or with its escape prefix sliced off), read by a
 * readline `line` handler here or passed unchanged to the function that runs it. `first` is the flow's source step.
 */
function replLine(ctx: CodeContext, what: Node, first: FlowStep | undefined, depth = 0): boolean {
  if (!first || first.file || depth > 8) return false;
  const n = unwrap(what);
  if (n?.type === 'CallExpression') {
    const c = unwrap(n.callee);
    return c?.type === 'MemberExpression' && WHOLE.test(propertyName(c) ?? '') && replLine(ctx, c.object, first, depth + 1);
  }
  if (n?.type !== 'Identifier') return false;
  const b = ctx.resolver.binding(n);
  if (!b) return false;
  // every reassignment keeps the whole line (`input = input.trim()`)
  for (const f of ctx.resolver.flowNodes) {
    if (f.type !== 'AssignmentExpression') continue;
    const l = unwrap(f.left);
    if (l?.type === 'Identifier' && ctx.resolver.binding(l) === b && !(f.operator === '=' && wholeOf(ctx, f.right, b))) return false;
  }
  if (b.kind !== 'param') return !!b.init && !b.path && replLine(ctx, b.init, first, depth + 1);
  if (lineHandlerParam(ctx, b)) return b.id.range[0] === first.range[0];
  // a parameter of a same-file function whose every caller passes the whole line
  const f = b.fn;
  if (!f || !isFunctionNode(f)) return false;
  const i = f.params.indexOf(b.id);
  const g = callGraph(ctx.ast, ctx.resolver, ctx.text);
  const sites = callSites(ctx.resolver, g, f);
  return (
    i >= 0 &&
    sites.length > 0 &&
    sites.every((c) => !!c.arguments[i] && c.arguments[i].type !== 'SpreadElement' && replLine(ctx, c.arguments[i] as Node, first, depth + 1))
  );
}

/** `x.trim()` of the binding itself: a reassignment that keeps the whole line. */
function wholeOf(ctx: CodeContext, v: Node, b: Binding): boolean {
  const n = unwrap(v);
  if (n?.type === 'Identifier') return ctx.resolver.binding(n) === b;
  if (n?.type !== 'CallExpression') return false;
  const c = unwrap(n.callee);
  return c?.type === 'MemberExpression' && WHOLE.test(propertyName(c) ?? '') && wholeOf(ctx, c.object, b);
}

/**
 * Node's internal spawn (`process.binding('spawn_sync').spawn({ file, args, … })`): no argument checks, and a way
 * around every `child_process` hook. Reported when the program, its arguments or the whole options object are
 * built at runtime, graded like the public calls.
 */
function checkBinding(ctx: CodeContext, node: TSESTree.CallExpression | TSESTree.NewExpression): void {
  const arg = node.arguments[0];
  if (!arg || arg.type === 'SpreadElement') return;
  const o = objectLiteral(arg, ctx.resolver);
  const pieces: Node[] = [];
  if (!o) pieces.push(arg);
  else {
    for (const key of ['file', 'args']) {
      const { value } = propertyValue(o, key);
      const v = unwrap(value);
      if (!v) continue;
      if (v.type === 'ArrayExpression') for (const el of v.elements) pieces.push(...(el ? [el.type === 'SpreadElement' ? el.argument : el] : []));
      else pieces.push(v);
    }
  }
  const what = pieces.find((p) => isDynamic(ctx, p));
  if (what) report(ctx, node, what, `Node's internal \`spawn_sync\` binding starts a program built from ${describe(ctx, what)}.`);
}

function checkSpawn(ctx: CodeContext, node: TSESTree.CallExpression | TSESTree.NewExpression, name: string): void {
  const [cmd, second, third] = node.arguments;
  if (!cmd || cmd.type === 'SpreadElement') return;
  let args: Node | undefined;
  let opts: Node | undefined;
  const s = unwrap(second);
  if (s && s.type !== 'SpreadElement') {
    if (objectLiteral(s, ctx.resolver)) opts = s;
    else {
      args = s;
      if (third && third.type !== 'SpreadElement') opts = third;
    }
  }
  const argItems: Node[] = [];
  let argsDynamic = false;
  if (args) {
    const a = unwrap(args);
    if (a?.type === 'ArrayExpression') {
      for (const el of a.elements) {
        if (!el) continue;
        if (el.type === 'SpreadElement') argsDynamic = true;
        else argItems.push(el);
      }
    } else if (constValue(a, ctx.resolver) === undefined) argsDynamic = true;
  }
  const dynamicArg = argItems.find((el) => isDynamic(ctx, el));
  const cmdDynamic = isDynamic(ctx, cmd);
  let shell: 'yes' | 'no' | 'dynamic' = 'no';
  const o = objectLiteral(opts, ctx.resolver);
  if (o) {
    const { value } = propertyValue(o, 'shell');
    if (value) {
      const v = constValue(value, ctx.resolver);
      const u = unwrap(value);
      if (v !== undefined) shell = v ? 'yes' : 'no';
      else if (!(u?.type === 'Identifier' && u.name === 'undefined' && ctx.resolver.isGlobal(u))) shell = 'dynamic';
    }
  }
  if (shell !== 'no') {
    if (!cmdDynamic && !dynamicArg && !argsDynamic) return;
    const what = cmdDynamic ? cmd : (dynamicArg ?? args ?? cmd);
    report(
      ctx,
      node,
      what,
      `\`${label(name)}\` runs a shell (\`shell: ${shell === 'yes' ? 'true' : 'dynamic'}\`) on a command built from ${describe(ctx, what)}.`,
    );
    return;
  }
  const program = looseConstValue(cmd, ctx.resolver);
  if (typeof program === 'string' && SHELL_BINARY.test(program.trim())) {
    // `bash script.sh a b` runs a file: only a command-string flag (`-c`, `/c`, `-Command`) before the first operand,
    // or an argument list whose start we cannot read, makes the shell parse a string.
    const mode = shellMode(ctx, program.trim(), args);
    if (mode === 'file') return;
    const what = mode === 'unknown' ? (dynamicArg ?? (argsDynamic ? args : undefined)) : isDynamic(ctx, mode.script) ? mode.script : undefined;
    if (what) report(ctx, node, what, `\`${label(name)}\` starts the shell \`${program}\` with a script built from ${describe(ctx, what)}.`);
    return;
  }
  if (cmdDynamic) {
    // the program itself chosen at runtime: only evidence counts (a wrapper's caller picking the program is normal)
    const { provenance: p } = worstProvenance(ctx, parts(ctx, cmd), 'command');
    const options = p.kind === 'untrusted' ? graded(p, GRADING) : undefined;
    if (options) ctx.report(node, `\`${label(name)}\` starts a program named by ${describe(ctx, cmd)}.`, options);
  }
}

export default defineRule({
  id: 'code/command-injection',
  title: 'Shell command built at runtime',
  severity: GRADING.severity,
  cwe: ['CWE-78'],
  confidence: 'high',
  status: 'experimental',
  help: [
    '`exec` and `execSync` hand their first argument to `/bin/sh -c`: every `;`, `|`, `$(…)` or backtick in it',
    'is shell syntax. A command line assembled at runtime from a file name, a branch, a tool argument or a',
    'request field lets whoever controls that value run their own commands. The same holds for `spawn`,',
    '`execFile`, `fork` and friends when `shell: true` (or a shell option computed at runtime) is set, and for',
    'starting `sh`/`bash`/`cmd` with `-c` (or `/c`, `-Command`) and a script built at runtime. Requires, `node:` imports, destructuring,',
    'renames and `util.promisify` are seen through.',
    '',
    'Not reported: constant commands, and `execFile`/`spawn` with an argument array and no shell (the',
    'arguments reach the program as separate words and are never parsed by a shell), including `bash`/`sh`',
    'given a script file and its arguments without `-c`. Values passed through',
    'a shell quoting helper (`shell-quote`, `shell-escape`) are accepted.',
    '',
    "Graded by where the command's pieces come from: critical when an untrusted source (request, tool input, CLI",
    'argument) reaches it, high for a parameter of an exported function, low for a value of unknown origin, and no',
    "finding when every piece is trusted (constants, `__dirname`/`import.meta.url` paths, the package's own version,",
    'a git hash the script reads itself).',
    '',
    "A REPL's shell escape is low (an audit finding): when the whole command is the line typed at an interactive",
    'prompt (`readline.createInterface({ input: process.stdin })`, its `line` handler, the line trimmed or with its',
    '`!` prefix sliced off, `!ls` run with `sh -c`), the person at the terminal runs what they could run in their own',
    'shell, and no trust boundary is crossed. A line built into a larger command (`grep ${line}`), a line read from a',
    'socket, and raw stdin data (a pipe) stay untrusted.',
    '',
    '**Fix:** use `execFile(file, [arg1, arg2])` or `spawn(file, args)` without `shell`, and validate the',
    'arguments (for example against an allowlist, and reject values starting with `-`). Never build a shell',
    'string from data.',
  ].join('\n'),
  kind: 'code',
  visit: (ctx) => {
    const check = (node: TSESTree.CallExpression | TSESTree.NewExpression): void => {
      const name = ctx.resolver.canonical(node.callee);
      if (!name) return;
      if (SHELL_STRING.has(name)) {
        const cmd = node.arguments[0];
        if (!cmd || cmd.type === 'SpreadElement' || !isDynamic(ctx, cmd)) return;
        report(ctx, node, cmd, `\`${label(name)}\` runs a shell command built from ${describe(ctx, cmd)}.`);
      } else if (SPAWN.has(name)) checkSpawn(ctx, node, name);
      else if (name === 'process.binding.spawn_sync.spawn') checkBinding(ctx, node);
    };
    return { CallExpression: check, NewExpression: check };
  },
  examples: {
    bad: [
      {
        code: "export function run(cmd: string) {\n  return process.binding('spawn_sync').spawn({ file: '/bin/sh', args: ['sh', '-c', cmd], stdio: [] });\n}",
        line: 2,
        note: 'the internal binding behind child_process',
      },
      { code: "const { exec } = require('child_process');\nexec(`git log ${branch}`, cb);", line: 2 },
      {
        code: "import { execSync } from 'node:child_process';\nexport function size(dir: string) {\n  return execSync('du -sh ' + dir).toString();\n}",
        line: 3,
      },
      { code: "import * as cp from 'child_process';\ncp.exec(cmd);", line: 2 },
      {
        code: "const { execSync } = require('child_process');\nasync function upgrade() {\n  const rel = await (await fetch('https://api.example.com/latest')).json();\n  execSync(`npm install -g tool@${rel.tag_name}`);\n}",
        line: 4,
        note: 'a network response is untrusted at a command sink: critical',
      },
      { code: "import { exec as run } from 'child_process';\nrun(userCommand);", line: 2 },
      {
        code: "const util = require('util');\nconst execAsync = util.promisify(require('child_process').exec);\nawait execAsync(`convert ${file} out.png`);",
        line: 3,
      },
      {
        code: "import { promisify } from 'node:util';\nimport { exec } from 'node:child_process';\nconst sh = promisify(exec);\nawait sh('rm -rf ' + target);",
        line: 4,
      },
      { code: "const cp = require('child_process');\ncp['execSync'](command);", line: 2 },
      { code: "const cp = require('child_process');\ncp.execSync?.(command);", line: 2 },
      { code: "import { spawn } from 'child_process';\nspawn('git', ['clone', repoUrl], { shell: true });", line: 2 },
      { code: "import { spawnSync } from 'child_process';\nspawnSync(`convert ${input}`, { shell: true });", line: 2 },
      { code: "import { execFile } from 'child_process';\nconst opts = { shell: process.platform === 'win32' };\nexecFile(tool, [name], opts);", line: 3 },
      { code: "import { spawn } from 'child_process';\nspawn('sh', ['-c', script]);", line: 2 },
      { code: "const { spawnSync } = require('child_process');\nlet name = 'bash';\nspawnSync(name, ['-c', userInput]);", line: 3 },
      { code: "import { spawn } from 'child_process';\nspawn('bash', ['-lc', cmd]);", line: 2, note: 'combined flags still include -c' },
      { code: "import shell from 'shelljs';\nshell.exec('npm install ' + pkg);", line: 2 },
      {
        code: "const cp = require('child_process');\nexports.handler = async (event) => cp.spawnSync(event.cmd);",
        line: 2,
        note: 'program chosen by the request',
      },
      {
        code: "import { execSync } from 'child_process';\nfunction backup(dbPath) {\n  execSync(`cp ${dbPath} ${dbPath}.bak`);\n}\nexport function optimize(file) {\n  backup(file);\n}",
        line: 3,
        note: 'the private helper is called with a parameter of an exported function',
      },
      {
        code: "const { execSync } = require('child_process');\nconst path = require('path');\nconst base = path.join(__dirname, 'data');\nexecSync('ls ' + path.join(base, process.argv[2]));",
        line: 4,
        note: 'a trusted base does not make a CLI argument trusted',
      },
      {
        code: "const { execSync } = require('child_process');\nfunction run(cmd) {\n  return execSync(cmd, { stdio: 'inherit' });\n}\nrun('ls ' + process.argv[2]);",
        line: 3,
        note: 'a run-a-command helper graded by its caller: a CLI argument',
      },
      {
        code: "const { execSync } = require('child_process');\nmodule.exports = function run(cmd) {\n  return execSync(cmd, { stdio: 'inherit' });\n};",
        line: 3,
        note: 'an exported helper: its callers are outside the file (library input, high)',
      },
      { code: "import { spawn } from 'child_process';\nspawn('cmd.exe', ['/d', '/s', '/c', line]);", line: 2, note: 'options before /c are skipped' },
      {
        code: "const readline = require('readline');\nconst { spawn } = require('child_process');\nconst rl = readline.createInterface({ input: process.stdin, output: process.stdout });\nrl.on('line', (line) => {\n  const t = line.trim();\n  if (t.startsWith('!')) spawn('sh', ['-c', t.slice(1)], { stdio: 'inherit' });\n});",
        line: 6,
        note: "a REPL's `!cmd` shell escape: low, the whole line typed at the prompt (ruvnet/claude-flow simple-cli.js)",
      },
      {
        code: "const readline = require('readline');\nconst { execSync } = require('child_process');\nconst rl = readline.createInterface({ input: process.stdin });\nrl.on('line', (line) => {\n  execSync('grep ' + line + ' app.log', { stdio: 'inherit' });\n});",
        line: 5,
        note: 'a prompt line built into a larger command stays critical',
      },
    ],
    good: [
      { code: "const { exec } = require('child_process');\nexec('ls -la', cb);", note: 'constant command' },
      {
        code: "const { execSync } = require('child_process');\nconst CMD = 'git rev-parse HEAD';\nexecSync(`${CMD} --short`);",
        note: 'constant through a const',
      },
      { code: "import { execFile } from 'child_process';\nexecFile('git', ['log', branch], cb);", note: 'argument array, no shell' },
      { code: "import { spawn } from 'child_process';\nspawn('convert', [input, output], { shell: false });", note: 'shell explicitly off' },
      { code: "import { spawn } from 'child_process';\nspawn('ls', ['-la'], { shell: true });", note: 'constant command line' },
      { code: 'function exec(cmd) { return db.query(cmd); }\nexec(sql);', note: 'a local function named exec' },
      { code: 'const re = /a+/;\nre.exec(input);', note: 'RegExp#exec' },
      {
        code: "import { spawn } from 'child_process';\nexport const run = (bin: string, args: string[]) => spawn(bin, args);",
        note: 'a wrapper: the caller picks the program',
      },
      {
        code: "import { spawnSync } from 'child_process';\nspawnSync('bash', [scriptPath, target], { stdio: 'inherit' });",
        note: 'bash runs a script file with its arguments; no -c, no string parsed',
      },
      {
        code: "const path = require('path');\nconst { execSync } = require('child_process');\nconst dbPath = path.join(__dirname, 'test.db');\nexecSync('node cli.js --db ' + dbPath);",
        note: "trusted: a path under the script's own directory",
      },
      {
        code: "import { execSync } from 'node:child_process';\nimport { fileURLToPath } from 'node:url';\nconst cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));\nexecSync(`node ${cliPath} --help`);",
        note: 'trusted: an import.meta.url path',
      },
      {
        code: "const { execSync } = require('child_process');\nconst ROOT = require('path').resolve(__dirname, '..');\nconst OUT = ROOT.replace(/\\\\/g, '/');\nexecSync(`rm -rf ${OUT}/build`);",
        note: 'trusted: .replace() of a trusted constant',
      },
      {
        code: "const { execSync } = require('child_process');\nconst { version } = require('../package.json');\nconst sha = execSync('git rev-parse --short HEAD').toString().trim();\nexecSync(`git tag v${version}-${sha}`);",
        note: 'trusted: the package version and a git hash the script reads itself',
      },
      {
        code: "import { execSync } from 'child_process';\nimport path from 'path';\nfunction backup(dbPath) {\n  execSync(`cp ${dbPath} ${dbPath}.bak`);\n}\nexport function optimize() {\n  backup(path.join(__dirname, 'hive.db'));\n}",
        note: 'a private helper whose only caller passes a trusted path',
      },
      {
        code: "const { execSync } = require('child_process');\nfunction run(cmd) {\n  return execSync(cmd, { stdio: 'inherit' });\n}\nrun('npm run build');\nrun('git push --follow-tags');",
        note: 'a run-a-command helper whose only callers pass constants',
      },
      {
        code: "const { execSync } = require('child_process');\nconst run = (cmd) => execSync(cmd, { stdio: 'inherit' });\nconst pkg = require('./package.json');\nrun(`git tag v${pkg.version}`);",
        note: "the helper's caller passes the package's own version",
      },
      {
        code: "const { execSync } = require('child_process');\nconst pkg = require('./package.json');\nexecSync('git tag v' + pkg.version);\nexecSync(`npm publish --tag ${pkg.version}`);",
        note: 'release script: the package version',
      },
      {
        code: "const fs = require('fs');\nconst path = require('path');\nconst { execSync } = require('child_process');\nconst { version } = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));\nexecSync(`git tag v${version}`);",
        note: 'the package version read from its own manifest',
      },
      {
        code: "import { spawn } from 'node:child_process';\nspawn(process.execPath, [__filename, 'child'], { stdio: 'inherit' });",
        note: 're-running node itself',
      },
      {
        code: "const { spawnSync } = require('child_process');\nconst node = process.argv[0];\nspawnSync(node, [process.argv[1], '--worker']);",
        note: 'process.argv[0] is node, not a user argument',
      },
      {
        code: "const { spawn } = require('child_process');\nspawn('bash', [scriptFile, ...process.argv.slice(2)]);",
        note: 'bash runs a script file; the spread arguments are its $1…',
      },
      { code: "const { spawn } = require('child_process');\nspawn('sh', ['-e', scriptFile, name]);", note: '-e is errexit, not a command flag' },
      {
        code: "const { spawn } = require('child_process');\nspawn('sh', ['-c', 'echo \"$1\"', 'sh', name]);",
        note: 'a constant script; the value is a positional argument, not parsed',
      },
      { code: "import { quote } from 'shell-quote';\nimport { exec } from 'child_process';\nexec('ls ' + quote([dir]));", note: 'quoted' },
    ],
  },
});
