import { defineControl, type Evidence, isMemoryDb, profileExample, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'data-permissions',
  title: 'Agent data readable by other users',
  severity: 'medium',
  cwe: 'CWE-732',
  why: 'Agent state (`data/`, `.swarm/`, memory.db) must be private: directories 700, memory.db 600.',
  fix: '`chmod 700 .swarm data` and `chmod 600 .swarm/memory.db`.',
  bad: [profileExample({}, { files: { '.swarm/memory.db': 'x', '.gitignore': '.swarm/\n' }, modes: { '.swarm': 0o700, '.swarm/memory.db': 0o644 } })],
  good: [profileExample({}, { files: { '.swarm/memory.db': 'x', '.gitignore': '.swarm/\n' }, modes: { '.swarm': 0o700, '.swarm/memory.db': 0o600 } })],
  evaluate(ev: ProfileEvaluator): void {
    const spec = ev.spec['data-permissions']!;
    const dirBits = spec.dirForbiddenBits === undefined ? undefined : Number(spec.dirForbiddenBits);
    const dbBits = Number(spec.dbForbiddenBits ?? 0o077);
    const required = dirBits === undefined ? 'memory.db not world-readable' : 'data/, .swarm/ <= 700; memory.db <= 600';
    if (spec.mode === 'off') return ev.push('data-permissions', 'not-applicable', `not required by ${ev.profile}`, 'not checked');
    const bad: Evidence[] = [];
    let seen = 0;
    for (const f of ev.view.files) {
      if (f.isDirectory && dirBits !== undefined && /^(data|\.swarm)$/.test(f.path)) {
        seen++;
        if (f.mode & dirBits) bad.push({ file: f.path, message: `Directory \`${f.path}\` has mode ${f.mode.toString(8)}.` });
      } else if (!f.isDirectory && isMemoryDb(f.path)) {
        seen++;
        if (f.mode & dbBits) bad.push({ file: f.path, message: `\`${f.path}\` has mode ${f.mode.toString(8)}.` });
      }
    }
    if (!seen) return ev.push('data-permissions', 'not-applicable', required, 'no agent data');
    if (bad.length) return ev.push('data-permissions', 'fail', required, `${bad.length} problem${bad.length > 1 ? 's' : ''}`, bad);
    ev.push('data-permissions', 'pass', required, 'private');
  },
});
