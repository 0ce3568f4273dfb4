import { defineControl, profileExample, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'config-present',
  title: 'No security config for the profile',
  severity: 'medium',
  cwe: 'CWE-1188',
  why: 'Production and enterprise need a security config (`config/security/<profile>.*`, `profiles.<profile>` in claude-flow.config.json, or a config declaring the profile); without one no other setting can be checked.',
  fix: 'add `config/security/production.ts` with the settings of the profile.',
  bad: [{ path: 'claude-flow.config.json', code: '{"profiles": {"production": {}}}', todo: true, note: 'reported only in the profile report' }],
  good: [profileExample({})],
  evaluate(ev: ProfileEvaluator): void {
    if (ev.spec['config-present']!.mode === 'off')
      ev.push(
        'config-present',
        ev.config ? 'pass' : 'not-applicable',
        `not required by ${ev.profile}`,
        ev.config ? ev.config.file : 'none',
        ev.config ? [{ file: ev.config.file, message: `Config for ${ev.config.profile}.` }] : [],
      );
    else if (ev.config)
      ev.push('config-present', 'pass', 'a security config for the profile', ev.config.file, [
        {
          file: ev.config.file,
          line: 1,
          message: `Security config resolved (${ev.config.via === 'path' ? 'by path' : ev.config.via === 'profiles' ? `profiles.${ev.config.profile}` : `declares ${ev.config.profile}`}).`,
        },
      ]);
    else
      ev.push('config-present', 'fail', 'a security config for the profile', 'none', [
        {
          file: '.',
          message:
            'No security config resolves for this profile (config/security/<profile>.*, profiles.<profile> in claude-flow.config.json, or a config declaring the profile).',
        },
      ]);
  },
});
