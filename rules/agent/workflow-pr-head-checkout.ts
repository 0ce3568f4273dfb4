import { type CNode, defineRule, get, isAgentStep, isMap, isScalar, isSeq, isWorkflow, str, workflowSteps, yaml } from '../../src/kit.js';

function triggers(on: CNode | undefined): string[] {
  if (isScalar(on) && typeof on.value === 'string') return [on.value];
  if (isSeq(on)) return on.items.flatMap((i) => (isScalar(i) ? [String(i.value)] : []));
  if (isMap(on)) return on.entries.map((e) => e.key);
  return [];
}

export default defineRule({
  id: 'agent/workflow-pr-head-checkout',
  title: 'Privileged workflow checks out the PR head before running an agent',
  severity: 'high',
  cwe: ['CWE-829'],
  confidence: 'high',
  help: 'On `pull_request_target` and `workflow_run` the job has the base repository secrets and a write token. Checking out the pull request head (`head.sha`, `head.ref`, `workflow_run.head_sha`) and then running an agent lets the PR author supply `CLAUDE.md`, `.mcp.json`, hooks and package scripts that the agent executes with those secrets. High: untrusted code with privileged credentials.\n\n**Fix:** run on `pull_request`, or keep the base checkout and read the diff through the API.',
  kind: 'config',
  files: isWorkflow,
  check(ctx) {
    const on = triggers(get(yaml(ctx), 'on', 'true'));
    if (!on.some((t) => t === 'pull_request_target' || t === 'workflow_run')) return;
    const steps = workflowSteps(ctx);
    for (let i = 0; i < steps.length; i++) {
      const s = steps[i]!;
      const run = get(s.node, 'run');
      const runText = str(run);
      if (
        runText &&
        /\bgh\s+pr\s+checkout\b|\bgit\s+fetch\b[^\n]*\bpull\/[^\s]+\/head\b/.test(runText) &&
        steps.slice(i + 1).some((t) => t.job === s.job && isAgentStep(t))
      ) {
        ctx.report(run!, 'Checks out the pull request head in a privileged workflow, then runs an agent on it.');
        continue;
      }
      if (!s.uses || !/actions\/checkout/.test(s.uses)) continue;
      const ref = get(get(s.node, 'with'), 'ref', 'repository');
      const v = str(ref) ?? '';
      if (!/pull_request\.head\.(sha|ref)|workflow_run\.head_(sha|branch)|github\.head_ref|refs\/pull\/.*\/(head|merge)/.test(v)) continue;
      if (steps.slice(i + 1).some((t) => t.job === s.job && isAgentStep(t)))
        ctx.report(ref!, `Checks out \`${v.replace(/\s+/g, ' ')}\` in a privileged workflow, then runs an agent on it.`);
    }
  },
  examples: {
    bad: [
      {
        path: '.github/workflows/review.yml',
        code: 'on: pull_request_target\njobs:\n  review:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - uses: anthropics/claude-code-action@v1\n        with:\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n',
        line: 8,
      },
      {
        path: '.github/workflows/review.yml',
        code: 'on:\n  pull_request_target:\njobs:\n  review:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: gh pr checkout ${{ github.event.pull_request.number }}\n      - run: npx @anthropic-ai/claude-code@1.0.51 -p "review"\n',
        note: 'gh pr checkout',
        line: 8,
      },
    ],
    good: [
      {
        path: '.github/workflows/review.yml',
        code: 'on: pull_request\njobs:\n  review:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - uses: anthropics/claude-code-action@v1\n',
      },
      {
        path: '.github/workflows/review.yml',
        code: 'on: pull_request_target\njobs:\n  review:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: anthropics/claude-code-action@v1\n',
      },
    ],
  },
});
