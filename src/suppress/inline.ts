// `flowguard-ignore <id>[, <id>…] -- reason` in a comment on the line above a finding or at the end of its line.
// A directive counts only inside a real comment of the file's language: in JS/TS the parser's own comment tokens
// (a marker inside a string or template literal is text, not a comment), in JSON only a JSONC comment (strict JSON
// has none: a marker in a string value never suppresses), elsewhere a line comment opener before it.
import type { Finding } from '../core/types.js';
import { LineIndex } from '../core/lines.js';
import { isCodeFile, isNodeScript, parseCode } from '../analyzers/code/parse.js';

export interface Directive {
  line: number;
  column: number;
  ids: string[];
  reason: string;
  /** At the end of a line of code: covers that line only. Alone on its line: covers the next line. */
  trailing: boolean;
}

const MARKER = 'flowguard-ignore';
// A directive must open a comment: `//`, `/*`, `*` (block comment body), `#`, `<!--`, `--`, `;`, then only spaces.
const COMMENT_BEFORE = /(?:\/\/|\/\*|^\s*\*|#|<!--|--|^\s*;)\s*$/;

// Strips a closing block-comment or HTML-comment marker and the spaces around it, in linear time.
function stripCloser(rest: string): string {
  let r = rest.trimEnd();
  if (r.endsWith('*/')) r = r.slice(0, -2);
  else if (r.endsWith('-->')) r = r.slice(0, -3);
  else return rest;
  return r.trimEnd();
}

/** True when the text holds a quote that is never closed again: it ends a string literal the marker sat in. */
function closesString(rest: string): boolean {
  let open = '';
  for (const ch of rest) {
    if (open) {
      if (ch === open) open = '';
    } else if (ch === "'" || ch === '"' || ch === '`') open = ch;
  }
  return open !== '';
}

/**
 * Comment ranges `[start, end)` of C-like source by a small lexer: strings ('…', "…", with escapes), template
 * literals with nested `${…}` when `templates`, regular-expression literals after an operator when `regex`.
 * Used for JSON(C) and as the JS/TS fallback when the parser refuses a file. Linear in the text.
 */
export function lexComments(text: string, opts: { templates: boolean; regex: boolean }): [number, number][] {
  const out: [number, number][] = [];
  const braces: number[] = []; // template nesting: depth of `{` at each open `${`
  let depth = 0;
  let prev = ''; // last significant character (regex heuristic)
  const n = text.length;
  let i = 0;
  const template = (): void => {
    // i is just after a backtick or a closing `}` of a substitution
    while (i < n) {
      const c = text[i]!;
      if (c === '\\') i += 2;
      else if (c === '`') {
        i++;
        return;
      } else if (c === '$' && text[i + 1] === '{') {
        i += 2;
        braces.push(depth);
        depth++;
        return;
      } else i++;
    }
  };
  while (i < n) {
    const c = text[i]!;
    if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      const e = end < 0 ? n : end;
      out.push([i, e]);
      i = e;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const e = end < 0 ? n : end + 2;
      out.push([i, e]);
      i = e;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < n && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
      prev = 'a';
    } else if (c === '`' && opts.templates) {
      i++;
      template();
      prev = 'a';
    } else if (c === '/' && opts.regex && (prev === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(prev))) {
      i++;
      let cls = false;
      while (i < n && text[i] !== '\n') {
        const d = text[i]!;
        if (d === '\\') i++;
        else if (d === '[') cls = true;
        else if (d === ']') cls = false;
        else if (d === '/' && !cls) break;
        i++;
      }
      i++;
      prev = 'a';
    } else {
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (braces.length && braces[braces.length - 1] === depth) {
          braces.pop();
          i++;
          template();
          prev = 'a';
          continue;
        }
      }
      if (!/\s/.test(c)) prev = /[A-Za-z0-9_$)\]]/.test(c) ? 'a' : c;
      i++;
    }
  }
  return out;
}

/** The comment ranges of a JS/TS file from the parser (its comment tokens); the lexer when the parser refuses it. */
function codeComments(text: string, file: string): [number, number][] {
  try {
    const program = parseCode(text, file, { comment: true });
    return (program.comments ?? []).map((c) => [c.range[0], c.range[1]] as [number, number]);
  } catch {
    return lexComments(text, { templates: true, regex: true });
  }
}

