// `flowguard-ignore <id>[, <id>…] -- reason` in a comment on the line above a finding or at the end of its line.
import type { Finding } from '../core/types.js';
import { LineIndex } from '../core/lines.js';

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

export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  if (!text.includes(MARKER)) return out;
  const index = new LineIndex(text);
  for (let line = 1; line <= index.lineCount; line++) {
    const lineText = index.lineText(line);
    const at = lineText.indexOf(MARKER);
    if (at < 0) continue;
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
    const reason = sep >= 0 ? rest.slice(sep).replace(/^\s*--\s*/, '').trim() : '';
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

/** Mark findings covered by a directive as suppressed (they stay in the output, with the reason). */
export function applyInlineSuppressions(findings: Finding[], texts: ReadonlyMap<string, string>): void {
  const cache = new Map<string, Directive[]>();
  for (const f of findings) {
    if (f.line === undefined || f.suppressed || f.ruleId === 'code/suppression-without-reason') continue;
    const text = texts.get(f.file);
    if (text === undefined) continue;
    let dirs = cache.get(f.file);
    if (!dirs) {
      dirs = parseDirectives(text);
      cache.set(f.file, dirs);
    }
    const d = dirs.find((x) => (x.trailing ? x.line === f.line : x.line === f.line || x.line === f.line! - 1) && x.ids.some((id) => matches(id, f.ruleId)));
    if (d) {
      f.suppressed = true;
      f.suppression = { kind: 'inSource', justification: d.reason };
    }
  }
}
