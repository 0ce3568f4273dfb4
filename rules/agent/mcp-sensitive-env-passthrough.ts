import { offNote, serverGrade, defineRule, get, isClaudeFlowConfig, isMcpConfig, isScalar, mcpServers } from '../../src/kit.js';

const ENV_FILE = /(^|[\\/])\.env(\.(?!example|sample|template)[\w-]+)?$/;

export default defineRule({
  id: 'agent/mcp-sensitive-env-passthrough',
  title: 'Whole `.env` file handed to an MCP server',
  severity: 'low',
  cwe: ['CWE-200'],
  confidence: 'medium',
  help: '`envFile: .env` or `docker run --env-file .env` gives a server every secret of the project, not only the one it needs. Low: the server is already trusted, but its compromise now leaks everything.\n\n**Fix:** pass the single variable the server needs (`-e GITHUB_TOKEN`, `"env": {"GITHUB_TOKEN": "${GITHUB_TOKEN}"}`).',
  kind: 'config',
  files: (p) => isMcpConfig(p) || isClaudeFlowConfig(p),
  check(ctx) {
    for (const s of mcpServers(ctx)) {
      const ef = get(s.node, 'envFile', 'env_file');
      if (isScalar(ef) && typeof ef.value === 'string' && ENV_FILE.test(ef.value.replace(/^\$\{workspaceFolder\}\//, '')))
        ctx.report(ef, `MCP server \`${s.name}\` receives the whole \`${ef.value}\`.${offNote(s)}`, serverGrade(s));
      s.args.forEach((a, i) => {
        const v = a.value.startsWith('--env-file=') ? a.value.slice(11) : a.value === '--env-file' ? s.args[i + 1]?.value : undefined;
        if (v && ENV_FILE.test(v))
          ctx.report({ range: a.range }, `MCP server \`${s.name}\` container receives the whole \`${v}\`.${offNote(s)}`, serverGrade(s));
      });
    }
  },
  examples: {
    bad: [
      {
        path: '.vscode/mcp.json',
        code: '{\n  "servers": {\n    "api": {\n      "type": "stdio",\n      "command": "node",\n      "args": ["server.js"],\n      "envFile": "${workspaceFolder}/.env"\n    }\n  }\n}\n',
        line: 7,
      },
      { path: '.mcp.json', code: '{"mcpServers": {"d": {"command": "docker", "args": ["run", "-i", "--rm", "--env-file", ".env", "acme/api-mcp:1.0.0"]}}}' },
      {
        path: '.roo/mcp.json',
        code: '{"mcpServers": {"n8n": {"command": "docker run --rm --env-file /home/me/n8n-mcp/.env -p 3000:8000 n8n-mcp:1.2.0", "args": []}}}',
        note: 'whole command line in command',
      },
    ],
    good: [
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"d": {"command": "docker", "args": ["run", "-i", "--rm", "-e", "GITHUB_TOKEN", "acme/api-mcp:1.0.0"], "envFile": ".env.example"}}}',
      },
    ],
  },
});
