import { defineRule } from '../../src/kit.js';

export default defineRule({
  id: 'agent/settings-local-committed',
  title: 'Personal Claude settings not ignored by git',
  severity: 'low',
  cwe: ['CWE-538'],
  confidence: 'medium',
  help: '`.claude/settings.local.json` holds one developer\'s grants ("always allow" answers, extra directories). Claude Code adds it to `.gitignore`; when it is committed those grants silently apply to the whole team. Low: it widens permissions for others without review.\n\n**Fix:** `git rm --cached .claude/settings.local.json` and add it to `.gitignore`; move shared grants to `settings.json`.',
  kind: 'project',
  check(ctx) {
    for (const f of ctx.allFiles) {
      if (!f.isDirectory && /(^|\/)\.claude\/settings\.local\.json$/.test(f.path) && !ctx.isGitIgnored(f.path))
        ctx.report(f.path, null, `\`${f.path}\` is not ignored by git, so personal grants reach the team.`);
    }
  },
  examples: {
    bad: [{ path: '.claude/settings.local.json', code: '{"permissions": {"allow": ["Bash(npm test)"]}}', files: { '.gitignore': 'node_modules\n' } }],
    good: [
      { path: '.claude/settings.local.json', code: '{"permissions": {"allow": ["Bash(npm test)"]}}', files: { '.gitignore': '.claude/settings.local.json\n' } },
    ],
  },
});
