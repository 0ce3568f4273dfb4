import { defineControl, isMap, isScalar, plain, profileExample, show, sub, truthy, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'memory-isolation',
  title: 'Agent memory not isolated',
  severity: 'medium',
  cwe: 'CWE-653',
  why: 'Shared memory lets one poisoned agent steer the whole swarm.',
  fix: 'set `memoryIsolation: { enabled: true, scope: agent, sharedMemory: false }`.',
  bad: [profileExample({ memoryIsolation: '{ enabled: true, scope: swarm, sharedMemory: false }' })],
  good: [profileExample({})],
  evaluate(ev: ProfileEvaluator): void {
    const mi = ev.spec['memory-isolation']!;
    ev.configControl(
      'memory-isolation',
      `enabled, scope ${String(mi.scope)}, shared_memory false`,
      () => ev.find('memoryIsolation', 'isolation', 'agentIsolation'),
      (f) => {
        if (!isMap(f.node)) {
          const t = truthy(f.node);
          const scope = isScalar(f.node) && typeof f.node.value === 'string' ? f.node.value.toLowerCase().replace(/^per[-_ ]?/, '') : undefined;
          if (scope === String(mi.scope)) return { ok: true, actual: `scope ${scope}`, message: 'Memory is isolated per agent.' };
          return t === false
            ? { ok: false, actual: 'disabled', message: 'Memory isolation is disabled.' }
            : { ok: false, actual: show(f.node), message: `Memory isolation does not declare scope \`${String(mi.scope)}\`.` };
        }
        const en = sub(f.node, 'enabled');
        if (en && truthy(en.node) === false) return { ok: false, actual: 'disabled', offset: en.node.range[0], message: 'Memory isolation is disabled.' };
        const scope = sub(f.node, 'scope', 'level', 'mode');
        if (
          !scope ||
          String(plain(scope.node))
            .toLowerCase()
            .replace(/^per[-_ ]?/, '') !== String(mi.scope)
        )
          return {
            ok: false,
            actual: `scope ${scope ? show(scope.node) : 'not set'}`,
            offset: scope ? scope.node.range[0] : f.keyRange[0],
            message: `Memory isolation scope is ${scope ? show(scope.node) : 'not set'}, not \`${String(mi.scope)}\`.`,
          };
        const shared = sub(f.node, 'sharedMemory', 'allowSharedMemory', 'shared', 'crossAgentSharing', 'allowCrossAgent');
        if (shared && truthy(shared.node) !== false)
          return { ok: false, actual: 'shared memory on', offset: shared.node.range[0], message: 'Agents share memory (`shared_memory` is not false).' };
        return { ok: true, actual: `scope ${String(mi.scope)}`, message: 'Memory is isolated per agent.' };
      },
    );
  },
});
