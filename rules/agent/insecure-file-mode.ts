import { defineRule, isAgentMemory, isEnvFile, isStateDir } from '../../src/kit.js';

export default defineRule({
  id: 'agent/insecure-file-mode',
  title: 'Secret or agent-state file readable by other users',
  severity: 'low',
  cwe: ['CWE-732'],
  confidence: 'medium',
  help: 'A `.env` or agent memory database with group or other permission bits (more than `600`), or a `data/`, `.swarm/` or `.hive-mind/` directory more open than `700`, can be read by every account and service on the machine (shared dev boxes, CI runners, containers).\n\nGit records only `644` or `755` for a file and nothing for a directory, so these modes come from this copy (the umask of the checkout, a copy or an unpacked archive), not from the repository. A file git tracks is not reported: its mode is the same on every clone, and its content is in the history anyway. Low: a local, per-machine exposure.\n\n**Fix:** `chmod 600 .env .swarm/memory.db` and `chmod 700 .swarm .hive-mind data` on the machines that hold real values.',
  kind: 'project',
  check(ctx) {
    for (const f of ctx.allFiles) {
      if (!(f.mode & 0o077)) continue;
      const mode = (f.mode & 0o777).toString(8).padStart(3, '0');
      if (f.isDirectory) {
        if (isStateDir(f.path))
          ctx.report(
            f.path,
            null,
            `Directory \`${f.path}\` has mode ${mode} on this machine (more than 700); git does not record directory modes, so it comes from this copy.`,
          );
      } else if ((isEnvFile(f.path) || isAgentMemory(f.path, (p, n) => ctx.readHead(p, n))) && !ctx.isGitTracked(f.path)) {
        ctx.report(f.path, null, `\`${f.path}\` has mode ${mode} on this machine (more than 600); it is not tracked by git, so the mode comes from this copy.`);
      }
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
