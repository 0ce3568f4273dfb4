// Shared views of agent configs for the agent/* rules: permission entries, hook commands, MCP servers,
// shell command lines. Each view is parsed once per file through ctx.parsed().
import type { FlowStep, Severity, TextContext } from '../../rule.js';
import { entropy } from '../../core/entropy.js';
import { providerToken } from '../secrets/load.js';
import { LineIndex } from '../../core/lines.js';
import {
  isAgentMarkdown,
  isClaudeFlowConfig,
  isClaudeSettings,
  isCodexConfig,
  isMcpConfig,
  isOpencodeConfig,
  isPackageJson,
  isShellLike,
  isWorkflow,
} from './files.js';
import { tryParseJsonc } from './jsonc.js';
import { tryParseToml } from './toml.js';
import { at, entry, get, isMap, isScalar, isSeq, listItems, splitList, str, walk, type CNode, type MapNode, type Range } from './tree.js';
import { agentStepInfo } from './workflow.js';
import { parseFrontmatter, parseYaml } from './yaml.js';

/** Kinds of the reference catalogue; `D` = a shell code block in documentation (README, *.md). */
export type Origin = 'S' | 'A' | 'M' | 'F' | 'W' | 'P' | 'X' | 'D';

export interface Ctx {
  file: TextContext['file'];
  parsed: TextContext['parsed'];
}

/** The config views of a file read outside a per-file rule (a project rule reading several configs). */
export function fileContext(path: string, text: string): Ctx {
  const cache = new Map<string, unknown>();
  return {
    file: { path, text },
    parsed: <T>(k: string, fn: (t: string) => T): T => (cache.has(k) ? (cache.get(k) as T) : (cache.set(k, fn(text)), cache.get(k) as T)),
  };
}

/** A step of evidence at `range` of another file (ReportOptions.related, flow). */
export function stepIn(file: string, text: string, range: Range, message: string): FlowStep {
  const index = new LineIndex(text);
  const s = index.position(range[0]);
  const e = index.position(Math.max(range[0], range[1]));
  return { range, label: message, message, file, at: { line: s.line, column: s.column, endLine: e.line, endColumn: e.column } };
}

export const json = (ctx: Ctx): CNode | undefined => ctx.parsed('jsonc', tryParseJsonc);
export const yaml = (ctx: Ctx): CNode | undefined => ctx.parsed('yaml', (t) => parseYaml(t));
export const toml = (ctx: Ctx): CNode | undefined => ctx.parsed('toml', tryParseToml);
export const frontmatter = (ctx: Ctx) => ctx.parsed('frontmatter', parseFrontmatter);

/** The structured document of a config file, whatever its format. */
export function doc(ctx: Ctx): CNode | undefined {
  const p = ctx.file.path;
  if (/\.ya?ml$/.test(p)) return yaml(ctx);
  if (/\.toml$/.test(p)) return toml(ctx);
  if (/\.md$/.test(p)) return frontmatter(ctx)?.data;
  return json(ctx);
}

// ---------- permission entries ----------

export interface Permission {
  list: 'allow' | 'deny' | 'ask';
  raw: string;
  tool: string;
  /** Text inside the parentheses; undefined for a bare tool name. */
  spec: string | undefined;
  range: Range;
  origin: Origin;
}

export function parsePermission(raw: string): { tool: string; spec: string | undefined } {
  const m = /^\s*([A-Za-z_][\w.*-]*)\s*(?:\(([\s\S]*)\))?\s*$/.exec(raw);
  if (!m) return { tool: raw.trim(), spec: undefined };
  return { tool: m[1]!, spec: m[2] };
}

const mk = (list: Permission['list'], v: { value: string; range: Range }, origin: Origin): Permission => ({
  list,
  raw: v.value,
  ...parsePermission(v.value),
  range: v.range,
  origin,
});

