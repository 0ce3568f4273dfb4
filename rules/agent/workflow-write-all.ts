import { defineRule, get, isAgentStep, isMap, isWorkflow, str, workflowSteps, yaml } from '../../src/kit.js';

export default defineRule({
  id: 'agent/workflow-write-all',
  title: 'Agent job runs with a write-all token',
  severity: 'medium',
  cwe: ['CWE-250'],
  confidence: 'high',
  help: '`permissions: write-all` gives the job token write access to code, releases, packages and workflows; a hijacked agent can push to protected branches through it or tamper with releases. Medium: blast radius, not an entry point.\n\n**Fix:** grant only what the agent needs, e.g. `contents: read`, `pull-requests: write`, `issues: write`.',
  kind: 'config',
  files: isWorkflow,
  check(ctx) {
    const root = yaml(ctx);
    const steps = workflowSteps(ctx);
    const agentJobs = new Set(steps.filter(isAgentStep).map((s) => s.job));
    if (!agentJobs.size) return;
    const top = get(root, 'permissions');
    const jobs = get(root, 'jobs');
    let topUsed = false;
    if (isMap(jobs)) {
      for (const j of jobs.entries) {
        if (!agentJobs.has(j.key)) continue;
        const p = get(j.value, 'permissions');
        if (p) {
          if (str(p) === 'write-all') ctx.report(p, `Job \`${j.key}\` runs an agent with \`permissions: write-all\`.`);
        } else topUsed = true;
      }
    }
    if (topUsed && str(top) === 'write-all') ctx.report(top!, 'The workflow runs an agent with `permissions: write-all`.');
  },
  examples: {
    bad: [
      {
        path: '.github/workflows/claude.yml',
        code: 'on: issue_comment\npermissions: write-all\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n',
        line: 2,
      },
    ],
    good: [
      {
        path: '.github/workflows/claude.yml',
        code: 'on: issue_comment\npermissions:\n  contents: read\n  pull-requests: write\njobs:\n  c:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n',
      },
      {
        path: '.github/workflows/release.yml',
        code: 'on: push\npermissions: write-all\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish\n',
        note: 'no agent',
      },
    ],
  },
});
