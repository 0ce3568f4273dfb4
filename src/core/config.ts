import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import { yaml } from './lazy.js';
import { SEVERITIES, type Severity } from '../rule.js';
import { ConfigError } from './errors.js';
import { analyzeRegex } from './regex-safety.js';
import { parseYamlBounded } from './yaml-safe.js';
import { scrubTokens } from './finding.js';
import { namedReadMessage, readNamedFile } from './read.js';
import { FAIL_ON, PROFILES, SCAN_TYPES, type FailOn, type ProfileName, type ScanType } from './names.js';

/** The largest config read (the YAML parser takes at most 256 KiB of it). */
const CONFIG_MAX_BYTES = 1024 * 1024;

export { FAIL_ON, PROFILES, SCAN_TYPES, type FailOn, type ProfileName, type ScanType } from './names.js';

export interface FileConfig {
  type?: ScanType;
  failOn?: FailOn;
  profile?: ProfileName;
  exclude?: string[];
  /** Rule id → `off` or a severity override. */
  rules?: Record<string, Severity | 'off'>;
  secrets?: { allow?: string[] };
  baseline?: string;
  /** Bytes; files larger are not read at all (default 10 MB). */
  maxFileSize?: number;
}

const TOP_KEYS = ['type', 'failOn', 'profile', 'exclude', 'rules', 'secrets', 'baseline', 'maxFileSize'] as const;
const SECRETS_KEYS = ['allow'] as const;

export const CONFIG_NAMES = ['flowguard.config.yaml', 'flowguard.config.yml'];

export function findConfig(root: string): string | undefined {
  for (const name of CONFIG_NAMES) {
    const p = path.join(root, name);
    if (!fs.existsSync(p)) continue;
    // The tree is untrusted: its config may be a symlink to a file elsewhere (whose keys an error would print).
    const rel = path.relative(fs.realpathSync(root), fs.realpathSync(p));
    if (rel.startsWith('..') || path.isAbsolute(rel)) throw new ConfigError(`${name}: a symlink that leads outside the scan root; not read`);
    return p;
  }
  return undefined;
}

/** Edit distance with adjacent transpositions (optimal string alignment): "scna" is 1 from "scan". */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * A config value as an error may show it: its first 4 characters (a value may be a pasted token or password, and
 * errors end up in CI logs), on one line. The did-you-mean hint names one of our words, never theirs.
 */
export function shortValue(value: string): string {
  const one = Array.from(value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' '));
  return one.length <= 4 ? one.join('') : `${one.slice(0, 4).join('')}…`;
}

/** A key (a rule id, a config key) as an error shows it: whole when it reads as a name, else a short prefix. */
export function shortKey(key: string): string {
  return key.length <= 64 && /^[A-Za-z][\w./-]*$/.test(key) && scrubTokens(key) === key ? key : shortValue(key);
}

export function didYouMean(word: string, options: readonly string[]): string {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const o of options) {
    const d = editDistance(word.toLowerCase(), o.toLowerCase());
    if (d < bestScore) {
      bestScore = d;
      best = o;
    }
  }
  return best !== undefined && bestScore <= Math.max(1, Math.floor(word.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

/** Parse `10MB`, `512KiB`, `1048576` into bytes. */
export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return Math.floor(value);
  if (typeof value !== 'string') return undefined;
  // Trimmed first: two `\s*` around an optional unit took quadratic time on a long run of spaces (a hostile config).
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?$/i.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'b').toLowerCase();
  const mult = unit.startsWith('k') ? 1024 : unit.startsWith('m') ? 1024 ** 2 : unit.startsWith('g') ? 1024 ** 3 : 1;
  return Math.floor(n * mult);
}

export function loadConfig(file: string, displayName = path.basename(file)): FileConfig {
  // Opened by name: a FIFO or a device would block or never end; only a regular file within the cap is read.
  const read = readNamedFile(file, CONFIG_MAX_BYTES);
  if (!read.ok) throw new ConfigError(`${displayName}: ${namedReadMessage(read, 'config', CONFIG_MAX_BYTES)}`);
  return parseConfig(read.text, displayName);
}

