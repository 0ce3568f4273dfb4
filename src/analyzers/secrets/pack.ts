// The secret detector pack: YAML entries under rules/secret/, checked and compiled once at load.
import type { Confidence, Example, Severity } from '../../rule.js';
import { SEVERITIES } from '../../rule.js';

export const VALIDATORS = [
  'checksum',
  'jwt',
  'supabase-service-role',
  'jwt-unsigned',
  'pem',
  'pgp',
  'bech32',
  'generic',
  'url-password',
  'auth-header',
  'putty',
] as const;
export type ValidatorName = (typeof VALIDATORS)[number];
export const SYNTAXES = ['env', 'json', 'yaml', 'ts', 'py', 'sh', 'url'] as const;
export type Syntax = (typeof SYNTAXES)[number];

export interface PatternSpec {
  regex: string;
  /** Only report when a hit of this detector lies within `lines` lines (AWS key id + secret). */
  near?: { detector: string; lines: number };
}

/** The fields every secret detector entry has, a text detector (`detectors:`) or a file detector (`files:`). */
export interface DetectorMeta {
  id: string;
  title: string;
  provider: string;
  severity: Severity;
  confidence?: Confidence;
  cwe?: string[];
  /** What whoever holds the value can do (first paragraph of the help). */
  risk: string;
}

/**
 * Checks the fields of DetectorMeta an entry has, as written (a mapping, only `keys`, a kebab-case id, the `strings`
 * non-empty, a known severity and confidence); `fail` throws with the entry's name.
 */
export function checkMeta(spec: DetectorMeta, keys: ReadonlySet<string>, strings: readonly string[], fail: (msg: string) => never): void {
  if (!spec || typeof spec !== 'object') fail('must be a mapping');
  for (const k of Object.keys(spec)) if (!keys.has(k)) fail(`unknown key "${k}"`);
  if (typeof spec.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(spec.id)) fail('id must be kebab-case');
  const fields = spec as unknown as Record<string, unknown>;
  for (const k of strings) if (typeof fields[k] !== 'string' || !fields[k]) fail(`"${k}" must be a non-empty string`);
  if (!SEVERITIES.includes(spec.severity)) fail(`severity must be one of ${SEVERITIES.join(', ')}`);
  if (spec.confidence !== undefined && !['high', 'medium', 'low'].includes(spec.confidence)) fail('confidence must be high, medium or low');
}

/** One YAML entry, as written. */
export interface DetectorSpec extends DetectorMeta {
  keywords: string[];
  regex?: string;
  patterns?: PatternSpec[];
  ignoreCase?: boolean;
  entropy?: number;
  validator?: ValidatorName;
  /** Extra regexes of values this detector never reports. */
  allow?: string[];
  /** Every match starts where one of the keywords starts: match there only, never scan the whole text. */
  anchored?: boolean;
  /**
   * Block detectors (`BEGIN … END`): the keyword that starts the block's last line. Each keyword start is matched
   * once, on the text up to the first `end` after it, and only when no other start lies in between, so a run of
   * BEGIN lines (or of BEGIN/END pairs) costs one pass. Required for a lazy loop longer than 256.
   */
  end?: string;
  /** Keywords that must also occur somewhere in the file (they gate the detector but anchor nothing). */
  requires?: string[];
  /** Overlapping hits: the higher priority wins (generic 0, URLs 1, providers 2 by default). */
  priority?: number;
  /** Template of a well-formed value for generated examples and tests, e.g. `ghp_{alnum:30}{crc}`. */
  sample: string;
  /** Variable name used when the sample is expanded across syntaxes. */
  name?: string;
  /** Syntaxes the sample is expanded into as bad examples (default all; `[]` for none). */
  syntaxes?: Syntax[];
  fix?: string;
  examples?: { bad?: Example[]; good?: Example[] };
}

export interface Pack {
  detectors: DetectorSpec[];
}

export interface CompiledPattern {
  re: RegExp;
  /** The same regex with the sticky flag, for anchored detectors (matched only where a keyword starts). */
  sticky?: RegExp;
  near?: { detector: string; lines: number };
  /** Upper bound on the characters one match attempt can read from where it starts (lookaheads included). */
  maxLen: number;
}

export interface Detector extends Omit<DetectorSpec, 'regex' | 'patterns' | 'allow'> {
  /** Full rule id, `secret/<id>`. */
  ruleId: string;
  patterns: CompiledPattern[];
  allow: RegExp[];
  priority: number;
}

