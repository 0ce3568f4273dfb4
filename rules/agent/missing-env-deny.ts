import { at, defineRule, entry, isSharedSettings, json, listItems } from '../../src/kit.js';

export default defineRule({
  id: 'agent/missing-env-deny',
  title: 'Shared permissions without a `.env` read deny',
  severity: 'medium',
  cwe: ['CWE-200'],
  confidence: 'medium',
  help: 'Claude Code reads `.env` files when asked, and nothing in a permissions block stops it unless a deny matches (anthropics/claude-code #6002, #6631). A committed `settings.json` that sets permissions but no `.env` deny leaves every teammate exposed. Medium: it needs the agent to be steered there.\n\n**Fix:** add `"Read(.env)"`, `"Read(.env.*)"` (and `"Bash(cat .env*)"`) to `permissions.deny`.',
  kind: 'config',
  files: isSharedSettings,
  check(ctx) {
    const root = json(ctx);
    const perms = entry(root, 'permissions');
    if (!perms) return;
    const deny = listItems(at(root, 'permissions.deny'), ctx.file.text);
    if (deny.some((d) => /^Read\s*\(.*\.env/.test(d.value))) return;
    ctx.report({ range: perms.keyRange }, '`permissions` has no deny rule for `.env`: the agent may read it.');
  },
  examples: {
    bad: [
      { path: '.claude/settings.json', code: '{\n  "model": "sonnet",\n  "permissions": {\n    "allow": ["Bash(npm test)"]\n  }\n}\n', line: 3 },
      {
        path: '.claude/settings.json',
        code: '{"permissions": {"deny": ["Bash(cat .env*)", "Bash(rm -rf /)"]}}',
        note: 'a Bash deny does not stop the Read tool',
      },
    ],
    good: [
      { path: '.claude/settings.json', code: '{"permissions": {"deny": ["Read(**/.env*)", "Bash(cat .env*)"]}}' },
      { path: '.claude/settings.json', code: '{"permissions": {"allow": ["Bash(npm test)"], "deny": ["Read(./.env)", "Read(./.env.*)"]}}' },
      { path: '.claude/settings.json', code: '{"model": "sonnet"}', note: 'no permissions block' },
      { path: '.claude/settings.local.json', code: '{"permissions": {"allow": ["Bash(npm test)"]}}', note: 'personal file' },
    ],
  },
});
