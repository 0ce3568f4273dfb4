// The secrets pass: one keyword scan per file, then only the detectors whose keywords occur, then filters.
import type { SourceFile } from '../../rule.js';
import {
  charClasses,
  constantName,
  decodedBase64,
  documentedExample,
  entropy,
  humanWords,
  isFixtureLike,
  isLocaleFile,
  isLockfile,
  isPlaceholder,
  isReference,
  isTemplateEnv,
  keyBodyPlaceholder,
} from './filters.js';
import { derivedStrings, type DerivedHow, type DerivedString } from './derived.js';
import { genericValueOk, looksLikeCode, nameAround, secretName } from './generic.js';
import { kubernetesSecretValues, notebookCode, notebookOffset } from './views.js';
import type { Detector } from './pack.js';
import {
  bech32Ok,
  jwtDocumented,
  jwtOk,
  pemBody,
  pemOk,
  pgpArmor,
  pgpPrivateKeyOk,
  prefixedChecksumOk,
  puttyPrivateBody,
  supabaseServiceRoleOk,
  unsignedJwtCredential,
  unsignedJwtValue,
} from './validators.js';

export { kubernetesSecretValues } from './views.js';
export { secretName } from './generic.js';

export interface SecretHit {
  detector: Detector;
  /** Offsets of the secret in the file. */
  start: number;
  end: number;
  /** The raw value: goes to `report({ secret })` only. */
  secret: string;
  /** A format check (checksum, JWT header, PEM body) passed. */
  validated: boolean;
  /** The name a generic value is assigned to. */
  name?: string;
  /**
   * The value was found in a form the text does not spell out: base64-decoded in a Kubernetes Secret's `data:`,
   * or built by code from literals (joined, escaped, base64; see derived.ts). The offsets are the source's.
   */
  encoded?: 'kubernetes-secret' | DerivedHow;
}

// A paired pattern's window: so many lines around its partner, but no more bytes than this a line (a minified file
// is one line), and the slice it runs on reaches this much further for the pattern's lookarounds.
const NEAR_BYTES_PER_LINE = 256;
const LOOKAROUND_MARGIN = 64;

const JS_FILE = /\.(?:[cm]?[jt]sx?|vue|svelte)$/i;
const CODE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|cs|php|rs|swift|scala|groovy|dart|c|cc|cpp|h|hpp|lua|pl|ex|exs|vue|svelte)$/i;

export interface EngineOptions {
  /** Extra allow regexes (config `secrets.allow` is applied by the core). */
  allow?: RegExp[];
}

// Code unit → lowercase ASCII for the keyword scanner; everything else maps to 0, which starts no keyword.
const LOWER = new Uint8Array(65536);
for (let c = 1; c < 128; c++) LOWER[c] = c >= 65 && c <= 90 ? c + 32 : c;

interface Keyword {
  text: string;
  /** Index in the found bitmap. */
  n: number;
  /** Record every occurrence (some detector is anchored on it). */
  positions: boolean;
}

/** What one pass of the keyword scanner saw: which keywords occur, and where the anchored ones start. */
export interface KeywordScan {
  found: Uint8Array;
  positions: Map<string, number[]>;
}

export class SecretEngine {
  private readonly keywords: Keyword[] = [];
  /** (first three characters) → 1 + index in `lists` of the keywords starting with them, or 0 (so the 4 MB table
   * needs no fill: its untouched pages are never even mapped). */
  private readonly slots = new Int16Array(128 * 128 * 128);
  private readonly lists: Keyword[][] = [];
  private readonly byKeyword = new Map<string, Detector[]>();

  /** Characters handed to detector regexes so far (an upper bound on what they read): the linear-time tests compare it. */
  steps = 0;

