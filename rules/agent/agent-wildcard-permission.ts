import { defineRule, flowPermissionSites, isClaudeFlowConfig, isPackageJson, isShellLike } from '../../src/kit.js';

export default defineRule({
  id: 'agent/agent-wildcard-permission',
  title: 'Wildcard permission granted to a claude-flow agent',
  severity: 'high',
  cwe: ['CWE-250'],
  confidence: 'high',
  help: 'A claude-flow agent permission of `*`, `all`, `read:*`, `write:*`, `execute:*` or `write:/` gives the agent the whole filesystem or unrestricted command execution. High: an unrestricted agent in a swarm.\n\n**Fix:** grant paths the task needs: `--permissions "read:src,write:src/components"`.',
  kind: 'config',
  files: (p) => isClaudeFlowConfig(p) || isPackageJson(p) || isShellLike(p),
  check(ctx) {
    for (const p of flowPermissionSites(ctx)) {
      const path = p.path.trim();
      if (
        /^(\*+|all)$/i.test(p.verb.trim()) ||
        /^\*+$/.test(path) ||
        (p.verb === 'write' && /^\/+$/.test(path)) ||
        (/^(execute|exec|run|shell)$/.test(p.verb) && /^(\*|all|true)$/.test(path))
      ) {
        ctx.report({ range: p.range }, `Permission \`${p.raw}\` is unrestricted.`);
      }
    }
  },
  examples: {
    bad: [
      { path: 'claude-flow.config.json', code: '{\n  "agents": {\n    "coder": {\n      "permissions": ["read:src", "write:*"]\n    }\n  }\n}\n', line: 4 },
      { path: 'scripts/swarm.sh', code: '#!/bin/sh\nnpx claude-flow@2.0.0 agent spawn coder --permissions "read:*,write:src"\n', line: 2 },
      { path: 'claude-flow.config.json', code: '{"agents": [{"name": "ops", "permissions": {"execute": ["*"]}}]}' },
    ],
    good: [
      { path: 'scripts/swarm.sh', code: '#!/bin/sh\nnpx claude-flow@2.0.0 agent spawn coder --permissions "read:src,write:src/components"\n' },
      { path: 'claude-flow.config.json', code: '{"agents": {"coder": {"permissions": {"read": ["src", "tests"], "write": ["src"]}}}}' },
    ],
  },
});
