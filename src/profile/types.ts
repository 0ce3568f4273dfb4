// The security-profile report (INTERFACE.md) and the profile data of rules/profiles/<name>.yaml.
import type { ProfileName } from '../core/names.js';

export type ControlStatus = 'pass' | 'fail' | 'unknown' | 'not-applicable';

export interface Evidence {
  file: string;
  /** Absent for file-level evidence (a file's mode, a missing file). */
  line?: number;
  message: string;
}

export interface ControlResult {
  id: string;
  status: ControlStatus;
  required: string;
  actual: string;
  evidence: Evidence[];
}

export interface ProfileReport {
  schemaVersion: 1;
  profile: ProfileName;
  project: string;
  verdict: 'pass' | 'fail';
  failing_controls: string[];
  controls: ControlResult[];
  configFiles: string[];
}

export type ControlMode = 'required' | 'if-set' | 'if-enabled' | 'off';

export interface ControlSpec {
  mode: ControlMode;
  [threshold: string]: unknown;
}

export interface ProfileSpec {
  name: ProfileName;
  controls: Record<string, ControlSpec>;
}