  constructor(readonly detectors: readonly Detector[]) {
    const index = new Map<string, Keyword>();
    const keyword = (k: string): Keyword => {
      let kw = index.get(k);
      if (!kw) {
        kw = { text: k, n: this.keywords.length, positions: false };
        index.set(k, kw);
        this.keywords.push(kw);
        const slot = (k.charCodeAt(0) << 14) | (k.charCodeAt(1) << 7) | k.charCodeAt(2);
        if (this.slots[slot] === 0) {
          this.lists.push([]);
          this.slots[slot] = this.lists.length;
        }
        this.lists[this.slots[slot]! - 1]!.push(kw);
      }
      return kw;
    };
    for (const d of detectors) {
      for (const k of d.keywords) {
        const kw = keyword(k);
        if (d.anchored) kw.positions = true;
        const list = this.byKeyword.get(k) ?? [];
        list.push(d);
        this.byKeyword.set(k, list);
      }
      if (d.end) keyword(d.end).positions = true;
      for (const k of d.requires ?? []) keyword(k);
    }
    this.index = index;
    for (const d of detectors) {
      if (!d.anchored || d.validator === 'generic' || d.validator === 'url-password' || d.validator === 'auth-header') continue;
      for (const k of d.keywords) if (k.length >= 4 && /[_.-]$/.test(k)) this.providerPrefixes.push(k);
    }
  }

  /** Prefixes a provider detector owns (`ghp_`, `glpat-`, `sk-ant-`): a value with one is that provider's to judge. */
  private readonly providerPrefixes: string[] = [];

  private readonly index: Map<string, Keyword>;

  /**
   * One pass over the text with a two-character table (the combined keyword matcher): which keywords occur, and
   * the offsets of those that anchored detectors start their match at.
   */
  scanKeywords(text: string): KeywordScan {
    const found = new Uint8Array(this.keywords.length);
    const positions = new Map<string, number[]>();
    const slots = this.slots;
    const lists = this.lists;
    const n = text.length - 2;
    let l2 = n >= 0 ? LOWER[text.charCodeAt(0)]! : 0;
    let l3 = n >= 0 ? LOWER[text.charCodeAt(1)]! : 0;
    for (let i = 0; i < n; i++) {
      const l1 = l2;
      l2 = l3;
      l3 = LOWER[text.charCodeAt(i + 2)]!;
      const li = slots[(l1 << 14) | (l2 << 7) | l3]!;
      if (li === 0) continue;
      const list = lists[li - 1]!;
      for (let x = 0; x < list.length; x++) {
        const kw = list[x]!;
        if (found[kw.n] === 1 && !kw.positions) continue;
        const k = kw.text;
        let j = 3;
        while (j < k.length && LOWER[text.charCodeAt(i + j)] === k.charCodeAt(j)) j++;
        if (j !== k.length) continue;
        found[kw.n] = 1;
        if (kw.positions) {
          const at = positions.get(k);
          if (at) at.push(i);
          else positions.set(k, [i]);
        }
      }
    }
    return { found, positions };
  }

  /** Detectors whose keywords occur in the text. */
  candidates(text: string, scanned = this.scanKeywords(text)): Detector[] {
    const set = new Set<Detector>();
    for (const kw of this.keywords) if (scanned.found[kw.n]) for (const d of this.byKeyword.get(kw.text) ?? []) set.add(d);
    return this.detectors.filter((d) => set.has(d) && (d.requires ?? []).every((k) => scanned.found[this.index.get(k)!.n] === 1));
  }

