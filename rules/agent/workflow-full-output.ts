import { defineRule, get, isScalar, isWorkflow, workflowSteps } from '../../src/kit.js';

export default defineRule({
  id: 'agent/workflow-full-output',
  title: 'Agent tool output published in workflow logs',
  severity: 'medium',
  cwe: ['CWE-532'],
  confidence: 'high',
  help: '`show_full_output: true` writes every tool call and result to the job log, which is public on public repositories and readable by everyone with read access otherwise; file contents and command output may hold secrets. Medium: disclosure that depends on what the agent touched.\n\n**Fix:** leave `show_full_output` off; debug in a private fork.',
  kind: 'config',
  files: isWorkflow,
  check(ctx) {
    for (const step of workflowSteps(ctx)) {
      const n = get(get(step.node, 'with'), 'show_full_output');
      if (isScalar(n) && (n.value === true || n.value === 'true')) ctx.report(n, '`show_full_output: true` publishes all tool output in the job log.');
    }
  },
  examples: {
    bad: [
      {
        path: '.github/workflows/claude.yml',
        code: 'on: issue_comment\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          show_full_output: true\n',
        line: 8,
      },
    ],
    good: [
      {
        path: '.github/workflows/claude.yml',
        code: 'on: issue_comment\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          show_full_output: false\n',
      },
    ],
  },
});
