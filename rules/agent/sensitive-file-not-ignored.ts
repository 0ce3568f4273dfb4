import { defineRule, isEnvFile, isMemoryDb } from '../../src/kit.js';

export default defineRule({
  id: 'agent/sensitive-file-not-ignored',
  title: 'Secret or agent-memory file not ignored by git',
  severity: 'high',
  cwe: ['CWE-538'],
  confidence: 'high',
  help:
    'A `.env`, `.env.local`, `.env.<stage>` or agent `memory.db` that no `.gitignore` matches is one `git add .` away from being committed, and agents run `git add` freely. Agent memory holds prompts, tool output and often tokens. High: committed secrets are public for good.\n\n**Fix:** add `.env*`, `!.env.example`, `.swarm/`, `.hive-mind/` and `memory.db` to `.gitignore`; if already committed, rotate the secrets and purge history.',
  kind: 'project',
  check(ctx) {
    for (const f of ctx.allFiles) {
      if (f.isDirectory || !(isEnvFile(f.path) || isMemoryDb(f.path))) continue;
      if (!ctx.isGitIgnored(f.path)) ctx.report(f.path, null, `\`${f.path}\` is not matched by any .gitignore.`);
    }
  },
  examples: {
    bad: [
      { path: '.env', code: 'API_URL=https://api.example.com\n', files: { '.gitignore': 'node_modules\n' } },
      { path: '.swarm/memory.db', code: 'x', files: { '.gitignore': '.env\n' } },
    ],
    good: [
      { path: '.env', code: 'API_URL=https://api.example.com\n', files: { '.gitignore': '.env*\n!.env.example\n', '.env.example': 'API_URL=\n' } },
      { path: '.swarm/memory.db', code: 'x', files: { '.gitignore': '.swarm/\n' } },
    ],
  },
});
