import {
  offNote,
  serverGrade,
  defineRule,
  get,
  hasCommands,
  hookCommands,
  isClaudeFlowConfig,
  isClaudeSettings,
  isDocFile,
  isInsecureUrl,
  isMcpConfig,
  isScalar,
  json,
  listItems,
  mcpAddCommands,
  mcpServers,
} from '../../src/kit.js';

export default defineRule({
  id: 'agent/mcp-insecure-url',
  title: 'Remote MCP server or hook endpoint over plain HTTP',
  severity: 'high',
  cwe: ['CWE-319'],
  confidence: 'high',
  help: 'A remote MCP `url` or HTTP hook endpoint with `http://` to a non-loopback host sends bearer tokens, tool calls and their results in clear text, where anyone on the path can read or rewrite them (and inject instructions). High: credential theft and tool-output tampering. A `claude mcp add --transport http name http://…` (or `codex`/`gemini mcp add`) in a script is medium, in a README or docs code block low: it is the config a user gets when they run it.\n\n**Fix:** use `https://`; `http://localhost` is fine for servers on the same machine.',
  kind: 'config',
  files: (p) => isMcpConfig(p) || isClaudeSettings(p) || isClaudeFlowConfig(p) || hasCommands(p) || isDocFile(p),
  check(ctx) {
    for (const s of mcpServers(ctx)) {
      const u = get(s.node, 'url', 'serverUrl', 'httpUrl', 'endpoint');
      if (isScalar(u) && typeof u.value === 'string' && isInsecureUrl(u.value))
        ctx.report(u, `MCP server \`${s.name}\` is reached over plain HTTP.${offNote(s)}`, serverGrade(s));
      // stdio bridges to a remote server: `npx mcp-remote http://host/mcp`.
      if (s.args.some((a) => /(^|\/)(mcp-remote|supergateway)(@|$)/.test(a.value))) {
        for (const a of s.args)
          if (/^http:\/\//.test(a.value) && isInsecureUrl(a.value))
            ctx.report({ range: a.range }, `MCP server \`${s.name}\` bridges to a remote server over plain HTTP.${offNote(s)}`, serverGrade(s));
      }
    }
    // `claude mcp add --transport http name http://…` in scripts and docs: the config it writes.
    for (const c of mcpAddCommands(ctx)) {
      if (!c.url || !isInsecureUrl(c.url.value)) continue;
      const docs = c.origin === 'D';
      ctx.report({ range: c.url.range }, `\`${c.client} mcp ${c.verb} ${c.name}\`${docs ? ' in the docs' : ''} registers a remote server over plain HTTP.`, {
        severity: docs ? 'low' : 'medium',
      });
    }
    if (isClaudeSettings(ctx.file.path)) {
      for (const h of hookCommands(ctx))
        if (h.where.endsWith('.url') && isInsecureUrl(h.command)) ctx.report({ range: h.range }, `\`${h.where}\` posts hook data over plain HTTP.`);
      for (const u of listItems(get(json(ctx), 'allowedHttpHookUrls'), ctx.file.text))
        if (isInsecureUrl(u.value)) ctx.report({ range: u.range }, '`allowedHttpHookUrls` allows a plain-HTTP endpoint.');
    }
  },
  examples: {
    bad: [
      {
        path: '.mcp.json',
        code: '{\n  "mcpServers": {\n    "remote": {\n      "type": "http",\n      "url": "http://mcp.example.com/mcp"\n    }\n  }\n}\n',
        line: 5,
      },
      { path: '.cursor/mcp.json', code: '{"mcpServers": {"tools": {"url": "http://10.0.4.12:8080/sse"}}}' },
      { path: '.gemini/settings.json', code: '{"mcpServers": {"tools": {"httpUrl": "http://mcp.example.com/mcp"}}}', note: 'Gemini CLI httpUrl' },
      {
        path: 'claude_desktop_config.json',
        code: '{\n  "mcpServers": {\n    "r": {"command": "npx", "args": ["mcp-remote@0.1.29", "http://mcp.example.com/sse"]}\n  }\n}\n',
        line: 3,
        note: 'stdio bridge to a plain-HTTP server',
      },
      {
        path: '.codex/config.toml',
        code: '[mcp_servers.docs]\nurl = "http://mcp.example.com/mcp"\nbearer_token_env_var = "DOCS_TOKEN"\n',
        line: 2,
        note: 'Codex streamable HTTP',
      },
      {
        path: '.continue/mcpServers/remote.yaml',
        code: 'name: r\nmcpServers:\n  - name: remote\n    type: sse\n    url: http://10.1.2.3:8000/sse\n',
        line: 5,
        note: 'Continue',
      },
      { path: 'scripts/mcp.sh', code: 'claude mcp add --transport http tools http://mcp.example.com/mcp\n', note: 'claude mcp add: medium' },
      { path: 'docs/setup.md', code: '```sh\ngemini mcp add -t http tools http://10.0.0.5:8080/mcp\n```\n', line: 2, note: 'docs: low' },
      {
        path: '.github/workflows/ci.yml',
        code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: codex mcp add tools --url http://mcp.example.com/mcp\n',
        line: 6,
        note: 'codex --url in a workflow',
      },
      {
        path: 'docs/mcp.md',
        code: '```bash\nclaude mcp add-json tools \'{"type":"http","url":"http://mcp.example.com/mcp"}\'\n```\n',
        line: 2,
        note: 'add-json in the docs: low',
      },
      { path: 'opencode.json', code: '{"mcp": {"tools": {"type": "remote", "url": "http://mcp.example.com/mcp"}}}', note: 'opencode remote server' },
    ],
    good: [
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"remote": {"type": "http", "url": "https://mcp.example.com/mcp"}, "dev": {"type": "sse", "url": "http://localhost:3001/sse"}, "lo": {"url": "http://127.0.0.1:9000/mcp"}}}',
      },
      {
        path: 'gemini-extension.json',
        code: '{"name": "x", "mcpServers": {"r": {"command": "npx", "args": ["mcp-remote@0.1.29", "https://mcp.example.com/mcp"]}, "l": {"command": "npx", "args": ["mcp-remote@0.1.29", "http://localhost:8080/mcp"]}}}',
      },
      { path: '.codex/config.toml', code: '[mcp_servers.docs]\nurl = "https://mcp.example.com/mcp"\n[mcp_servers.dev]\nurl = "http://localhost:8080/mcp"\n' },
      {
        path: 'scripts/mcp.sh',
        code: 'claude mcp add --transport http tools https://mcp.example.com/mcp\nclaude mcp add --transport sse dev http://localhost:3001/sse\n',
      },
    ],
  },
});
