// Profiles are data: rules/profiles/<name>.yaml, bundled as JSON modules.
import development from '../../rules/profiles/development.yaml';
import enterprise from '../../rules/profiles/enterprise.yaml';
import production from '../../rules/profiles/production.yaml';
import { PROFILES, type ProfileName } from '../core/config.js';
import type { ProfileSpec } from './types.js';

const DATA: Record<ProfileName, unknown> = { development, production, enterprise };

/** Control ids in report order. */
export const CONTROL_IDS = [
  'config-present',
  'encryption-algorithm',
  'key-rotation',
  'token-expiry',
  'refresh-token-expiry',
  'mfa',
  'log-level',
  'audit-log',
  'sensitive-data-masking',
  'remote-logging',
  'rate-limiting',
  'memory-isolation',
  'resource-limits',
  'memory-db-encryption',
  'command-whitelist',
  'env-protection',
  'data-permissions',
  'bypass-disabled',
  'agent-findings',
] as const;
export type ControlId = (typeof CONTROL_IDS)[number];

export function loadProfile(name: ProfileName): ProfileSpec {
  const data = DATA[name] as ProfileSpec | undefined;
  if (!data || typeof data !== 'object' || !data.controls) throw new Error(`profile "${name}" is not defined`);
  for (const id of CONTROL_IDS) if (!data.controls[id]) throw new Error(`profile "${name}" lacks control "${id}"`);
  return data;
}

/** Strictness order: development < production < enterprise. */
export const STRICTNESS: readonly ProfileName[] = PROFILES;
