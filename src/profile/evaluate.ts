// Evaluates one security profile against a project: config controls from the resolved config, project controls
// from the tree (modes, .gitignore, memory.db header) and the agent/* findings. Never reads .env or memory.db content.
import * as path from 'node:path';
import type { ProfileName } from '../core/config.js';
import { SEVERITY_RANK } from '../core/finding.js';
import type { Finding } from '../core/types.js';
import { LineIndex } from '../core/lines.js';
import type { ProjectFile, Severity } from '../rule.js';
import { isClaudeFlowConfig } from '../analyzers/config/files.js';
import { asksForSqlcipher, isEnvFile, isMemoryDb, isPlainSqlite } from '../analyzers/config/hygiene.js';
import { tryParseJsonc } from '../analyzers/config/jsonc.js';
import { at, entry, isMap, isScalar, isSeq, normKey, plain, type CNode, type MapEntry } from '../analyzers/config/tree.js';
import { CONTROL_IDS, loadProfile } from './load.js';
import { findProfileConfigs, resolveConfig, type ConfigSource } from './resolve.js';
import { isUnknown, partialReason } from './static-eval.js';
import type { ControlResult, ControlSpec, Evidence, ProfileReport } from './types.js';
import { formatDuration, parseCpu, parseDuration, parseSize } from './units.js';

export interface ProjectView {
  /** Absolute root (its folder name is the report's `project`). */
  root: string;
  /** Every file and directory under the root, gitignored ones included. */
  files: readonly ProjectFile[];
  isGitIgnored(path: string, isDirectory?: boolean): boolean;
  readText(path: string): string | undefined;
  readHead(path: string, bytes: number): Buffer | undefined;
  /** Findings of the scan (the agent/* ones feed `agent-findings`). */
  findings: readonly Finding[];
}

/** Source offsets of evidence inside the config (kept apart: the report schema has lines only). */
export const evidenceOffset = new WeakMap<Evidence, readonly [number, number]>();

interface Found {
  node: CNode;
  key: string;
  keyRange: readonly [number, number];
}

/** Breadth-first search for the first key matching an alias, skipping `profiles` subtrees of other profiles. */
function find(root: CNode | undefined, aliases: string[], skipProfiles = true): Found | undefined {
  if (!root) return undefined;
  const wanted = new Set(aliases.map(normKey));
  let level: CNode[] = [root];
  for (let depth = 0; depth < 12 && level.length; depth++) {
    const next: CNode[] = [];
    for (const n of level) {
      if (isMap(n)) {
        for (const e of n.entries) if (wanted.has(normKey(e.key))) return { node: e.value, key: e.key, keyRange: e.keyRange };
        for (const e of n.entries) if (!(skipProfiles && normKey(e.key) === 'profiles')) next.push(e.value);
      } else if (isSeq(n)) next.push(...n.items);
    }
    level = next;
  }
  return undefined;
}

const sub = (n: CNode | undefined, ...keys: string[]): Found | undefined => {
  const e: MapEntry | undefined = entry(n, ...keys);
  return e ? { node: e.value, key: e.key, keyRange: e.keyRange } : undefined;
};

const truthy = (n: CNode | undefined): boolean | undefined => {
  if (!isScalar(n)) return undefined;
  if (n.value === true || n.value === 'true' || n.value === 'enabled' || n.value === 'required' || n.value === 'on') return true;
  if (n.value === false || n.value === 'false' || n.value === 'disabled' || n.value === 'off' || n.value === 'optional' || n.value === 0) return false;
  return undefined;
};

/** Duration in seconds of a config value; the key's unit suffix (Ms, Seconds, Minutes, Hours, Days) applies to bare numbers. */
function durationOf(f: Found): number | undefined {
  const v = isScalar(f.node) ? f.node.value : undefined;
  const k = f.key;
  const unit = /(Days|_days)$/i.test(k) ? 86400 : /(Hours|_hours)$/i.test(k) ? 3600 : /(Minutes|Mins|_minutes|_mins)$/i.test(k) ? 60 : /(Seconds|Secs|_seconds)$/i.test(k) ? 1 : undefined;
  if (unit && (typeof v === 'number' || (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)))) return Number(v) * unit;
  return parseDuration(v, k);
}