export function parseConfig(text: string, displayName: string): FileConfig {
  const lc = new (yaml().LineCounter)();
  const parsed = parseYamlBounded(text, { lineCounter: lc, uniqueKeys: true });
  if (!parsed.ok)
    throw new ConfigError(
      `${displayName}:${parsed.kind === 'error' ? lc.linePos(parsed.offset).line : 1}: invalid YAML: ${parsed.kind === 'error' ? parsed.message : parsed.reason}`,
    );
  const doc = parsed.doc;
  const lineOf = (node: { range?: [number, number, number] | null | undefined } | null | undefined): number =>
    node?.range ? lc.linePos(node.range[0]).line : 1;
  const fail = (node: { range?: [number, number, number] | null | undefined } | null | undefined, msg: string): never => {
    throw new ConfigError(`${displayName}:${lineOf(node)}: ${msg}`);
  };
  const contents = doc.contents;
  if (contents === null || contents === undefined) return {};
  if (!yaml().isMap(contents)) return fail(contents, 'the config must be a mapping of keys to values');
  const config: FileConfig = {};
  const str = (pair: Pair, key: string): string => {
    const v = pair.value as YamlNode | null;
    if (!yaml().isScalar(v) || typeof v.value !== 'string') return fail((v ?? pair.key) as YamlNode, `"${key}" must be a string`);
    return v.value;
  };
  const oneOf = <T extends string>(pair: Pair, key: string, values: readonly T[]): T => {
    const s = str(pair, key);
    if (!(values as readonly string[]).includes(s))
      fail(pair.value as YamlNode, `"${key}" must be one of ${values.join(', ')}, not "${shortValue(s)}"${didYouMean(s, values)}`);
    return s as T;
  };
  const strList = (pair: Pair, key: string): string[] => {
    const v = pair.value as YamlNode | null;
    if (!yaml().isSeq(v)) return fail((v ?? pair.key) as YamlNode, `"${key}" must be a list of strings`);
    return v.items.map((item) => {
      if (!yaml().isScalar(item) || typeof item.value !== 'string') return fail(item as YamlNode, `"${key}" must be a list of strings`);
      return item.value;
    });
  };
  for (const pair of contents.items) {
    const keyNode = pair.key as YamlNode;
    const key = yaml().isScalar(keyNode) ? String(keyNode.value) : '';
    switch (key) {
      case 'type':
        config.type = oneOf(pair, key, SCAN_TYPES);
        break;
      case 'failOn':
        config.failOn = oneOf(pair, key, FAIL_ON);
        break;
      case 'profile':
        config.profile = oneOf(pair, key, PROFILES);
        break;
      case 'exclude':
        config.exclude = strList(pair, key);
        break;
      case 'baseline':
        config.baseline = str(pair, key);
        break;
      case 'maxFileSize': {
        const v = pair.value as YamlNode | null;
        const n = yaml().isScalar(v) ? parseSize(v.value) : undefined;
        if (n === undefined) fail(v ?? keyNode, `"maxFileSize" must be a size such as 10MB or a number of bytes`);
        config.maxFileSize = n as number;
        break;
      }
      case 'rules': {
        const v = pair.value as YamlNode | null;
        if (!yaml().isMap(v)) fail(v ?? keyNode, `"rules" must map rule ids to off or a severity`);
        const rules: Record<string, Severity | 'off'> = {};
        for (const rp of (v as YAMLMap).items) {
          const id = yaml().isScalar(rp.key) ? String(rp.key.value) : '';
          const val = rp.value as YamlNode | null;
          const s = yaml().isScalar(val) ? String(val.value) : '';
          if (s !== 'off' && !(SEVERITIES as readonly string[]).includes(s))
            fail(
              (val ?? rp.key) as YamlNode,
              `rule "${shortKey(id)}" must be off or one of ${SEVERITIES.join(', ')}, not "${shortValue(s)}"${didYouMean(s, [...SEVERITIES, 'off'])}`,
            );
          rules[id] = s as Severity | 'off';
        }
        config.rules = rules;
        break;
      }
      case 'secrets': {
        const v = pair.value as YamlNode | null;
        if (!yaml().isMap(v)) fail(v ?? keyNode, `"secrets" must be a mapping`);
        const secrets: { allow?: string[] } = {};
        for (const sp of (v as YAMLMap).items) {
          const sk = yaml().isScalar(sp.key) ? String(sp.key.value) : '';
          if (sk !== 'allow') fail(sp.key as YamlNode, `unknown key "secrets.${shortKey(sk)}"${didYouMean(sk, SECRETS_KEYS)}`);
          const list = strList(sp, 'secrets.allow');
          list.forEach((re, i) => {
            try {
              // flowguard-ignore code/regexp-injection -- validates the user's own secrets.allow regex; unsafe ones are refused
              new RegExp(re);
            } catch {
              fail(((sp.value as YAMLMap).items[i] ?? sp.value) as YamlNode, `"secrets.allow" has an invalid regular expression ("${shortValue(re)}")`);
            }
            // A repository's config is untrusted input too: an allow pattern runs on every secret found.
            if (analyzeRegex(re).complexity === 'exponential')
              fail(
                ((sp.value as YAMLMap).items[i] ?? sp.value) as YamlNode,
                `"secrets.allow" has a regular expression that can take exponential time ("${shortValue(re)}")`,
              );
          });
          secrets.allow = list;
        }
        config.secrets = secrets;
        break;
      }
      default:
        fail(keyNode, `unknown key "${shortKey(key)}"${didYouMean(key, TOP_KEYS)}`);
    }
  }
  return config;
}
