// Public API: the CLI, the Action and the hook are thin layers over these.
import * as path from 'node:path';
import { rules } from '../rules/index.js';
import { scan } from './pipeline/scan.js';
import type { ScanOptions, ScanResult } from './core/types.js';
import type { ScanType } from './core/config.js';

export { scan, breaches, selectRules } from './pipeline/scan.js';
export type { ScanOptions, ScanResult, ActiveRule, Finding } from './core/types.js';
export { toSarif, toSarifObject } from './report/sarif.js';
export { toJson } from './report/json.js';
export { toText } from './report/text.js';
export { rules } from '../rules/index.js';
export type { Rule, Severity, Example } from './rule.js';

export interface ScanTextOptions {
  /** Root-relative path the text is scanned as (its extension picks the analyzers). */
  path?: string;
  /** Rule ids to run (default: every rule of `type`). */
  rules?: string[];
  type?: ScanType;
  /** Other files of the same virtual project. */
  files?: Record<string, string>;
  root?: string;
  secretsAllow?: string[];
}

/** Scan one in-memory text (and optionally sibling files) without touching the disk. */
export async function scanText(code: string, options: ScanTextOptions = {}): Promise<ScanResult> {
  const file = options.path ?? 'example.ts';
  const contents = new Map<string, string>(Object.entries(options.files ?? {}));
  contents.set(file, code);
  const opts: ScanOptions = { root: options.root ?? path.resolve('/flowguard-virtual-root'), type: options.type ?? 'comprehensive', contents, noSkip: true };
  if (options.rules) opts.only = options.rules;
  if (options.secretsAllow) opts.secretsAllow = options.secretsAllow;
  return scan(opts);
}

export const ruleIds = (): string[] => rules.map((r) => r.id);
