// The seam between the profile evaluator (src/profile/evaluate.ts) and the controls (rules/profile/<id>.ts): what a
// control's `evaluate` may ask of the evaluator, the config-tree helpers it reads values with, and `defineControl`,
// which makes a control a `profile/<id>` rule (SARIF metadata, docs, examples) as well.
import type { Finding } from '../core/types.js';
import type { Example, ProjectFile, ProjectRule, Severity } from '../rule.js';
import { entry, isMap, isScalar, normKey, plain, type CNode, type MapEntry } from '../analyzers/config/tree.js';
import type { ConfigSource } from './resolve.js';
import { isUnknown } from './static-eval.js';
import type { ControlResult, ControlSpec, Evidence } from './types.js';
import { parseDuration } from './units.js';

export interface ProjectView {
  /** Absolute root (its folder name is the report's `project`). */
  root: string;
  /** Every file and directory under the root, gitignored ones included. */
  files: readonly ProjectFile[];
  isGitIgnored(path: string, isDirectory?: boolean): boolean;
  /** A plain function (passed on as a callback). */
  readonly readText: (path: string) => string | undefined;
  readHead(path: string, bytes: number): Buffer | undefined;
  /** Findings of the scan (the agent/* ones feed `agent-findings`). */
  findings: readonly Finding[];
}

/** A key found in the config: its value node, its spelling, and the range of the key (for evidence). */
export interface Found {
  node: CNode;
  key: string;
  keyRange: readonly [number, number];
}

/** What a config control's check answers about the found value. */
export interface ValueCheck {
  ok: boolean | undefined;
  actual: string;
  /** Where the evidence points (default: the value, or the key for a pass). */
  offset?: number;
  message: string;
}

/** The evaluator as a control sees it. */
/** What `actual` says when no security config resolves: the file that would make the control checkable. */
export const noConfig = (profile: string): string =>
  `no security config (add config/security/${profile}.json, or profiles.${profile} in claude-flow.config.json)`;

export interface ProfileEvaluator {
  /** The profile being evaluated (`production`, …). */
  readonly profile: string;
  readonly spec: Record<string, ControlSpec>;
  /** The resolved security config of the profile, if any. */
  readonly config: ConfigSource | undefined;
  readonly view: ProjectView;
  /** Look a key up in the profile's subtree first, then in the rest of the config file. */
  find(...aliases: string[]): Found | undefined;
  /** Record the control's result. */
  push(id: string, status: ControlResult['status'], required: string, actual: string, evidence?: Evidence[]): void;
  /** Evidence at an offset of the config (line 1 when undefined: the key is missing). */
  at(offset: number | undefined, message: string): Evidence;
  /** 1-based line of an offset in a project file. */
  lineOf(file: string, text: string, offset: number): number;
  /** A config control: handles off / no config / missing / unknown, then calls `check` on the found value. */
  configControl(id: string, required: string, locate: () => Found | undefined, check: (f: Found) => ValueCheck): void;
  /** A duration at most the profile's `max`, under one of `aliases` (or `nested[1]` inside one of `nested[0]`). */
  maxDuration(id: string, aliases: string[], nested: [string[], string[]] | undefined): void;
  /** A boolean that must be true (or a map whose `inner` key is true). */
  booleanTrue(id: string, aliases: string[], label: string, inner?: string[]): void;
}

/** A security-profile control: its rule metadata, examples and evaluation. Thresholds live in rules/profiles/*.yaml. */
export interface ControlDefinition {
  /** The control id (the rule is `profile/<id>`). */
  id: string;
  title: string;
  severity: Severity;
  cwe: string;
  /** Why the control matters (the rule's help, before the reporting note). */
  why: string;
  /** The **Fix:** paragraph. */
  fix: string;
  bad: Example[];
  good: Example[];
  evaluate(ev: ProfileEvaluator): void;
}

/** A control as a registered rule: the profile step, not `check`, produces its findings. */
export type ControlRule = ProjectRule & { readonly control: ControlDefinition };