/** End of the token at `offset` (to the end of the line at most), for a finding's range. */
function valueEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const lineEnd = nl < 0 ? text.length : nl;
  const m = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`\n]*`|[^,}\]\s]+)/.exec(text.slice(offset, lineEnd));
  return offset + (m ? m[0].length : Math.max(1, lineEnd - offset));
}

const show = (n: CNode | undefined): string => {
  if (!n) return 'not set';
  if (isUnknown(n)) return 'unknown';
  const v = plain(n);
  return typeof v === 'string' ? v : JSON.stringify(v);
};

class Evaluator {
  private readonly lines = new Map<string, LineIndex>();
  readonly results: ControlResult[] = [];

  constructor(
    readonly profile: ProfileName,
    readonly spec: Record<string, ControlSpec>,
    readonly config: ConfigSource | undefined,
    readonly view: ProjectView,
  ) {}

  lineOf(file: string, text: string, offset: number): number {
    let li = this.lines.get(file);
    if (!li) {
      li = new LineIndex(text);
      this.lines.set(file, li);
    }
    return li.position(offset).line;
  }

  /** Evidence at a node of the resolved config (or line 1 when the key is missing). */
  at(offset: number | undefined, message: string): Evidence {
    const c = this.config!;
    const ev: Evidence = { file: c.file, line: offset === undefined ? 1 : this.lineOf(c.file, c.text, offset), message };
    if (offset !== undefined) evidenceOffset.set(ev, [offset, valueEnd(c.text, offset)]);
    return ev;
  }

  /** Look a key up in the profile's subtree first, then in the rest of the file. */
  find(...aliases: string[]): Found | undefined {
    const c = this.config;
    if (!c) return undefined;
    return find(c.node, aliases) ?? (c.node !== c.root ? find(c.root, aliases) : undefined);
  }

  push(id: string, status: ControlResult['status'], required: string, actual: string, evidence: Evidence[] = []): void {
    this.results.push({ id, status, required, actual, evidence });
  }

  /** A config control: handles off / no config / missing / unknown, then calls `check` on the found value. */
  configControl(id: string, required: string, locate: () => Found | undefined, check: (f: Found) => { ok: boolean | undefined; actual: string; offset?: number; message: string }): void {
    const spec = this.spec[id]!;
    if (spec.mode === 'off') return this.push(id, 'not-applicable', '-', '-');
    if (!this.config) return this.push(id, spec.mode === 'required' ? 'unknown' : 'not-applicable', required, 'no security config', []);
    const f = locate();
    if (!f) {
      const partial = partialReason(this.config.node) ?? partialReason(this.config.root);
      if (partial && spec.mode === 'required') return this.push(id, 'unknown', required, 'unknown', [this.at(undefined, `${id}: not found, but part of the config cannot be read statically (${partial}).`)]);
      if (spec.mode === 'required') return this.push(id, 'fail', required, 'not set', [this.at(undefined, `${id}: required setting is missing from the config.`)]);
      return this.push(id, 'not-applicable', required, 'not set');
    }
    if (isUnknown(f.node)) return this.push(id, 'unknown', required, 'unknown', [this.at(f.node.range[0], `${id}: value cannot be read statically (${(f.node as { unknown: string }).unknown}).`)]);
    const r = check(f);
    if (r.ok === undefined) return this.push(id, 'unknown', required, r.actual, [this.at(r.offset ?? f.node.range[0], r.message)]);
    if (r.ok) return this.push(id, 'pass', required, r.actual, [this.at(r.offset ?? f.keyRange[0], r.message)]);
    return this.push(id, 'fail', required, r.actual, [this.at(r.offset ?? f.node.range[0], r.message)]);
  }

  maxDuration(id: string, aliases: string[], nested: [string[], string[]] | undefined): void {
    const max = parseDuration(this.spec[id]!.max as string)!;
    const required = `<= ${formatDuration(max)}`;
    this.configControl(
      id,
      required,
      () => {
        let f = this.find(...aliases);
        if (!f && nested) {
          for (const p of nested[0]) {
            const parent = this.find(p);
            if (parent && isMap(parent.node)) f = sub(parent.node, ...nested[1]);
            if (f) break;
          }
        }
        if (f && isMap(f.node)) f = sub(f.node, 'interval', 'period', 'every', 'maxAge', 'ttl', 'expiry', 'value', 'duration') ?? f;
        return f;
      },
      (f) => {
        const secs = durationOf(f);
        if (secs === undefined) return { ok: undefined, actual: show(f.node), message: `${id}: \`${show(f.node)}\` is not a duration.` };
        const actual = formatDuration(secs);
        return { ok: secs <= max, actual, message: secs <= max ? `${f.key} is ${actual}.` : `${f.key} is ${actual}, more than ${formatDuration(max)}.` };
      },
    );
  }

