import { defineControl, isScalar, isSeq, isUnknown, profileExample, show, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'command-whitelist',
  title: 'Command whitelist missing or wildcard',
  severity: 'high',
  cwe: 'CWE-78',
  why: 'Agents may run only listed commands; an empty list or `*` allows everything.',
  fix: 'list the commands: `commandWhitelist: ["npm test", "git status"]`.',
  bad: [profileExample({ commandWhitelist: '["npm test", "*"]' })],
  good: [profileExample({ commandWhitelist: null, allowedCommands: '["npm run build"]' }, { note: 'alias' })],
  evaluate(ev: ProfileEvaluator): void {
    ev.configControl(
      'command-whitelist',
      'non-empty list without *',
      () => ev.find('commandWhitelist', 'allowedCommands', 'commandAllowlist', 'whitelistedCommands', 'allowedCommandList', 'commandsAllowed'),
      (f) => {
        const items = isSeq(f.node) ? f.node.items : [];
        if (!isSeq(f.node) || items.length === 0) return { ok: false, actual: show(f.node), message: 'The command whitelist is empty or not a list.' };
        const star = items.find((i) => isScalar(i) && typeof i.value === 'string' && i.value.includes('*'));
        if (star) return { ok: false, actual: show(f.node), offset: star.range[0], message: 'The command whitelist contains `*`.' };
        if (items.some(isUnknown)) return { ok: undefined, actual: 'unknown', message: 'Part of the command whitelist is read at run time.' };
        return { ok: true, actual: `${items.length} commands`, message: `${items.length} commands are whitelisted.` };
      },
    );
  },
});