  scan(file: SourceFile): SecretHit[] {
    let hits = this.withDerived(file, this.scanText(file));
    if (/\.ipynb$/i.test(file.path)) hits = this.withNotebookCells(file, hits);
    if (!/\.ya?ml$/i.test(file.path) || !/^kind:[ \t]*["']?Secret\b/m.test(file.text)) return hits;
    // A Kubernetes Secret's `data:` values are base64: scan what they decode to, report at the encoded value.
    for (const v of kubernetesSecretValues(file.text)) {
      // (`echo pass | base64` keeps the newline)
      const value = v.decoded.replace(/\r?\n$/, '');
      const inner = value.includes('\n') ? value : `${v.key}=${value}`;
      this.steps += inner.length;
      for (const h of this.scanText({ path: file.path, text: inner })) hits.push({ ...h, start: v.start, end: v.end, encoded: 'kubernetes-secret' });
    }
    return dedupe(hits);
  }

  /**
   * In JS/TS code, a provider token the text does not spell out (split by `+`, a template over constants, escapes
   * or line continuations, a base64 literal) is read from the string the code builds: provider (anchored)
   * detectors only, and only values not already found as written.
   */
  private withDerived(file: SourceFile, hits: SecretHit[]): SecretHit[] {
    if (!JS_FILE.test(file.path)) return hits;
    // Each view on its own lines: a token pattern never spans a blank line.
    const views: { at: number; text: string; from: DerivedString }[] = [];
    let joined = '';
    for (const v of derivedStrings(file.text)) {
      views.push({ at: joined.length, text: v.value, from: v });
      joined += v.value + '\n\n';
    }
    if (!views.length) return hits;
    return this.scanViews(
      hits,
      { path: file.path, text: joined },
      views,
      (v, h) => ({ ...h, start: v.from.start, end: v.from.end, encoded: v.from.how }),
      (d) => !!d.anchored,
    );
  }

  /**
   * A Jupyter notebook stores each code cell as JSON strings (`"api_key = \\"…\\"\\n"`), where the escaped quotes
   * hide an assignment from the generic detector: the cells are read as the Python they hold, and a hit is mapped
   * back to its place in the JSON text. Values already found as written are not repeated.
   */
  private withNotebookCells(file: SourceFile, hits: SecretHit[]): SecretHit[] {
    const nb = notebookCode(file.text);
    if (!nb) return hits;
    return this.scanViews(hits, { path: `${file.path}.py`, text: nb.code }, nb.lines, (line, h) =>
      line.src < 0 ? undefined : { ...h, start: notebookOffset(line, h.start - line.at), end: notebookOffset(line, h.end - line.at) },
    );
  }

  /**
   * The one scan of views of a file (strings its code builds, a notebook's cells): `file.text` holds them all, view
   * `v` at `v.at`. A hit that lies inside one view is placed back in the source by `place`; values already found
   * as written (same detector, same secret) are not repeated.
   */
  private scanViews<V extends { at: number; text: string }>(
    hits: SecretHit[],
    file: SourceFile,
    views: V[],
    place: (v: V, h: SecretHit) => SecretHit | undefined,
    only?: (d: Detector) => boolean,
  ): SecretHit[] {
    this.steps += file.text.length;
    const seen = new Set(hits.map((h) => `${h.detector.id}\0${h.secret}`));
    let added = false;
    for (const h of this.scanText(file, only)) {
      let lo = 0;
      let hi = views.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (views[mid]!.at <= h.start) lo = mid;
        else hi = mid - 1;
      }
      const v = views[lo]!;
      const key = `${h.detector.id}\0${h.secret}`;
      if (h.end > v.at + v.text.length || seen.has(key)) continue;
      const placed = place(v, h);
      if (!placed) continue;
      seen.add(key);
      hits.push(placed);
      added = true;
    }
    return added ? dedupe(hits) : hits;
  }

  private scanText(file: SourceFile, only?: (d: Detector) => boolean): SecretHit[] {
    const { text, path } = file;
    const scanned = this.scanKeywords(text);
    const all = this.candidates(text, scanned);
    const dets = only ? all.filter(only) : all;
    if (!dets.length) return [];
    const hits: SecretHit[] = [];
    const pending: { d: Detector; re: RegExp; near: { detector: string; lines: number } }[] = [];
    const codeFile = CODE_FILE.test(path);
    const lockfile = isLockfile(path);
    // `shift`: the offset of the window the regex ran on (block detectors).
    const take = (d: Detector, m: RegExpExecArray, shift = 0): SecretHit | undefined => {
      const idx = m.indices?.[1];
      const raw = m[1];
      if (!idx || raw === undefined) return undefined;
      return this.check(d, raw, idx[0] + shift, idx[1] + shift, text, path, codeFile, m.index + shift);
    };
    for (const d of dets) {
      if (lockfile && d.validator !== 'checksum') continue;
      for (const p of d.patterns) {
        if (p.near) {
          pending.push({ d, re: p.re, near: p.near });
          continue;
        }
        if (d.anchored && p.sticky) {
          // Match only where a keyword starts: no scan of the whole text per detector.
          const starts = keywordStarts(d.keywords, scanned.positions);
          if (d.end) {
            this.scanBlocks(d, p.sticky, p.maxLen, starts, scanned.positions.get(d.end) ?? [], text, hits, take);
            continue;
          }
          let after = -1;
          for (const at of starts) {
            if (at < after) continue;
            p.sticky.lastIndex = at;
            this.steps += Math.min(p.maxLen, text.length - at);
            const m = p.sticky.exec(text);
            if (!m) continue;
            const hit = take(d, m);
            // A rejected match (`secret = process.env.X || '…'`) may hide a real one at a later keyword.
            if (hit) {
              hits.push(hit);
              after = m.index + Math.max(1, m[0].length);
            }
          }
          continue;
        }
        const re = p.re;
        re.lastIndex = 0;
        this.steps += text.length;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0].length === 0) re.lastIndex++;
          const hit = take(d, m);
          if (hit) hits.push(hit);
        }
      }
    }
    // Paired patterns (an AWS secret key next to its key id) search only a window around their partner's hits.
    for (const { d, re, near } of pending) this.scanNear(d, re, near, hits, text, take);
    return dedupe(hits);
  }

  /**
   * A paired pattern: the text within `near.lines` lines, and at most `NEAR_BYTES_PER_LINE` bytes a line, of each
   * partner hit. Overlapping windows are merged and each merged window is matched once, on its own slice (plus a
   * margin for lookarounds), so a one-line file of thousands of partners is read about once, not once per partner.
   */
  private scanNear(
    d: Detector,
    re: RegExp,
    near: { detector: string; lines: number },
    hits: SecretHit[],
    text: string,
    take: (d: Detector, m: RegExpExecArray, shift: number) => SecretHit | undefined,
  ): void {
    const reach = near.lines * NEAR_BYTES_PER_LINE;
    const windows: [number, number][] = [];
    for (const h of hits) {
      if (h.detector.id !== near.detector) continue;
      windows.push([lineStart(text, h.start, near.lines, h.start - reach), lineEnd(text, h.end, near.lines, h.end + reach)]);
    }
    windows.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const w of windows) {
      const last = merged[merged.length - 1];
      if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
      else merged.push([w[0], w[1]]);
    }
    for (const [from, to] of merged) {
      const sliceStart = Math.max(0, from - LOOKAROUND_MARGIN);
      const slice = text.slice(sliceStart, Math.min(text.length, to + LOOKAROUND_MARGIN));
      const stop = to - sliceStart;
      re.lastIndex = from - sliceStart;
      this.steps += slice.length;
      for (let m = re.exec(slice); m && m.index < stop; m = re.exec(slice)) {
        if (m[0].length === 0) re.lastIndex++;
        const hit = take(d, m, sliceStart);
        if (hit && hit.end <= to) hits.push(hit);
      }
    }
  }

  /**
   * A block detector (`BEGIN … END`): each start is matched once, on the text from it to just past the first `end`
   * keyword after it, and only when no later start comes before that end (the block is the innermost one). The
   * windows are disjoint, so a file of BEGIN lines or of BEGIN/END pairs is read once, not once per start.
   */
  private scanBlocks(
    d: Detector,
    sticky: RegExp,
    maxLen: number,
    starts: number[],
    ends: number[],
    text: string,
    hits: SecretHit[],
    take: (d: Detector, m: RegExpExecArray, shift: number) => SecretHit | undefined,
  ): void {
    let j = 0;
    for (let i = 0; i < starts.length; i++) {
      const at = starts[i]!;
      while (j < ends.length && ends[j]! <= at) j++;
      if (j === ends.length) return;
      const end = ends[j]!;
      if (i + 1 < starts.length && starts[i + 1]! < end) continue;
      // The END line itself (`-----END … PRIVATE KEY-----`) follows the keyword: give it a line's worth.
      const to = Math.min(text.length, end + 96, at + maxLen + 1);
      const window = text.slice(at, to);
      this.steps += window.length;
      sticky.lastIndex = 0;
      const m = sticky.exec(window);
      if (!m) continue;
      const hit = take(d, m, at);
      if (hit) hits.push(hit);
    }
  }

  private check(
    d: Detector,
    raw: string,
    start: number,
    end: number,
    text: string,
    path: string,
    codeFile: boolean,
    matchStart: number,
  ): SecretHit | undefined {
    let secret = raw;
    let name: string | undefined;
    let validated = false;
    if (d.allow.some((re) => re.test(secret))) return undefined;
    if (isReference(secret)) return undefined;
    // (a documented example is recognised by its hash: checked last, on what every cheaper filter let through)
    switch (d.validator) {
      case 'checksum':
        if (!prefixedChecksumOk(secret)) return undefined;
        validated = true;
        break;
      case 'jwt':
        if (!jwtOk(secret) || jwtDocumented(secret)) return undefined;
        validated = true;
        break;
      case 'supabase-service-role':
        if (!supabaseServiceRoleOk(secret) || jwtDocumented(secret)) return undefined;
        validated = true;
        break;
      case 'jwt-unsigned': {
        const claim = unsignedJwtCredential(secret);
        if (!claim || jwtDocumented(secret)) return undefined;
        const value = unsignedJwtValue(secret, claim);
        if (isPlaceholder(value) || humanWords(value) || isReference(value)) return undefined;
        validated = true;
        break;
      }
      case 'pem': {
        if (!pemOk(secret)) return undefined;
        validated = true;
        // The key material is the body: the same key in a .pem file and in a JSON string keeps one fingerprint.
        const body = pemBody(secret).body;
        if (keyBodyPlaceholder(body) || documentedExample(raw)) return undefined;
        return { detector: d, start, end, secret: body, validated };
      }
      case 'pgp': {
        if (!pgpPrivateKeyOk(secret)) return undefined;
        const body = pgpArmor(secret).body;
        if (keyBodyPlaceholder(body) || documentedExample(raw)) return undefined;
        return { detector: d, start, end, secret: body, validated: true };
      }
      case 'putty': {
        const body = puttyPrivateBody(secret);
        if (body === undefined || keyBodyPlaceholder(body) || documentedExample(raw)) return undefined;
        return { detector: d, start, end, secret: body, validated: true };
      }
      case 'bech32':
        if (!bech32Ok(secret)) return undefined;
        validated = true;
        break;
      case 'url-password': {
        // Anchored at `://`: only web, git and FTP URLs (ftp, ftps, sftp) (database URLs have their own detector).
        if (
          d.keywords.includes('://') &&
          !/(?:^|[^A-Za-z0-9+.-])(?:https?|s?ftps?|git\+https|git\+ssh|ssh)$/i.test(text.slice(Math.max(0, matchStart - 12), matchStart))
        )
          return undefined;
        // Trailing punctuation of prose is not part of a password.
        if (/^\d{1,5}$/.test(secret) || isPlaceholder(secret) || humanWords(secret) || /^[a-z]{1,12}$/.test(secret)) return undefined;
        if (secret.length < 6 && charClasses(secret) < 3) return undefined;
        // A template's field (`{{ .Values.password }}`, `{{gen:alnum:16}}`) stands in for the password.
        if (/\{\{|\}\}/.test(secret)) return undefined;
        break;
      }
      case 'auth-header': {
        // `Bearer <token>` / `Basic <base64 user:password>`: a random-looking value, not a word, reference or placeholder.
        // A JWT is judged by the JWT detectors (an anon key, the tutorials' token or an unsigned one is no credential).
        if (/^eyJ[\w-]{4,}\.eyJ[\w-]*\.[\w-]*$/.test(secret)) return undefined;
        const basic = /^basic/i.test(text.slice(matchStart, matchStart + 5));
        if (basic) {
          const decoded = decodedBase64(secret);
          const password = decoded?.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : undefined;
          if (password === undefined || password.length < 6 || isPlaceholder(password) || humanWords(password) || isReference(password)) return undefined;
          break;
        }
        if (
          isPlaceholder(secret) ||
          humanWords(secret) ||
          looksLikeCode(secret) ||
          constantName(secret) ||
          charClasses(secret) < 2 ||
          entropy(secret) < 3.5 + (isFixtureLike(path) ? 0.3 : 0)
        )
          return undefined;
        break;
      }
      case 'generic': {
        // Source maps repeat the sources (as JSON strings, where every `key: value` of code looks like config);
        // locale catalogues hold prose. Provider detectors still run on both.
        if (/\.map$/i.test(path) || isLocaleFile(path)) return undefined;
        name = nameAround(text, matchStart);
        if (!secretName(name)) return undefined;
        // URL query parameters (`badge.svg?token=…`) are public badge and share tokens far more often than secrets.
        const nameStart = text.lastIndexOf(name, matchStart);
        if (nameStart > 0 && /[?&]/.test(text[nameStart - 1]!)) {
          // The value ends at the next parameter.
          const amp = secret.indexOf('&');
          if (amp >= 0) {
            secret = secret.slice(0, amp);
            end = start + secret.length;
          }
          if (secret.length <= 12) return undefined;
        }
        // A name inside another value (`arn:…:secret:app-x`, `a=b=c`, a path) is not an assignment.
        if (nameStart > 0 && /[:=@/\\]/.test(text[nameStart - 1]!) && !(text[nameStart - 1] === ':' && name.startsWith('_auth'))) return undefined;
        // A `name: Type = value` annotation only exists in code; elsewhere `key: a:b` is one value (`vault:…`, `arn:…`).
        if (
          !codeFile &&
          (text
            .slice(matchStart, start)
            .replace(/:{1,3}=/g, '=')
            .match(/:/g)?.length ?? 0) > 1
        )
          return undefined;
        const before = text[start - 1] ?? '';
        const quoted = before === '"' || before === "'" || before === '`';
        if (quoted) {
          if (text[end] !== before) return undefined;
        } else {
          if (codeFile && !/(?:^|\/)\.env/.test(path)) return undefined;
          // Prose and escaped strings: `value,` `value;` `value\n"` end before the punctuation or escape; a
          // connection string's `Password=…;Server=…` ends at its `;`, text inside a JSON string at its first escape.
          secret = secret.replace(/(?:\\[nrt"]|;).*$/, '').replace(/,+$/, '');
          // (`<https://…?token=…>` in prose; a `<placeholder>` keeps its brackets for the placeholder filter)
          if (!secret.includes('<')) secret = secret.replace(/[>)\]]+$/, '');
          end = start + secret.length;
        }
        // (`token::elevate`, `key == value`: an operator, not an assignment of what follows)
        if (/^[:=]/.test(secret)) return undefined;
        if (isPlaceholder(secret) || !genericValueOk(secret, path, name)) return undefined;
        // A provider-shaped value its provider rejected (a checksum that fails, a placeholder body) is no generic secret.
        const lower = secret.toLowerCase();
        if (this.providerPrefixes.some((p) => lower.startsWith(p))) return undefined;
        if (isTemplateEnv(path) && entropy(secret) < 3.8) return undefined;
        break;
      }
      default:
        break;
    }
    if (d.validator !== 'url-password' && d.validator !== 'generic' && isPlaceholder(secret)) return undefined;
    if (d.entropy !== undefined && entropy(secret) < d.entropy + (isFixtureLike(path) && !validated ? 0.2 : 0)) return undefined;
    if (documentedExample(raw) || (secret !== raw && documentedExample(secret))) return undefined;
    return name !== undefined ? { detector: d, start, end, secret, validated, name } : { detector: d, start, end, secret, validated };
  }
}

