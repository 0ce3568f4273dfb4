import { defineRule, get, isWorkflow, workflowSteps } from '../../src/kit.js';

const BRANCHES = /^(main|master|dev|develop|development|next|canary|nightly|trunk|HEAD|staging|release)$/;

export default defineRule({
  id: 'agent/unpinned-agent-action',
  title: 'Agent action used from a branch',
  severity: 'low',
  cwe: ['CWE-1357'],
  confidence: 'high',
  help: '`anthropics/claude-code-action@main` (or any branch) runs whatever that branch holds at the time of the job, in a job that holds your API key and a write token. Low: it needs the upstream branch to be compromised.\n\n**Fix:** use a release tag (`@v1`) or, better, a full commit SHA.',
  kind: 'config',
  files: isWorkflow,
  check(ctx) {
    for (const step of workflowSteps(ctx)) {
      const m = step.uses && /^([\w.-]+\/claude-code(?:-base)?-action)@(.+)$/.exec(step.uses.trim());
      if (!m) continue;
      const ref = m[2]!;
      // Release tags (`v1`, `v1.0.3`, the v0 `beta` tag) and SHAs are fine; branch names are not.
      if (/^[0-9a-f]{40}$/.test(ref) || /^v?\d+(\.\d+)*(-[\w.]+)?$/.test(ref) || !(BRANCHES.test(ref) || ref.includes('/'))) continue;
      ctx.report(get(step.node, 'uses')!, `\`${m[1]}\` is used from the branch \`${ref}\`.`);
    }
  },
  examples: {
    bad: [
      {
        path: '.github/workflows/claude.yml',
        code: 'on: issue_comment\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@main\n',
        line: 6,
      },
      {
        path: '.github/workflows/claude.yml',
        code: 'on: issue_comment\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-base-action@feature/new-input\n',
      },
    ],
    good: [
      {
        path: '.github/workflows/claude.yml',
        code: 'on: issue_comment\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n      - uses: anthropics/claude-code-action@8a1c2b3d4e5f60718293a4b5c6d7e8f901234567\n      - uses: anthropics/claude-code-action@beta\n',
      },
    ],
  },
});
