import { defineControl, isMap, isScalar, profileExample, show, sub, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'log-level',
  title: 'Debug logging in production',
  severity: 'low',
  cwe: 'CWE-532',
  why: '`debug`/`trace` logs carry prompts, tool output and tokens.',
  fix: 'set `logging.level: info` (or warn, error).',
  bad: [profileExample({ logging: '{ level: debug, auditEnabled: true, sensitiveDataMasking: true }' })],
  good: [profileExample({ logging: '{ level: warn, auditEnabled: true, sensitiveDataMasking: true }' })],
  evaluate(ev: ProfileEvaluator): void {
    const levels = (ev.spec['log-level']!.levels as string[] | undefined) ?? [];
    ev.configControl(
      'log-level',
      levels.filter((l) => l !== 'warning').join(', '),
      () =>
        ev.find('logLevel', 'log_level') ??
        (() => {
          const lg = ev.find('logging', 'logger', 'log');
          return lg && isMap(lg.node) ? sub(lg.node, 'level', 'logLevel') : lg && isScalar(lg.node) && typeof lg.node.value === 'string' ? lg : undefined;
        })(),
      (f) => {
        const v = isScalar(f.node) ? String(f.node.value).toLowerCase() : '';
        const ok = levels.includes(v);
        return {
          ok,
          actual: v || show(f.node),
          message: ok ? `Log level is ${v}.` : `Log level is ${v || show(f.node)}; production logs at info, warn or error.`,
        };
      },
    );
  },
});