/** The sorted offsets where any of the keywords starts (no spread: a file can hold a million of them). */
function keywordStarts(keywords: readonly string[], positions: Map<string, number[]>): number[] {
  const lists = keywords.map((k) => positions.get(k) ?? []).filter((l) => l.length);
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0]!;
  const out: number[] = [];
  for (const l of lists) for (let i = 0; i < l.length; i++) out.push(l[i]!);
  return out.sort((a, b) => a - b);
}

/** Offset of the start of the line `lines` lines above `at`, but never before `floor` (reads at most `at - floor`). */
function lineStart(text: string, at: number, lines: number, floor: number): number {
  const lo = Math.max(0, floor);
  let n = 0;
  for (let i = at - 1; i >= lo; i--) if (text.charCodeAt(i) === 10 && ++n > lines) return i;
  return lo;
}

/** Offset of the end of the line `lines` lines below `at`, but never past `ceiling` (reads at most `ceiling - at`). */
function lineEnd(text: string, at: number, lines: number, ceiling: number): number {
  const hi = Math.min(text.length, ceiling);
  let n = 0;
  for (let i = at; i < hi; i++) if (text.charCodeAt(i) === 10 && ++n > lines) return i;
  return hi;
}

/** Overlapping hits: keep the higher priority, then the longer. */
function dedupe(hits: SecretHit[]): SecretHit[] {
  hits.sort((a, b) => a.start - b.start || b.detector.priority - a.detector.priority || b.end - a.end);
  const out: SecretHit[] = [];
  for (const h of hits) {
    // The kept hits never overlap and are sorted by start, so their ends are sorted too: only the last ones can reach
    // past `h.start` (a scan from the front made a file of many tokens quadratic).
    let clash = -1;
    for (let k = out.length - 1; k >= 0 && out[k]!.end > h.start; k--) if (out[k]!.start < h.end) clash = k;
    if (clash < 0) out.push(h);
    else {
      const o = out[clash]!;
      const better = h.detector.priority > o.detector.priority || (h.detector.priority === o.detector.priority && h.end - h.start > o.end - o.start);
      if (better) out[clash] = h;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
