import { defineRule, isClaudeFlowConfig, isMcpConfig, isScalar, isSeq, mcpServers } from '../../src/kit.js';

export default defineRule({
  id: 'agent/mcp-auto-approve',
  title: 'MCP tools approved without consent',
  severity: 'medium',
  cwe: ['CWE-862'],
  confidence: 'high',
  help:
    '`autoApprove: ["*"]`, `alwaysAllow` of every tool, `trust: true` or `autoApproveTools: true` lets the client call a server\'s tools without asking, so a poisoned tool description or a prompt injection acts at once. Medium: it removes the confirmation step, not the sandbox.\n\n**Fix:** list only read-only tools you reviewed, by name.',
  kind: 'config',
  files: (p) => isMcpConfig(p) || isClaudeFlowConfig(p),
  check(ctx) {
    for (const s of mcpServers(ctx)) {
      for (const e of s.node.entries) {
        if (!/^(autoApprove|alwaysAllow|trust|autoApproveTools|auto_approve|always_allow)$/.test(e.key)) continue;
        const v = e.value;
        if ((isScalar(v) && (v.value === true || v.value === '*' || v.value === 'all')) || (isSeq(v) && v.items.some((i) => isScalar(i) && (i.value === '*' || i.value === 'all')))) {
          ctx.report(v, `MCP server \`${s.name}\` sets \`${e.key}\` for every tool.`);
        }
      }
    }
  },
  examples: {
    bad: [
      { path: '.roo/mcp.json', code: '{\n  "mcpServers": {\n    "db": {\n      "command": "node",\n      "args": ["./db-server.js"],\n      "alwaysAllow": ["*"]\n    }\n  }\n}\n', line: 6 },
      { path: '.gemini/settings.json', code: '{"mcpServers": {"x": {"command": "node", "args": ["s.js"], "trust": true}}}' },
    ],
    good: [{ path: '.roo/mcp.json', code: '{"mcpServers": {"db": {"command": "node", "args": ["./db-server.js"], "alwaysAllow": ["list_tables"], "trust": false}}}' }],
  },
});
