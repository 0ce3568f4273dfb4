import {
  bashCommand,
  defineRule,
  fileContext,
  isAgentMarkdown,
  isClaudeSettings,
  isFetchTool,
  isMcpConfig,
  isWildcard,
  listedTools,
  shellCapability,
  launcherPackage,
  launchLine,
  mcpServers,
  type Permission,
  permissions,
  type Range,
  shellEscape,
  stepIn,
  str,
} from '../../src/kit.js';

// Egress: a fetch tool or a shell rule on a network client.
const NET_CLIENT = /^(curl|wget|nc|ncat|netcat|socat|ssh|scp|sftp|rsync|ftp|telnet|http|https|xh|aria2c)$/;
// MCP servers by what their package or name says they do; a remote server is not counted (it is a service, not egress).
const SHELL_SERVER = /desktop-commander|(^|[-_/@.\s])(shell|terminal|bash|exec|command|commands|cmd|ssh|tmux|iterm)(-?mcp|-?server)?([-_/@.=\s]|$)/i;
const NET_SERVER =
  /(^|[-_/@.\s])(fetch|browser|puppeteer|playwright|firecrawl|crawl4ai|crawler|scrape|scraper|http-client|curl|web-fetch|webfetch|browserbase|hyperbrowser)(-?mcp|-?server)?([-_/@.=\s]|$)/i;

type Site = { file: string; text: string; range: Range; what: string };

function shellEntry(p: Permission): string | undefined {
  if (p.list !== 'allow' || p.tool !== 'Bash') return undefined;
  // Unscoped Bash is a shell too; on its own it is bash-wildcard-allow's finding, here it needs a second, egress grant.
  if (isWildcard(p.spec)) return `\`${p.raw}\``;
  // A prefix rule on an interpreter or launcher (shell-escape-allow's shapes).
  return shellEscape(p.spec ?? '') ? `\`${p.raw}\`` : undefined;
}

function egressEntry(p: Permission): string | undefined {
  if (p.list !== 'allow') return undefined;
  if (p.tool === 'WebFetch' && (isWildcard(p.spec) || /^domain:\s*\*?$/.test(p.spec ?? ''))) return `\`${p.raw}\``;
  if (p.tool === 'Bash' && p.spec !== undefined && NET_CLIENT.test(bashCommand(p.spec).cmd.replace(/\*+$/, ''))) return `\`${p.raw}\``;
  if (/^mcp__/.test(p.tool) && NET_SERVER.test(p.tool.replace(/^mcp__/, ''))) return `\`${p.raw}\``;
  return undefined;
}

