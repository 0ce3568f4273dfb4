import {
  constValue,
  defineRule,
  enclosingFunction,
  functionName,
  propertyName,
  unwrap,
  type CodeContext,
  type FlowStep,
  type Node,
  type Severity,
  type TSESTree,
} from '../../src/kit.js';

// A coding agent started from JS/TS with its permission checks turned off. Only what reaches a process launch
// counts (a flag in a log line or help text is never run), and SDK options objects that disable the prompts.

/** Calls that take one shell command line. */
const SHELL_CALLS = new Set([
  'child_process.exec',
  'child_process.execSync',
  'execa.command',
  'execa.commandSync',
  'execa.execaCommand',
  'execa.execaCommandSync',
  'shelljs.exec',
]);
/** Calls that take a program and an argument array. */
const SPAWN_CALLS = new Set([
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
  'node-pty.spawn',
  'tinyexec.x',
  'tinyexec.exec',
  'nano-spawn',
]);
const SPAWN_NAMES = /^(spawn|spawnSync|execFile|execFileSync|crossSpawn|execa|execaSync|ptySpawn)$/;
const SHELL_NAMES = /^(exec|execSync|execCommand|execaCommand|execaCommandSync)$/;

/** npm packages that are the agent CLIs (`npx @anthropic-ai/claude-code …`). */
const AGENT_PACKAGES: Record<string, string> = {
  '@anthropic-ai/claude-code': 'claude',
  '@openai/codex': 'codex',
  '@google/gemini-cli': 'gemini',
  '@qwen-code/qwen-code': 'qwen',
};
const AGENTS = /^(claude|codex|gemini|cursor-agent|aider|qwen|opencode|amp|copilot)$/;

interface Word {
  value: string | undefined;
  node: Node;
  /** The condition the word is added under (an `if`, `?:` or `&&` test), when it is not always added. */
  guard?: Node | undefined;
}

interface Hit {
  flag: string;
  what: string;
  severity: Severity;
  words: Word[];
}

const programOf = (raw: string): string =>
  raw
    .trim()
    .replace(/^.*[\\/]/, '')
    .replace(/\.(cmd|exe|js|mjs|cjs)$/i, '');

/** The agent a launch starts: the program, or the package an `npx`-style launcher runs. */
function agentOf(words: (string | undefined)[]): { agent: string | undefined; from: number } {
  const p = words[0] === undefined ? undefined : programOf(words[0]);
  if (p === undefined) return { agent: undefined, from: 1 };
  if (AGENTS.test(p)) return { agent: p, from: 1 };
  if (/^(npx|bunx|pnpx|pnpm|yarn|npm)$/.test(p)) {
    for (let i = 1; i < words.length; i++) {
      const w = words[i];
      if (w === undefined) return { agent: undefined, from: i };
      if (w.startsWith('-') || /^(dlx|exec|x)$/.test(w)) continue;
      const name = w.replace(/@[^@/]*$/, '');
      const agent = AGENT_PACKAGES[name] ?? (AGENTS.test(name) ? name : undefined);
      return { agent, from: i + 1 };
    }
  }
  return { agent: p === '' ? undefined : `other:${p}`, from: 1 };
}

const UNSCOPED_BASH = (s: string): boolean => s.split(/[,\s]+/).some((t) => /^Bash(\((\*|:\*|\*\*|)\))?$/.test(t.trim()));

