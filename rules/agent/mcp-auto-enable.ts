import { defineRule, get, isClaudeSettings, isScalar, json } from '../../src/kit.js';

export default defineRule({
  id: 'agent/mcp-auto-enable',
  title: 'Every project MCP server approved automatically',
  severity: 'medium',
  cwe: ['CWE-829'],
  confidence: 'high',
  help: '`enableAllProjectMcpServers: true` starts every server listed in the repository `.mcp.json` without asking, so a pull request that adds a server gets code running on the next session. Medium: it needs a malicious change to land or be checked out.\n\n**Fix:** list the approved servers in `enabledMcpjsonServers` instead.',
  kind: 'config',
  files: isClaudeSettings,
  check(ctx) {
    const n = get(json(ctx), 'enableAllProjectMcpServers');
    if (isScalar(n) && n.value === true) ctx.report(n, '`enableAllProjectMcpServers` is `true`: any server added to `.mcp.json` starts unapproved.');
  },
  examples: {
    bad: [{ path: '.claude/settings.json', code: '{\n  "enableAllProjectMcpServers": true\n}\n', line: 2 }],
    good: [{ path: '.claude/settings.json', code: '{"enableAllProjectMcpServers": false, "enabledMcpjsonServers": ["github"]}' }],
  },
});