export default defineRule({
  id: 'agent/toxic-shell-egress',
  title: 'Agent holds both shell execution and network egress',
  severity: 'high',
  cwe: ['CWE-78', 'CWE-200'],
  confidence: 'medium',
  help: 'A tool set that runs programs (an interpreter or shell allowed without a prompt, a shell or terminal MCP server) and one that reaches the network (bare `WebFetch`, `Bash(curl:*)`, a fetch or browser MCP server) in the same agent is the whole exfiltration chain: a prompt injection reads keys with the first and sends them with the second, with nobody asked. Each half alone is reported at a lower level; together they are high. Reported at the shell grant, with the egress grant as its related location.\n\n**Fix:** drop one half, or scope it: allow the exact commands the agent needs (`Bash(npm test)`), `WebFetch(domain:docs.example.com)` for the hosts it reads, and keep fetch and shell servers in separate agents or clients.',
  kind: 'project',
  check(ctx) {
    // Claude Code: the allow lists of one `.claude/` folder (shared and local settings together).
    const groups = new Map<string, string[]>();
    const mcpFiles: string[] = [];
    for (const f of ctx.allFiles) {
      if (f.isDirectory || /(^|\/)node_modules\//.test(f.path)) continue;
      if (isClaudeSettings(f.path) && /(^|\/)\.claude\/settings(\.local)?\.json$/.test(f.path)) {
        const dir = f.path.replace(/settings(\.local)?\.json$/, '');
        groups.set(dir, [...(groups.get(dir) ?? []), f.path]);
      } else if (isMcpConfig(f.path) && !ctx.isGitIgnored(f.path)) mcpFiles.push(f.path);
      // A subagent, command or skill: its own `tools`/`allowed-tools` list.
      else if (isAgentMarkdown(f.path) && !ctx.isGitIgnored(f.path)) groups.set(f.path, [f.path]);
    }
    for (const [, files] of [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      const shell: Site[] = [];
      const net: Site[] = [];
      for (const file of files.sort()) {
        const text = ctx.readText(file);
        if (text === undefined) continue;
        const fctx = fileContext(file, text);
        for (const p of permissions(fctx)) {
          const s = shellEntry(p);
          if (s) shell.push({ file, text, range: p.range, what: s });
          const n = egressEntry(p);
          if (n) net.push({ file, text, range: p.range, what: n });
        }
      }
      report(shell, net);
    }
    // MCP clients: a shell server and a fetch server in one config.
    for (const file of mcpFiles.sort()) {
      const text = ctx.readText(file);
      if (text === undefined) continue;
      const shell: Site[] = [];
      const net: Site[] = [];
      for (const s of mcpServers(fileContext(file, text))) {
        // A server its client keeps switched off is not running (mcp-* rules report it as info).
        if (s.off) continue;
        // What the server is: its command, its package and its listed tools (not `cmd /c`, flags or paths around them).
        const cmd = str(s.command) ?? '';
        const line = `${s.name} ${launcherPackage(launchLine(s))?.pkg ?? cmd.replace(/^.*[/\\]/, '')}`;
        const how = shellCapability(s);
        const fetchTool = listedTools(s).find((t) => isFetchTool(t.name));
        if (how || SHELL_SERVER.test(line)) shell.push({ file, text, range: s.nameRange, what: `the MCP server \`${s.name}\`${how ? ` (it ${how})` : ''}` });
        else if (NET_SERVER.test(line) || fetchTool)
          net.push({
            file,
            text,
            range: s.nameRange,
            what: `the MCP server \`${s.name}\`${fetchTool && !NET_SERVER.test(line) ? ` (it lists \`${fetchTool.name}\`)` : ''}`,
          });
      }
      report(shell, net);
    }

    function report(shell: Site[], net: Site[]): void {
      const first = shell[0];
      if (!first || !net.length) return;
      const more = net.length > 1 ? ` (and ${net.length - 1} more)` : '';
      const where = net[0]!.file === first.file ? '' : ` in \`${net[0]!.file}\``;
      ctx.report(
        first.file,
        { range: first.range },
        `${cap(first.what)} runs programs and ${net[0]!.what}${where} reaches the network${more}: together, an exfiltration path with no prompt.`,
        {
          related: net.slice(0, 5).map((n) => stepIn(n.file, n.text, n.range, `${cap(n.what)} reaches the network.`)),
        },
      );
    }
  },
  examples: {
    bad: [
      { path: '.claude/settings.json', code: '{\n  "permissions": {\n    "allow": [\n      "Bash(python3:*)",\n      "WebFetch"\n    ]\n  }\n}\n', line: 4 },
      {
        path: '.mcp.json',
        code: '{\n  "mcpServers": {\n    "desktop-commander": {"command": "npx", "args": ["-y", "@wonderwhy-er/desktop-commander@0.2.3"]},\n    "fetch": {"command": "uvx", "args": ["mcp-server-fetch==2025.4.7"]}\n  }\n}\n',
        line: 3,
      },
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"allow": ["Bash(node:*)"]}}',
        files: { '.claude/settings.local.json': '{"permissions": {"allow": ["Bash(curl:*)"]}}' },
        note: 'shared and local settings together',
      },
      {
        path: '.claude/skills/research/SKILL.md',
        code: '---\nname: research\ndescription: researches\nallowed-tools: Bash(python3:*), WebFetch\n---\nResearch.\n',
        line: 4,
        note: 'a skill',
      },
      {
        path: '.cursor/mcp.json',
        code: '{\n  "mcpServers": {\n    "ops": {"command": "bash", "args": ["-c", "exec ./tools/ops-server"]},\n    "web": {"command": "npx", "args": ["-y", "@playwright/mcp@0.0.41"]}\n  }\n}\n',
        line: 3,
        note: 'a shell with -c, whatever its name',
      },
      {
        path: '.vscode/mcp.json',
        code: '{\n  "servers": {\n    "helper": {"command": "claude", "args": ["mcp", "serve"]},\n    "docs": {"command": "uvx", "args": ["mcp-server-fetch==2025.4.7"]}\n  }\n}\n',
        line: 3,
        note: 'Claude Code served over MCP brings its Bash tool',
      },
      {
        path: 'cline_mcp_settings.json',
        code: '{\n  "mcpServers": {\n    "ops": {"command": "node", "args": ["./ops/index.js"], "autoApprove": ["run_command"]},\n    "net": {"command": "node", "args": ["./net/index.js"], "autoApprove": ["fetch_url"]}\n  }\n}\n',
        line: 3,
        note: 'capabilities from the listed tools',
      },
    ],
    good: [
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"allow": ["Bash(npm test)", "Bash(python3 -m pytest:*)", "WebFetch(domain:docs.python.org)"]}}',
        note: 'python3 -m pytest is scoped; the fetch names one host',
      },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash"]}}', note: 'unscoped Bash alone is one grant: bash-wildcard-allow reports it' },
      { path: '.claude/agents/docs.md', code: '---\nname: docs\ndescription: reads docs\ntools: Read, WebFetch, Bash(npm run docs)\n---\nWrite docs.\n' },
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"fetch": {"command": "uvx", "args": ["mcp-server-fetch==2025.4.7"]}, "github": {"command": "docker", "args": ["run", "-i", "--rm", "ghcr.io/github/github-mcp-server:v0.13.0"]}}}',
      },
      {
        path: '.roo/mcp.json',
        code: '{"mcpServers": {"shell": {"command": "npx", "args": ["-y", "mcp-shell@1.0.0"], "disabled": true}, "fetch": {"command": "uvx", "args": ["mcp-server-fetch==2025.4.7"]}}}',
        note: 'the shell server is disabled',
      },
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"ops": {"command": "node", "args": ["./ops/index.js"], "alwaysAllow": ["get_terminal_output", "execute_sql"]}, "fetch": {"command": "uvx", "args": ["mcp-server-fetch==2025.4.7"]}}}',
        note: 'reading terminal output and running SQL are not shell tools',
      },
    ],
  },
});

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