/** Permission-disabling flags among the words of one agent launch. */
function flagsIn(words: Word[]): Hit[] {
  const vals = words.map((w) => w.value);
  const { agent, from } = agentOf(vals);
  const out: Hit[] = [];
  const isAgent = (...names: string[]): boolean => agent !== undefined && names.includes(agent);
  const claudeish = agent === undefined || isAgent('claude') || agent.startsWith('other:');
  for (let i = from; i < words.length; i++) {
    const v = vals[i];
    if (v === undefined) continue;
    const [flag, inline] = v.includes('=') && v.startsWith('--') ? [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)] : [v, undefined];
    const next = inline ?? vals[i + 1];
    const ws = inline !== undefined ? [words[i]!] : [words[i]!, ...(words[i + 1] ? [words[i + 1]!] : [])];
    if (flag === '--dangerously-skip-permissions' || flag === '--allow-dangerously-skip-permissions')
      out.push({ flag, what: 'starts Claude Code without any permission check', severity: 'high', words: [words[i]!] });
    else if (flag === '--dangerously-bypass-approvals-and-sandbox')
      out.push({ flag, what: 'starts Codex with no approvals and no sandbox', severity: 'high', words: [words[i]!] });
    else if (flag === '--permission-mode' && next === 'bypassPermissions' && claudeish)
      out.push({ flag: '--permission-mode bypassPermissions', what: 'turns off every permission prompt', severity: 'high', words: ws });
    else if ((flag === '--allowedTools' || flag === '--allowed-tools') && claudeish) {
      // claude takes the tools as one comma/space list or as several words up to the next flag
      const list: Word[] = [];
      if (inline !== undefined) list.push(words[i]!);
      else for (let j = i + 1; j < words.length && !(vals[j] ?? '-').startsWith('-'); j++) list.push(words[j]!);
      const bash = list.find((w) => w.value !== undefined && UNSCOPED_BASH(inline ?? w.value));
      if (bash) out.push({ flag: `${flag} Bash`, what: 'pre-approves every shell command', severity: 'high', words: [words[i]!, bash] });
    } else if (isAgent('codex') && flag === '--sandbox' && next === 'danger-full-access')
      out.push({ flag: '--sandbox danger-full-access', what: 'runs Codex without a sandbox', severity: 'high', words: ws });
    else if (isAgent('codex') && flag === '--full-auto')
      out.push({ flag, what: 'lets Codex run commands without asking (inside its workspace sandbox)', severity: 'medium', words: [words[i]!] });
    else if (isAgent('gemini', 'qwen') && (flag === '--yolo' || flag === '-y'))
      out.push({ flag, what: 'approves every tool call of the agent', severity: 'high', words: [words[i]!] });
    else if (isAgent('gemini', 'qwen') && flag === '--approval-mode' && next === 'yolo')
      out.push({ flag: '--approval-mode yolo', what: 'approves every tool call of the agent', severity: 'high', words: ws });
    else if (isAgent('cursor-agent') && (flag === '--force' || flag === '-f'))
      out.push({ flag, what: 'lets cursor-agent run every command without asking', severity: 'high', words: [words[i]!] });
    else if (isAgent('aider') && flag === '--yes-always')
      out.push({ flag, what: 'confirms every aider prompt, shell commands included', severity: 'high', words: [words[i]!] });
  }
  return out;
}

/** Shell-like split of a constant command line into words (quotes removed); pieces from expressions are undefined. */
function splitCommand(text: string): (string | undefined)[][] {
  const segments: (string | undefined)[][] = [[]];
  let cur = '';
  let has = false;
  let dyn = false;
  let q: string | undefined;
  const flush = (): void => {
    if (has) segments[segments.length - 1]!.push(dyn ? undefined : cur);
    cur = '';
    has = false;
    dyn = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\u0000') {
      dyn = true;
      has = true;
      continue;
    }
    if (q) {
      if (ch === q) q = undefined;
      else cur += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      q = ch;
      has = true;
    } else if (/\s/.test(ch)) flush();
    else if (ch === ';' || ch === '|' || ch === '&' || ch === '(' || ch === ')' || ch === '`') {
      flush();
      if (segments[segments.length - 1]!.length) segments.push([]);
    } else {
      cur += ch;
      has = true;
    }
  }
  flush();
  return segments.filter((s) => s.length);
}

/** A string's constant text, with `\0` for each interpolated expression (so templates still show their flags). */
function templateText(node: Node | undefined, ctx: CodeContext): string | undefined {
  const n = unwrap(node);
  if (!n) return undefined;
  const v = constValue(n, ctx.resolver);
  if (typeof v === 'string') return v;
  if (n.type === 'TemplateLiteral') return n.quasis.map((q, i) => (q.value.cooked ?? '') + (i < n.expressions.length ? '\u0000' : '')).join('');
  if (n.type === 'BinaryExpression' && n.operator === '+') {
    const l = templateText(n.left, ctx);
    const r = templateText(n.right, ctx);
    if (l === undefined && r === undefined) return undefined;
    return (l ?? '\u0000') + (r ?? '\u0000');
  }
  if (n.type === 'Identifier') {
    const b = ctx.resolver.binding(n);
    if (b && b.init && !b.path && b.writes === 0) return templateText(b.init, ctx);
  }
  return undefined;
}

