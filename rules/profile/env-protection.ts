import { defineControl, type Evidence, isEnvFile, profileExample, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'env-protection',
  title: '`.env` file not protected',
  severity: 'high',
  cwe: 'CWE-538',
  why: '`.env` files must be git-ignored and private (mode 600 in production, not world-readable in development).',
  fix: 'add `.env*` to `.gitignore` and `chmod 600 .env`.',
  bad: [profileExample({}, { files: { '.env': 'PORT=3000\n', '.gitignore': 'node_modules\n' }, modes: { '.env': 0o600 } })],
  good: [profileExample({}, { files: { '.env': 'PORT=3000\n', '.gitignore': '.env\n' }, modes: { '.env': 0o600 } })],
  evaluate(ev: ProfileEvaluator): void {
    const spec = ev.spec['env-protection']!;
    const bits = Number(spec.forbiddenBits ?? 0o077);
    const required = bits === 0o004 ? 'git-ignored, not world-readable' : `git-ignored, mode <= ${(0o777 & ~bits & 0o666).toString(8)}`;
    if (spec.mode === 'off') return ev.push('env-protection', 'not-applicable', `not required by ${ev.profile}`, 'not checked');
    const envs = ev.view.files.filter((f) => !f.isDirectory && isEnvFile(f.path));
    if (!envs.length) return ev.push('env-protection', 'not-applicable', required, 'no .env files');
    const bad: Evidence[] = [];
    for (const f of envs) {
      const ignored = ev.view.isGitIgnored(f.path);
      if (spec.ignored && !ignored) bad.push({ file: f.path, message: `\`${f.path}\` is not git-ignored.` });
      if (f.mode & bits) bad.push({ file: f.path, message: `\`${f.path}\` has mode ${f.mode.toString(8)}.` });
    }
    if (bad.length) return ev.push('env-protection', 'fail', required, `${bad.length} problem${bad.length > 1 ? 's' : ''}`, bad);
    ev.push(
      'env-protection',
      'pass',
      required,
      `${envs.length} file${envs.length > 1 ? 's' : ''} protected`,
      envs.map((f) => ({ file: f.path, message: `Ignored, mode ${f.mode.toString(8)}.` })),
    );
  },
});
