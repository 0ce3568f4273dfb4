// A baseline lists the fingerprints of accepted findings (never lines), so an old repository can adopt flowguard and
// fail only on what is new. Fingerprints of secrets hash the value, so a secret that moves keeps its fingerprint.
import type { Finding } from '../core/types.js';
import { ConfigError } from '../core/errors.js';
import { namedReadMessage, readNamedFile } from '../core/read.js';

/** The largest baseline read (about a million findings). */
const BASELINE_MAX_BYTES = 256 * 1024 * 1024;

export interface BaselineEntry {
  fingerprint: string;
  ruleId: string;
  file: string;
}

export interface BaselineFile {
  tool: 'flowguard';
  baselineVersion: 1;
  findings: BaselineEntry[];
}

/** The baseline of a scan: every finding not suppressed inline, sorted, without lines or messages. */
export function toBaseline(findings: readonly Finding[]): string {
  const seen = new Set<string>();
  const entries: BaselineEntry[] = [];
  for (const f of findings) {
    if (f.suppressed || seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    entries.push({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file });
  }
  entries.sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.fingerprint < b.fingerprint ? -1 : 1,
  );
  const out: BaselineFile = { tool: 'flowguard', baselineVersion: 1, findings: entries };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Fingerprints listed in a baseline file; a missing or malformed file is a one-line error. */
export function loadBaseline(file: string, display = file): Set<string> {
  // Opened by name (a config's `baseline:`, --baseline): a FIFO or a device would block or never end.
  const read = readNamedFile(file, BASELINE_MAX_BYTES);
  if (!read.ok) {
    const tail = read.reason === 'error' ? `; create one with flowguard baseline create --output ${display}` : '';
    throw new ConfigError(`${display}: ${namedReadMessage(read, 'baseline', BASELINE_MAX_BYTES)}${tail}`);
  }
  const text = read.text;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ConfigError(`${display}: the baseline is not valid JSON`);
  }
  const list = (data as Partial<BaselineFile> | null)?.findings;
  if (!Array.isArray(list) || list.some((e) => typeof e?.fingerprint !== 'string'))
    throw new ConfigError(`${display}: not a flowguard baseline (expected "findings": [{ "fingerprint": … }])`);
  return new Set(list.map((e) => e.fingerprint));
}

/** Mark each finding `unchanged` (in the baseline) or `new`. */
export function applyBaseline(findings: Finding[], known: ReadonlySet<string>): void {
  for (const f of findings) f.baselineState = known.has(f.fingerprint) ? 'unchanged' : 'new';
}
