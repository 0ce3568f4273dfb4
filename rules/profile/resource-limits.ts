import { defineControl, isMap, isScalar, isUnknown, parseCpu, parseSize, plain, profileExample, show, sub, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'resource-limits',
  title: 'Resource limits missing or above the profile',
  severity: 'low',
  cwe: 'CWE-770',
  why: 'Agents without cpu/memory/disk limits can starve the host: cpu <= 2, memory <= 4GB, disk <= 10GB.',
  fix: 'set `resourceLimits: { cpu: 2, memory: 4GB, disk: 10GB }` (or `"cpu:2,memory:4GB,disk:10GB"`).',
  bad: [profileExample({ resourceLimits: '"cpu:4,memory:4GB,disk:10GB"' })],
  good: [profileExample({ resourceLimits: '{ cpu: 1, memory: 512MB, disk: 2GB }' })],
  evaluate(ev: ProfileEvaluator): void {
    const lim = ev.spec['resource-limits']!;
    const maxCpu = Number(lim.cpu);
    const maxMem = parseSize(lim.memory)!;
    const maxDisk = parseSize(lim.disk)!;
    ev.configControl(
      'resource-limits',
      `cpu <= ${maxCpu}, memory <= ${String(lim.memory)}, disk <= ${String(lim.disk)}`,
      () => ev.find('resourceLimits', 'resources', 'limits', 'resourceQuota'),
      (f) => {
        const vals: Record<string, { v: unknown; offset: number } | undefined> = { cpu: undefined, memory: undefined, disk: undefined };
        if (isScalar(f.node) && typeof f.node.value === 'string') {
          for (const part of f.node.value.split(',')) {
            const [k, v] = part.split(':').map((x) => x.trim());
            const key = k?.toLowerCase() === 'mem' ? 'memory' : k?.toLowerCase();
            if (key && key in vals) vals[key] = { v, offset: f.node.range[0] };
          }
        } else if (isMap(f.node)) {
          for (const [key, aliases] of [
            ['cpu', ['cpu', 'cpus', 'maxCpu', 'cpuLimit', 'cores']],
            ['memory', ['memory', 'mem', 'maxMemory', 'memoryLimit', 'ram']],
            ['disk', ['disk', 'storage', 'maxDisk', 'diskLimit', 'diskSpace']],
          ] as const) {
            const e = sub(f.node, ...aliases);
            if (e) {
              if (isUnknown(e.node)) return { ok: undefined, actual: 'unknown', offset: e.node.range[0], message: `The ${key} limit is read at run time.` };
              vals[key] = { v: plain(e.node), offset: e.node.range[0] };
            }
          }
        } else return { ok: false, actual: show(f.node), message: 'Resource limits are not declared as cpu, memory and disk.' };
        const missing = Object.keys(vals).filter((k) => !vals[k]);
        if (missing.length)
          return {
            ok: false,
            actual: `missing ${missing.join(', ')}`,
            offset: f.keyRange[0],
            message: `Resource limits do not declare ${missing.join(', ')}.`,
          };
        const cpu = parseCpu(vals.cpu!.v);
        const mem = parseSize(vals.memory!.v);
        const disk = parseSize(vals.disk!.v, 'gb');
        const actual = `cpu ${String(vals.cpu!.v)}, memory ${String(vals.memory!.v)}, disk ${String(vals.disk!.v)}`;
        if (cpu === undefined || cpu > maxCpu)
          return { ok: false, actual, offset: vals.cpu!.offset, message: `CPU limit ${String(vals.cpu!.v)} is above ${maxCpu}.` };
        if (mem === undefined || mem > maxMem)
          return { ok: false, actual, offset: vals.memory!.offset, message: `Memory limit ${String(vals.memory!.v)} is above ${String(lim.memory)}.` };
        if (disk === undefined || disk > maxDisk)
          return { ok: false, actual, offset: vals.disk!.offset, message: `Disk limit ${String(vals.disk!.v)} is above ${String(lim.disk)}.` };
        return { ok: true, actual, message: 'Resource limits are within the profile.' };
      },
    );
  },
});
