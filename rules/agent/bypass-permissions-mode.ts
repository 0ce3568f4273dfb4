import {
  at,
  commandLines,
  defineRule,
  printedAt,
  frontmatter,
  get,
  hasCommands,
  isAgentMarkdown,
  isClaudeSettings,
  isCodexConfig,
  isWorkflow,
  json,
  matchRange,
  str,
  toml,
  walkAll,
  workflowSteps,
} from '../../src/kit.js';

export default defineRule({
  id: 'agent/bypass-permissions-mode',
  title: 'Permission prompts bypassed',
  severity: 'high',
  cwe: ['CWE-862'],
  confidence: 'high',
  help: '`defaultMode: bypassPermissions` (settings), `permissionMode: bypassPermissions` (subagents), `--permission-mode bypassPermissions` (CLI) or Codex `approval_policy = "never"` (`.codex/config.toml`) turns off every permission prompt: the agent edits, runs and fetches whatever it decides. High: one prompt injection is arbitrary command execution.\n\n**Fix:** use `default`, `acceptEdits` or `plan`, pre-allow the few commands you need, and lock the mode with `disableBypassPermissionsMode: "disable"`.',
  kind: 'config',
  files: (p) => isClaudeSettings(p) || isAgentMarkdown(p) || isCodexConfig(p) || hasCommands(p),
  check(ctx) {
    const p = ctx.file.path;
    if (isClaudeSettings(p)) {
      const n = at(json(ctx), 'permissions.defaultMode') ?? get(json(ctx), 'defaultMode');
      if (str(n) === 'bypassPermissions') ctx.report(n!, '`defaultMode` is `bypassPermissions`: no tool call asks for permission.');
    } else if (isCodexConfig(p)) {
      for (const w of walkAll(toml(ctx))) {
        if (w.entry?.key !== 'approval_policy' || str(w.node) !== 'never') continue;
        const where = w.path.length > 1 ? ` in \`${w.path.slice(0, -1).join('.')}\`` : '';
        ctx.report(w.node, `\`approval_policy = "never"\`${where}: Codex never asks before it runs a command.`);
      }
    } else if (isAgentMarkdown(p)) {
      const n = get(frontmatter(ctx)?.data, 'permissionMode', 'permission-mode');
      if (str(n) === 'bypassPermissions') ctx.report(n!, 'The agent sets `permissionMode: bypassPermissions`: none of its tool calls asks for permission.');
    } else {
      if (isWorkflow(p)) {
        for (const step of workflowSteps(ctx)) {
          const n = get(get(step.node, 'with'), 'permission_mode', 'permission-mode');
          if (str(n) === 'bypassPermissions') ctx.report(n!, '`permission_mode: bypassPermissions` disables every permission prompt of the agent.');
        }
      }
      for (const line of commandLines(ctx)) {
        const m = /--permission-mode(?:=|\s+)["']?bypassPermissions/.exec(line.text);
        if (m && !printedAt(line.text, m.index))
          ctx.report({ range: matchRange(line, m.index, m[0].length) }, '`--permission-mode bypassPermissions` disables every permission prompt.');
      }
    }
  },
  examples: {
    bad: [
      { path: '.claude/settings.json', code: '{\n  "permissions": {\n    "defaultMode": "bypassPermissions",\n    "deny": ["Read(.env)"]\n  }\n}\n', line: 3 },
      {
        path: '.claude/agents/fixer.md',
        code: '---\nname: fixer\ndescription: fixes bugs\ntools: Read, Edit\npermissionMode: bypassPermissions\n---\nFix it.\n',
        line: 5,
      },
      {
        path: '.github/workflows/agent.yml',
        code: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: claude -p "fix lint" --permission-mode bypassPermissions\n',
        line: 6,
      },
      {
        path: '.claude/settings.json',
        code: '{\n  "permissions": {\n    "defaultMode": "default",\n    "defaultMode": "bypassPermissions"\n  }\n}\n',
        line: 4,
        note: 'duplicate key: the last value is the one in force, as JSON.parse reads it',
      },
      { path: '.codex/config.toml', code: 'model = "gpt-5"\napproval_policy = "never"\n', line: 2, note: 'Codex' },
      { path: '.codex/config.toml', code: '[profiles.ci]\nmodel = "o3"\napproval_policy = "never"\n', line: 3, note: 'Codex profile' },
    ],
    good: [
      { path: '.claude/settings.json', code: '{"permissions": {"defaultMode": "acceptEdits", "deny": ["Read(.env)"]}}' },
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"defaultMode": "bypassPermissions", "defaultMode": "plan"}}',
        note: 'a later safe value wins (agent/duplicate-key reports the pair)',
      },
      {
        path: '.codex/config.toml',
        code: 'approval_policy = "on-request"\n# approval_policy = "never"\n[mcp_servers.x]\ncommand = "node"\nargs = ["never"]\n',
      },
      { path: 'package.json', code: '{"scripts": {"plan": "claude --permission-mode plan"}}' },
      { path: 'scripts/run.sh', code: '# do not use --permission-mode bypassPermissions here\nclaude --permission-mode plan\n' },
    ],
  },
});
