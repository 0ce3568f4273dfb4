// `claude mcp add …` (and codex, gemini) in scripts and docs: the server each command writes, for the MCP rules.
import { tryParseJsonc } from './jsonc.js';
import { commandLines, workflowSteps, type Ctx, type Origin } from './agent.js';
import { isPackageJson, isShellLike, isWorkflow } from './files.js';
import { get, isMap, isScalar, isSeq, listItems, str, type Range } from './tree.js';

export interface McpAddCommand {
  client: string;
  /** `add`, or `add-json` (the server given as one JSON word). */
  verb: 'add' | 'add-json';
  name: string;
  /** The launch command and its arguments (after `--`, or after the name). */
  command: { value: string; range: Range }[];
  url: { value: string; range: Range } | undefined;
  origin: Origin;
}

/** Documentation files (CLAUDE.md and skills included) whose shell code blocks count as commands a reader, or an agent, will run. */
export const isDocFile = (p: string): boolean => /\.(md|mdx|markdown)$/i.test(p) && !/(^|\/)node_modules\//.test(p) && !/(^|\/)CHANGELOG[^/]*$/i.test(p);

const MCP_ADD = /\b(claude|codex|gemini)(?:\.cmd|\.exe)?\s+mcp\s+add(-json)?(?=\s)/g;
const OPTION_WITH_VALUE =
  /^(-s|--scope|-t|--transport|-e|--env|-H|--header|--client-id|--client-secret|--callback-port|--timeout|--trust|--description|--include-tools|--exclude-tools|--bearer-token-env-var)$/;

