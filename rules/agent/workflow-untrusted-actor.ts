import { defineRule, get, isWorkflow, str, workflowSteps } from '../../src/kit.js';

export default defineRule({
  id: 'agent/workflow-untrusted-actor',
  title: 'Agent workflow triggerable by any user or bot',
  severity: 'high',
  cwe: ['CWE-284'],
  confidence: 'high',
  help: '`allowed_non_write_users: "*"` skips the write-access check and `allowed_bots: "*"` accepts any GitHub App, so anyone who can comment can drive an agent that holds the repository secrets and a write token. High: remote control of a privileged agent.\n\n**Fix:** remove the wildcard; list the few trusted users or bots by name.',
  kind: 'config',
  files: isWorkflow,
  check(ctx) {
    for (const step of workflowSteps(ctx)) {
      const w = get(step.node, 'with');
      for (const key of ['allowed_non_write_users', 'allowed_bots']) {
        const n = get(w, key);
        if (
          str(n)
            ?.split(',')
            .some((s) => s.trim() === '*')
        )
          ctx.report(n!, `\`${key}: "*"\` lets anyone trigger the agent.`);
      }
    }
  },
  examples: {
    bad: [
      {
        path: '.github/workflows/claude.yml',
        code: 'on: issue_comment\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          allowed_non_write_users: "*"\n',
        line: 8,
      },
    ],
    good: [
      {
        path: '.github/workflows/claude.yml',
        code: 'on: issue_comment\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          allowed_bots: "dependabot[bot],renovate[bot]"\n',
      },
    ],
  },
});
