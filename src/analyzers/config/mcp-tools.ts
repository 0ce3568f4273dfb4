// What an MCP server can do, read from what its config shows: the command and package that start it, and the tool
// names its approval or allow lists give. Nothing is guessed from a description or fetched from a registry.
import { launchLine, launcherPackage, type McpServer } from './agent.js';
import { isScalar, isSeq, str } from './tree.js';

/** Tool names that run commands (`execute_command`, `run_terminal_cmd`, `shell`, `start_process`), not ones that read their output (`get_terminal_output`) or run queries (`execute_sql`). */
export function isShellTool(name: string): boolean {
  const w = name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (!w.length || /^(get|read|list|describe|search|show|view|kill|stop)$/.test(w[0]!)) return false;
  if (w.some((x) => /^(shell|bash|zsh|sh|terminal|powershell|pwsh|cmd)$/.test(x))) return true;
  const j = w.join('_');
  return (
    /^(exec|execute|run|spawn)(_(command|cmd|process|script|code))?$/.test(j) ||
    /(^|_)(exec|execute|run)_(command|cmd|script)(_|$)|(^|_)(start|spawn)_process(_|$)/.test(j)
  );
}

/** Tool names that fetch an arbitrary URL or drive a browser (`fetch`, `fetch_url`, `browser_navigate`, `http_request`). */
export function isFetchTool(name: string): boolean {
  const j = name.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  return (
    /^(fetch|web_fetch|fetch_url|fetch_html|fetch_markdown|fetch_txt|fetch_json|http_request|http_get|http_post|curl|wget)$/.test(j) ||
    /^(browser|puppeteer|playwright)_navigate$/.test(j)
  );
}

/** Servers whose purpose is running commands, by package or name. */
export const SHELL_SERVER_NAME =
  /desktop-commander|mcp-shell|shell-mcp|terminal-mcp|mcp-server-commands|server-shell|\bcommand-runner\b|win-cli|cli-mcp-server|code[-_]executor|iterm-mcp/i;

/** Keys that list a server's tools approved in advance or the only ones exposed. */
const TOOL_LISTS = /^(autoApprove|alwaysAllow|auto_approve|always_allow|enabled_tools|includeTools|include_tools|allowedTools|allowed_tools|tools)$/;

/** The tool names a server's config lists (approval and allow lists). */
export function listedTools(s: McpServer): { name: string; range: readonly [number, number] }[] {
  const out: { name: string; range: readonly [number, number] }[] = [];
  for (const e of s.node.entries) {
    if (!TOOL_LISTS.test(e.key) || !isSeq(e.value)) continue;
    for (const i of e.value.items) if (isScalar(i) && typeof i.value === 'string') out.push({ name: i.value, range: i.range });
  }
  return out;
}

/**
 * Why a server runs programs, from its config: a shell with `-c`, an agent CLI served over MCP (`claude mcp serve`,
 * `codex mcp-server`, whose tools include a shell), a known command-running package, or a shell tool in its lists.
 */
export function shellCapability(s: McpServer): string | undefined {
  const cmd = (str(s.command) ?? '').replace(/^.*[/\\]/, '').replace(/\.(cmd|exe)$/i, '');
  const args = s.args.map((a) => a.value);
  if (/^(ba|z|da)?sh$|^(pwsh|powershell)$/i.test(cmd) && args.some((a) => /^-c$|^-Command$/i.test(a)))
    return `starts \`${cmd} ${args.find((a) => /^-c$|^-Command$/i.test(a))}\``;
  if (cmd === 'claude' && args[0] === 'mcp' && args[1] === 'serve') return 'serves Claude Code, Bash tool included (`claude mcp serve`)';
  if (cmd === 'codex' && (args[0] === 'mcp-server' || (args[0] === 'mcp' && args[1] === 'serve')))
    return 'serves Codex, which runs commands (`codex mcp-server`)';
  const pkg = launcherPackage(launchLine(s))?.pkg ?? '';
  if (SHELL_SERVER_NAME.test(pkg) || SHELL_SERVER_NAME.test(cmd)) return `runs \`${pkg || cmd}\`, a command-running server`;
  const tool = listedTools(s).find((t) => isShellTool(t.name));
  return tool ? `lists its shell tool \`${tool.name}\`` : undefined;
}