/** Tool permission entries of Claude settings (S), agent/skill frontmatter (A), workflows (W) and claude-flow configs (F). */
export function permissions(ctx: Ctx): Permission[] {
  return ctx.parsed('agent:permissions', (text) => {
    const p = ctx.file.path;
    const out: Permission[] = [];
    if (isClaudeSettings(p) || isClaudeFlowConfig(p)) {
      const root = json(ctx);
      const origin: Origin = isClaudeSettings(p) ? 'S' : 'F';
      for (const list of ['allow', 'deny', 'ask'] as const) {
        for (const v of listItems(at(root, `permissions.${list}`), text)) out.push(mk(list, v, origin));
      }
      if (origin === 'F') {
        for (const w of walkAll(root)) {
          const k = w.entry?.key ?? '';
          if (/^(allowedTools|allowed_tools)$/.test(k)) for (const v of listItems(w.node, text)) out.push(mk('allow', v, 'F'));
        }
      }
    } else if (isAgentMarkdown(p)) {
      const fm = frontmatter(ctx)?.data;
      for (const v of listItems(get(fm, 'tools', 'allowed-tools', 'allowedTools'), text)) out.push(mk('allow', v, 'A'));
      for (const v of listItems(get(fm, 'disallowedTools', 'disallowed-tools'), text)) out.push(mk('deny', v, 'A'));
    } else if (isWorkflow(p)) {
      for (const step of workflowSteps(ctx)) {
        const w = get(step.node, 'with');
        for (const [key, list] of [
          ['allowed_tools', 'allow'],
          ['disallowed_tools', 'deny'],
        ] as const) {
          const n = get(w, key);
          if (isScalar(n) && typeof n.value === 'string') for (const v of splitList(n.value, n.range, text, /[,\n]/)) out.push(mk(list, v, 'W'));
        }
        const args = get(w, 'claude_args');
        if (isScalar(args) && typeof args.value === 'string') out.push(...cliToolFlags(text, args.range, 'W'));
        // `settings:` given inline as JSON: its permission lists, reported at the input.
        const settings = get(w, 'settings');
        if (isScalar(settings) && typeof settings.value === 'string' && settings.value.trim().startsWith('{')) {
          const inner = tryParseJsonc(settings.value);
          for (const list of ['allow', 'deny', 'ask'] as const) {
            for (const v of listItems(at(inner, `permissions.${list}`), settings.value)) out.push(mk(list, { value: v.value, range: settings.range }, 'W'));
          }
        }
      }
    }
    return out;
  });
}

/** `--allowedTools "Bash(git:*),Read"` style flags inside a source range. */
export function cliToolFlags(text: string, range: Range, origin: Origin): Permission[] {
  const src = text.slice(range[0], range[1]);
  const out: Permission[] = [];
  const re = /--(allowedTools|allowed-tools|disallowedTools|disallowed-tools)(?:=|\s+)("([^"]*)"|'([^']*)'|(\S+))/g;
  for (const m of src.matchAll(re)) {
    const list = m[1]!.startsWith('allow') ? 'allow' : 'deny';
    const inner = m[3] ?? m[4] ?? m[5] ?? '';
    const innerStart = range[0] + m.index + m[0].length - (m[5] !== undefined ? inner.length : inner.length + 1);
    for (const v of splitList(inner, [innerStart, innerStart + inner.length], text, m[5] !== undefined ? /,/ : /[,\s]/)) out.push(mk(list, v, origin));
  }
  return out;
}

/** First word of a Bash permission spec and the rest (`npm run test:*` → npm, `run test:*`). */
export function bashCommand(spec: string): { cmd: string; rest: string; words: string[] } {
  const s = spec.replace(/:\*\s*$/, ' *').trim();
  const words = s.split(/\s+/).filter(Boolean);
  return { cmd: words[0] ?? '', rest: words.slice(1).join(' '), words };
}

export const isWildcard = (s: string | undefined): boolean => s === undefined || /^[\s*:]*$/.test(s);

const INTERPRETERS = /^(node|nodejs|deno|bun|python[\d.]*|py|perl|ruby|php|bash|sh|zsh|dash|fish|pwsh|powershell|osascript)$/;
const ESCALATORS = /^(eval|exec|sudo|su|doas|source|\.)$/;
const WRAPPERS = /^(xargs|env|nohup|time|timeout|watch|command|builtin|nice|stdbuf)$/;
const LAUNCHERS = /^(npx|bunx|pnpx|uvx)$/;

