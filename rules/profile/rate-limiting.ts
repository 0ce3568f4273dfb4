import { defineControl, durationOf, isMap, isUnknown, plain, profileExample, show, sub, truthy, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'rate-limiting',
  title: 'Rate limiting off or above the profile',
  severity: 'medium',
  cwe: 'CWE-770',
  why: 'Without limits a runaway or hijacked agent can exhaust quotas and brute-force endpoints: at most 50 requests per minute, burst 10.',
  fix: 'set `rateLimiting: { enabled: true, requestsPerMinute: 50, burst: 10 }`.',
  bad: [profileExample({ rateLimiting: '{ enabled: true, requestsPerMinute: 200, burst: 10 }' })],
  good: [profileExample({ rateLimiting: '{ enabled: true, maxRequests: 40, windowMs: 60000, burst: 5 }' })],
  evaluate(ev: ProfileEvaluator): void {
    const rate = ev.spec['rate-limiting']!;
    const maxRpm = rate.maxRequestsPerMinute as number;
    const maxBurst = rate.maxBurst as number;
    ev.configControl(
      'rate-limiting',
      `enabled, requests_per_minute <= ${maxRpm}, burst <= ${maxBurst}`,
      () => ev.find('rateLimiting', 'rateLimit', 'rateLimits', 'rateLimiter', 'throttling'),
      (f) => {
        if (!isMap(f.node)) {
          const t = truthy(f.node);
          return {
            ok: t === false ? false : undefined,
            actual: show(f.node),
            message: t === false ? 'Rate limiting is disabled.' : 'Rate limiting has no limits declared.',
          };
        }
        const en = sub(f.node, 'enabled');
        if (en && truthy(en.node) === false) return { ok: false, actual: 'disabled', offset: en.node.range[0], message: 'Rate limiting is disabled.' };
        const rpmF = sub(f.node, 'requestsPerMinute', 'maxRequestsPerMinute', 'rpm', 'perMinute', 'requestsPerMin', 'limitPerMinute');
        let rpm: number | undefined;
        let at = rpmF;
        if (rpmF) rpm = Number(plain(rpmF.node));
        else {
          const mx = sub(f.node, 'maxRequests', 'max', 'limit', 'requests', 'points');
          const win = sub(f.node, 'windowMs', 'window', 'windowSeconds', 'duration', 'per', 'interval');
          if (mx) {
            at = mx;
            const winSecs = win ? durationOf(win) : 60;
            rpm = winSecs ? (Number(plain(mx.node)) * 60) / winSecs : undefined;
          }
        }
        if (at && isUnknown(at.node)) return { ok: undefined, actual: 'unknown', offset: at.node.range[0], message: 'The request limit is read at run time.' };
        if (rpm === undefined || !Number.isFinite(rpm))
          return { ok: false, actual: 'no limit', offset: f.keyRange[0], message: 'Rate limiting declares no requests-per-minute limit.' };
        if (rpm > maxRpm)
          return { ok: false, actual: `${rpm}/min`, offset: at!.node.range[0], message: `Rate limit is ${rpm} requests per minute, more than ${maxRpm}.` };
        const burstF = sub(f.node, 'burst', 'burstLimit', 'burstSize', 'maxBurst', 'burst_size');
        const burst = burstF ? Number(plain(burstF.node)) : undefined;
        if (burstF && burst !== undefined && !(burst <= maxBurst))
          return {
            ok: false,
            actual: `${rpm}/min, burst ${show(burstF.node)}`,
            offset: burstF.node.range[0],
            message: `Burst is ${show(burstF.node)}, more than ${maxBurst}.`,
          };
        return { ok: true, actual: `${rpm}/min${burst !== undefined ? `, burst ${burst}` : ''}`, message: 'Rate limiting is within the limits.' };
      },
    );
  },
});