  booleanTrue(id: string, aliases: string[], label: string, inner = ['enabled', 'required', 'enforced', 'enforce']): void {
    this.configControl(
      id,
      'true',
      () => {
        const f = this.find(...aliases);
        if (f && isMap(f.node)) return sub(f.node, ...inner) ?? { ...f, node: f.node };
        return f;
      },
      (f) => {
        if (isMap(f.node)) return { ok: false, actual: 'not enabled', message: `${label} is configured but not enabled.` };
        const t = truthy(f.node);
        if (t === undefined) return { ok: undefined, actual: show(f.node), message: `${f.key} is \`${show(f.node)}\`, not a boolean.` };
        return { ok: t, actual: String(t), message: t ? `${label} is on.` : `${f.key} is ${show(f.node)}: ${label} is off.` };
      },
    );
  }

  run(): void {
    const s = this.spec;
    // config-present
    if (s['config-present']!.mode === 'off') this.push('config-present', this.config ? 'pass' : 'not-applicable', '-', this.config ? this.config.file : 'none', this.config ? [{ file: this.config.file, message: `Config for ${this.config.profile}.` }] : []);
    else if (this.config) this.push('config-present', 'pass', 'a security config for the profile', this.config.file, [{ file: this.config.file, line: 1, message: `Security config resolved (${this.config.via === 'path' ? 'by path' : this.config.via === 'profiles' ? `profiles.${this.config.profile}` : `declares ${this.config.profile}`}).` }]);
    else this.push('config-present', 'fail', 'a security config for the profile', 'none', [{ file: '.', message: 'No security config resolves for this profile (config/security/<profile>.*, profiles.<profile> in claude-flow.config.json, or a config declaring the profile).' }]);

    // encryption-algorithm
    const algos = (s['encryption-algorithm']!.algorithms as string[] | undefined) ?? [];
    const norm = (a: string) => a.toUpperCase().replace(/[^A-Z0-9]/g, '');
    this.configControl(
      'encryption-algorithm',
      algos.join(' or '),
      () => {
        const enc = this.find('encryption', 'dataEncryption', 'encryptionAtRest');
        if (enc && isMap(enc.node)) {
          const en = sub(enc.node, 'enabled');
          if (en && truthy(en.node) === false && s['encryption-algorithm']!.mode === 'required') return en;
          return sub(enc.node, 'algorithm', 'cipher', 'algo') ?? (s['encryption-algorithm']!.mode === 'required' ? undefined : undefined);
        }
        if (enc && isScalar(enc.node) && typeof enc.node.value === 'string') return enc;
        return this.find('encryptionAlgorithm', 'cipherAlgorithm');
      },
      (f) => {
        if (normKey(f.key) === 'enabled') return { ok: false, actual: 'disabled', message: 'Encryption is disabled (`enabled: false`).' };
        const v = isScalar(f.node) && typeof f.node.value === 'string' ? f.node.value : undefined;
        if (!v) return { ok: undefined, actual: show(f.node), message: 'The encryption algorithm is not a string.' };
        const ok = algos.some((a) => norm(a) === norm(v));
        return { ok, actual: v, message: ok ? `Encryption uses ${v}.` : `Encryption uses ${v}, not ${algos.join(' or ')}.` };
      },
    );

    this.maxDuration('key-rotation', ['keyRotationInterval', 'keyRotation', 'keyRotationPeriod', 'rotationInterval', 'keyRotationDays', 'keyRotationHours', 'rotateKeysEvery', 'keyRotationMs'], [['encryption', 'keys', 'keyManagement'], ['rotationInterval', 'rotation', 'rotateEvery', 'rotationPeriod', 'rotationDays']]);
    this.maxDuration('token-expiry', ['tokenExpiry', 'accessTokenExpiry', 'tokenExpiration', 'accessTokenExpiration', 'jwtExpiry', 'jwtExpiration', 'tokenTtl', 'accessTokenTtl', 'tokenLifetime', 'tokenExpiresIn', 'tokenExpiryMs', 'tokenExpirySeconds'], [['authentication', 'auth', 'jwt'], ['expiresIn', 'expiry', 'ttl', 'expiration']]);
    this.maxDuration('refresh-token-expiry', ['refreshTokenExpiry', 'refreshTokenExpiration', 'refreshTokenTtl', 'refreshExpiry', 'refreshTokenLifetime', 'refreshExpiresIn', 'refreshTokenExpiryMs'], undefined);
    this.booleanTrue('mfa', ['mfaRequired', 'requireMfa', 'mfa', 'mfaEnabled', 'multiFactor', 'multiFactorAuth', 'twoFactor', 'twoFactorRequired', 'require2fa'], 'MFA', ['required', 'enforced', 'enabled']);

    // log-level
    const levels = (s['log-level']!.levels as string[] | undefined) ?? [];
    this.configControl(
      'log-level',
      levels.filter((l) => l !== 'warning').join(', '),
      () => this.find('logLevel', 'log_level') ?? (() => {
        const lg = this.find('logging', 'logger', 'log');
        return lg && isMap(lg.node) ? sub(lg.node, 'level', 'logLevel') : lg && isScalar(lg.node) && typeof lg.node.value === 'string' ? lg : undefined;
      })(),
      (f) => {
        const v = isScalar(f.node) ? String(f.node.value).toLowerCase() : '';
        const ok = levels.includes(v);
        return { ok, actual: v || show(f.node), message: ok ? `Log level is ${v}.` : `Log level is ${v || show(f.node)}; production logs at info, warn or error.` };
      },
    );

    this.booleanTrue('audit-log', ['auditEnabled', 'auditLog', 'auditLogging', 'audit', 'auditTrail', 'enableAudit', 'auditLogEnabled'], 'Audit logging');
    this.booleanTrue('sensitive-data-masking', ['sensitiveDataMasking', 'maskSensitiveData', 'dataMasking', 'masking', 'maskSecrets', 'redactSensitiveData', 'piiMasking', 'redaction', 'maskSensitive', 'sensitiveMasking'], 'Sensitive-data masking');

    // remote-logging
    const rl = s['remote-logging']!;
    if (rl.mode === 'off') this.push('remote-logging', 'not-applicable', '-', '-');
    else if (!this.config) this.push('remote-logging', rl.mode === 'required' ? 'unknown' : 'not-applicable', rl.mode === 'required' ? 'enabled, https endpoint' : 'if enabled: https endpoint', 'no security config');
    else {
      const required = rl.mode === 'required' ? 'enabled, https endpoint' : 'if enabled: https endpoint';
      let f = this.find('remoteLogging', 'remoteLog', 'logShipping', 'remoteLogger', 'logForwarding');
      if (!f) {
        const lg = this.find('logging');
        if (lg && isMap(lg.node)) f = sub(lg.node, 'remote', 'remoteEndpoint', 'endpoint');
      }
      const node = f?.node;
      const enabledNode = isMap(node) ? sub(node, 'enabled') : undefined;
      const endpoint = isMap(node) ? sub(node, 'endpoint', 'url', 'host', 'uri', 'target') : node && isScalar(node) && typeof node.value === 'string' ? f : undefined;
      const enabled = enabledNode ? truthy(enabledNode.node) : isMap(node) ? endpoint !== undefined : node ? truthy(node) ?? (endpoint !== undefined) : false;
      if (f && isUnknown(f.node)) this.push('remote-logging', 'unknown', required, 'unknown', [this.at(f.node.range[0], 'remote-logging cannot be read statically.')]);
      else if (!enabled) {
        if (rl.mode === 'required') this.push('remote-logging', 'fail', required, 'disabled', [this.at(enabledNode ? enabledNode.node.range[0] : f ? f.node.range[0] : undefined, 'Remote logging is not enabled.')]);
        else this.push('remote-logging', 'not-applicable', required, 'disabled');
      } else {
        const url = endpoint && isScalar(endpoint.node) && typeof endpoint.node.value === 'string' ? endpoint.node.value : undefined;
        if (endpoint && isUnknown(endpoint.node)) this.push('remote-logging', 'unknown', required, 'unknown', [this.at(endpoint.node.range[0], 'The remote-logging endpoint is read at run time.')]);
        else if (url && /^https:\/\//i.test(url)) this.push('remote-logging', 'pass', required, url, [this.at(endpoint!.node.range[0], 'Remote logging ships over https.')]);
        else this.push('remote-logging', 'fail', required, url ?? 'no endpoint', [this.at(endpoint ? endpoint.node.range[0] : f!.keyRange[0], url ? `Remote logging endpoint \`${url}\` is not https.` : 'Remote logging is enabled without an endpoint.')]);
      }
    }

    // rate-limiting
    const rate = s['rate-limiting']!;
    const maxRpm = rate.maxRequestsPerMinute as number;
    const maxBurst = rate.maxBurst as number;
    this.configControl(
      'rate-limiting',
      `enabled, requests_per_minute <= ${maxRpm}, burst <= ${maxBurst}`,
      () => this.find('rateLimiting', 'rateLimit', 'rateLimits', 'rateLimiter', 'throttling'),
      (f) => {
        if (!isMap(f.node)) {
          const t = truthy(f.node);
          return { ok: t === false ? false : undefined, actual: show(f.node), message: t === false ? 'Rate limiting is disabled.' : 'Rate limiting has no limits declared.' };
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
        if (rpm === undefined || !Number.isFinite(rpm)) return { ok: false, actual: 'no limit', offset: f.keyRange[0], message: 'Rate limiting declares no requests-per-minute limit.' };
        if (rpm > maxRpm) return { ok: false, actual: `${rpm}/min`, offset: at!.node.range[0], message: `Rate limit is ${rpm} requests per minute, more than ${maxRpm}.` };
        const burstF = sub(f.node, 'burst', 'burstLimit', 'burstSize', 'maxBurst', 'burst_size');
        const burst = burstF ? Number(plain(burstF.node)) : undefined;
        if (burstF && burst !== undefined && !(burst <= maxBurst)) return { ok: false, actual: `${rpm}/min, burst ${show(burstF.node)}`, offset: burstF.node.range[0], message: `Burst is ${show(burstF.node)}, more than ${maxBurst}.` };
        return { ok: true, actual: `${rpm}/min${burst !== undefined ? `, burst ${burst}` : ''}`, message: 'Rate limiting is within the limits.' };
      },
    );

    // memory-isolation
    const mi = s['memory-isolation']!;
    this.configControl(
      'memory-isolation',
      `enabled, scope ${String(mi.scope)}, shared_memory false`,
      () => this.find('memoryIsolation', 'isolation', 'agentIsolation'),
      (f) => {
        if (!isMap(f.node)) {
          const t = truthy(f.node);
          const scope = isScalar(f.node) && typeof f.node.value === 'string' ? f.node.value.toLowerCase().replace(/^per[-_ ]?/, '') : undefined;
          if (scope === String(mi.scope)) return { ok: true, actual: `scope ${scope}`, message: 'Memory is isolated per agent.' };
          return t === false ? { ok: false, actual: 'disabled', message: 'Memory isolation is disabled.' } : { ok: false, actual: show(f.node), message: `Memory isolation does not declare scope \`${String(mi.scope)}\`.` };
        }
        const en = sub(f.node, 'enabled');
        if (en && truthy(en.node) === false) return { ok: false, actual: 'disabled', offset: en.node.range[0], message: 'Memory isolation is disabled.' };
        const scope = sub(f.node, 'scope', 'level', 'mode');
        if (!scope || String(plain(scope.node)).toLowerCase().replace(/^per[-_ ]?/, '') !== String(mi.scope)) return { ok: false, actual: `scope ${scope ? show(scope.node) : 'not set'}`, offset: scope ? scope.node.range[0] : f.keyRange[0], message: `Memory isolation scope is ${scope ? show(scope.node) : 'not set'}, not \`${String(mi.scope)}\`.` };
        const shared = sub(f.node, 'sharedMemory', 'allowSharedMemory', 'shared', 'crossAgentSharing', 'allowCrossAgent');
        if (shared && truthy(shared.node) !== false) return { ok: false, actual: 'shared memory on', offset: shared.node.range[0], message: 'Agents share memory (`shared_memory` is not false).' };
        return { ok: true, actual: `scope ${String(mi.scope)}`, message: 'Memory is isolated per agent.' };
      },
    );

    // resource-limits
    const lim = s['resource-limits']!;
    const maxCpu = Number(lim.cpu);
    const maxMem = parseSize(lim.memory)!;
    const maxDisk = parseSize(lim.disk)!;
    this.configControl(
      'resource-limits',
      `cpu <= ${maxCpu}, memory <= ${String(lim.memory)}, disk <= ${String(lim.disk)}`,
      () => this.find('resourceLimits', 'resources', 'limits', 'resourceQuota'),
      (f) => {
        const vals: Record<string, { v: unknown; offset: number } | undefined> = { cpu: undefined, memory: undefined, disk: undefined };
        if (isScalar(f.node) && typeof f.node.value === 'string') {
          for (const part of f.node.value.split(',')) {
            const [k, v] = part.split(':').map((x) => x.trim());
            const key = k?.toLowerCase() === 'mem' ? 'memory' : k?.toLowerCase();
            if (key && key in vals) vals[key] = { v, offset: f.node.range[0] };
          }
        } else if (isMap(f.node)) {
          for (const [key, aliases] of [['cpu', ['cpu', 'cpus', 'maxCpu', 'cpuLimit', 'cores']], ['memory', ['memory', 'mem', 'maxMemory', 'memoryLimit', 'ram']], ['disk', ['disk', 'storage', 'maxDisk', 'diskLimit', 'diskSpace']]] as const) {
            const e = sub(f.node, ...aliases);
            if (e) {
              if (isUnknown(e.node)) return { ok: undefined, actual: 'unknown', offset: e.node.range[0], message: `The ${key} limit is read at run time.` };
              vals[key] = { v: plain(e.node), offset: e.node.range[0] };
            }
          }
        } else return { ok: false, actual: show(f.node), message: 'Resource limits are not declared as cpu, memory and disk.' };
        const missing = Object.keys(vals).filter((k) => !vals[k]);
        if (missing.length) return { ok: false, actual: `missing ${missing.join(', ')}`, offset: f.keyRange[0], message: `Resource limits do not declare ${missing.join(', ')}.` };
        const cpu = parseCpu(vals.cpu!.v);
        const mem = parseSize(vals.memory!.v);
        const disk = parseSize(vals.disk!.v, 'gb');
        const actual = `cpu ${String(vals.cpu!.v)}, memory ${String(vals.memory!.v)}, disk ${String(vals.disk!.v)}`;
        if (cpu === undefined || cpu > maxCpu) return { ok: false, actual, offset: vals.cpu!.offset, message: `CPU limit ${String(vals.cpu!.v)} is above ${maxCpu}.` };
        if (mem === undefined || mem > maxMem) return { ok: false, actual, offset: vals.memory!.offset, message: `Memory limit ${String(vals.memory!.v)} is above ${String(lim.memory)}.` };
        if (disk === undefined || disk > maxDisk) return { ok: false, actual, offset: vals.disk!.offset, message: `Disk limit ${String(vals.disk!.v)} is above ${String(lim.disk)}.` };
        return { ok: true, actual, message: 'Resource limits are within the profile.' };
      },
    );

    this.memoryDbEncryption();

    // command-whitelist
    this.configControl(
      'command-whitelist',
      'non-empty list without *',
      () => this.find('commandWhitelist', 'allowedCommands', 'commandAllowlist', 'whitelistedCommands', 'allowedCommandList', 'commandsAllowed'),
      (f) => {
        const items = isSeq(f.node) ? f.node.items : [];
        if (!isSeq(f.node) || items.length === 0) return { ok: false, actual: show(f.node), message: 'The command whitelist is empty or not a list.' };
        const star = items.find((i) => isScalar(i) && typeof i.value === 'string' && i.value.includes('*'));
        if (star) return { ok: false, actual: show(f.node), offset: star.range[0], message: 'The command whitelist contains `*`.' };
        if (items.some(isUnknown)) return { ok: undefined, actual: 'unknown', message: 'Part of the command whitelist is read at run time.' };
        return { ok: true, actual: `${items.length} commands`, message: `${items.length} commands are whitelisted.` };
      },
    );

    this.envProtection();
    this.dataPermissions();
    this.bypassDisabled();
    this.agentFindings();
  }

  memoryDbEncryption(): void {
    const spec = this.spec['memory-db-encryption']!;
    const required = 'SQLCipher, no plaintext SQLite header';
    if (spec.mode === 'off') return this.push('memory-db-encryption', 'not-applicable', '-', '-');
    if (!this.config) return this.push('memory-db-encryption', 'unknown', required, 'no security config');
    const dbs = this.view.files.filter((f) => !f.isDirectory && isMemoryDb(f.path));
    const plainDbs = dbs.filter((d) => isPlainSqlite(this.view.readHead(d.path, 16)));
    let claim = asksForSqlcipher(this.config.node) || asksForSqlcipher(this.config.root);
    let claimFile = this.config.file;
    if (!claim && /\.(ts|js|mjs|cjs|mts|cts)$/.test(this.config.file) && /(driver|backend|engine)\s*:\s*['"`]sqlcipher['"`]|sqlcipher\s*:\s*true/i.test(this.config.text)) claim = true;
    if (!claim) {
      for (const f of this.view.files) {
        if (f.isDirectory || !isClaudeFlowConfig(f.path) || this.view.isGitIgnored(f.path)) continue;
        const t = this.view.readText(f.path);
        if (t !== undefined && asksForSqlcipher(tryParseJsonc(t))) {
          claim = true;
          claimFile = f.path;
          break;
        }
      }
    }
    if (!claim) {
      const mem = this.find('memory', 'memoryStore', 'storage');
      const drv = mem && isMap(mem.node) ? sub(mem.node, 'driver', 'backend', 'engine', 'type') : undefined;
      return this.push('memory-db-encryption', 'fail', required, drv ? show(drv.node) : 'not set', [this.at(drv ? drv.node.range[0] : undefined, drv ? `Memory driver is ${show(drv.node)}, not sqlcipher.` : 'The config does not ask for SQLCipher (`memory.driver: sqlcipher`).')]);
    }
    if (plainDbs.length) return this.push('memory-db-encryption', 'fail', required, 'plaintext SQLite', plainDbs.map((d) => ({ file: d.path, message: `\`${d.path}\` starts with the plaintext SQLite header although ${claimFile} asks for SQLCipher.` })));
    this.push('memory-db-encryption', 'pass', required, 'sqlcipher', [{ file: claimFile, message: 'SQLCipher is configured and no plaintext memory.db was found.' }]);
  }

  envProtection(): void {
    const spec = this.spec['env-protection']!;
    const bits = Number(spec.forbiddenBits ?? 0o077);
    const required = bits === 0o004 ? 'git-ignored, not world-readable' : `git-ignored, mode <= ${(0o777 & ~bits & 0o666).toString(8)}`;
    if (spec.mode === 'off') return this.push('env-protection', 'not-applicable', '-', '-');
    const envs = this.view.files.filter((f) => !f.isDirectory && isEnvFile(f.path));
    if (!envs.length) return this.push('env-protection', 'not-applicable', required, 'no .env files');
    const bad: Evidence[] = [];
    for (const f of envs) {
      const ignored = this.view.isGitIgnored(f.path);
      if (spec.ignored && !ignored) bad.push({ file: f.path, message: `\`${f.path}\` is not git-ignored.` });
      if (f.mode & bits) bad.push({ file: f.path, message: `\`${f.path}\` has mode ${f.mode.toString(8)}.` });
    }
    if (bad.length) return this.push('env-protection', 'fail', required, `${bad.length} problem${bad.length > 1 ? 's' : ''}`, bad);
    this.push('env-protection', 'pass', required, `${envs.length} file${envs.length > 1 ? 's' : ''} protected`, envs.map((f) => ({ file: f.path, message: `Ignored, mode ${f.mode.toString(8)}.` })));
  }

  dataPermissions(): void {
    const spec = this.spec['data-permissions']!;
    const dirBits = spec.dirForbiddenBits === undefined ? undefined : Number(spec.dirForbiddenBits);
    const dbBits = Number(spec.dbForbiddenBits ?? 0o077);
    const required = dirBits === undefined ? 'memory.db not world-readable' : 'data/, .swarm/ <= 700; memory.db <= 600';
    if (spec.mode === 'off') return this.push('data-permissions', 'not-applicable', '-', '-');
    const bad: Evidence[] = [];
    let seen = 0;
    for (const f of this.view.files) {
      if (f.isDirectory && dirBits !== undefined && /^(data|\.swarm)$/.test(f.path)) {
        seen++;
        if (f.mode & dirBits) bad.push({ file: f.path, message: `Directory \`${f.path}\` has mode ${f.mode.toString(8)}.` });
      } else if (!f.isDirectory && isMemoryDb(f.path)) {
        seen++;
        if (f.mode & dbBits) bad.push({ file: f.path, message: `\`${f.path}\` has mode ${f.mode.toString(8)}.` });
      }
    }
    if (!seen) return this.push('data-permissions', 'not-applicable', required, 'no agent data');
    if (bad.length) return this.push('data-permissions', 'fail', required, `${bad.length} problem${bad.length > 1 ? 's' : ''}`, bad);
    this.push('data-permissions', 'pass', required, 'private');
  }

  bypassDisabled(): void {
    const spec = this.spec['bypass-disabled']!;
    const required = 'permissions.disableBypassPermissionsMode: "disable"';
    if (spec.mode === 'off') return this.push('bypass-disabled', 'not-applicable', '-', '-');
    const candidates = this.view.files.filter((f) => !f.isDirectory && (/(^|\/)\.claude\/settings\.json$/.test(f.path) || /(^|\/)managed-settings\.json$/.test(f.path))).map((f) => f.path).sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    for (const file of candidates) {
      const text = this.view.readText(file);
      const root = text === undefined ? undefined : tryParseJsonc(text);
      const n = at(root, 'permissions.disableBypassPermissionsMode');
      if (isScalar(n) && n.value === 'disable') return this.push('bypass-disabled', 'pass', required, 'disable', [{ file, line: this.lineOf(file, text!, n.range[0]), message: 'Bypass mode is locked.' }]);
    }
    const main = candidates.find((c) => /^\.claude\/settings\.json$/.test(c)) ?? candidates[0];
    if (!main) return this.push('bypass-disabled', 'fail', required, 'no .claude/settings.json', [{ file: '.claude/settings.json', message: 'No settings file locks bypass mode.' }]);
    const text = this.view.readText(main) ?? '';
    const root = tryParseJsonc(text);
    const n = at(root, 'permissions.disableBypassPermissionsMode');
    const perms = entry(root, 'permissions');
    const offset = n ? n.range[0] : perms ? perms.keyRange[0] : 0;
    this.push('bypass-disabled', 'fail', required, n ? show(n) : 'not set', [{ file: main, line: this.lineOf(main, text, offset), message: '`disableBypassPermissionsMode` is not "disable".' }]);
  }

  agentFindings(): void {
    const spec = this.spec['agent-findings']!;
    const failAt = String(spec.failAt) as Severity;
    const required = `no ${failAt}${failAt === 'critical' ? '' : ' or above'} agent/* finding`;
    if (spec.mode === 'off') return this.push('agent-findings', 'not-applicable', '-', '-');
    const bad = this.view.findings.filter((f) => f.ruleId.startsWith('agent/') && !f.suppressed && f.baselineState !== 'unchanged' && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failAt]);
    if (!bad.length) return this.push('agent-findings', 'pass', required, 'none');
    this.push('agent-findings', 'fail', required, `${bad.length} finding${bad.length > 1 ? 's' : ''}`, bad.map((f) => ({ file: f.file, ...(f.line !== undefined ? { line: f.line } : {}), message: `${f.ruleId} (${f.severity}): ${f.message}` })));
  }
}

/** Evaluate profile `name` against the project. */
export function evaluateProfile(name: ProfileName, view: ProjectView, configs = findProfileConfigs({ files: view.files.filter((f) => !view.isGitIgnored(f.path, f.isDirectory)), readText: view.readText })): ProfileReport {
  const spec = loadProfile(name);
  const config = resolveConfig(configs, name);
  const ev = new Evaluator(name, spec.controls, config, view);
  ev.run();
  const order = new Map<string, number>(CONTROL_IDS.map((id, i) => [id, i]));
  const controls = ev.results.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const failing = controls.filter((c) => c.status === 'fail').map((c) => c.id);
  return {
    schemaVersion: 1,
    profile: name,
    project: path.basename(view.root),
    verdict: failing.length ? 'fail' : 'pass',
    failing_controls: failing,
    controls,
    configFiles: config ? [config.file] : [],
  };
}