const KEYS = new Set([
  'id',
  'title',
  'provider',
  'severity',
  'confidence',
  'cwe',
  'keywords',
  'regex',
  'patterns',
  'ignoreCase',
  'anchored',
  'end',
  'requires',
  'entropy',
  'validator',
  'allow',
  'priority',
  'sample',
  'name',
  'syntaxes',
  'risk',
  'fix',
  'examples',
]);

/**
 * Linear-time guard, checked statically: every quantifier is bounded (`{n,m}`, `?`, m <= 12000) and no quantified
 * group contains another quantifier. Returns a reason when the regex is rejected.
 */
export function unsafeRegex(source: string): string | undefined {
  const stack: { quantified: boolean }[] = [{ quantified: false }];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      if (/[1-9k]/.test(source[i + 1] ?? '')) return 'backreferences are not allowed';
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      stack.push({ quantified: false });
      continue;
    }
    let quant: { max: number } | undefined;
    if (c === '*' || c === '+') return `unbounded quantifier "${c}" at ${i}; use {n,m}`;
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (m) {
        if (m[2] !== undefined && m[3] === '') return `unbounded quantifier "${m[0]}" at ${i}; give a maximum`;
        const max = Number(m[3] ?? m[1]);
        if (max > 12000) return `quantifier "${m[0]}" at ${i} is too large`;
        quant = { max };
        i += m[0].length - 1;
      }
    } else if (c === '?' && source[i - 1] !== '(') quant = { max: 1 };
    if (c === ')') {
      const group = stack.pop();
      if (!group || stack.length === 0) return 'unbalanced parentheses';
      const next = source.slice(i + 1);
      const m = /^(?:\{(\d+)(?:,(\d*))?\}|[*+?])/.exec(next);
      if (m) {
        const max = m[0] === '?' ? 1 : m[0] === '*' || m[0] === '+' ? Infinity : Number(m[2] === undefined ? m[1] : m[2] || Infinity);
        if (group.quantified && max > 1) return `nested quantifier at ${i}: a quantified group contains a quantifier`;
      }
      if (group.quantified) stack[stack.length - 1]!.quantified = true;
      continue;
    }
    if (quant && quant.max > 1) stack[stack.length - 1]!.quantified = true;
  }
  if (stack.length !== 1) return 'unbalanced parentheses';
  return undefined;
}

/**
 * The most characters a match of `source` can read from its start: a sequence adds, an alternation takes its
 * longest branch, a quantifier multiplies by its maximum, a lookahead counts what it reads (a lookbehind reads
 * before the start: 0). Only for sources that `unsafeRegex` accepts (every quantifier bounded).
 */
export function maxMatchLength(source: string): number {
  let i = 0;
  const alternation = (): number => {
    let best = sequence();
    while (source[i] === '|') {
      i++;
      best = Math.max(best, sequence());
    }
    return best;
  };
  const sequence = (): number => {
    let total = 0;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let atom: number;
      const c = source[i]!;
      if (c === '(') {
        i++;
        let behind = false;
        if (source[i] === '?') {
          if (source[i + 1] === '<' && (source[i + 2] === '=' || source[i + 2] === '!')) {
            behind = true;
            i += 3;
          } else if (source[i + 1] === '<') i = source.indexOf('>', i) + 1;
          else i += 2;
        }
        const inner = alternation();
        i++; // ')'
        atom = behind ? 0 : inner;
      } else if (c === '[') {
        i++;
        while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        i++;
        atom = 1;
      } else if (c === '\\') {
        const e = source[i + 1] ?? '';
        atom = e === 'b' || e === 'B' ? 0 : 1;
        i += 2;
        if ((e === 'p' || e === 'P' || e === 'u') && source[i] === '{') i = source.indexOf('}', i) + 1;
        else if (e === 'x') i += 2;
        else if (e === 'u') i += 4;
      } else if (c === '^' || c === '$') {
        atom = 0;
        i++;
      } else {
        atom = 1;
        i++;
      }
      const q = /^(?:\{(\d+)(?:,(\d*))?\}|[?*+])\??/.exec(source.slice(i, i + 16));
      if (q) {
        const max = q[0][0] === '?' ? 1 : q[0][0] === '*' || q[0][0] === '+' ? Infinity : Number(q[2] === undefined ? q[1] : q[2] || Infinity);
        atom *= max;
        i += q[0].length;
      }
      total += atom;
    }
    return total;
  };
  return alternation();
}

/** Capturing groups in a regex source: `(` outside classes, not escaped, not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!`. */
export function captureGroups(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) n++;
  }
  return n;
}