const BYPASS_NAME =
  /(^|[^a-z])auto([^a-z]|$)|skip.?perm|dangerous|yolo|bypass|auto.?approv|no.?perm|unsafe|full.?auto|trust|force|allow.?all|yes.?always|unattended|headless/i;

/**
 * Whether a condition holds only when someone asked for the bypass (`if (flags.yolo)`, `opts.skipPermissions === true`),
 * as opposed to a default that is on unless turned off (`if (!enablePermissions)`, `flag !== false`).
 */
function optIn(ctx: CodeContext, test: Node): boolean {
  const n = unwrap(test);
  if (!n) return false;
  switch (n.type) {
    case 'LogicalExpression':
      return n.operator === '&&' ? optIn(ctx, n.left) || optIn(ctx, n.right) : optIn(ctx, n.left) && optIn(ctx, n.right);
    case 'UnaryExpression':
      return false;
    case 'BinaryExpression': {
      const other = constValue(n.right, ctx.resolver);
      const side = n.left.type === 'PrivateIdentifier' ? undefined : n.left;
      if (!side) return false;
      if ((n.operator === '===' || n.operator === '==') && other !== false && other !== undefined && other !== null)
        return BYPASS_NAME.test(ctx.text(side)) || (typeof other === 'string' && BYPASS_NAME.test(other));
      return false;
    }
    case 'Identifier':
    case 'MemberExpression':
    case 'CallExpression':
      return BYPASS_NAME.test(ctx.text(n));
    default:
      return false;
  }
}

/** The condition a node is evaluated under, looking up to (not past) `stop`. */
function guardOf(ctx: CodeContext, node: Node, stop: Node | undefined): Node | undefined {
  let child: Node = node;
  let p = ctx.resolver.parent(node);
  while (p && p !== stop) {
    if (p.type === 'IfStatement' && child !== p.test) return p.test;
    if (p.type === 'ConditionalExpression' && child !== p.test) return p.test;
    if (p.type === 'LogicalExpression' && p.operator === '&&' && child === p.right) return p.left;
    if (p.type === 'SwitchCase') return p.test ?? undefined;
    if (p.type === 'FunctionDeclaration' || p.type === 'FunctionExpression' || p.type === 'ArrowFunctionExpression') return undefined;
    child = p;
    p = ctx.resolver.parent(p);
  }
  return undefined;
}

const OPTION_KEYS =
  /^(permissionMode|permission_mode|defaultMode|allowDangerouslySkipPermissions|dangerouslySkipPermissions|skipPermissions|sandboxMode|sandbox_mode|allowedTools|allowed_tools)$/;

const isTestFile = (p: string): boolean => /(^|\/)(test|tests|__tests__|spec|__mocks__|e2e)\//.test(p) || /\.(test|spec)\.[cm]?[jt]sx?$/.test(p);