/** Shell words of `src` from `from`, with offsets, up to the end of the command (newline not continued, `&&`, `;`, `|`, `#`). */
function shellWords(src: string, from: number): { value: string; range: Range }[] {
  const out: { value: string; range: Range }[] = [];
  let i = from;
  while (i < src.length && out.length < 200) {
    while (i < src.length && (src[i] === ' ' || src[i] === '\t' || (src[i] === '\\' && (src[i + 1] === '\n' || src.startsWith('\r\n', i + 1)))))
      i += src[i] === '\\' ? (src[i + 1] === '\r' ? 3 : 2) : 1;
    const c = src[i];
    if (c === undefined || c === '\n' || c === '\r' || c === ';' || c === '|' || c === '&' || c === '#' || c === ')' || c === '`') break;
    const start = i;
    let value = '';
    while (i < src.length && !/[\s;|&)`]/.test(src[i]!)) {
      const q = src[i]!;
      if (q === '$' && src[i + 1] === '(') {
        // A command substitution is one opaque part of the word (`-e TOKEN=$(grep X .env | cut -d= -f2)`).
        let depth = 0;
        let k = i + 1;
        for (; k < src.length && src[k] !== '\n'; k++) {
          if (src[k] === '(') depth++;
          else if (src[k] === ')' && --depth === 0) break;
        }
        if (depth !== 0) return out;
        value += src.slice(i, k + 1);
        i = k + 1;
      } else if (q === '"' || q === "'") {
        const end = src.indexOf(q, i + 1);
        // A quoted JSON object (`claude mcp add-json name '{\n  "command": …\n}'`) may span lines; other quotes may not.
        const multiline = q === "'" && src[i + 1] === '{' && end > 0 && end - i < 8000;
        const stop = end < 0 || (src.slice(i + 1, end).includes('\n') && !multiline) ? -1 : end;
        if (stop < 0) return out;
        value += src.slice(i + 1, stop);
        i = stop + 1;
      } else {
        value += q;
        i++;
      }
    }
    out.push({ value, range: [start, i] });
  }
  return out;
}

function parseMcpAdd(client: string, words: { value: string; range: Range }[], origin: Origin): McpAddCommand | undefined {
  let name: string | undefined;
  let url: { value: string; range: Range } | undefined;
  let transport: string | undefined;
  const positional: { value: string; range: Range }[] = [];
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w.value === '--') {
      const rest = words.slice(k + 1);
      if (name === undefined && positional.length) name = positional.shift()!.value;
      return { client, verb: 'add', name: name ?? positional[0]?.value ?? '', command: rest, url, origin };
    }
    const eq = /^(--[\w-]+)=(.*)$/.exec(w.value);
    if (eq && eq[1] === '--url') url = { value: eq[2]!, range: w.range };
    else if (eq && eq[1] === '--transport') transport = eq[2];
    else if (w.value === '--url') {
      url = words[k + 1];
      k++;
    } else if (OPTION_WITH_VALUE.test(w.value)) {
      if (/^(-t|--transport)$/.test(w.value)) transport = words[k + 1]?.value;
      k++;
    } else if (w.value.startsWith('-') && positional.length === 0) continue;
    else positional.push(w);
  }
  if (!positional.length) return undefined;
  name = positional.shift()!.value;
  if (!url && positional[0] && (/^(https?|wss?):\/\//i.test(positional[0].value) || /^(http|sse|streamable-http)$/.test(transport ?? '')))
    url = positional.shift();
  return { client, verb: 'add', name, command: url ? [] : positional, url, origin };
}

/** `claude mcp add-json [-s scope] name '{"command": …, "args": […]}'`: the JSON word read as a server entry, every part at that word. */
function parseMcpAddJson(client: string, words: { value: string; range: Range }[], origin: Origin): McpAddCommand | undefined {
  const positional = words.filter((w, k) => !w.value.startsWith('-') && !/^(-s|--scope)$/.test(words[k - 1]?.value ?? ''));
  const [name, json] = positional;
  if (!name || !json) return undefined;
  const server = tryParseJsonc(json.value);
  if (!isMap(server)) return undefined;
  const here = (value: string): { value: string; range: Range } => ({ value, range: json.range });
  const u = str(get(server, 'url'));
  const c = get(server, 'command');
  const argv = [
    ...(isSeq(c) ? listItems(c, json.value) : isScalar(c) && typeof c.value === 'string' ? [{ value: c.value }] : []),
    ...listItems(get(server, 'args'), json.value),
  ].map((a) => here(a.value));
  return { client, verb: 'add-json', name: name.value, command: u ? [] : argv, url: u ? here(u) : undefined, origin };
}

/** `claude mcp add …`, `codex mcp add …`, `gemini mcp add …` in package.json scripts, shell scripts, Dockerfiles, workflow steps and shell code blocks of docs. */
export function mcpAddCommands(ctx: Ctx): McpAddCommand[] {
  return ctx.parsed('agent:mcpadd', (text) => {
    if (!/\bmcp\s+add(-json)?\s/.test(text)) return [];
    const p = ctx.file.path;
    const out: McpAddCommand[] = [];
    const scan = (src: string, base: number, origin: Origin, verbatim: boolean, at: number): void => {
      for (const m of src.matchAll(MCP_ADD)) {
        const lineStart = src.lastIndexOf('\n', m.index) + 1;
        const before = src.slice(lineStart, m.index);
        // Printed, not run: `echo "… claude mcp add …"`; commented out.
        if (/^\s*(#|\/\/|REM\b)/i.test(before) || /\b(echo|printf|Write-Host|console\.log)\b/.test(before)) continue;
        const words = shellWords(src, m.index + m[0].length);
        const cmd = m[2] ? parseMcpAddJson(m[1]!, words, origin) : parseMcpAdd(m[1]!, words, origin);
        if (!cmd) continue;
        if (!verbatim) {
          const r: Range = [at, at + 1];
          cmd.command = cmd.command.map((w) => ({ value: w.value, range: r }));
          if (cmd.url) cmd.url = { value: cmd.url.value, range: r };
        } else if (base) {
          const shift = (r: Range): Range => [r[0] + base, r[1] + base];
          cmd.command = cmd.command.map((w) => ({ value: w.value, range: shift(w.range) }));
          if (cmd.url) cmd.url = { value: cmd.url.value, range: shift(cmd.url.range) };
        }
        out.push(cmd);
      }
    };
    if (isPackageJson(p)) {
      for (const line of commandLines(ctx)) scan(line.text, 0, 'P', false, line.start);
    } else if (isShellLike(p)) scan(text, 0, 'X', true, 0);
    else if (isWorkflow(p)) {
      for (const step of workflowSteps(ctx)) {
        const run = get(step.node, 'run');
        if (isScalar(run) && typeof run.value === 'string') {
          const [a, b] = run.range;
          scan(text.slice(a, b), a, 'W', true, a);
        }
      }
    } else if (isDocFile(p)) {
      // Fenced code blocks marked as shell (or unmarked): what a reader copies into a terminal.
      for (const f of text.matchAll(/^([ \t]*)(```|~~~)[ \t]*([\w-]*)[^\n]*\n([\s\S]*?)^[ \t]*\2[ \t]*$/gm)) {
        const lang = f[3]!.toLowerCase();
        if (lang && !/^(sh|bash|zsh|shell|console|terminal|shell-session|shellsession|ps1|powershell|pwsh|cmd|bat|dockerfile|docker|fish|text|txt)$/.test(lang))
          continue;
        const body = f[4]!;
        const start = f.index + f[0].indexOf('\n') + 1;
        scan(body.replace(/^(\s*)\$ /gm, '$1  '), start, 'D', true, start);
      }
    }
    return out;
  });
}
