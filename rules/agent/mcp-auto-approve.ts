import {
  isShellTool,
  SHELL_SERVER_NAME as SHELL_SERVER,
  offNote,
  serverGrade,
  defineRule,
  isClaudeFlowConfig,
  isMcpConfig,
  isScalar,
  isSeq,
  launchLine,
  mcpServers,
} from '../../src/kit.js';

export default defineRule({
  id: 'agent/mcp-auto-approve',
  title: 'MCP tools approved without consent',
  severity: 'medium',
  cwe: ['CWE-862'],
  confidence: 'high',
  help: '`autoApprove: ["*"]`, `alwaysAllow` of every tool, `trust: true` or `autoApproveTools: true` lets the client call a server\'s tools without asking, so a poisoned tool description or a prompt injection acts at once. Medium: it removes the confirmation step, not the sandbox; high when the approved tool runs shell commands (`execute_command`, `run_terminal_cmd`, a shell server approved for every tool), since then any command runs unprompted.\n\n**Fix:** list only read-only tools you reviewed, by name.',
  kind: 'config',
  files: (p) => isMcpConfig(p) || isClaudeFlowConfig(p),
  check(ctx) {
    for (const s of mcpServers(ctx)) {
      for (const e of s.node.entries) {
        if (!/^(autoApprove|alwaysAllow|trust|autoApproveTools|auto_approve|always_allow)$/.test(e.key)) continue;
        const v = e.value;
        const shellServer = SHELL_SERVER.test(`${s.name} ${launchLine(s)}`);
        if (
          (isScalar(v) && (v.value === true || v.value === '*' || v.value === 'all')) ||
          (isSeq(v) && v.items.some((i) => isScalar(i) && (i.value === '*' || i.value === 'all')))
        ) {
          ctx.report(
            v,
            `MCP server \`${s.name}\` sets \`${e.key}\` for every tool${shellServer ? ', and it runs shell commands' : ''}.${offNote(s)}`,
            serverGrade(s, shellServer ? { severity: 'high' } : {}),
          );
        } else if (isSeq(v)) {
          // A named shell or terminal tool approved in advance: any command runs without a prompt.
          const tool = v.items.find((i) => isScalar(i) && typeof i.value === 'string' && isShellTool(i.value));
          if (tool && isScalar(tool))
            ctx.report(
              tool,
              `MCP server \`${s.name}\` approves its shell tool \`${String(tool.value)}\` in advance: any command it is asked to run, runs.${offNote(s)}`,
              serverGrade(s, { severity: 'high' }),
            );
        }
      }
    }
  },
  examples: {
    bad: [
      {
        path: '.roo/mcp.json',
        code: '{\n  "mcpServers": {\n    "db": {\n      "command": "node",\n      "args": ["./db-server.js"],\n      "alwaysAllow": ["*"]\n    }\n  }\n}\n',
        line: 6,
      },
      { path: '.gemini/settings.json', code: '{"mcpServers": {"x": {"command": "node", "args": ["s.js"], "trust": true}}}' },
      {
        path: 'cline_mcp_settings.json',
        code: '{"mcpServers": {"desktop": {"command": "npx", "args": ["-y", "@wonderwhy-er/desktop-commander@0.2.3"], "autoApprove": ["read_file", "execute_command"]}}}',
        note: 'shell tool approved in advance: high',
      },
      {
        path: '.roo/mcp.json',
        code: '{"mcpServers": {"sh": {"command": "npx", "args": ["-y", "mcp-shell@0.1.0"], "alwaysAllow": ["run_command"]}}}',
        note: 'high',
      },
    ],
    good: [
      {
        path: '.roo/mcp.json',
        code: '{"mcpServers": {"db": {"command": "node", "args": ["./db-server.js"], "alwaysAllow": ["list_tables"], "trust": false}}}',
      },
      {
        path: 'cline_mcp_settings.json',
        code: '{"mcpServers": {"gh": {"command": "node", "args": ["gh.js"], "autoApprove": ["search_repositories", "get_file_contents", "list_commits"]}}}',
        note: 'read-only tools by name',
      },
    ],
  },
});