/** Validate the YAML entries and compile their regexes; throws with the entry id on the first problem. */
export function compilePack(specs: readonly unknown[], source: string): Detector[] {
  const out: Detector[] = [];
  const seen = new Set<string>();
  for (const raw of specs) {
    const spec = raw as DetectorSpec;
    const where = `${source}: detector "${spec?.id ?? '?'}"`;
    const fail = (msg: string): never => {
      throw new Error(`${where}: ${msg}`);
    };
    checkMeta(spec, KEYS, ['title', 'provider', 'sample', 'risk'], fail);
    if (seen.has(spec.id)) fail('duplicate id');
    seen.add(spec.id);
    if (
      !Array.isArray(spec.keywords) ||
      !spec.keywords.length ||
      spec.keywords.some((k) => typeof k !== 'string' || k.length < 3 || k !== k.toLowerCase() || /[^\x20-\x7e]/.test(k))
    )
      fail('keywords must be a non-empty list of lowercase ASCII strings (3+ characters)');
    const keywordOk = (k: unknown): boolean => typeof k === 'string' && k.length >= 3 && k === k.toLowerCase() && !/[^\x20-\x7e]/.test(k);
    if (spec.end !== undefined && (!keywordOk(spec.end) || !spec.anchored))
      fail('"end" must be a lowercase ASCII keyword (3+ characters) of an anchored detector');
    if (spec.requires !== undefined && (!Array.isArray(spec.requires) || !spec.requires.every(keywordOk)))
      fail('"requires" must list lowercase ASCII keywords (3+ characters)');
    if (spec.validator !== undefined && !VALIDATORS.includes(spec.validator)) fail(`validator must be one of ${VALIDATORS.join(', ')}`);
    if (spec.syntaxes !== undefined && (!Array.isArray(spec.syntaxes) || spec.syntaxes.some((s) => !SYNTAXES.includes(s))))
      fail(`syntaxes must list some of ${SYNTAXES.join(', ')}`);
    if (spec.entropy !== undefined && (typeof spec.entropy !== 'number' || spec.entropy < 0 || spec.entropy > 8))
      fail('entropy must be a number of bits per character');
    const pats: PatternSpec[] = spec.patterns ?? (spec.regex !== undefined ? [{ regex: spec.regex }] : []);
    if (!pats.length || (spec.patterns && spec.regex)) fail('give either "regex" or "patterns"');
    const patterns: CompiledPattern[] = pats.map((p) => {
      if (typeof p.regex !== 'string') fail('every pattern needs a regex string');
      const unsafe = unsafeRegex(p.regex);
      if (unsafe) fail(`regex is not linear-time: ${unsafe}`);
      let re: RegExp;
      try {
        // flowguard-ignore code/regexp-injection -- pattern from our own rule pack, checked for linear time at load
        re = new RegExp(p.regex, spec.ignoreCase ? 'gdi' : 'gd');
      } catch (error) {
        return fail(`invalid regex: ${(error as Error).message}`);
      }
      if (captureGroups(p.regex) !== 1) fail('regex must have exactly one capture group (the secret); use (?:...) for the others');
      // flowguard-ignore code/regexp-injection -- pattern from our own rule pack, checked for linear time at load
      const sticky = spec.anchored && !p.near ? new RegExp(p.regex, spec.ignoreCase ? 'ydi' : 'yd') : undefined;
      const maxLen = maxMatchLength(p.regex);
      // A long lazy loop (`[\s\S]{40,12000}?END`) reads up to its maximum before it fails: restarted at every
      // start keyword it would read the file hundreds of times over, so such a pattern runs as a block.
      const lazy = Math.max(0, ...[...p.regex.matchAll(/\{\d+,(\d+)\}\?/g)].map((q) => Number(q[1])));
      if (lazy > 256 && !(spec.anchored && spec.end)) fail(`a lazy loop of up to ${lazy} characters needs "anchored" and an "end" keyword`);
      return { re, ...(sticky ? { sticky } : {}), ...(p.near ? { near: p.near } : {}), maxLen };
    });
    const allow = (spec.allow ?? []).map((a) => {
      if (unsafeRegex(a)) fail(`allow regex "${a}" is not linear-time`);
      // flowguard-ignore code/regexp-injection -- pattern from our own rule pack, checked for linear time at load
      return new RegExp(a);
    });
    const { regex: _r, patterns: _p, allow: _a, ...rest } = spec;
    out.push({
      ...rest,
      ruleId: `secret/${spec.id}`,
      patterns,
      allow,
      priority: spec.priority ?? (spec.validator === 'generic' ? 0 : spec.validator === 'url-password' || spec.validator === 'auth-header' ? 1 : 2),
    });
  }
  for (const d of out)
    for (const p of d.patterns)
      if (p.near && !seen.has(p.near.detector)) throw new Error(`${source}: detector "${d.id}": near refers to unknown detector "${p.near.detector}"`);
  return out;
}
