import { defineRule, isAgentMemory, isEnvFile, isStageEnv } from '../../src/kit.js';

const SQLITE = 'SQLite format 3\0';

export default defineRule({
  id: 'agent/sensitive-file-not-ignored',
  title: 'Secret or agent-memory file not ignored by git',
  severity: 'high',
  cwe: ['CWE-538'],
  confidence: 'high',
  help: 'A `.env`, `.env.local`, `.env.<stage>` or agent memory database (`memory.db`, or any SQLite file in `.hive-mind/`, `.swarm/`, `.claude-flow/`, `memory/` or `agentdb`) that no `.gitignore` matches is one `git add .` away from being committed, and agents run `git add` freely. Agent memory holds prompts, tool output and often tokens. High: committed secrets are public for good.\n\nA `.env.<stage>` file (`.env.development`, `.env.test`) that holds no secret the secret rules find, in a project that ignores `.env*.local`, follows the Vite convention (shared defaults committed, secrets kept local): it is reported as info only.\n\n**Fix:** add `.env*`, `!.env.example`, `.swarm/`, `.hive-mind/` and `memory.db` to `.gitignore`; if already committed, rotate the secrets and purge history.',
  kind: 'project',
  check(ctx) {
    for (const f of ctx.allFiles) {
      if (f.isDirectory || ctx.isGitIgnored(f.path)) continue;
      const env = isEnvFile(f.path);
      if (!env && !isAgentMemory(f.path, (p, n) => ctx.readHead(p, n))) continue;
      const dir = f.path.slice(0, f.path.lastIndexOf('/') + 1);
      if (env && isStageEnv(f.path) && ctx.isGitIgnored(`${dir}.env.local`) && ctx.secretsIn(f.path).length === 0) {
        ctx.report(
          f.path,
          null,
          `\`${f.path}\` is not git-ignored, but it holds no secret and \`.env*.local\` is ignored (shared defaults, secrets kept local).`,
          { severity: 'info' },
        );
        continue;
      }
      ctx.report(f.path, null, env ? `\`${f.path}\` is not matched by any .gitignore.` : `\`${f.path}\` is agent memory and is not matched by any .gitignore.`);
    }
  },
  examples: {
    bad: [
      { path: '.env', code: 'API_URL=https://api.example.com\n', files: { '.gitignore': 'node_modules\n' } },
      { path: '.swarm/memory.db', code: 'x', files: { '.gitignore': '.env\n' } },
      {
        path: '.hive-mind/hive.sqlite',
        code: `${SQLITE}rest`,
        files: { '.gitignore': '.env\n' },
        note: 'an SQLite file in an agent folder, whatever its name',
      },
      { path: 'agentdb/vectors.bin', code: `${SQLITE}rest`, note: 'agentdb folder' },
      {
        path: '.env.development',
        code: 'VITE_API_URL=https://api.example.com\n',
        files: { '.gitignore': '*.local\n' },
        note: 'no secret, `.env*.local` ignored: info',
      },
    ],
    good: [
      { path: '.env', code: 'API_URL=https://api.example.com\n', files: { '.gitignore': '.env*\n!.env.example\n', '.env.example': 'API_URL=\n' } },
      { path: '.swarm/memory.db', code: 'x', files: { '.gitignore': '.swarm/\n' } },
      { path: 'memory/notes.txt', code: 'plain notes, not a database\n' },
      { path: 'src/memory/cache.bin', code: 'binary-ish but not SQLite', files: { '.gitignore': '.env\n' } },
    ],
  },
});