/** Why a Bash allow spec amounts to an unscoped shell, or undefined when it is scoped. */
export function shellEscape(spec: string, depth = 0): string | undefined {
  const { cmd, words } = bashCommand(spec);
  const next = words[1];
  const wild = (w: string | undefined) => w === undefined || /^\*+$/.test(w);
  const endsWild = words.length > 1 && /^\*+$/.test(words[words.length - 1]!);
  const base = cmd.replace(/\*+$/, '');
  if (INTERPRETERS.test(base) || (cmd.endsWith('*') && /^(python|node|bash|sh|perl|ruby)/.test(base))) {
    if (cmd.endsWith('*') || (words.length > 1 && (wild(next) || (endsWild && /^-(e|c|p|i|m|-eval|-print|command)$/i.test(next ?? '')))))
      return `runs any \`${base}\` program`;
    return undefined;
  }
  if (ESCALATORS.test(cmd)) return endsWild ? `\`${cmd}\` runs any command it is given` : undefined;
  if (WRAPPERS.test(cmd)) {
    // `xargs grep:*` is as narrow as `grep:*`; `xargs:*` or `env:*` runs anything.
    let i = 1;
    while (i < words.length && (/^-/.test(words[i]!) || /^\w+=/.test(words[i]!) || (cmd === 'timeout' && /^\d/.test(words[i]!)))) i++;
    const inner = words.slice(i);
    if (!inner.length || wild(inner[0])) return words.length > 1 ? `\`${cmd}\` runs any command it is given` : undefined;
    return depth < 3 ? shellEscape(inner.join(' '), depth + 1) : undefined;
  }
  if (cmd === 'find') return endsWild || words.some((w) => /^-(exec|execdir|ok|okdir)$/.test(w)) ? '`find -exec` runs any command' : undefined;
  if (LAUNCHERS.test(cmd) || (cmd === 'pnpm' && next === 'dlx') || (cmd === 'yarn' && next === 'dlx') || (cmd === 'npm' && next === 'exec')) {
    const pkg = LAUNCHERS.test(cmd) ? words.slice(1).find((w) => !w.startsWith('-')) : words[2];
    return words.length > 1 && wild(pkg) ? `\`${cmd}\` downloads and runs any package` : undefined;
  }
  if ((cmd === 'docker' || cmd === 'podman') && /^(run|exec)$/.test(next ?? '') && endsWild) return `\`${cmd} ${next}\` runs any image or command`;
  return undefined;
}

// ---------- hook commands ----------

export interface HookCommand {
  command: string;
  range: Range;
  where: string;
  origin: Origin;
}

function hooksOf(node: CNode | undefined, where: string, origin: Origin, out: HookCommand[]): void {
  if (!isMap(node)) return;
  for (const ev of node.entries) {
    const groups = isSeq(ev.value) ? ev.value.items : [ev.value];
    for (const g of groups) {
      const hs = get(g, 'hooks');
      const list = isSeq(hs) ? hs.items : [g];
      for (const h of list) {
        const c = get(h, 'command');
        if (isScalar(c) && typeof c.value === 'string') out.push({ command: c.value, range: c.range, where: `${where}.${ev.key}`, origin });
        const u = get(h, 'url');
        if (isScalar(u) && typeof u.value === 'string') out.push({ command: u.value, range: u.range, where: `${where}.${ev.key}.url`, origin });
      }
    }
  }
}