/** Where comments are in `file` (sorted ranges), or undefined for a language judged line by line. */
export function commentRanges(text: string, file: string | undefined): [number, number][] | undefined {
  if (file === undefined) return undefined;
  if (isCodeFile(file) || isNodeScript(file, text)) return codeComments(text, file);
  if (/\.json[c5]?$/i.test(file)) return lexComments(text, { templates: false, regex: false });
  return undefined;
}

function inComment(ranges: [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (offset < a) hi = mid - 1;
    else if (offset >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * The directives of a file. With `file`, a JS/TS or JSON file's directives must sit in one of its real comments
 * (see commentRanges); without it (or for other languages) a comment opener before the marker on its line counts.
 */
export function parseDirectives(text: string, file?: string): Directive[] {
  const out: Directive[] = [];
  if (!text.includes(MARKER)) return out;
  const index = new LineIndex(text);
  const ranges = commentRanges(text, file);
  for (let line = 1; line <= index.lineCount; line++) {
    const lineText = index.lineText(line);
    const start = index.lineStart(line);
    const at = lineText.indexOf(MARKER);
    if (at < 0) continue;
    if (ranges && !inComment(ranges, start + at)) continue;
    const before = lineText.slice(0, at);
    if (!COMMENT_BEFORE.test(before)) continue;
    let rest = lineText.slice(at + MARKER.length);
    if (rest && !/^\s/.test(rest)) continue; // e.g. flowguard-ignored
    rest = stripCloser(rest);
    const sep = rest.search(/\s--(?:\s|$)/);
    const idsPart = sep >= 0 ? rest.slice(0, sep) : rest;
    // Rule ids followed by a quote that closes a string literal: the "comment" sits inside a string (rule examples,
    // tests). The reason is free text and may hold an apostrophe.
    if (closesString(idsPart)) continue;
    const reason =
      sep >= 0
        ? rest
            .slice(sep)
            .replace(/^\s*--\s*/, '')
            .trim()
        : '';
    const ids = idsPart
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter((s) => /^[a-z]+\/(?:[a-z0-9-]+|\*)$/.test(s));
    const trailing = !/^\s*(?:\/\/|\/\*|\*|#|<!--|--|;)\s*$/.test(before);
    out.push({ line, column: at + 1, ids, reason, trailing });
  }
  return out;
}

function matches(id: string, ruleId: string): boolean {
  return id === ruleId || (id.endsWith('/*') && ruleId.startsWith(id.slice(0, -1)));
}

// Directives by line, built once per directive list: a file of 200,000 directives and as many findings stays linear.
const byLine = new WeakMap<readonly Directive[], Map<number, Directive[]>>();

function lineIndex(dirs: readonly Directive[]): Map<number, Directive[]> {
  let m = byLine.get(dirs);
  if (!m) {
    m = new Map();
    for (const d of dirs) {
      const at = m.get(d.line);
      if (at) at.push(d);
      else m.set(d.line, [d]);
    }
    byLine.set(dirs, m);
  }
  return m;
}

/** The directive that covers a finding of `ruleId` on `line`, if any (in file order, as before). */
export function coveringDirective(dirs: readonly Directive[], line: number, ruleId: string): Directive | undefined {
  const m = lineIndex(dirs);
  const hit = (x: Directive): boolean => x.ids.some((id) => matches(id, ruleId));
  // A directive alone on line - 1 covers line; a directive on line covers it either way. line - 1 comes first in file order.
  return m.get(line - 1)?.find((x) => !x.trailing && hit(x)) ?? m.get(line)?.find(hit);
}

/** Mark findings covered by a directive as suppressed (they stay in the output, with the reason). */
export function applyInlineSuppressions(findings: Finding[], texts: ReadonlyMap<string, string>): void {
  const cache = new Map<string, Directive[]>();
  for (const f of findings) {
    if (f.line === undefined || f.suppressed || f.ruleId === 'code/suppression-without-reason') continue;
    const text = texts.get(f.file);
    if (text === undefined) continue;
    let dirs = cache.get(f.file);
    if (!dirs) {
      dirs = parseDirectives(text, f.file);
      cache.set(f.file, dirs);
    }
    const d = coveringDirective(dirs, f.line, f.ruleId);
    if (d) {
      f.suppressed = true;
      f.suppression = { kind: 'inSource', justification: d.reason };
    }
  }
}
