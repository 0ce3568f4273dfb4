import { entropy } from './entropy.js';
import { createHash } from './lazy.js';
import type { Severity } from '../rule.js';
import type { Finding } from './types.js';

/** @deprecated import `Finding` and `FlowLocation` from ./types.js (kept for branches written before the move). */
export type { Finding, FlowLocation } from './types.js';

export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
export const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };

/** Masked form of a secret: its first 4 characters and `****` (shorter secrets show nothing of themselves). */
export function redact(secret: string): string {
  return secret.length >= 12 ? `${secret.slice(0, 4)}****` : '****';
}

// Code rules quote source text in their messages (`eval` runs a string built from `'sk_live_…' + x`), and a secret
// can sit in that text even when no secret rule runs. Every message passes through this: long, random-looking runs
// of token characters (letters and digits mixed) are masked like a reported secret.
const TOKEN_RUN = /[A-Za-z0-9_\-+/=]{20,}/g;

// A name made of words (`upstash/context7-mcp`, `21st-dev/magic`, `server-filesystem`): a package, path or identifier,
// not a credential. Each part is letters only, or a few digits within letters; a random token has a long mixed part.
const WORDY_PART = /^(?:[A-Za-z]+|[a-z]{0,24}\d{1,4}[a-z]{0,24}|v?\d{1,4})$/;
const isWordy = (run: string): boolean => {
  const parts = run.split(/[-_/.]/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => WORDY_PART.test(p));
};

/** The text with token-like runs (20+ chars, letters and digits, high entropy, not a name of words) redacted. */
export function scrubTokens(text: string): string {
  return text.replace(TOKEN_RUN, (run) => (/\d/.test(run) && /[A-Za-z]/.test(run) && entropy(run) >= 3.2 && !isWordy(run) ? redact(run) : run));
}

/**
 * The fingerprint key of a secret finding: its masked form only, never a hash of the value. A hash of the value
 * (even salted, the salt is public) lets anyone holding a SARIF file or a baseline confirm a guessed password
 * offline; a keyed hash would differ between machines and break baselines. So a secret is fingerprinted by rule,
 * file and its masked form (plus its occurrence in the file, see `fingerprint`): stable when lines move, new when
 * the file is renamed; a value rotated in place with the same first characters keeps its fingerprint.
 */
export function secretKey(secret: string): string {
  return `secret:${redact(secret)}`;
}

/**
 * Mask every found secret's value (as `redact` shows it) in every string of `value`, in place, longest value
 * first: another rule's message, a flow label, a suppression reason, a path. `skip` names keys left as they are.
 */
export function maskSecrets<T>(value: T, secrets: Iterable<string>, skip: readonly string[] = []): T {
  const list = [...new Set(secrets)].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  if (!list.length) return value;
  const min = list[list.length - 1]!.length;
  const mask = (s: string): string => {
    if (s.length < min) return s;
    let out = s;
    for (const secret of list) if (out.includes(secret)) out = out.split(secret).join(redact(secret));
    return out;
  };
  const seen = new WeakSet<object>();
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (typeof v[i] === 'string') v[i] = mask(v[i] as string);
        else walk(v[i]);
      }
      return;
    }
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) {
      if (skip.includes(k)) continue;
      const x = o[k];
      if (typeof x === 'string') o[k] = mask(x);
      else walk(x);
    }
  };
  walk(value);
  return value;
}

/** Stable under edits elsewhere in the file: rule id, path and normalised finding text, never the line. */
export function fingerprint(ruleId: string, file: string, key: string, occurrence: number): string {
  const normal = key.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${ruleId}\0${file}\0${normal}\0${occurrence}`).digest('hex').slice(0, 32);
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  const la = a.line ?? 0;
  const lb = b.line ?? 0;
  if (la !== lb) return la - lb;
  const ca = a.column ?? 0;
  const cb = b.column ?? 0;
  if (ca !== cb) return ca - cb;
  if (a.ruleId !== b.ruleId) return a.ruleId < b.ruleId ? -1 : 1;
  if (a.message !== b.message) return a.message < b.message ? -1 : 1;
  return a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0;
}
