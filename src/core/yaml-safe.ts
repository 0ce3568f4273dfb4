// YAML parsing with bounded work. The `yaml` package is linear on well-formed text but costly on hostile text: its
// default "pretty" errors copy the whole offending line into every one of thousands of errors (a 100 KB run of `"`
// took ~17 s), it keeps composing after the first error (a run of `]` gives one error per byte), and flow
// collections nest by recursion. Every YAML file flowguard reads goes through parseYamlBounded: a size cap, a linear
// pre-scan of the nesting depth, and a compose that stops at the first error (callers only ever use the first).
import type { Document, DocumentOptions, LineCounter, ParseOptions, SchemaOptions } from 'yaml';
import { yaml } from './lazy.js';

/** YAML texts larger than this are not parsed (still read as text by the secret rules). */
export const YAML_MAX_BYTES = 256 * 1024;
/** Deepest flow (`[`, `{`) or compact (`- - -`) nesting accepted; real configs stay far below. */
export const YAML_MAX_DEPTH = 64;

export type YamlOutcome =
  | { ok: true; doc: Document }
  | { ok: false; kind: 'error'; offset: number; message: string }
  | { ok: false; kind: 'skipped'; reason: string };

class FirstError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** Deepest flow nesting outside quotes and comments, and deepest compact nesting (`- - x`, `? - x`) on one line. */
export function yamlNestingDepth(text: string): number {
  let flow = 0;
  let max = 0;
  let quote = 0; // 0, 34 ("), 39 (')
  let lineStart = true;
  let compact = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (quote === 34 && c === 92) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 10) {
      lineStart = true;
      compact = 0;
      continue;
    }
    const prev = i === 0 ? 10 : text.charCodeAt(i - 1);
    if (lineStart) {
      if (c === 32 || c === 9 || c === 13) continue;
      const next = text.charCodeAt(i + 1);
      if ((c === 45 || c === 63 || c === 58) && (next === 32 || next === 9)) {
        if (++compact > max) max = compact;
        i++;
        continue;
      }
      lineStart = false;
    }
    // A quote opens a scalar only where a token starts (an apostrophe inside a plain word is text).
    const tokenStart = prev === 10 || prev === 32 || prev === 9 || prev === 91 || prev === 123 || prev === 44 || prev === 58;
    if (c === 35 && (prev === 32 || prev === 9 || prev === 10)) {
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) i++;
    } else if ((c === 34 || c === 39) && tokenStart) quote = c;
    else if (c === 91 || c === 123) {
      if (++flow > max) max = flow;
    } else if ((c === 93 || c === 125) && flow > 0) flow--;
  }
  return max;
}

/** Parse one YAML document within bounded time and memory; the first error (or the reason it was not parsed) otherwise. */
export function parseYamlBounded(text: string, options: ParseOptions & DocumentOptions & SchemaOptions & { lineCounter?: LineCounter } = {}): YamlOutcome {
  if (text.length > YAML_MAX_BYTES) return { ok: false, kind: 'skipped', reason: `YAML larger than ${YAML_MAX_BYTES / 1024} KiB is not parsed` };
  if (yamlNestingDepth(text) > YAML_MAX_DEPTH) return { ok: false, kind: 'skipped', reason: `YAML nested deeper than ${YAML_MAX_DEPTH} levels is not parsed` };
  const Y = yaml();
  const { lineCounter, ...rest } = options;
  const parser = new Y.Parser(lineCounter?.addNewLine);
  const composer = new Y.Composer({ ...rest, prettyErrors: false });
  const offsetOf = (source: unknown): number => {
    if (typeof source === 'number') return source;
    if (Array.isArray(source)) return Number(source[0]) || 0;
    const o = (source as { offset?: number } | null)?.offset;
    return typeof o === 'number' ? o : 0;
  };
  const c = composer as unknown as { onError: (source: unknown, code: string, message: string, warning?: boolean) => void };
  // The first error is kept even if the package reports more while unwinding from the throw.
  let first: FirstError | undefined;
  c.onError = (source, _code, message, warning) => {
    if (warning) return;
    first ??= new FirstError(offsetOf(source), message);
    throw first;
  };
  let doc: Document | undefined;
  try {
    for (const token of parser.parse(text)) {
      if (token.type === 'error') throw new FirstError(token.offset, token.message);
      for (const d of composer.next(token)) {
        if (doc) throw new FirstError(d.range[0], 'Source contains multiple documents');
        doc = d;
      }
    }
    for (const d of composer.end(true, text.length)) {
      if (doc) throw new FirstError(d.range[0], 'Source contains multiple documents');
      doc = d;
    }
  } catch (error) {
    const e = first ?? (error instanceof FirstError ? error : undefined);
    if (e) return { ok: false, kind: 'error', offset: e.offset, message: e.message.split('\n')[0]! };
    // A stack overflow or allocation failure on a shape the pre-scan let through: not parsed, never a crash.
    return { ok: false, kind: 'skipped', reason: `YAML could not be parsed within bounds (${error instanceof RangeError ? 'too deeply nested' : 'error'})` };
  }
  if (!doc) return { ok: false, kind: 'error', offset: 0, message: 'empty YAML stream' };
  if (doc.errors.length) return { ok: false, kind: 'error', offset: offsetOf(doc.errors[0]!.pos), message: doc.errors[0]!.message.split('\n')[0]! };
  return { ok: true, doc };
}