export default defineRule({
  id: 'agent/launch-without-permissions',
  title: 'Coding agent launched from code with permission checks off',
  severity: 'high',
  cwe: ['CWE-862'],
  confidence: 'high',
  help: [
    'An orchestrator that starts `claude --dangerously-skip-permissions` (or `--permission-mode bypassPermissions`,',
    '`--allowedTools Bash`), `codex --dangerously-bypass-approvals-and-sandbox` / `--sandbox danger-full-access`,',
    '`gemini --yolo`, `cursor-agent --force` or `aider --yes-always` from `spawn`, `execFile`, `exec`, `execa` or',
    '`node-pty` gives every prompt the agent reads (issue text, web pages, tool output) the power to run any',
    "command as the user, with the user's credentials. The arguments are followed through arrays built with",
    '`push`, `unshift`, spread and `concat` in the same file; SDK options (`permissionMode: "bypassPermissions"`,',
    '`allowDangerouslySkipPermissions: true`, Codex `sandboxMode: "danger-full-access"`) count too. Text that is only',
    'printed (log lines, help output) is never reported.',
    '',
    'High when the bypass is the default; low when it is added only under a condition that names the bypass',
    '(`if (flags.yolo)`, `opts.skipPermissions === true`): the code passes on an explicit choice of its user.',
    'Codex `--full-auto` is medium (commands still run in its workspace sandbox). Test files are low.',
    '',
    "**Fix:** keep the agent's permission checks on: pre-allow the exact commands the task needs",
    '(`--allowedTools "Bash(npm test:*)"`), or run the unattended agent only inside a disposable container or VM',
    'without credentials, and make the bypass an explicit opt-in of the user rather than the default.',
  ].join('\n'),
  kind: 'code',
  // lower case: files without any of these are not parsed for this rule
  keywords: [
    'dangerously',
    'bypasspermissions',
    'yolo',
    'cursor-agent',
    'gemini',
    'qwen',
    'yes-always',
    'full-auto',
    'allowedtools',
    'allowed-tools',
    'allowed_tools',
    'danger-full-access',
  ],
  visit: (ctx) => {
    const mutations = new Map<unknown, { call: boolean; node: Node }[]>();
    const sinks: { call: Node; kind: 'shell' | 'spawn'; args: Node[] }[] = [];
    const options: TSESTree.Property[] = [];
    const memberOptions: TSESTree.AssignmentExpression[] = [];
    const reported = new Set<Node>();
    const returns: { at: Node; program: Node | undefined; args: Node }[] = [];

    const bindingOf = (n: Node | undefined): unknown => {
      const u = unwrap(n);
      return u?.type === 'Identifier' ? ctx.resolver.binding(u) : undefined;
    };

    /** The words an argument list stands for, followed through locals, spreads, push/unshift/concat. */
    const wordsOf = (node: Node | undefined, guard: Node | undefined, depth: number, seen: Set<unknown>): Word[] => {
      const n = unwrap(node);
      if (!n || depth > 8) return [];
      if (n.type === 'ArrayExpression') {
        const out: Word[] = [];
        for (const el of n.elements) {
          if (!el) continue;
          if (el.type === 'SpreadElement') out.push(...wordsOf(el.argument, guard, depth + 1, seen));
          else out.push(...scalarWords(el, guard));
        }
        return out;
      }
      if (n.type === 'Identifier') {
        const b = ctx.resolver.binding(n) as { init?: Node; path?: string[] } | undefined;
        if (!b || seen.has(b)) return [{ value: undefined, node: n, guard }];
        seen.add(b);
        const out: Word[] = b.init && !b.path ? wordsOf(b.init, guard, depth + 1, seen) : [{ value: undefined, node: n, guard }];
        for (const { call, node: m } of mutations.get(b) ?? []) {
          if (call && m.type === 'CallExpression') {
            const callee = unwrap(m.callee) as TSESTree.MemberExpression;
            const name = propertyName(callee);
            const g = guardOf(ctx, m, undefined) ?? guard;
            const items = (name === 'splice' ? m.arguments.slice(2) : m.arguments).flatMap((a) =>
              a.type === 'SpreadElement' ? wordsOf(a.argument, g, depth + 1, seen) : scalarWords(a, g),
            );
            if (name === 'unshift') out.unshift(...items);
            else out.push(...items);
          } else out.push(...wordsOf(m, guardOf(ctx, m, undefined) ?? guard, depth + 1, seen));
        }
        return out;
      }
      if (n.type === 'CallExpression') {
        const callee = unwrap(n.callee);
        if (callee?.type === 'MemberExpression') {
          const name = propertyName(callee);
          if (name === 'concat')
            return [
              ...wordsOf(callee.object, guard, depth + 1, seen),
              ...n.arguments.flatMap((a) => (a.type === 'SpreadElement' ? wordsOf(a.argument, guard, depth + 1, seen) : wordsOf(a, guard, depth + 1, seen))),
            ];
          if (name === 'filter' || name === 'slice' || name === 'flat' || name === 'map') return wordsOf(callee.object, guard, depth + 1, seen);
        }
      }
      if (n.type === 'ConditionalExpression') return [...wordsOf(n.consequent, n.test, depth + 1, seen), ...wordsOf(n.alternate, n.test, depth + 1, seen)];
      if (n.type === 'Literal' || n.type === 'TemplateLiteral') return scalarWords(n, guard);
      return [{ value: undefined, node: n, guard }];
    };

    const scalarWords = (el: Node, guard: Node | undefined): Word[] => {
      const e = unwrap(el);
      if (!e) return [];
      if (e.type === 'ConditionalExpression') return [...scalarWords(e.consequent, e.test), ...scalarWords(e.alternate, e.test)];
      if (e.type === 'ArrayExpression') return wordsOf(e, guard, 1, new Set());
      const v = constValue(e, ctx.resolver);
      return [{ value: typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined, node: e, guard }];
    };

    const report = (hits: Hit[], sink: Node, sinkLabel: string, returned = false): void => {
      for (const h of hits) {
        const at = h.words[0]!.node;
        if (reported.has(at)) continue;
        reported.add(at);
        const guard = h.words.map((w) => w.guard).find((g) => g !== undefined);
        let severity = h.severity;
        let tail = '';
        if (guard && optIn(ctx, guard)) {
          severity = 'low';
          tail = ` only when \`${ctx.text(guard).replace(/\s+/g, ' ').slice(0, 60)}\` holds (the caller's opt-in)`;
        } else if (isTestFile(ctx.file.path)) severity = 'low';
        const flow: FlowStep[] =
          at === sink
            ? []
            : [
                { range: at.range, label: h.flag, message: `\`${h.flag}\` is added to the arguments` },
                {
                  range: sink.range,
                  label: sinkLabel,
                  message: returned ? `\`${sinkLabel}\` returns the launch arguments` : `\`${sinkLabel}\` starts the agent`,
                },
              ];
        const where = returned ? `is in the agent launch arguments \`${sinkLabel}\` returns` : `reaches \`${sinkLabel}\``;
        ctx.report(at, `\`${h.flag}\` ${where}${tail}: it ${h.what}.`, { severity, ...(flow.length ? { flow } : {}), key: `${h.flag}|${ctx.text(at)}` });
      }
    };

    const checkShell = (call: Node, cmd: Node | undefined, label: string): void => {
      const text = templateText(cmd, ctx);
      if (text === undefined || !/--|\byolo\b/.test(text)) return;
      for (const seg of splitCommand(text)) {
        // Find the agent inside the segment (`cd x && claude …` was split on &&; `env X=1 claude …`, `timeout 60 claude …`)
        const start = seg.findIndex((w) => w !== undefined && (AGENTS.test(programOf(w)) || /^(npx|bunx|pnpx)$/.test(w)));
        const words = (start > 0 ? seg.slice(start) : seg).map((value) => ({ value, node: cmd! }));
        report(flagsIn(words), call, label);
      }
    };

    return {
      CallExpression(node) {
        const callee = unwrap(node.callee);
        if (callee?.type === 'MemberExpression' && unwrap(callee.object)?.type === 'Identifier') {
          const name = propertyName(callee);
          if (name === 'push' || name === 'unshift' || name === 'splice') {
            const b = bindingOf(callee.object);
            if (b) mutations.set(b, [...(mutations.get(b) ?? []), { call: true, node }]);
          }
        }
        const canon = ctx.resolver.canonical(node.callee);
        const short = callee?.type === 'Identifier' ? callee.name : callee?.type === 'MemberExpression' ? propertyName(callee) : undefined;
        const args = node.arguments as Node[];
        if ((canon && SHELL_CALLS.has(canon)) || (!canon && short && SHELL_NAMES.test(short) && callee?.type === 'Identifier'))
          sinks.push({ call: node, kind: 'shell', args });
        else if ((canon && SPAWN_CALLS.has(canon)) || canon === 'Bun.spawn' || canon === 'Bun.spawnSync' || (!canon && short && SPAWN_NAMES.test(short)))
          sinks.push({ call: node, kind: 'spawn', args });
        else {
          // A launcher of the project's own (`submitTask('claude-spawn', 'claude', args)`): the agent named, its arguments next
          const i = args.findIndex(
            (a, k) => k < args.length - 1 && typeof constValue(a, ctx.resolver) === 'string' && AGENTS.test(programOf(constValue(a, ctx.resolver) as string)),
          );
          const next = unwrap(args[i + 1]);
          if (i >= 0 && next && (next.type === 'ArrayExpression' || next.type === 'Identifier')) sinks.push({ call: node, kind: 'spawn', args: args.slice(i) });
        }
      },
      NewExpression(node) {
        if (ctx.resolver.canonical(node.callee) === 'Deno.Command') sinks.push({ call: node, kind: 'spawn', args: node.arguments });
      },
      AssignmentExpression(node) {
        if (node.operator === '=' && node.left.type === 'MemberExpression') {
          // `sdkOptions.permissionMode = 'bypassPermissions'`
          const key = propertyName(node.left);
          if (key && OPTION_KEYS.test(key)) memberOptions.push(node);
          return;
        }
        // `args = args.concat([...])`, `args = [...args, '--yolo']`
        if (node.operator !== '=' || node.left.type !== 'Identifier') return;
        const b = ctx.resolver.binding(node.left);
        if (b) mutations.set(b, [...(mutations.get(b) ?? []), { call: false, node: node.right }]);
      },
      TaggedTemplateExpression(node) {
        const t = unwrap(node.tag);
        const canon = ctx.resolver.canonical(node.tag);
        if ((t?.type === 'Identifier' && t.name === '$') || canon === 'zx.$' || canon === 'execa.$' || canon === 'bun.$')
          sinks.push({ call: node, kind: 'shell', args: [node.quasi] });
      },
      Property(node) {
        const key = propertyName(node);
        if (key && OPTION_KEYS.test(key)) options.push(node);
      },
      ReturnStatement(node) {
        // A command builder: `return { command: 'claude', args }` / `return args`, spawned by its caller
        const a = unwrap(node.argument);
        if (!a) return;
        if (a.type === 'Identifier') returns.push({ at: node, program: undefined, args: a });
        else if (a.type === 'ObjectExpression') {
          let program: Node | undefined;
          let list: Node | undefined;
          for (const p of a.properties) {
            if (p.type !== 'Property') continue;
            const k = propertyName(p);
            if (k && /^(command|executable|cmd|bin|binary|program|file)$/.test(k)) program = p.value;
            if (k && /^(args|argv|arguments)$/.test(k)) list = p.value;
          }
          if (list) returns.push({ at: node, program, args: list });
        }
      },
      'Program:exit'() {
        for (const s of sinks) {
          const label = ctx
            .text(s.call.type === 'TaggedTemplateExpression' ? s.call.tag : (s.call as TSESTree.CallExpression).callee)
            .replace(/\s+/g, ' ')
            .slice(0, 40);
          const [first, second] = s.args;
          if (s.kind === 'shell') {
            checkShell(s.call, first, label);
            continue;
          }
          const u = unwrap(first);
          // Bun.spawn(['claude', …]) / Bun.spawn({cmd: [...]})
          if (u?.type === 'ArrayExpression' || (u?.type === 'Identifier' && !(typeof constValue(u, ctx.resolver) === 'string'))) {
            const words = wordsOf(u, undefined, 0, new Set());
            if (words.some((w) => w.value !== undefined)) {
              report(flagsIn(words), s.call, label);
              continue;
            }
          }
          const prog = constValue(first, ctx.resolver);
          if (typeof prog === 'string' && /\s/.test(prog.trim())) {
            checkShell(s.call, first, label);
            continue;
          }
          let argNode = second;
          if (s.call.type === 'NewExpression' && unwrap(second)?.type === 'ObjectExpression') {
            const p = (unwrap(second) as TSESTree.ObjectExpression).properties.find(
              (x): x is TSESTree.Property => x.type === 'Property' && propertyName(x) === 'args',
            );
            argNode = p?.value;
          }
          const rest = argNode && unwrap(argNode)?.type !== 'ObjectExpression' ? wordsOf(argNode, undefined, 0, new Set()) : [];
          const words: Word[] = [{ value: typeof prog === 'string' ? prog : undefined, node: first ?? s.call }, ...rest];
          // `sh -c "claude …"`: the script is a command line
          if (typeof prog === 'string' && /^(sh|bash|zsh|dash)$/.test(programOf(prog))) {
            const ci = rest.findIndex((w) => w.value !== undefined && /^-[a-z]*c$/.test(w.value));
            if (ci >= 0 && rest[ci + 1]) checkShell(s.call, rest[ci + 1]!.node, label);
            continue;
          }
          report(flagsIn(words), s.call, label);
        }
        for (const r of returns) {
          const words = wordsOf(r.args, undefined, 0, new Set());
          if (!words.some((w) => w.value !== undefined)) continue;
          // The program: a constant, a `x || 'claude'` default, else unknown (then only flags unique to one agent count)
          const pn = unwrap(r.program);
          let prog = constValue(pn, ctx.resolver);
          if (prog === undefined && pn?.type === 'LogicalExpression') prog = constValue(pn.right, ctx.resolver);
          const hits = flagsIn([{ value: typeof prog === 'string' ? prog : undefined, node: r.at }, ...words]);
          const fn = enclosingFunction(ctx.resolver, r.at);
          report(hits, r.at, (fn && functionName(ctx.resolver, fn)) || 'its function', true);
        }
        for (const p of options) checkOption(p, propertyName(p)!, p.value, p);
        for (const a of memberOptions) checkOption(undefined, propertyName(a.left as TSESTree.MemberExpression)!, a.right, a);
      },
    };

    function checkOption(p: TSESTree.Property | undefined, key: string, value: Node, at: Node): void {
      const v = unwrap(value);
      if (!v) return;
      const consts: { value: unknown; guard: Node | undefined }[] = [];
      if (v.type === 'ConditionalExpression')
        consts.push({ value: constValue(v.consequent, ctx.resolver), guard: v.test }, { value: constValue(v.alternate, ctx.resolver), guard: v.test });
      else consts.push({ value: constValue(v, ctx.resolver), guard: undefined });
      if (v.type === 'LogicalExpression' && v.operator === '||') consts.push({ value: constValue(v.right, ctx.resolver), guard: v.left });
      let what: string | undefined;
      let guard: Node | undefined;
      for (const c of consts) {
        if (/^(permissionMode|permission_mode|defaultMode)$/.test(key) && c.value === 'bypassPermissions')
          what = `\`${key}: "bypassPermissions"\` turns off every permission prompt of the agent`;
        else if (/^(allowDangerouslySkipPermissions|dangerouslySkipPermissions)$/.test(key) && c.value === true)
          what = `\`${key}: true\` lets the agent run without permission checks`;
        else if (/^(sandboxMode|sandbox_mode)$/.test(key) && c.value === 'danger-full-access')
          what = `\`${key}: "danger-full-access"\` runs the agent without a sandbox`;
        else continue;
        guard = c.guard;
        break;
      }
      if (!what && /^(allowedTools|allowed_tools)$/.test(key) && v.type === 'ArrayExpression') {
        const bash = v.elements.find(
          (e) => e && e.type !== 'SpreadElement' && typeof constValue(e, ctx.resolver) === 'string' && UNSCOPED_BASH(constValue(e, ctx.resolver) as string),
        );
        if (bash && p && isAgentOptions(p)) {
          ctx.report(bash, `\`${key}\` lists bare \`Bash\`: the agent runs any shell command without asking.`, {
            severity: isTestFile(ctx.file.path) ? 'low' : 'high',
          });
        }
        return;
      }
      if (!what) return;
      if (key === 'skipPermissions') return;
      guard ??= guardOf(ctx, at, enclosingFunction(ctx.resolver, at));
      const opted = guard !== undefined && optIn(ctx, guard);
      const severity: Severity = opted || isTestFile(ctx.file.path) ? 'low' : 'high';
      ctx.report(at, `${what}${opted ? ` only when \`${ctx.text(guard!).replace(/\s+/g, ' ').slice(0, 60)}\` holds (the caller's opt-in)` : ''}.`, {
        severity,
      });
    }

    /** An object literal that configures an agent (it also names a prompt, model, tools or permission mode), not a UI table. */
    function isAgentOptions(p: TSESTree.Property): boolean {
      const obj = ctx.resolver.parent(p);
      if (obj?.type !== 'ObjectExpression') return false;
      return obj.properties.some(
        (q) =>
          q.type === 'Property' &&
          /^(permissionMode|maxTurns|max_turns|model|systemPrompt|system_prompt|prompt|cwd|mcpServers|disallowedTools|allowedTools)$/.test(
            propertyName(q) ?? '',
          ) &&
          q !== p,
      );
    }
  },
  examples: {
    bad: [
      {
        code: "import { spawn } from 'node:child_process';\nexport function run(prompt: string) {\n  const args = ['-p', prompt];\n  args.push('--dangerously-skip-permissions');\n  return spawn('claude', args, { stdio: 'inherit' });\n}\n",
        line: 4,
        note: 'array built by push',
      },
      { code: "const { execSync } = require('child_process');\nexecSync('claude --dangerously-skip-permissions -p \"fix the tests\"');\n", line: 2 },
      { code: "import { spawn } from 'child_process';\nspawn('codex', ['exec', '--dangerously-bypass-approvals-and-sandbox', 'fix it']);\n", line: 2 },
      {
        code: "import { spawn } from 'child_process';\nconst base = ['-p', 'triage'];\nspawn('claude', [...base, '--permission-mode', 'bypassPermissions']);\n",
        line: 3,
        note: 'spread',
      },
      { code: "import { execFile } from 'child_process';\nexecFile('claude', ['-p', 'lint', '--allowedTools', 'Read,Bash']);\n", line: 2 },
      { code: "import { spawn } from 'child_process';\nspawn('gemini', ['--yolo', '-p', 'update deps']);\n" },
      { code: "import { spawn } from 'child_process';\nspawn('cursor-agent', ['-p', '--force', 'refactor']);\n" },
      { code: "import execa from 'execa';\nawait execa('aider', ['--yes-always', '--message', 'fix']);\n" },
      {
        code: "import { spawn } from 'child_process';\nspawn('npx', ['-y', '@openai/codex', 'exec', '--full-auto', 'task']);\n",
        note: 'codex via npx (medium)',
      },
      {
        code: "import { spawn } from 'child_process';\nfunction go(p, opts) {\n  let args = ['-p', p];\n  if (!opts.enablePermissions) args = args.concat(['--dangerously-skip-permissions']);\n  spawn('claude', args);\n}\n",
        line: 4,
        note: 'default on unless disabled',
      },
      {
        code: "import { query } from '@anthropic-ai/claude-agent-sdk';\nfor await (const m of query({ prompt: task, options: { permissionMode: 'bypassPermissions', maxTurns: 20 } })) console.log(m);\n",
      },
      {
        code: "export function options(settings: { skipPermissions: boolean }) {\n  const sdkOptions: Record<string, unknown> = { model: 'sonnet' };\n  if (settings.skipPermissions) sdkOptions.permissionMode = 'bypassPermissions';\n  return sdkOptions;\n}\n",
        line: 3,
        note: 'member assignment under an opt-in (low)',
      },
      {
        code: "import { query } from '@anthropic-ai/claude-agent-sdk';\nquery({ prompt: task, options: { allowDangerouslySkipPermissions: true, model: 'sonnet' } });\n",
      },
      {
        code: "import { spawn } from 'child_process';\nspawn('sh', ['-c', `cd ${dir} && claude --dangerously-skip-permissions -p \"$TASK\"`]);\n",
        note: 'shell script argument',
      },
      {
        code: "import { spawn } from 'child_process';\nexport function launch(task: string, flags: { yolo?: boolean }) {\n  const args = ['-p', task];\n  if (flags.yolo) args.push('--dangerously-skip-permissions');\n  spawn('claude', args);\n}\n",
        line: 4,
        note: 'opt-in of the caller (low)',
      },
      {
        code: "import { spawn } from 'child_process';\nexport function start(cmd: string, prompt: string) {\n  spawn(cmd, ['--dangerously-skip-permissions', prompt]);\n}\n",
        note: 'program chosen by the caller, flag unique to Claude',
      },
      {
        code: "export function buildClaudeCommand(task: string, claudePath?: string) {\n  const args = ['-p', task];\n  args.push('--dangerously-skip-permissions');\n  return { command: claudePath || 'claude', args };\n}\n",
        line: 3,
        note: 'command builder, spawned by its caller',
      },
      {
        code: "class Runner {\n  start(args: string[]) { return this.submitTask('claude-spawn', 'claude', args); }\n  spawnCodex(task: string) {\n    const args = ['exec', task, '--sandbox', 'danger-full-access'];\n    return this.submitTask('codex-run', 'codex', args);\n  }\n}\n",
        line: 4,
        note: 'project launcher named with the agent',
      },
    ],
    good: [
      {
        code: "console.log('Command format: claude --print --dangerously-skip-permissions');\nconst help = 'use --no-permissions to skip prompts';\n",
        note: 'printed, not run',
      },
      { code: "import { spawn } from 'child_process';\nspawn('claude', ['-p', 'lint', '--allowedTools', 'Read,Bash(npm test:*)']);\n", note: 'scoped Bash' },
      { code: "import { spawn } from 'child_process';\nspawn('rg', ['--force', '-y', 'TODO']);\n", note: 'generic flags of another program' },
      {
        code: "import { spawn } from 'child_process';\nconst env = { recommended: [] as string[] };\nenv.recommended.push('--dangerously-skip-permissions');\nspawn('claude', ['-p', 'hi']);\n",
        note: 'a list that is never launched',
      },
      {
        code: "const modes = [{ value: 'bypassPermissions', label: 'Bypass' }];\nconst o = { permissionMode: 'acceptEdits', allowedTools: ['Read', 'Bash(git diff:*)'], model: 'sonnet' };\n",
      },
    ],
  },
});