/** Commands Claude Code runs on its own: hooks, statusLine, apiKeyHelper and friends (S, A). */
export function hookCommands(ctx: Ctx): HookCommand[] {
  return ctx.parsed('agent:hooks', () => {
    const p = ctx.file.path;
    const out: HookCommand[] = [];
    let root: CNode | undefined;
    let origin: Origin;
    if (isClaudeSettings(p)) {
      root = json(ctx);
      origin = 'S';
    } else if (isAgentMarkdown(p)) {
      root = frontmatter(ctx)?.data;
      origin = 'A';
    } else if (isCodexConfig(p)) {
      // Codex: the same `[[hooks.<Event>]]` / `[[hooks.<Event>.hooks]]` shape, and `notify = [argv…]` run on events.
      root = toml(ctx);
      origin = 'S';
      const notify = get(root, 'notify');
      if (isSeq(notify) && notify.items.length)
        out.push({
          command: listItems(notify, ctx.file.text)
            .map((a) => a.value)
            .join(' '),
          range: notify.range,
          where: 'notify',
          origin,
        });
    } else return out;
    hooksOf(get(root, 'hooks'), 'hooks', origin, out);
    for (const key of ['apiKeyHelper', 'awsAuthRefresh', 'awsCredentialExport', 'otelHeadersHelper', 'gcpAuthRefresh']) {
      const n = get(root, key);
      if (isScalar(n) && typeof n.value === 'string') out.push({ command: n.value, range: n.range, where: key, origin });
    }
    const sl = get(get(root, 'statusLine'), 'command');
    if (isScalar(sl) && typeof sl.value === 'string') out.push({ command: sl.value, range: sl.range, where: 'statusLine.command', origin });
    for (const e of isMap(root) ? root.entries : []) {
      if (!/^(pre|post)\w*Hook$/.test(e.key)) continue;
      const c = get(e.value, 'command');
      if (isScalar(c) && typeof c.value === 'string') {
        const args = listItems(get(e.value, 'args'), ctx.file.text).map((a) => a.value);
        out.push({ command: [c.value, ...args].join(' '), range: c.range, where: e.key, origin });
      }
    }
    return out;
  });
}

// ---------- MCP servers ----------

export interface McpServer {
  name: string;
  nameRange: Range;
  node: MapNode;
  command: CNode | undefined;
  args: { value: string; range: Range }[];
  /** The switch that turns the server off (`disabled: true`, `enabled = false`), when this client honours it. */
  off: string | undefined;
}

// Clients whose docs say a server entry can be switched off and is then not started: Cline, Roo, Windsurf, Kiro and
// Amazon Q (`disabled: true`), Codex and opencode (`enabled = false`). Claude Code, Cursor and VS Code have no such
// key in their files (Claude Code turns `.mcp.json` servers off in settings), so there the key changes nothing.
const DISABLED_KEY = /(^|\/)(\.roo\/mcp\.json|\.kiro\/settings\/mcp\.json|\.amazonq\/mcp\.json|cline_mcp_settings\.json|mcp_settings\.json|mcp_config\.json)$/;
function offSwitch(p: string, node: MapNode): string | undefined {
  const d = get(node, 'disabled');
  if (DISABLED_KEY.test(p) && isScalar(d) && d.value === true) return '`disabled: true`';
  const e = get(node, 'enabled');
  if ((isCodexConfig(p) || isOpencodeConfig(p)) && isScalar(e) && e.value === false) return isCodexConfig(p) ? '`enabled = false`' : '`enabled: false`';
  return undefined;
}

/** Report options for a finding on a server: a server its client keeps switched off is info (not started until someone turns it on). */
export function serverGrade(s: McpServer, options: { severity?: Severity } = {}): { severity?: Severity } {
  return s.off ? { ...options, severity: 'info' } : options;
}

/** Message tail for a switched-off server. */
export const offNote = (s: McpServer): string =>
  s.off ? ` The server is switched off (${s.off}), so the client does not start it until someone turns it on.` : '';

