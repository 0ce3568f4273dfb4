import {
  type CNode,
  defineRule,
  doc,
  isClaudeFlowConfig,
  isClaudeSettings,
  isMcpConfig,
  isScalar,
  isSeq,
  isWorkflow,
  literalSecret,
  sample,
  walkAll,
} from '../../src/kit.js';

export default defineRule({
  id: 'agent/inline-secret',
  title: 'Literal credential in an agent or MCP config',
  severity: 'critical',
  cwe: ['CWE-798'],
  confidence: 'high',
  help: 'A token written into `env`, `headers`, `apiKeyHelper`, a claude-flow `apiKey`/`secret` or a workflow input is committed with the repository and handed to every tool and server the agent starts. Critical: anyone with read access holds the credential.\n\n**Fix:** revoke the token, then reference it: `${VAR}` in MCP configs, `${{ secrets.NAME }}` in workflows, an environment variable or a secrets manager elsewhere.',
  kind: 'config',
  files: (p) => isClaudeSettings(p) || isMcpConfig(p) || isClaudeFlowConfig(p) || isWorkflow(p),
  check(ctx) {
    const isW = isWorkflow(ctx.file.path);
    const argsPrev = new Map<CNode, string>();
    for (const w of walkAll(doc(ctx))) {
      if (!isSeq(w.node)) continue;
      const items = w.node.items;
      items.forEach((item, i) => {
        const prev = items[i - 1];
        if (isScalar(prev) && typeof prev.value === 'string') argsPrev.set(item, prev.value);
      });
    }
    for (const w of walkAll(doc(ctx))) {
      if (!isScalar(w.node) || typeof w.node.value !== 'string') continue;
      let name = w.path.filter((s) => !/^\d+$/.test(s)).pop() ?? '';
      let value = w.node.value;
      if (isW && !w.path.some((s) => s === 'env' || s === 'with')) continue;
      if (isW && /^(run|uses|prompt|direct_prompt|custom_instructions)$/.test(name)) continue;
      // MCP args: `["--api-key", "<value>"]` or `["--api-key=<value>"]`.
      if (name === 'args') {
        const flag = /^(--?[\w-]+)=(.*)$/.exec(value);
        const prev = argsPrev.get(w.node);
        if (flag) [name, value] = [flag[1]!, flag[2]!];
        else if (prev && /^--?[\w-]+$/.test(prev)) name = prev;
      }
      const secret = literalSecret(name, value);
      if (secret) ctx.report(w.node, `Literal credential {secret} in \`${w.path.join('.')}\`.`, { secret });
    }
  },
  examples: {
    bad: [
      {
        path: '.mcp.json',
        code: `{\n  "mcpServers": {\n    "github": {\n      "command": "docker",\n      "args": ["run", "-i", "--rm", "ghcr.io/github/github-mcp-server@sha256:${'a'.repeat(8)}"],\n      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${sample('ghp_', 36)}" }\n    }\n  }\n}\n`,
        line: 6,
      },
      { path: '.claude/settings.json', code: `{"env": {"ANTHROPIC_API_KEY": "${sample('sk-ant-api03-', 48)}"}}` },
      {
        path: '.github/workflows/claude.yml',
        code: `on: pull_request\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          anthropic_api_key: ${sample('sk-ant-api03-', 48)}\n`,
        line: 8,
      },
      { path: 'claude-flow.config.json', code: `{"security": {"authentication": {"required": true, "secret": "${sample('', 32, 'abcdef0123456789')}"}}}` },
      {
        path: '.cursor/mcp.json',
        code: `{"mcpServers": {"api": {"url": "https://mcp.example.com/mcp", "headers": {"Authorization": "Bearer ${sample('', 40)}"}}}}`,
      },
      {
        path: '.mcp.json',
        code: `{"mcpServers": {"search": {"command": "npx", "args": ["-y", "search-mcp@1.0.0", "--api-key", "${sample('', 32, 'abcdef0123456789', 7)}"]}}}`,
        note: 'value after a secret-named flag',
      },
      {
        path: '.codex/config.toml',
        code: `[mcp_servers.github]\ncommand = "npx"\nargs = ["-y", "@modelcontextprotocol/server-github@2025.4.8"]\nenv = { GITHUB_PERSONAL_ACCESS_TOKEN = "${sample('ghp_', 36, undefined, 3)}" }\n`,
        line: 4,
        note: 'Codex inline table',
      },
      {
        path: '.continue/config.yaml',
        code: `mcpServers:\n  - name: brave\n    command: npx\n    args: ["-y", "brave-mcp@1.0.0"]\n    env:\n      BRAVE_API_KEY: ${sample('', 32, 'abcdef0123456789', 9)}\n`,
        line: 6,
        note: 'Continue',
      },
    ],
    good: [
      {
        path: '.mcp.json',
        code: '{"mcpServers": {"github": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"], "env": {"GITHUB_PERSONAL_ACCESS_TOKEN": "${GITHUB_TOKEN}"}}}}',
      },
      {
        path: '.github/workflows/claude.yml',
        code: 'on: pull_request\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n',
      },
      { path: 'claude-flow.config.json', code: '{"security": {"authentication": {"secret": "${JWT_SECRET}"}}, "apiKey": "your-api-key-here"}' },
      {
        path: '.claude/settings.json',
        code: '{"env": {"CLAUDE_FLOW_HOOKS_ENABLED": "true", "MAX_TOKENS": "4096", "AUTH_MODE": "oauth-device-flow-v2", "TOKEN_MODEL": "claude-3-7-sonnet-20250219"}}',
      },
      {
        path: '.codex/config.toml',
        code: '[mcp_servers.docs]\nurl = "https://mcp.example.com/mcp"\nbearer_token_env_var = "DOCS_TOKEN"\nenv = { GITHUB_TOKEN = "${GITHUB_TOKEN}" }\n[model_providers.hub]\nenv_key = "MODELHUB_API_KEY"\n',
      },
    ],
  },
});
