// Grading of agent/workflow-prompt-injection: who wrote the text, whether the agent checks the actor, and what the job can do.
import { describe, expect, it } from 'vitest';
import { scanText } from '../../src/index.js';

const RULE = 'agent/workflow-prompt-injection';
async function findings(code: string) {
  return (await scanText(code, { path: '.github/workflows/agent.yml', rules: [RULE] })).findings.filter((f) => f.ruleId === RULE);
}
const wf = (on: string, body: string, extra = '') => `on:\n${on}\n${extra}jobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${body}`;
const action = (uses: string, withs: string) => `      - uses: ${uses}\n        with:\n${withs}`;

describe(RULE, () => {
  it('grades the base action on an issue body high, and critical with contents: write', async () => {
    const body = action(
      'anthropics/claude-code-base-action@v0.0.63',
      '          prompt: "Triage: ${{ github.event.issue.body }}"\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n',
    );
    const [f] = await findings(wf('  issues:\n    types: [opened]', body, 'permissions:\n  issues: write\n'));
    expect(f?.severity).toBe('high');
    expect(f?.message).toContain('`github.event.issue.body`');
    expect(f?.message).toContain('`ANTHROPIC_API_KEY`');
    const [g] = await findings(wf('  issues:\n    types: [opened]', body, 'permissions:\n  contents: write\n'));
    expect(g?.severity).toBe('critical');
    expect(g?.message).toContain('`contents: write`');
  });

  it('does not report the actor-checked action on the actor\'s own comment, but does with allowed_non_write_users "*"', async () => {
    const p = '          prompt: ${{ github.event.comment.body }}\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n';
    expect(await findings(wf('  issue_comment:\n    types: [created]', action('anthropics/claude-code-action@v1', p)))).toHaveLength(0);
    const [f] = await findings(
      wf('  issue_comment:\n    types: [created]', action('anthropics/claude-code-action@v1', p + '          allowed_non_write_users: "*"\n')),
    );
    expect(f?.severity).toBe('high');
    expect(f?.message).toContain('write-access check is off');
  });

  it('grades text from someone other than the actor medium behind the actor check, high with Bash', async () => {
    const p = '          prompt: "Fix ${{ github.event.issue.title }}"\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n';
    const [f] = await findings(wf('  issue_comment:\n    types: [created]', action('anthropics/claude-code-action@v1', p)));
    expect(f?.severity).toBe('medium');
    const [g] = await findings(
      wf('  issue_comment:\n    types: [created]', action('anthropics/claude-code-action@v1', p + '          claude_args: --allowedTools "Bash,Read"\n')),
    );
    expect(g?.severity).toBe('high');
    expect(g?.message).toContain('(`Bash`)');
  });

  it('treats an issues trigger without types (labeled, assigned) as text from someone else', async () => {
    const p = '          prompt: "Fix ${{ github.event.issue.body }}"\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n';
    expect(await findings(wf('  issues:\n    types: [opened]', action('anthropics/claude-code-action@v1', p)))).toHaveLength(0);
    expect((await findings(wf('  issues:', action('anthropics/claude-code-action@v1', p))))[0]?.severity).toBe('medium');
  });

  it('reports a run: script as shell and prompt injection (critical), and env-passed text as prompt injection only', async () => {
    const direct =
      '      - run: |\n          claude -p "Summarise ${{ github.event.issue.title }}"\n        env:\n          ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}\n';
    const [f] = await findings(wf('  issues:\n    types: [opened]', direct));
    expect(f?.severity).toBe('critical');
    expect(f?.message).toContain('executed by the shell');
    const viaEnv =
      '      - run: |\n          claude -p "Summarise $TITLE"\n        env:\n          TITLE: ${{ github.event.issue.title }}\n          ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}\n';
    const [g] = await findings(wf('  issues:\n    types: [opened]', viaEnv));
    expect(g?.severity).toBe('high');
    expect(g?.message).toContain('through env `TITLE`');
    expect(g?.message).not.toContain('executed by the shell');
  });

  it('follows an earlier step output one level down', async () => {
    const body =
      '      - id: ctx\n        run: echo "task=${{ github.event.comment.body }}" >> "$GITHUB_OUTPUT"\n      - run: |\n          codex --yolo exec "${{ steps.ctx.outputs.task }}"\n        env:\n          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n';
    const [f] = await findings(wf('  issue_comment:\n    types: [created]', body));
    expect(f?.message).toContain('output of step `ctx`');
    expect(f?.severity).toBe('high');
    expect(f?.flow?.map((s) => s.label)).toEqual(expect.arrayContaining(['on: issue_comment', 'github.event.comment.body', '--yolo']));
  });

  it('does not report pull request text on pull_request or review events (forks run without secrets)', async () => {
    const p = '          prompt: "Review: ${{ github.event.pull_request.body }}"\n          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}\n';
    expect(await findings(wf('  pull_request:', action('anthropics/claude-code-base-action@v0.0.63', p)))).toHaveLength(0);
    expect(await findings(wf('  pull_request_review:', action('anthropics/claude-code-base-action@v0.0.63', p)))).toHaveLength(0);
    expect((await findings(wf('  pull_request_target:', action('anthropics/claude-code-base-action@v0.0.63', p))))[0]?.severity).toBe('high');
  });

  it('grades a reusable workflow low and a job without secrets or write token one step down', async () => {
    const p = '          prompt: "Answer ${{ github.event.issue.body }}"\n';
    expect((await findings(wf('  workflow_call:', action('google-github-actions/run-gemini-cli@v0', p))))[0]?.severity).toBe('low');
    expect((await findings(wf('  issues:', action('google-github-actions/run-gemini-cli@v0', p), 'permissions:\n  contents: read\n')))[0]?.severity).toBe(
      'medium',
    );
  });

  it('honours an author_association gate on the same entity only', async () => {
    const gate = '    if: contains(fromJSON(\'["OWNER","MEMBER","COLLABORATOR"]\'), github.event.comment.author_association)\n';
    const mk = (expr: string) =>
      `on:\n  issue_comment:\njobs:\n  a:\n${gate}    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-base-action@v0.0.63\n        with:\n          prompt: "Do ${expr}"\n          anthropic_api_key: \${{ secrets.ANTHROPIC_API_KEY }}\n`;
    expect(await findings(mk('${{ github.event.comment.body }}'))).toHaveLength(0);
    expect((await findings(mk('${{ github.event.issue.body }}')))[0]?.severity).toBe('high');
  });
});
