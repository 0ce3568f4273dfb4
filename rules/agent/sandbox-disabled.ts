import { defineRule, isCodexConfig, str, toml, walkAll } from '../../src/kit.js';

export default defineRule({
  id: 'agent/sandbox-disabled',
  title: 'Agent sandbox turned off',
  severity: 'high',
  cwe: ['CWE-693'],
  confidence: 'high',
  help: 'Codex runs the commands its model chooses inside a sandbox (`read-only` or `workspace-write`: no writes outside the project, no network by default). `sandbox_mode = "danger-full-access"` in `.codex/config.toml`, a profile or a custom agent turns that off: every command runs with the full rights of the user, network included. In a project config it applies to everyone who trusts the repository. High: one prompt injection is arbitrary command execution on the host.\n\n**Fix:** use `sandbox_mode = "workspace-write"` (with `[sandbox_workspace_write] network_access = true` if the work needs the network), or run Codex with full access only inside a disposable container.',
  kind: 'config',
  files: isCodexConfig,
  check(ctx) {
    for (const w of walkAll(toml(ctx))) {
      if (w.entry?.key !== 'sandbox_mode' || str(w.node) !== 'danger-full-access') continue;
      const where = w.path.length > 1 ? ` in \`${w.path.slice(0, -1).join('.')}\`` : '';
      ctx.report(
        w.node,
        `\`sandbox_mode = "danger-full-access"\`${where}: Codex runs every command outside its sandbox, with the user's full rights and network.`,
      );
    }
  },
  examples: {
    bad: [
      { path: '.codex/config.toml', code: 'model = "gpt-5"\nsandbox_mode = "danger-full-access"\n', line: 2 },
      {
        path: '.codex/config.toml',
        code: '[profiles.yolo]\napproval_policy = "on-request"\nsandbox_mode = "danger-full-access"\n',
        line: 3,
        note: 'in a profile',
      },
      {
        path: '.codex/agents/fixer.toml',
        code: 'name = "fixer"\nsandbox_mode = \'danger-full-access\'\ndeveloper_instructions = """\nFix the build.\n"""\n',
        line: 2,
        note: 'custom agent',
      },
    ],
    good: [
      { path: '.codex/config.toml', code: 'sandbox_mode = "workspace-write"\n\n[sandbox_workspace_write]\nnetwork_access = true\n' },
      {
        path: '.codex/config.toml',
        code: '# sandbox_mode = "danger-full-access"\nsandbox_mode = "read-only"\ndescription = "never use sandbox_mode = \\"danger-full-access\\""\n',
        note: 'comments and other keys',
      },
    ],
  },
});
