import { defineRule, flowPermissionSites, isClaudeFlowConfig, isPackageJson, isShellLike } from '../../src/kit.js';

export default defineRule({
  id: 'agent/permission-path-traversal',
  title: 'Permission path of a claude-flow agent escapes the project',
  severity: 'high',
  cwe: ['CWE-22'],
  confidence: 'high',
  help: 'A claude-flow permission path with `..`, `~` or an absolute path (`write:../shared`, `read:~/.aws`, `/tmp/../etc`) lets the agent read or write outside the project. High: access to credentials and other repositories.\n\n**Fix:** use project-relative paths without `..`.',
  kind: 'config',
  files: (p) => isClaudeFlowConfig(p) || isPackageJson(p) || isShellLike(p),
  check(ctx) {
    for (const p of flowPermissionSites(ctx)) {
      const path = p.path.trim();
      if (
        /(^|[\\/])\.\.([\\/]|$)/.test(path) ||
        /^~/.test(path) ||
        /^\$HOME/.test(path) ||
        (/^\/./.test(path) && !/^\/+\*?$/.test(path)) ||
        /^[A-Za-z]:[\\/]/.test(path)
      ) {
        ctx.report({ range: p.range }, `Permission \`${p.raw}\` points outside the project.`);
      }
    }
  },
  examples: {
    bad: [
      {
        path: 'claude-flow.config.json',
        code: '{\n  "agents": {\n    "coder": {\n      "permissions": ["read:src", "write:../shared"]\n    }\n  }\n}\n',
        line: 4,
      },
      { path: 'package.json', code: '{"scripts": {"swarm": "claude-flow agent spawn researcher --permissions \\"read:~/.aws\\""}}' },
      { path: 'claude-flow.config.json', code: '{"agents": {"ops": {"permissions": {"write": ["/tmp/../etc"]}}}}' },
    ],
    good: [{ path: 'claude-flow.config.json', code: '{"agents": {"coder": {"permissions": ["read:src", "write:src/components", "read:./docs"]}}}' }],
  },
});
