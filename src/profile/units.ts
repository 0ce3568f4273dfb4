// Durations (`15m`, `1h`, `7d`; bare numbers are seconds unless the key ends in Ms/_ms) and sizes (`4GB`, `512MB`).

const DURATION_UNITS: Record<string, number> = {
  ms: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86400,
  day: 86400,
  days: 86400,
  w: 604800,
  week: 604800,
  weeks: 604800,
};

/** Seconds, or undefined when the value is not a duration. */
export function parseDuration(value: unknown, key = ''): number | undefined {
  const ms = /(Ms|_ms|MS)$/.test(key);
  if (typeof value === 'number' && Number.isFinite(value)) return ms ? value / 1000 : value;
  if (typeof value !== 'string') return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return ms ? Number(v) / 1000 : Number(v);
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(v);
  if (iso && v.length > 1 && !/T$/i.test(v)) return Number(iso[1] ?? 0) * 86400 + Number(iso[2] ?? 0) * 3600 + Number(iso[3] ?? 0) * 60 + Number(iso[4] ?? 0);
  let total = 0;
  let matched = false;
  const re = /(\d+(?:\.\d+)?)\s*([a-zA-Z]+)/g;
  let rest = v;
  for (const m of v.matchAll(re)) {
    const unit = DURATION_UNITS[m[2]!.toLowerCase()];
    if (unit === undefined) return undefined;
    total += Number(m[1]) * unit;
    matched = true;
    rest = rest.replace(m[0], '');
  }
  return matched && /^[\s,and]*$/.test(rest) ? total : undefined;
}

export function formatDuration(seconds: number): string {
  for (const [u, n] of [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
  ] as const)
    if (seconds >= n && seconds % n === 0 && !(u === 'd' && seconds === 86400)) return `${seconds / n}${u}`;
  return `${seconds}s`;
}

const SIZE_UNITS: Record<string, number> = {
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  ki: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  mib: 1024 ** 2,
  mi: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
  gib: 1024 ** 3,
  gi: 1024 ** 3,
  t: 1024 ** 4,
  tb: 1024 ** 4,
  tib: 1024 ** 4,
  ti: 1024 ** 4,
};

/** Bytes. A bare number is taken as MB when `defaultUnit` says so (memory limits are usually written in MB). */
export function parseSize(value: unknown, defaultUnit = 'mb'): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value * SIZE_UNITS[defaultUnit]!;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/.exec(value);
  if (!m) return undefined;
  const unit = SIZE_UNITS[(m[2] || defaultUnit).toLowerCase()];
  return unit === undefined ? undefined : Number(m[1]) * unit;
}

/** CPU cores: `2`, `"2"`, `"1.5"`, `"500m"` (millicores). */
export function parseCpu(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m|cores?|cpus?)?\s*$/i.exec(value);
  if (!m) return undefined;
  return m[2]?.toLowerCase() === 'm' ? Number(m[1]) / 1000 : Number(m[1]);
}
