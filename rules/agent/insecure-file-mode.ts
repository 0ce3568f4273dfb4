import { defineRule, isEnvFile, isMemoryDb, isStateDir } from '../../src/kit.js';

export default defineRule({
  id: 'agent/insecure-file-mode',
  title: 'Secret or agent-state file readable by other users',
  severity: 'medium',
  cwe: ['CWE-732'],
  confidence: 'high',
  help:
    'A `.env` or `memory.db` with group or other permission bits (more than `600`), or a `data/`, `.swarm/` or `.hive-mind/` directory more open than `700`, can be read by every account and service on the machine (shared dev boxes, CI runners, containers). Medium: local disclosure.\n\n**Fix:** `chmod 600 .env .swarm/memory.db` and `chmod 700 .swarm .hive-mind data`.',
  kind: 'project',
  check(ctx) {
    for (const f of ctx.allFiles) {
      const mode = (f.mode & 0o777).toString(8).padStart(3, '0');
      if (f.isDirectory) {
        if (isStateDir(f.path) && f.mode & 0o077) ctx.report(f.path, null, `Directory \`${f.path}\` has mode ${mode} (more than 700).`);
      } else if ((isEnvFile(f.path) || isMemoryDb(f.path)) && f.mode & 0o077) ctx.report(f.path, null, `\`${f.path}\` has mode ${mode} (more than 600).`);
    }
  },
  examples: {
    bad: [
      { path: '.env', code: 'API_URL=https://api.example.com\n', files: { '.gitignore': '.env\n' }, modes: { '.env': 0o644 } },
      { path: '.swarm/memory.db', code: 'x', files: { '.gitignore': '.swarm/\n' }, modes: { '.swarm/memory.db': 0o600, '.swarm': 0o755 } },
    ],
    good: [
      { path: '.env', code: 'API_URL=https://api.example.com\n', files: { '.env.example': 'API_URL=\n' }, modes: { '.env': 0o600, '.env.example': 0o644 } },
      { path: '.swarm/memory.db', code: 'x', modes: { '.swarm/memory.db': 0o600, '.swarm': 0o700 } },
    ],
  },
});