export function defineControl(c: ControlDefinition): ControlRule {
  return {
    id: `profile/${c.id}`,
    title: c.title,
    severity: c.severity,
    cwe: [c.cwe],
    confidence: 'high',
    help: `${c.why} Reported when a security profile (\`--profile\`, or a config that declares one) requires this control and the project fails it, at the offending key (line 1 of the config when a required key is missing). ${c.severity[0]!.toUpperCase()}${c.severity.slice(1)} severity: it is a gate of the profile, not an exploit by itself.\n\n**Fix:** ${c.fix}`,
    kind: 'project',
    check: () => undefined,
    examples: { bad: c.bad, good: c.good },
    control: c,
  };
}

export function isControlRule(r: unknown): r is ControlRule {
  return typeof r === 'object' && r !== null && 'control' in r && typeof (r as ControlRule).control?.evaluate === 'function';
}

/** A direct child of a map under one of `keys`. */
export const sub = (n: CNode | undefined, ...keys: string[]): Found | undefined => {
  const e: MapEntry | undefined = entry(n, ...keys);
  return e ? { node: e.value, key: e.key, keyRange: e.keyRange } : undefined;
};

/** A config boolean in its common spellings (`true`, `enabled`, `on`, `required`; `false`, `off`, `optional`, 0). */
export const truthy = (n: CNode | undefined): boolean | undefined => {
  if (!isScalar(n)) return undefined;
  if (n.value === true || n.value === 'true' || n.value === 'enabled' || n.value === 'required' || n.value === 'on') return true;
  if (n.value === false || n.value === 'false' || n.value === 'disabled' || n.value === 'off' || n.value === 'optional' || n.value === 0) return false;
  return undefined;
};

/** Duration in seconds of a config value; the key's unit suffix (Ms, Seconds, Minutes, Hours, Days) applies to bare numbers. */
export function durationOf(f: Found): number | undefined {
  const v = isScalar(f.node) ? f.node.value : undefined;
  const k = f.key;
  const unit = /(Days|_days)$/i.test(k)
    ? 86400
    : /(Hours|_hours)$/i.test(k)
      ? 3600
      : /(Minutes|Mins|_minutes|_mins)$/i.test(k)
        ? 60
        : /(Seconds|Secs|_seconds)$/i.test(k)
          ? 1
          : undefined;
  if (unit && (typeof v === 'number' || (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v)))) return Number(v) * unit;
  return parseDuration(v, k);
}

/** A value as the report shows it. */
export const show = (n: CNode | undefined): string => {
  if (!n) return 'not set';
  if (isUnknown(n)) return 'unknown';
  const v = plain(n);
  return typeof v === 'string' ? v : JSON.stringify(v);
};

export { isMap, normKey };

// ── Examples: a passing production config, one key per line, with some keys replaced or removed ──────────────
const PASSING: Record<string, string> = {
  profile: 'production',
  encryption: '{ enabled: true, algorithm: AES-256-GCM }',
  keyRotationInterval: '1h',
  authentication: '{ tokenExpiry: 15m, refreshTokenExpiry: 24h, mfaRequired: true }',
  logging: '{ level: info, auditEnabled: true, sensitiveDataMasking: true }',
  remoteLogging: '{ enabled: true, endpoint: "https://logs.example.com/ingest" }',
  rateLimiting: '{ enabled: true, requestsPerMinute: 50, burst: 10 }',
  memoryIsolation: '{ enabled: true, scope: agent, sharedMemory: false }',
  resourceLimits: '{ cpu: 2, memory: 4GB, disk: 10GB }',
  memory: '{ driver: sqlcipher, path: .swarm/memory.db }',
  commandWhitelist: '["npm test", "git status"]',
};

/** A production (or enterprise) config as YAML, one key per line, with some keys replaced or removed. */
export function profileYaml(changes: Record<string, string | null> = {}, profile = 'production'): string {
  const o: Record<string, string | null> = { ...PASSING, profile, ...changes };
  return (
    Object.entries(o)
      .filter((e): e is [string, string] => e[1] !== null)
      .map(([k, v]) => `${k}: ${v}`)
      .join('\n') + '\n'
  );
}

const CONFIG = 'config/security/production.yaml';
/** An example: the passing config at config/security/production.yaml with `changes`. */
export const profileExample = (changes: Record<string, string | null>, extra: Partial<Example> = {}): Example => ({
  path: CONFIG,
  code: profileYaml(changes),
  ...extra,
});
/** The line of a key in the passing config. */
export const profileLineOf = (key: string): number => Object.keys(PASSING).indexOf(key) + 1;
