// One `profile/<control>` rule per control, for SARIF metadata and `--type config`. Their findings are produced by
// the profile step of scan() (src/profile/run.ts), not by `check`, so the rules are listed here as data.
import type { Example, ProjectRule, Severity } from '../rule.js';

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
  return Object.entries(o).filter((e): e is [string, string] => e[1] !== null).map(([k, v]) => `${k}: ${v}`).join('\n') + '\n';
}

const CONFIG = 'config/security/production.yaml';
const ex = (changes: Record<string, string | null>, extra: Partial<Example> = {}): Example => ({ path: CONFIG, code: profileYaml(changes), ...extra });
const lineOf = (key: string): number => Object.keys(PASSING).indexOf(key) + 1;

interface ControlMeta {
  id: string;
  title: string;
  severity: Severity;
  cwe: string;
  why: string;
  fix: string;
  bad: Example[];
  good: Example[];
}

const CONTROLS: ControlMeta[] = [
  { id: 'config-present', title: 'No security config for the profile', severity: 'medium', cwe: 'CWE-1188', why: 'Production and enterprise need a security config (`config/security/<profile>.*`, `profiles.<profile>` in claude-flow.config.json, or a config declaring the profile); without one no other setting can be checked.', fix: 'add `config/security/production.ts` with the settings of the profile.', bad: [{ path: 'claude-flow.config.json', code: '{"profiles": {"production": {}}}', todo: true, note: 'reported only in the profile report' }], good: [ex({})] },
  { id: 'encryption-algorithm', title: 'Encryption algorithm below the profile', severity: 'high', cwe: 'CWE-327', why: 'Data at rest (agent memory, sessions) must use an authenticated cipher: AES-256-GCM (production) or ChaCha20-Poly1305 (development).', fix: 'set `encryption: { enabled: true, algorithm: AES-256-GCM }`.', bad: [ex({ encryption: '{ enabled: true, algorithm: AES-128-CBC }' }, { line: lineOf('encryption') })], good: [ex({})] },
  { id: 'key-rotation', title: 'Key rotation interval above the profile', severity: 'medium', cwe: 'CWE-324', why: 'Long-lived keys widen the window in which a leaked key decrypts data: at most 24h in development, 1h in production.', fix: 'set `keyRotationInterval: 1h`.', bad: [ex({ keyRotationInterval: '24h' }, { line: lineOf('keyRotationInterval') })], good: [ex({ keyRotationInterval: '30m' })] },
  { id: 'token-expiry', title: 'Access token lifetime above the profile', severity: 'medium', cwe: 'CWE-613', why: 'A stolen access token works until it expires: at most 1h in development, 15m in production.', fix: 'set `authentication.tokenExpiry: 15m`.', bad: [ex({ authentication: '{ tokenExpiry: 1h, refreshTokenExpiry: 24h, mfaRequired: true }' }, { line: lineOf('authentication') })], good: [ex({ authentication: '{ tokenExpiry: 900, refreshTokenExpiry: 24h, mfaRequired: true }' }, { note: 'bare number = seconds' })] },
  { id: 'refresh-token-expiry', title: 'Refresh token lifetime above the profile', severity: 'medium', cwe: 'CWE-613', why: 'Refresh tokens mint new access tokens: at most 7d in development, 24h in production.', fix: 'set `authentication.refreshTokenExpiry: 24h`.', bad: [ex({ authentication: '{ tokenExpiry: 15m, refreshTokenExpiry: 7d, mfaRequired: true }' })], good: [ex({})] },
  { id: 'mfa', title: 'MFA not required', severity: 'high', cwe: 'CWE-308', why: 'Production access to an agent platform must require a second factor.', fix: 'set `authentication.mfaRequired: true`.', bad: [ex({ authentication: '{ tokenExpiry: 15m, refreshTokenExpiry: 24h, mfaRequired: false }' })], good: [ex({})] },
  { id: 'log-level', title: 'Debug logging in production', severity: 'low', cwe: 'CWE-532', why: '`debug`/`trace` logs carry prompts, tool output and tokens.', fix: 'set `logging.level: info` (or warn, error).', bad: [ex({ logging: '{ level: debug, auditEnabled: true, sensitiveDataMasking: true }' })], good: [ex({ logging: '{ level: warn, auditEnabled: true, sensitiveDataMasking: true }' })] },
  { id: 'audit-log', title: 'Audit log disabled', severity: 'medium', cwe: 'CWE-778', why: 'Without an audit trail, actions of a hijacked agent cannot be reconstructed.', fix: 'set `auditEnabled: true`.', bad: [ex({ logging: '{ level: info, auditEnabled: false, sensitiveDataMasking: true }' })], good: [ex({})] },
  { id: 'sensitive-data-masking', title: 'Sensitive data not masked in logs', severity: 'medium', cwe: 'CWE-532', why: 'Unmasked logs copy secrets and personal data to every log sink.', fix: 'set `sensitiveDataMasking: true`.', bad: [ex({ logging: '{ level: info, auditEnabled: true }' }, { note: 'missing' })], good: [ex({})] },
  { id: 'remote-logging', title: 'Remote logging missing or not over https', severity: 'medium', cwe: 'CWE-319', why: 'Logs shipped in clear text leak; enterprise requires remote logging so a compromised host cannot erase its trail.', fix: 'set `remoteLogging: { enabled: true, endpoint: "https://…" }`.', bad: [ex({ remoteLogging: '{ enabled: true, endpoint: "http://logs.example.com/ingest" }' })], good: [ex({ remoteLogging: '{ enabled: false }' }, { note: 'production: only if enabled' })] },
  { id: 'rate-limiting', title: 'Rate limiting off or above the profile', severity: 'medium', cwe: 'CWE-770', why: 'Without limits a runaway or hijacked agent can exhaust quotas and brute-force endpoints: at most 50 requests per minute, burst 10.', fix: 'set `rateLimiting: { enabled: true, requestsPerMinute: 50, burst: 10 }`.', bad: [ex({ rateLimiting: '{ enabled: true, requestsPerMinute: 200, burst: 10 }' })], good: [ex({ rateLimiting: '{ enabled: true, maxRequests: 40, windowMs: 60000, burst: 5 }' })] },
  { id: 'memory-isolation', title: 'Agent memory not isolated', severity: 'medium', cwe: 'CWE-653', why: 'Shared memory lets one poisoned agent steer the whole swarm.', fix: 'set `memoryIsolation: { enabled: true, scope: agent, sharedMemory: false }`.', bad: [ex({ memoryIsolation: '{ enabled: true, scope: swarm, sharedMemory: false }' })], good: [ex({})] },
  { id: 'resource-limits', title: 'Resource limits missing or above the profile', severity: 'low', cwe: 'CWE-770', why: 'Agents without cpu/memory/disk limits can starve the host: cpu <= 2, memory <= 4GB, disk <= 10GB.', fix: 'set `resourceLimits: { cpu: 2, memory: 4GB, disk: 10GB }` (or `"cpu:2,memory:4GB,disk:10GB"`).', bad: [ex({ resourceLimits: '"cpu:4,memory:4GB,disk:10GB"' })], good: [ex({ resourceLimits: '{ cpu: 1, memory: 512MB, disk: 2GB }' })] },
  { id: 'memory-db-encryption', title: 'Agent memory database not encrypted', severity: 'high', cwe: 'CWE-311', why: 'memory.db stores prompts, tool output and tokens; production requires SQLCipher and no plaintext database on disk.', fix: 'set `memory.driver: sqlcipher` and migrate the database.', bad: [ex({ memory: '{ driver: sqlite }' })], good: [ex({})] },
  { id: 'command-whitelist', title: 'Command whitelist missing or wildcard', severity: 'high', cwe: 'CWE-78', why: 'Agents may run only listed commands; an empty list or `*` allows everything.', fix: 'list the commands: `commandWhitelist: ["npm test", "git status"]`.', bad: [ex({ commandWhitelist: '["npm test", "*"]' })], good: [ex({ commandWhitelist: null, allowedCommands: '["npm run build"]' }, { note: 'alias' })] },
  { id: 'env-protection', title: '`.env` file not protected', severity: 'high', cwe: 'CWE-538', why: '`.env` files must be git-ignored and private (mode 600 in production, not world-readable in development).', fix: 'add `.env*` to `.gitignore` and `chmod 600 .env`.', bad: [ex({}, { files: { '.env': 'PORT=3000\n', '.gitignore': 'node_modules\n' }, modes: { '.env': 0o600 } })], good: [ex({}, { files: { '.env': 'PORT=3000\n', '.gitignore': '.env\n' }, modes: { '.env': 0o600 } })] },
  { id: 'data-permissions', title: 'Agent data readable by other users', severity: 'medium', cwe: 'CWE-732', why: 'Agent state (`data/`, `.swarm/`, memory.db) must be private: directories 700, memory.db 600.', fix: '`chmod 700 .swarm data` and `chmod 600 .swarm/memory.db`.', bad: [ex({}, { files: { '.swarm/memory.db': 'x', '.gitignore': '.swarm/\n' }, modes: { '.swarm': 0o700, '.swarm/memory.db': 0o644 } })], good: [ex({}, { files: { '.swarm/memory.db': 'x', '.gitignore': '.swarm/\n' }, modes: { '.swarm': 0o700, '.swarm/memory.db': 0o600 } })] },
  { id: 'bypass-disabled', title: 'Bypass permission mode not locked', severity: 'high', cwe: 'CWE-862', why: 'Enterprise projects lock `bypassPermissions` mode with `disableBypassPermissionsMode: "disable"` so no session can skip prompts.', fix: 'add `"disableBypassPermissionsMode": "disable"` under `permissions` in `.claude/settings.json` (or managed settings).', bad: [{ path: 'config/security/enterprise.yaml', code: profileYaml({}, 'enterprise'), files: { '.claude/settings.json': '{\n  "permissions": {\n    "deny": ["Read(.env)"]\n  }\n}\n' } }], good: [{ path: 'config/security/enterprise.yaml', code: profileYaml({}, 'enterprise'), files: { '.claude/settings.json': '{"permissions": {"deny": ["Read(.env)"], "disableBypassPermissionsMode": "disable"}}' } }] },
  { id: 'agent-findings', title: 'Agent findings above the profile gate', severity: 'high', cwe: 'CWE-1188', why: 'A profile allows no critical agent/* finding (development), no high (production) and no medium (enterprise).', fix: 'fix the agent/* findings listed as evidence.', bad: [ex({}, { files: { '.claude/settings.json': '{"permissions": {"allow": ["Bash"], "deny": ["Read(.env)"]}}' } })], good: [ex({}, { files: { '.claude/settings.json': '{"permissions": {"allow": ["Bash(npm test)"], "deny": ["Read(.env)"]}}' } })] },
];

export const PROFILE_RULE_SEVERITY: Record<string, Severity> = Object.fromEntries(CONTROLS.map((c) => [c.id, c.severity]));

export const profileRules: ProjectRule[] = CONTROLS.map((c) => ({
  id: `profile/${c.id}`,
  title: c.title,
  severity: c.severity,
  cwe: [c.cwe],
  confidence: 'high',
  help: `${c.why} Reported when a security profile (\`--profile\`, or a config that declares one) requires this control and the project fails it, at the offending key (line 1 of the config when a required key is missing). ${c.severity[0]!.toUpperCase()}${c.severity.slice(1)} severity: it is a gate of the profile, not an exploit by itself.\n\n**Fix:** ${c.fix}`,
  kind: 'project',
  check: () => undefined,
  examples: { bad: c.bad, good: c.good },
}));
