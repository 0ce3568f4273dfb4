// The names a scan is configured by (scan types, fail-on levels, security profiles): the config loader, the
// options and the shared types read them from here, so none of those imports another for a name.
import { SEVERITIES, type Severity } from '../rule.js';

export const SCAN_TYPES = ['static', 'secrets', 'config', 'comprehensive'] as const;
export type ScanType = (typeof SCAN_TYPES)[number];
export const FAIL_ON = [...SEVERITIES, 'none'] as const;
export type FailOn = Severity | 'none';
export const PROFILES = ['development', 'production', 'enterprise'] as const;
export type ProfileName = (typeof PROFILES)[number];
