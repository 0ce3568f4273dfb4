import {
  type FlowStep,
  type Severity,
  agentStepInfo,
  associationGated,
  authorIsActor,
  carriers,
  defineRule,
  get,
  isWorkflow,
  jobPermissions,
  jobSecrets,
  stepPowers,
  str,
  taintedSteps,
  type UntrustedHit,
  untrustedEnv,
  untrustedExpressions,
  UNTRUSTED_EVENTS,
  workflowSteps,
  workflowTriggers,
  yaml,
} from '../../src/kit.js';

const ORDER: Severity[] = ['low', 'medium', 'high', 'critical'];
const shift = (s: Severity, by: number): Severity => ORDER[Math.max(0, Math.min(ORDER.length - 1, ORDER.indexOf(s) + by))]!;

const WHO: Record<string, string> = {
  issue: 'whoever opens the issue',
  comment: 'whoever writes the comment',
  pull_request: 'whoever opens the pull request',
  review: 'whoever writes the review',
  discussion: 'whoever opens the discussion',
  answer: 'whoever writes the answer',
  workflow_run: 'whoever pushed the branch that started the upstream run',
  event: 'anyone who fires the event',
};
const CRITICAL_WRITES = /^(write-all|contents|actions|workflows|packages)$/;

export default defineRule({
  id: 'agent/workflow-prompt-injection',
  title: 'Untrusted event text in an agent prompt',
  severity: 'high',
  cwe: ['CWE-77', 'CWE-94'],
  confidence: 'high',
  help: 'An issue title or body, a comment, a pull request title, body or branch name, a review or a discussion is written by whoever opened it: on a public repository, anyone. Interpolating that text with `${{ github.event.… }}` into the prompt of a coding agent (`prompt:` of claude-code-action, claude-code-base-action, codex-action or run-gemini-cli, or a `claude -p`/`codex exec`/`gemini -p` call in `run:`) on `issues`, `issue_comment`, `pull_request_target`, review or discussion events lets that person give the agent orders, with the job\'s secrets and token. Inside `run:` the text is also executed by the shell.\n\nGraded by what the attacker gets: high when the job holds secrets or a write token; critical when it can push code or change workflows (`contents`/`actions`/`workflows: write`, `write-all`), when the agent runs with approvals off (`--dangerously-skip-permissions`, `bypassPermissions`, `--yolo`, `danger-full-access`) or unscoped `Bash`, or when the text lands in a shell script. claude-code-action and codex-action refuse actors without write access: text from the actor itself is then not reported, text from someone else (the issue body on an `issue_comment`, a PR body on a `labeled` event) is medium (high with those powers). An `author_association` check for OWNER/MEMBER/COLLABORATOR in the job or step `if:` counts as the same guard. In a reusable workflow (`workflow_call`) the caller decides the event: low.\n\n**Fix:** do not put event text in the prompt; pass the issue or PR number and let the agent read it through a read-only tool, or restrict the trigger to trusted authors (`if: contains(fromJSON(\'["OWNER","MEMBER","COLLABORATOR"]\'), github.event.comment.author_association)`). Keep `permissions:` to what the agent needs, never combine untrusted text with bypass flags or unscoped `Bash`, and in `run:` pass text through `env:` and quote it.',
  kind: 'config',
  files: isWorkflow,
  check(ctx) {
    const text = ctx.file.text;
    const root = yaml(ctx);
    const triggers = workflowTriggers(root);
    const reusable = triggers.some((t) => t.name === 'workflow_call');
    if (!reusable && !triggers.some((t) => UNTRUSTED_EVENTS.includes(t.name))) return;
    const steps = workflowSteps(ctx);
    for (const [i, step] of steps.entries()) {
      const info = agentStepInfo(step.node);
      if (!info) continue;
      const outerEnv = untrustedEnv(text, get(root, 'env'), get(step.jobNode, 'env'));
      const env = untrustedEnv(text, get(root, 'env'), get(step.jobNode, 'env'), get(step.node, 'env'));
      const before = steps
        .slice(0, i)
        .filter((s) => s.job === step.job)
        .map((s) => s.node);
      const outputs = taintedSteps(text, before, outerEnv);
      for (const prompt of info.prompts) {
        const hits: (UntrustedHit & { shell: boolean })[] = untrustedExpressions(text, prompt.range, env, outputs).map((h) => ({
          ...h,
          shell: info.kind === 'cli' && !h.viaEnv,
        }));
        // `env: {TITLE: ${{ github.event.issue.title }}}` then `claude -p "… $TITLE"`, or a prompt that tells the agent to read
        // `$ISSUE_BODY`: the text reaches the model (not the shell).
        const src = text.slice(prompt.range[0], prompt.range[1]);
        for (const [name, v] of env) {
          const m = new RegExp(`\\$\\{?${name}\\b`).exec(src);
          if (m) hits.push({ range: [prompt.range[0] + m.index, prompt.range[0] + m.index + m[0].length], ...v, viaEnv: name, shell: false });
        }
        const conds = [get(step.jobNode, 'if'), get(step.node, 'if')];
        const actorChecked = info.actorCheck && !info.anyActor;
        const open = hits
          .filter((h) => carriers(h.entity, triggers).length || reusable)
          .filter((h) => !associationGated(h.entity, ...conds) && !(actorChecked && authorIsActor(h.entity, triggers)))
          .sort((a, b) => a.range[0] - b.range[0]);
        if (!open.length) continue;
        const first = open[0]!;
        const fired = triggers.filter((t) => open.some((h) => carriers(h.entity, [t]).length));
        const perms = jobPermissions(root, step.jobNode);
        const secrets = jobSecrets(text, step.jobNode, root);
        const powers = stepPowers(text, step.node);
        const shell = open.some((h) => h.shell);
        const critWrites = perms?.write.filter((w) => CRITICAL_WRITES.test(w)) ?? [];
        const escalated = critWrites.length > 0 || !!powers.bypass || !!powers.bash || shell;
        const privileged = secrets.length > 0 || (perms?.write.length ?? 0) > 0;

        let severity: Severity = actorChecked ? 'medium' : 'high';
        if (!fired.length) severity = 'low';
        else {
          if (!privileged && !escalated) severity = shift(severity, -1);
          if (escalated) severity = shift(severity, 1);
          // Only through an earlier step's output: that step may have parsed or trimmed the text.
          if (open.every((h) => h.viaStep)) severity = shift(severity, -1);
        }

        const refs = [
          ...new Set(
            open.map((h) => `\`${h.ref}\`${h.viaEnv ? ` (through env \`${h.viaEnv}\`)` : h.viaStep ? ` (through the output of step \`${h.viaStep}\`)` : ''}`),
          ),
        ];
        const who = [...new Set(open.map((h) => WHO[h.entity] ?? 'an outside user'))].join(', ');
        const agent = info.kind === 'cli' ? `the \`${info.agent}\` call in \`run:\`` : `\`${info.agent}\``;
        const on = fired.length ? `on \`${fired.map((t) => t.name).join('`, `')}\`` : 'in a reusable workflow (the caller decides the event)';
        const evidence: string[] = [];
        if (info.anyActor) evidence.push('the write-access check is off (wildcard allow list)');
        if (shell) evidence.push('the text is also executed by the shell');
        if (critWrites.length) evidence.push(`the token has ${critWrites.map((w) => (w === 'write-all' ? '`write-all`' : `\`${w}: write\``)).join(', ')}`);
        else if (perms?.write.length) evidence.push(`the token has ${perms.write.map((w) => `\`${w}: write\``).join(', ')}`);
        else if (!perms) evidence.push('no `permissions:` block (the token has the repository default)');
        if (secrets.length)
          evidence.push(`the job holds ${secrets.includes('inherit') ? 'all inherited secrets' : `secrets ${secrets.map((s) => `\`${s}\``).join(', ')}`}`);
        if (powers.bypass) evidence.push(`the agent runs with \`${powers.bypass.label}\``);
        if (powers.bash) evidence.push(`the agent may run any command (\`${powers.bash.label}\`)`);
        const gate = actorChecked ? ` ${info.agent} checks that the actor has write access, but this text can come from someone else.` : '';
        const message = `Untrusted ${refs.join(', ')} (written by ${who}) is put into the prompt of ${agent} ${on}.${gate}${evidence.length ? ` Evidence: ${evidence.join('; ')}.` : ''}`;

        const flow: FlowStep[] = [];
        for (const t of fired) flow.push({ range: t.range, label: `on: ${t.name}`, message: 'an outside user can fire this event' });
        flow.push({ range: first.range, label: first.ref, message: 'untrusted text enters the prompt' });
        if (perms && perms.write.length) flow.push({ range: perms.node.range, label: 'permissions', message: `write: ${perms.write.join(', ')}` });
        if (powers.bypass) flow.push({ range: powers.bypass.range, label: powers.bypass.label, message: 'approvals off' });
        if (powers.bash) flow.push({ range: powers.bash.range, label: powers.bash.label, message: 'any shell command' });
        const uses = get(step.node, 'uses') ?? get(step.node, 'run');
        if (uses)
          flow.push({
            range: [uses.range[0], Math.min(uses.range[1], uses.range[0] + 80)],
            label: str(uses)?.split('\n')[0]?.slice(0, 60) ?? info.agent,
            message: 'the agent runs',
          });
        ctx.report({ range: first.range }, message, {
          severity,
          flow,
          properties: { agent: info.agent, trigger: fired.map((t) => t.name).join(',') || 'workflow_call' },
        });
      }
    }
  },
  examples: {
    bad: [
      {
        path: '.github/workflows/triage.yml',
        code: 'on:\n  issues:\n    types: [opened]\npermissions:\n  contents: read\n  issues: write\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-base-action@v0.0.63\n        with:\n          prompt: |\n            Label this issue.\n            Title: ${{ github.event.issue.title }}\n            Body: ${{ github.event.issue.body }}\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n',
        line: 15,
        note: 'base action: no actor check; high',
      },
      {
        path: '.github/workflows/fix.yml',
        code: 'on:\n  issues:\n    types: [labeled]\npermissions:\n  contents: write\njobs:\n  fix:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          claude -p "Fix: ${{ github.event.issue.title }}" --dangerously-skip-permissions\n        env:\n          ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}\n',
        line: 11,
        note: 'shell and prompt injection, bypass flag, contents: write: critical',
      },
      {
        path: '.github/workflows/ask.yml',
        code: 'on:\n  issue_comment:\n    types: [created]\njobs:\n  ask:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          allowed_non_write_users: "*"\n          prompt: ${{ github.event.comment.body }}\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n',
        line: 11,
        note: 'the wildcard turns the actor check off',
      },
      {
        path: '.github/workflows/review.yml',
        code: 'on:\n  pull_request_target:\n    types: [labeled]\njobs:\n  review:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          prompt: "Review PR ${{ github.event.pull_request.number }}: ${{ github.event.pull_request.body }}"\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n',
        line: 10,
        note: "a maintainer labels the PR (the actor), the body is the outside author's: medium",
      },
      {
        path: '.github/workflows/codex.yml',
        code: 'on:\n  issues:\n    types: [opened]\njobs:\n  c:\n    runs-on: ubuntu-latest\n    env:\n      BODY: ${{ github.event.issue.body }}\n    steps:\n      - run: |\n          npm i -g @openai/codex@0.50.0\n          codex exec --full-auto "Answer this issue: $BODY"\n        env:\n          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n',
        line: 12,
        note: 'through env: prompt injection (not shell), approvals off',
      },
      {
        path: '.github/workflows/gemini.yml',
        code: 'on:\n  discussion:\njobs:\n  g:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: google-github-actions/run-gemini-cli@v0\n        with:\n          gemini_api_key: ${{ secrets.GEMINI_API_KEY }}\n          prompt: "Answer: ${{ github.event.discussion.body }}"\n',
        line: 10,
      },
    ],
    good: [
      {
        path: '.github/workflows/claude.yml',
        code: "on:\n  issue_comment:\n    types: [created]\njobs:\n  claude:\n    if: contains(github.event.comment.body, '@claude')\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          prompt: ${{ github.event.comment.body }}\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n",
        note: "claude-code-action refuses commenters without write access, and the comment is the actor's own",
      },
      {
        path: '.github/workflows/triage.yml',
        code: 'on:\n  issues:\n    types: [opened]\njobs:\n  triage:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-base-action@v0.0.63\n        with:\n          prompt: "Triage issue #${{ github.event.issue.number }} in ${{ github.repository }}; read it with the gh tool."\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n',
        note: 'only the issue number: the text is read through a tool',
      },
      {
        path: '.github/workflows/ask.yml',
        code: 'on: issue_comment\njobs:\n  ask:\n    if: contains(fromJSON(\'["OWNER", "MEMBER", "COLLABORATOR"]\'), github.event.comment.author_association)\n    runs-on: ubuntu-latest\n    steps:\n      - run: claude -p "${{ github.event.comment.body }}"\n',
        note: 'only members can reach the step',
      },
      {
        path: '.github/workflows/release.yml',
        code: 'on: push\njobs:\n  r:\n    runs-on: ubuntu-latest\n    steps:\n      - run: claude -p "Summarise: ${{ github.event.head_commit.message }}"\n',
        note: 'push: the author has write access',
      },
      {
        path: '.github/workflows/notify.yml',
        code: "on: issues\njobs:\n  n:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-base-action@v0.0.63\n        if: ${{ !contains(github.event.issue.title, '[skip]') }}\n        with:\n          prompt: \"Summarise issue ${{ github.event.issue.number }}${{ contains(github.event.issue.body, 'urgent') && ' (urgent)' || '' }}\"\n",
        note: 'guards yield booleans, not the text',
      },
    ],
  },
});