/** MCP server entries of MCP client configs (M) and claude-flow configs (F). */
export function mcpServers(ctx: Ctx): McpServer[] {
  return ctx.parsed('agent:mcp', (text) => {
    const p = ctx.file.path;
    if (!isMcpConfig(p) && !isClaudeFlowConfig(p) && !isClaudeSettings(p)) return [];
    const root = doc(ctx);
    const holders: CNode[] = [];
    for (const w of walkAll(root)) {
      const k = w.entry?.key;
      if (
        (k === 'mcpServers' ||
          k === 'mcp_servers' ||
          k === 'context_servers' ||
          k === 'modelContextProtocolServers' ||
          (k === 'servers' && (isMcpConfig(p) || w.path.includes('mcp'))) ||
          (k === 'mcp' && w.path.length === 1 && isOpencodeConfig(p))) &&
        (isMap(w.node) || isSeq(w.node))
      )
        holders.push(w.node);
    }
    const out: McpServer[] = [];
    const add = (name: string, nameRange: Range, server: MapNode): void => {
      // The old Continue `config.json`: `{transport: {type, command, args, env}}`.
      const transport = get(server, 'transport');
      const node = isMap(transport) && !get(server, 'command') ? transport : server;
      // Zed: `command: {path, args}`; opencode: `command: [argv…]`; everyone else: `command` + `args`.
      const c = get(node, 'command');
      let command = isMap(c) ? get(c, 'path') : isSeq(c) ? c.items[0] : c;
      let args = isMap(c)
        ? listItems(get(c, 'args'), text)
        : isSeq(c)
          ? [...listItems(c, text).slice(1), ...listItems(get(node, 'args'), text)]
          : listItems(get(node, 'args'), text);
      // A whole command line in `command` and no args (`"docker run --rm --env-file .env image"`): read it as words.
      if (
        isScalar(command) &&
        typeof command.value === 'string' &&
        !args.length &&
        /^\S+\s+\S/.test(command.value.trim()) &&
        !/^[A-Za-z]:\\|\\ /.test(command.value)
      ) {
        const words = splitList(command.value, command.range, text, /\s/);
        if (words.length > 1) {
          const [first, ...rest] = words;
          command = { kind: 'scalar', value: first!.value, range: first!.range, quoted: true };
          args = rest;
        }
      }
      out.push({ name, nameRange, node, command, args, off: offSwitch(p, server) });
    };
    for (const h of holders) {
      if (isMap(h)) for (const e of h.entries) if (isMap(e.value)) add(e.key, e.keyRange, e.value);
      // Continue (`mcpServers:` is a list of `{name, command, args, env}` blocks).
      if (isSeq(h)) {
        for (const item of h.items) {
          if (!isMap(item)) continue;
          const n = get(item, 'name');
          add(str(n) ?? '(unnamed)', n?.range ?? item.range, item);
        }
      }
    }
    return out;
  });
}

/** The whole launch line of a server: command + args. */
export const launchLine = (s: McpServer): string => [str(s.command) ?? '', ...s.args.map((a) => a.value)].join(' ').trim();

// ---------- command lines (package.json scripts, shell, Dockerfile, Makefile, workflow run steps) ----------

export interface CommandLine {
  text: string;
  /** Offset of `text[0]` in the file when `text` is a verbatim slice, else the start of its value. */
  start: number;
  verbatim: boolean;
  origin: Origin;
}

/** Split a source range into lines, dropping comment lines and trailing `# comments`. */
function sourceLines(text: string, from: number, to: number, origin: Origin, hashComments = true): CommandLine[] {
  const out: CommandLine[] = [];
  let pos = from;
  for (const line of text.slice(from, to).split('\n')) {
    const trimmed = line.trimStart();
    const lead = line.length - trimmed.length;
    if (trimmed && !(hashComments && trimmed.startsWith('#'))) {
      out.push({ text: hashComments ? stripTrailingComment(trimmed) : trimmed, start: pos + lead, verbatim: true, origin });
    }
    pos += line.length + 1;
  }
  return out;
}

/** Drop a ` # comment` tail that is outside quotes. */
export function stripTrailingComment(line: string): string {
  let q: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (q) {
      if (ch === q) q = undefined;
    } else if (ch === '"' || ch === "'") q = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return line.slice(0, i).trimEnd();
  }
  return line;
}

