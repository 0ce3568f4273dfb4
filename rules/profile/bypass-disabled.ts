import { at, defineControl, entry, isScalar, profileYaml, show, tryParseJsonc, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'bypass-disabled',
  title: 'Bypass permission mode not locked',
  severity: 'high',
  cwe: 'CWE-862',
  why: 'Enterprise projects lock `bypassPermissions` mode with `disableBypassPermissionsMode: "disable"` so no session can skip prompts.',
  fix: 'add `"disableBypassPermissionsMode": "disable"` under `permissions` in `.claude/settings.json` (or managed settings).',
  bad: [
    {
      path: 'config/security/enterprise.yaml',
      code: profileYaml({}, 'enterprise'),
      files: { '.claude/settings.json': '{\n  "permissions": {\n    "deny": ["Read(.env)"]\n  }\n}\n' },
    },
  ],
  good: [
    {
      path: 'config/security/enterprise.yaml',
      code: profileYaml({}, 'enterprise'),
      files: { '.claude/settings.json': '{"permissions": {"deny": ["Read(.env)"], "disableBypassPermissionsMode": "disable"}}' },
    },
  ],
  evaluate(ev: ProfileEvaluator): void {
    const spec = ev.spec['bypass-disabled']!;
    const required = 'permissions.disableBypassPermissionsMode: "disable"';
    if (spec.mode === 'off') return ev.push('bypass-disabled', 'not-applicable', `not required by ${ev.profile}`, 'not checked');
    const candidates = ev.view.files
      .filter((f) => !f.isDirectory && (/(^|\/)\.claude\/settings\.json$/.test(f.path) || /(^|\/)managed-settings\.json$/.test(f.path)))
      .map((f) => f.path)
      .sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    for (const file of candidates) {
      const text = ev.view.readText(file);
      const root = text === undefined ? undefined : tryParseJsonc(text);
      const n = at(root, 'permissions.disableBypassPermissionsMode');
      if (isScalar(n) && n.value === 'disable')
        return ev.push('bypass-disabled', 'pass', required, 'disable', [{ file, line: ev.lineOf(file, text!, n.range[0]), message: 'Bypass mode is locked.' }]);
    }
    const main = candidates.find((c) => /^\.claude\/settings\.json$/.test(c)) ?? candidates[0];
    if (!main)
      return ev.push('bypass-disabled', 'fail', required, 'no .claude/settings.json', [
        { file: '.claude/settings.json', message: 'No settings file locks bypass mode.' },
      ]);
    const text = ev.view.readText(main) ?? '';
    const root = tryParseJsonc(text);
    const n = at(root, 'permissions.disableBypassPermissionsMode');
    const perms = entry(root, 'permissions');
    const offset = n ? n.range[0] : perms ? perms.keyRange[0] : 0;
    ev.push('bypass-disabled', 'fail', required, n ? show(n) : 'not set', [
      { file: main, line: ev.lineOf(main, text, offset), message: '`disableBypassPermissionsMode` is not "disable".' },
    ]);
  },
});
