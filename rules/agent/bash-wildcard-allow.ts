import { defineRule, isClaudeFlowConfig, isClaudeSettings, isWorkflow, permissions } from '../../src/kit.js';

export default defineRule({
  id: 'agent/bash-wildcard-allow',
  title: 'Unscoped shell access in an agent allow list',
  severity: 'high',
  cwe: ['CWE-250'],
  confidence: 'high',
  help: 'An allow rule of bare `Bash`, `Bash(*)`, `Bash(:*)` or `Bash(**)` lets the agent run any shell command without a prompt. After one prompt injection (a README, an issue, a tool result) the attacker has a shell with your credentials. High: it removes the only gate between model output and the shell.\n\n**Fix:** allow the specific commands the workflow needs (`Bash(npm run test:*)`, `Bash(git diff *)`) and leave everything else to the prompt.',
  kind: 'config',
  files: (p) => isClaudeSettings(p) || isWorkflow(p) || isClaudeFlowConfig(p),
  check(ctx) {
    for (const perm of permissions(ctx)) {
      if (perm.list !== 'allow' || perm.tool !== 'Bash') continue;
      if (perm.spec === undefined || /^[\s*:]*$/.test(perm.spec))
        ctx.report({ range: perm.range }, `\`allow\` lists \`${perm.raw}\`: any shell command runs unprompted.`);
    }
  },
  examples: {
    bad: [
      { path: '.claude/settings.json', code: '{\n  "permissions": {\n    "allow": ["Read", "Bash"],\n    "deny": ["Read(./.env)"]\n  }\n}\n', line: 3 },
      { path: '.claude/settings.local.json', code: '{"permissions": {"allow": ["Bash(*)"]}}' },
      {
        path: '.claude/settings.json',
        code: '{\n  // personal tweaks\n  "permissions": {"allow": ["Bash(:*)",], "deny": ["Read(.env)"]},\n}\n',
        line: 3,
        note: 'JSONC with comments and a trailing comma',
      },
      {
        path: '.github/workflows/claude.yml',
        code: 'on: issue_comment\njobs:\n  claude:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          claude_args: --allowedTools "Bash,Read,Edit"\n',
        line: 8,
      },
      {
        path: '.github/workflows/claude.yml',
        code: 'on: issue_comment\njobs:\n  claude:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          settings: |\n            {"permissions": {"allow": ["Bash(*)"]}}\n',
        note: 'inline settings JSON',
      },
      { path: 'claude-flow.config.json', code: '{"claude": {"allowedTools": ["Read", "Bash"]}}' },
    ],
    good: [
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(npm run test:*)", "Bash(git diff *)"], "deny": ["Read(.env)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"deny": ["Bash"]}}', note: 'a deny is not a grant' },
      { path: 'docs/setup.md', code: 'Add `"allow": ["Bash"]` to your settings only in a sandbox.', note: 'prose' },
    ],
  },
});