export function commandLines(ctx: Ctx): CommandLine[] {
  return ctx.parsed('agent:commands', (text) => {
    const p = ctx.file.path;
    if (isPackageJson(p)) {
      const scripts = get(json(ctx), 'scripts');
      if (!isMap(scripts)) return [];
      return scripts.entries.flatMap((e) =>
        isScalar(e.value) && typeof e.value.value === 'string' ? [{ text: e.value.value, start: e.value.range[0], verbatim: false, origin: 'P' as const }] : [],
      );
    }
    if (isShellLike(p)) return sourceLines(text, 0, text.length, 'X');
    if (isWorkflow(p)) {
      const out: CommandLine[] = [];
      for (const step of workflowSteps(ctx)) {
        const run = get(step.node, 'run');
        if (isScalar(run) && typeof run.value === 'string') out.push(...sourceLines(text, run.range[0], run.range[1], 'W'));
        const w = get(step.node, 'with');
        for (const key of ['claude_args', 'prompt', 'direct_prompt', 'script', 'args']) {
          const n = get(w, key);
          if (key.endsWith('prompt')) continue;
          if (isScalar(n) && typeof n.value === 'string') out.push(...sourceLines(text, n.range[0], n.range[1], 'W'));
        }
      }
      return out;
    }
    return [];
  });
}

/**
 * True when the text at `index` is printed, not run: it sits in the arguments of an `echo`/`printf`/`Write-Host`
 * command (`echo "Command: claude --no-permissions"`, `echo ok; printf '%s' "--yolo"`). The command is the part of
 * the line after the last `;`, `&&`, `||`, `|`, `(` or backquote outside quotes.
 */
export function printedAt(text: string, index: number): boolean {
  let q: string | undefined;
  let from = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    const ch = text[i]!;
    if (q) {
      if (ch === q) q = undefined;
    } else if (ch === '"' || ch === "'") q = ch;
    else if (ch === ';' || ch === '|' || ch === '&' || ch === '(' || ch === '`' || ch === '\n') from = i + 1;
  }
  return /^\s*(?:\$\s+)?(?:@)?(echo|printf|Write-Host|Write-Output|console\.log|print)\b/i.test(text.slice(from, index));
}

/** Target range of a regex match inside a command line. */
export function matchRange(line: CommandLine, index: number, length: number): Range {
  return line.verbatim ? [line.start + index, line.start + index + length] : [line.start, line.start + 1];
}

// ---------- workflows ----------

export interface WorkflowStep {
  node: CNode;
  job: string;
  jobNode: CNode;
  uses: string | undefined;
}

export function workflowSteps(ctx: Ctx): WorkflowStep[] {
  return ctx.parsed('agent:steps', () => {
    const jobs = get(yaml(ctx), 'jobs');
    const out: WorkflowStep[] = [];
    if (!isMap(jobs)) return out;
    for (const j of jobs.entries) {
      const steps = get(j.value, 'steps');
      if (!isSeq(steps)) continue;
      for (const s of steps.items) out.push({ node: s, job: j.key, jobNode: j.value, uses: str(get(s, 'uses')) });
    }
    return out;
  });
}

