// The pipeline's shared types: what a scan takes, what it returns and what a finding is. Analyzers, reporters and
// surfaces import them from here, never from the orchestrator (src/pipeline/scan.ts).
import type { FailOn, ProfileName, ScanType } from './names.js';
import type { ScanError, SkippedFile } from './errors.js';
import type { Shard } from './shard.js';
import type { ProfileReport } from '../profile/types.js';
import type { Rule, Severity } from '../rule.js';

/** Where a flow step sits, resolved to lines. */
export interface FlowLocation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  label: string;
  message: string;
  /** Root-relative posix path when the step is in another file than the finding. */
  file?: string;
}

/**
 * A normalised finding. It has no field that can hold a raw secret: rules pass the secret in
 * `report(..., { secret })` and the core keeps only its masked form (in the message and the fingerprint key).
 */
export interface Finding {
  ruleId: string;
  severity: Severity;
  file: string;
  /** Absent for file-level findings. */
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  message: string;
  fingerprint: string;
  suppressed: boolean;
  /** Present when suppressed: how and why. */
  suppression?: { kind: 'inSource' | 'external'; justification: string };
  /** `new` / `unchanged` in baseline runs. */
  baselineState?: 'new' | 'unchanged';
  flow?: FlowLocation[];
  /** SARIF relatedLocations: the other parts of the evidence (toxic combinations). */
  related?: FlowLocation[];
  properties?: Record<string, string | number | boolean>;
}

export interface ScanOptions {
  /** Absolute scan root; output paths are relative to it. */
  root: string;
  /** Files or directories under the root (default: the root). */
  paths?: string[];
  type?: ScanType;
  exclude?: string[];
  /** Bytes; larger files are not read (default 10 MB). */
  maxFileSize?: number;
  /** AST-parse every JS/TS file, minified and huge ones included. */
  noSkip?: boolean;
  /** Rule id → `off` or a severity. */
  ruleOverrides?: Record<string, Severity | 'off'>;
  /** Run only these rule ids (examples tests, `--rule`). */
  only?: string[];
  /** Regexes of values that are never secrets. */
  secretsAllow?: string[];
  profile?: ProfileName;
  failOn?: FailOn;
  /** In-memory contents (root-relative path → text) that replace discovery: staged files, examples. */
  contents?: Map<string, string>;
  /** Honour .gitignore files (default true). */
  gitignore?: boolean;
  /** Called as files finish (progress display). */
  onProgress?: (done: number, total: number) => void;
  /** Called with each raw secret found, before any finding exists (the Action masks it). Never store it. */
  onSecret?: (raw: string) => void;
  /** Absolute path of a baseline JSON: findings whose fingerprint it lists are `unchanged`, the others `new`. */
  baseline?: string;
  /** Content-hash cache of per-file results (src/core/cache.ts): true for the default folder, or a folder. */
  cache?: boolean | string;
  /** The user's cache folder holding the key that signs cache entries (default: userCacheDir() of process.env). */
  cacheKeyDir?: string;
  /** Scan only this share of the files (`--shard I/N`); project rules run in shard 1 only. */
  shard?: Shard;
}

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

export interface ScanStats {
  files: number;
  parsed: number;
  skipped: number;
  durationMs: number;
}

export interface ScanResult {
  root: string;
  type: ScanType;
  findings: Finding[];
  errors: ScanError[];
  skipped: SkippedFile[];
  rules: ActiveRule[];
  stats: ScanStats;
  /** The requested security profile's report (`options.profile`). */
  profile?: ProfileReport;
  /** Cache use of this scan, when the cache was on (not part of any report: reports do not depend on it). */
  cache?: { dir: string; hits: number; misses: number };
}
