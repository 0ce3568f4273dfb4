import { offNote, serverGrade, defineRule, isClaudeFlowConfig, isMcpConfig, launchLine, mcpServers } from '../../src/kit.js';

const ROOTS =
  /^(\/|~|~\/|\$HOME|\$\{HOME\}|\$\{env:HOME\}|\$\{userHome\}|%USERPROFILE%|[A-Za-z]:\\{1,2}|[A-Za-z]:\/|\/Users|\/home|\/root|\/(Users|home)\/[^/]+\/?|[A-Za-z]:\\{1,2}Users\\{1,2}[^\\]+\\{0,2})$/;

export default defineRule({
  id: 'agent/mcp-filesystem-root',
  title: 'Filesystem MCP server rooted at the disk or home directory',
  severity: 'high',
  cwe: ['CWE-552'],
  confidence: 'high',
  help: 'A filesystem server allowed `/`, `~`, `$HOME` or `C:\\` exposes SSH keys, cloud credentials and every other project to the model (and to anyone who can inject a prompt). High: whole-disk read and write.\n\n**Fix:** pass only the project folder (`"${workspaceFolder}"` or `.`).',
  kind: 'config',
  files: (p) => isMcpConfig(p) || isClaudeFlowConfig(p),
  check(ctx) {
    for (const s of mcpServers(ctx)) {
      if (!/filesystem|file-system|server-fs\b/i.test(launchLine(s) + ' ' + s.name)) continue;
      for (const a of s.args) {
        const v = a.value.replace(/^--?(root|allowed?[-_]?dir(ectory)?|dir)=/, '');
        if (ROOTS.test(v.trim()))
          ctx.report({ range: a.range }, `Filesystem server \`${s.name}\` is given \`${v}\`: the whole disk or home directory.${offNote(s)}`, serverGrade(s));
      }
    }
  },
  examples: {
    bad: [
      {
        path: '.mcp.json',
        code: '{\n  "mcpServers": {\n    "fs": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "/"]\n    }\n  }\n}\n',
        line: 5,
      },
      {
        path: 'claude_desktop_config.json',
        code: '{"mcpServers": {"filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "~"]}}}',
      },
      {
        path: '.codex/config.toml',
        code: '[mcp_servers.fs]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "/"]\n',
        line: 3,
        note: 'Codex',
      },
      {
        path: '.continue/config.yaml',
        code: 'mcpServers:\n  - name: files\n    command: npx\n    args:\n      - "-y"\n      - "@modelcontextprotocol/server-filesystem@2025.7.1"\n      - "~"\n',
        line: 7,
        note: 'Continue',
      },
    ],
    good: [
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"fs": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "./src", "/tmp/scratch"]}}}',
      },
      { path: '.codex/config.toml', code: '[mcp_servers.fs]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-filesystem@2025.7.1", "."]\n' },
    ],
  },
});