/** A step that runs a coding agent (claude-code-action, or a `claude`/claude-flow CLI call). */
export function isAgentStep(step: WorkflowStep): boolean {
  if (agentStepInfo(step.node)) return true;
  if (step.uses && /anthropics\/claude-code(-base)?-action|claude-code|claude-flow/i.test(step.uses)) return true;
  const run = str(get(step.node, 'run'));
  return !!run && /(^|[\s;&|(])(claude|npx\s+(-y\s+)?(@anthropic-ai\/claude-code|claude-flow)\S*)\s/m.test(run + ' ');
}

// ---------- small predicates ----------

export function* walkAll(root: CNode | undefined): Generator<{ node: CNode; path: string[]; entry?: import('./tree.js').MapEntry }> {
  if (root) yield* walk(root);
}

/** Download piped or fed into a shell/interpreter. */
export const DOWNLOAD_EXEC =
  /\b(curl|wget|iwr|Invoke-WebRequest|fetch)\b[^|;&\n]*\|\s*(sudo\s+)?(ba|z|da|k|fi)?sh\b|\b(curl|wget)\b[^|;&\n]*\|\s*(sudo\s+)?(python3?|node|perl|ruby|iex)\b|\b(ba|z)?sh\s+(-c\s+)?["']?(<\(|\$\()\s*(curl|wget)\b|\bsource\s+<\(\s*(curl|wget)|\b(iex|Invoke-Expression)\b.*\b(iwr|Invoke-WebRequest|DownloadString)\b|\b(curl|wget)\b[^\n]*?\s(-o|-O|--output|--output-document)\s*(\S+)[^\n]*?(&&|;)\s*(sudo\s+)?((ba|z)?sh|source|\.|chmod\s+\+x|python3?|node)\s/i;

export const SECRET_NAME = /(KEY|TOKEN|SECRET|PASSWORD|PASSWD|PWD|AUTH|CREDENTIAL|BEARER|APIKEY|PRIVATE)/i;

/** A reference or placeholder rather than a literal value. */
export function isReference(v: string): boolean {
  return /\$\{\{|\$\{[A-Za-z_]|\$[A-Z_][A-Z0-9_]*|%[A-Z_]+%|\{env:/.test(v) || /^(<.*>|\[.*\]|x{4,}|\*+|\.\.\.)$/i.test(v.trim());
}

export function isPlaceholder(v: string): boolean {
  return /(your|example|placeholder|changeme|change[-_]me|replace|dummy|insert|redacted|xxxx|todo|<|>|\.\.\.)/i.test(v) || /^(.)\1+$/.test(v);
}

/** A literal credential: a provider-format token, or a long high-entropy value under a secret-like name. */
export function literalSecret(name: string, value: string): string | undefined {
  if (isReference(value)) return undefined;
  const tok = providerToken(name, value);
  if (tok && !isPlaceholder(tok)) return tok;
  if (!SECRET_NAME.test(name)) return undefined;
  const v = value.replace(/^(Bearer|Basic|Token)\s+/i, '').trim();
  if (v.length < 16 || /\s/.test(v) || isPlaceholder(v)) return undefined;
  if (/^https?:\/\//.test(v) || /^[\w.-]+\/[\w./-]+$/.test(v)) return undefined;
  // Identifiers made of words (`oauth-device-flow-v2`, `claude-3-7-sonnet`) are names, not credentials.
  const segments = v.split(/[-_.:]/);
  if (segments.length >= 2 && segments.filter((s) => /^[A-Za-z]{3,}$/.test(s)).length >= 2 && segments.every((s) => /^([A-Za-z]+|\d{1,8}|v\d+)$/.test(s)))
    return undefined;
  const e = entropy(v);
  const mixed = /\d/.test(v) && /[A-Za-z]/.test(v);
  return (mixed && e >= 3.3) || e >= 4.0 ? v : undefined;
}

/** Whether a launcher invocation pins its package to an exact version. */
export function launcherPackage(line: string): { launcher: string; pkg: string | undefined; pinned: boolean; index: number } | undefined {
  const m = /(?:^|[\s;&|(`"'/\\])(npx|bunx|pnpx|uvx|pipx\s+run|pnpm\s+(?:dlx|exec)|yarn\s+dlx|npm\s+exec)(?:\.cmd|\.exe)?\s+/.exec(line);
  if (!m) return undefined;
  const launcher = m[1]!.replace(/\s+/g, ' ');
  const rest = line.slice(m.index + m[0].length).split(/\s+/);
  let pkg: string | undefined;
  let from: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i]!.replace(/^["']|["';)&|]+$/g, '');
    if (!w) continue;
    if (w === '--') continue;
    if (/^(-p|--package|--from|--with)$/.test(w)) {
      from = rest[i + 1]?.replace(/^["']|["']$/g, '');
      i++;
      continue;
    }
    if (/^--(package|from)=/.test(w)) {
      from = w.slice(w.indexOf('=') + 1);
      continue;
    }
    if (w.startsWith('-')) continue;
    pkg = w;
    break;
  }
  const target = from ?? pkg;
  if (!target) return { launcher, pkg: undefined, pinned: false, index: m.index };
  return { launcher, pkg: target, pinned: isPinnedSpec(target), index: m.index };
}

export function isPinnedSpec(spec: string): boolean {
  const exact = /^v?\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/;
  const py = /^[\w.[\]-]+==\d+(\.\d+)*([a-z]+\d*)?$/i.exec(spec);
  if (py) return true;
  const at = spec.lastIndexOf('@');
  if (at <= 0) return /^(\.{0,2}\/|file:|https?:)/.test(spec) && !/^https?:/.test(spec) ? true : false;
  return exact.test(spec.slice(at + 1));
}

export function packageName(spec: string): string {
  const at = spec.lastIndexOf('@');
  const name = at > 0 ? spec.slice(0, at) : spec;
  return name.replace(/==.*$/, '');
}

/** A host on the developer's own machine (lower case; IPv6 in brackets): a local server, router or container host. */
export function isLoopbackHost(host: string): boolean {
  return (
    host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]' || host === '0.0.0.0' || host === 'host.docker.internal'
  );
}

/** An `http://` URL to a host other than a loopback one (or a `${VAR}` reference): clear text over a network. */
export function isInsecureUrl(url: string): boolean {
  const m = /^http:\/\/(\[[^\]]+\]|[^/:?#]+)/i.exec(url.trim());
  if (!m) return false;
  const host = m[1]!.toLowerCase();
  if (isReference(host)) return false;
  return !isLoopbackHost(host);
}

/** claude-flow permission strings: `read:src,write:src/components`, a list of them, or `{read: [...], write: [...]}`. */
export function flowPermissions(node: CNode | undefined, text: string): { verb: string; path: string; raw: string; range: Range }[] {
  const out: { verb: string; path: string; raw: string; range: Range }[] = [];
  if (!node) return out;
  if (isMap(node)) {
    for (const e of node.entries) {
      if (isScalar(e.value) && (e.value.value === true || e.value.value === '*'))
        out.push({ verb: e.key, path: '*', raw: `${e.key}: ${String(e.value.value)}`, range: e.value.range });
      for (const v of listItems(e.value, text)) out.push({ verb: e.key, path: v.value, raw: `${e.key}:${v.value}`, range: v.range });
    }
    return out;
  }
  for (const v of listItems(node, text)) out.push(...parseFlowPermissionString(v.value, v.range, text));
  return out;
}

export function parseFlowPermissionString(s: string, range: Range, text: string): { verb: string; path: string; raw: string; range: Range }[] {
  return splitList(s, range, text, /,/).map((p) => {
    const i = p.value.indexOf(':');
    return i < 0
      ? { verb: p.value, path: p.value === '*' || p.value === 'all' ? '*' : '', raw: p.value, range: p.range }
      : { verb: p.value.slice(0, i), path: p.value.slice(i + 1), raw: p.value, range: p.range };
  });
}

/** `permissions` values of claude-flow configs (F), and `--permissions "..."` flags of commands (P, X). */
export function flowPermissionSites(ctx: Ctx): { verb: string; path: string; raw: string; range: Range }[] {
  return ctx.parsed('agent:flowperms', (text) => {
    const p = ctx.file.path;
    const out: { verb: string; path: string; raw: string; range: Range }[] = [];
    if (isClaudeFlowConfig(p)) {
      for (const w of walkAll(json(ctx))) {
        if (w.entry?.key !== 'permissions' && w.entry?.key !== 'agentPermissions') continue;
        if (isMap(w.node) && (entry(w.node, 'allow') || entry(w.node, 'deny'))) continue;
        out.push(...flowPermissions(w.node, text));
      }
    }
    for (const line of commandLines(ctx)) {
      if (line.origin === 'W') continue;
      for (const m of line.text.matchAll(/--permissions(?:=|\s+)("([^"]*)"|'([^']*)'|(\S+))/g)) {
        const inner = m[2] ?? m[3] ?? m[4] ?? '';
        const off = m.index + m[0].length - inner.length - (m[4] !== undefined ? 0 : 1);
        const r = matchRange(line, off, inner.length);
        for (const perm of parseFlowPermissionString(inner, r, text)) out.push(line.verbatim ? perm : { ...perm, range: r });
      }
    }
    return out;
  });
}
