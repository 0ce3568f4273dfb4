// Strings a JS/TS file builds from literals, for the provider detectors to read whole: a token split by `+`
// (`'ghp_' + 'abc…'`), a template literal over constants (`${PREFIX}abc…` after `const PREFIX = 'ghp_'`), a literal
// written with escapes or backslash-newline continuations, and a literal holding base64 text. Each view carries the
// range of the source expression, so a finding points at the code that builds the secret.
//
// One linear pass of a small lexer (strings, templates, comments, regex literals, identifiers, `+`), no parse: it
// runs on every code file up to 512 KiB the secrets pass reads (bundles above it are read as written), parsed or
// not. Work and output are bounded by the text's size.

import { decodedBase64 } from './filters.js';

export type DerivedHow = 'joined' | 'escaped' | 'base64';

export interface DerivedString {
  value: string;
  start: number;
  end: number;
  how: DerivedHow;
}

interface Token {
  kind: 'str' | 'tpl' | 'id' | 'plus' | 'other';
  start: number;
  end: number;
  /** Cooked value of a string; the name of an identifier. */
  value?: string;
  /** A template's pieces and `${NAME}` substitutions in order. */
  parts?: (string | { name: string })[];
  raw?: string;
}

/** A run of code holding no quote, comment, regex or `+` start: skipped by the regex engine, not a JS loop. */
const PLAIN = /[^"'`/+\n]+/y;
const LONE_IDENT = /^\s*([A-Za-z_$][\w$]*)\s*$/;
const LEAD_IDENT = /^\s*([A-Za-z_$][\w$]*)(?![\w$.([])/;
const TRAIL_IDENT = /(?<![\w$.])([A-Za-z_$][\w$]*)\s*$/;
/** Words after which a `/` starts a regular expression (besides punctuation). */
const REGEX_WORDS = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|new|delete|void|throw|yield|await)\s*$/;
const MAX_TEXT = 512 * 1024;
const MIN_BASE64 = 20;
/** `const NAME = 'literal'` (or let/var, `, NAME = "…"` in the same declaration): a file's string constants. */
const CONSTANT = /(?:\b(?:const|let|var)\s+|,\s*)([A-Za-z_$][\w$]*)\s*=\s*(["'])((?:[^"'\\\n]|\\.|(?!\2)["'])*)\2(?!\s*\+)/g;

/** Cook the escapes of a string literal body (`\n`, `\x41`, `\u0041`, `\u{41}`, line continuations). */
export function cook(body: string): string {
  if (!body.includes('\\')) return body;
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const n = body[++i];
    if (n === undefined) break;
    switch (n) {
      case 'n':
        out += '\n';
        break;
      case 't':
        out += '\t';
        break;
      case 'r':
        out += '\r';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
        out += '\0';
        break;
      case '\r':
        if (body[i + 1] === '\n') i++;
        break;
      case '\n':
      case '\u2028':
      case '\u2029':
        break;
      case 'x': {
        const h = body.slice(i + 1, i + 3);
        if (/^[0-9a-fA-F]{2}$/.test(h)) {
          out += String.fromCharCode(parseInt(h, 16));
          i += 2;
        } else out += 'x';
        break;
      }
      case 'u': {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(body.slice(i + 1, i + 9));
        const plain = /^[0-9a-fA-F]{4}/.exec(body.slice(i + 1, i + 5));
        if (braced && parseInt(braced[1]!, 16) <= 0x10ffff) {
          out += String.fromCodePoint(parseInt(braced[1]!, 16));
          i += braced[0].length;
        } else if (plain) {
          out += String.fromCharCode(parseInt(plain[0], 16));
          i += 4;
        } else out += 'u';
        break;
      }
      default:
        out += n;
    }
  }
  return out;
}

/** The shared token for code between the tokens that matter. */
const OTHER: Token = { kind: 'other', start: -1, end: -1 };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  // whether a `/` here would start a regular expression: after punctuation or a keyword, not after a value
  let regexOk = true;
  const other = (): void => {
    if (tokens.length === 0 || tokens[tokens.length - 1] !== OTHER) tokens.push(OTHER);
  };
  for (let i = 0; i < n; ) {
    PLAIN.lastIndex = i;
    const run = PLAIN.exec(text);
    if (run) {
      const chunk = run[0];
      const end = i + chunk.length;
      const id = LONE_IDENT.exec(chunk);
      if (id) tokens.push({ kind: 'id', start: i, end, value: id[1]! });
      else if (chunk.trim()) {
        // `… + NAME;` and `… = NAME + …`: the identifier next to the `+` is an operand, the rest breaks the chain
        const lead = tokens.length && tokens[tokens.length - 1]!.kind === 'plus' ? LEAD_IDENT.exec(chunk) : null;
        if (lead) tokens.push({ kind: 'id', start: i, end: i + lead[0].length, value: lead[1]! });
        other();
        const trail = text[end] === '+' && text[end + 1] !== '+' && text[end + 1] !== '=' ? TRAIL_IDENT.exec(chunk) : null;
        if (trail) tokens.push({ kind: 'id', start: i + trail.index, end, value: trail[1]! });
      }
      const last = chunk.trimEnd();
      if (last) regexOk = /[^\w$)\]]$/.test(last) || REGEX_WORDS.test(last);
      i = end;
      if (i >= n) break;
    }
    const c = text[i]!;
    if (c === '\n') {
      i++;
      continue;
    }
    if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? n : nl;
      continue;
    }
    if (c === '/' && text[i + 1] === '*') {
      const e = text.indexOf('*/', i + 2);
      i = e < 0 ? n : e + 2;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      for (; j < n && text[j] !== c && text[j] !== '\n'; j++) if (text[j] === '\\') j++;
      const raw = text.slice(i + 1, Math.min(j, n));
      tokens.push({ kind: 'str', start: i, end: Math.min(j + 1, n), value: cook(raw), raw });
      i = j + 1;
      regexOk = false;
      continue;
    }
    if (c === '`') {
      // A template: pieces and `${NAME}` substitutions; any other substitution makes it opaque.
      const parts: (string | { name: string })[] = [];
      let opaque = false;
      let j = i + 1;
      let pieceStart = j;
      for (; j < n && text[j] !== '`'; j++) {
        if (text[j] === '\\') {
          j++;
          continue;
        }
        if (text[j] === '$' && text[j + 1] === '{') {
          parts.push(cook(text.slice(pieceStart, j)));
          const close = text.indexOf('}', j + 2);
          const inner = close < 0 ? '' : text.slice(j + 2, close).trim();
          if (close < 0 || !/^[A-Za-z_$][\w$]*$/.test(inner)) {
            opaque = true;
            let depth = 1;
            let k = j + 2;
            for (; k < n && depth > 0; k++) {
              if (text[k] === '{') depth++;
              else if (text[k] === '}') depth--;
            }
            j = k - 1;
          } else {
            parts.push({ name: inner });
            j = close;
          }
          pieceStart = j + 1;
        }
      }
      parts.push(cook(text.slice(pieceStart, Math.min(j, n))));
      if (opaque) other();
      else tokens.push({ kind: 'tpl', start: i, end: Math.min(j + 1, n), parts, raw: text.slice(i + 1, Math.min(j, n)) });
      i = j + 1;
      regexOk = false;
      continue;
    }
    if (c === '/') {
      if (regexOk) {
        // a regular expression literal: skipped (a quote inside must not open a string)
        let j = i + 1;
        let cls = false;
        for (; j < n && text[j] !== '\n'; j++) {
          const d = text[j];
          if (d === '\\') j++;
          else if (d === '[') cls = true;
          else if (d === ']') cls = false;
          else if (d === '/' && !cls) break;
        }
        i = j + 1;
        regexOk = false;
      } else {
        i++;
        regexOk = true;
      }
      other();
      continue;
    }
    // `+`: an operator when alone (`++` and `+=` end a chain)
    if (text[i + 1] === '+' || text[i + 1] === '=') {
      other();
      i += 2;
    } else {
      tokens.push({ kind: 'plus', start: i, end: i + 1 });
      i++;
    }
    regexOk = true;
  }
  return tokens;
}

/** The value of an operand: a string, a template over known constants, or an identifier bound to one. */
function operandValue(t: Token, constants: Map<string, string>): string | undefined {
  if (t.kind === 'str') return t.value;
  if (t.kind === 'id') return constants.size ? constants.get(t.value!) : undefined;
  if (t.kind === 'tpl') {
    let s = '';
    for (const p of t.parts!) {
      if (typeof p === 'string') s += p;
      else {
        const v = constants.get(p.name);
        if (v === undefined) return undefined;
        s += v;
      }
    }
    return s;
  }
  return undefined;
}

/** The derived strings of a JS/TS source text (see the file's header). */
export function derivedStrings(text: string): DerivedString[] {
  if (text.length > MAX_TEXT) return [];
  const tokens = tokenize(text);
  // `const NAME = 'literal'` (also let/var, and `, NAME = '…'` in the same declaration): the file's string constants
  const constants = new Map<string, string>();
  CONSTANT.lastIndex = 0;
  for (let m = CONSTANT.exec(text); m; m = CONSTANT.exec(text)) constants.set(m[1]!, cook(m[3]!));
  const out: DerivedString[] = [];
  let budget = text.length * 2;
  const push = (d: DerivedString): void => {
    if (budget <= 0 || d.value.length < 8) return;
    budget -= d.value.length;
    out.push(d);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const first = operandValue(t, constants);
    if (first === undefined) continue;
    // a chain: operand (+ operand)*, each a string, a known template or a known constant
    let value = first;
    let j = i;
    let operands = 1;
    while (j + 2 < tokens.length && tokens[j + 1]!.kind === 'plus') {
      const v = operandValue(tokens[j + 2]!, constants);
      if (v === undefined) break;
      value += v;
      j += 2;
      operands++;
    }
    if (operands >= 2) {
      push({ value, start: t.start, end: tokens[j]!.end, how: 'joined' });
      i = j;
      continue;
    }
    if (t.kind === 'tpl' && t.parts!.some((p) => typeof p !== 'string')) push({ value, start: t.start, end: t.end, how: 'joined' });
    else if ((t.kind === 'str' || t.kind === 'tpl') && t.raw !== undefined && t.raw.includes('\\') && value !== t.raw)
      push({ value, start: t.start, end: t.end, how: 'escaped' });
    // A literal of base64 (standard or URL-safe) that decodes to text; mixed case and digits: a word or an
    // identifier is not base64.
    if (
      (t.kind === 'str' || t.kind === 'tpl') &&
      value.length >= MIN_BASE64 &&
      value.length <= 64 * 1024 &&
      /[a-z]/.test(value) &&
      /[A-Z]/.test(value) &&
      /[0-9]/.test(value)
    ) {
      const decoded = decodedBase64(value, 'lines', true);
      if (decoded !== undefined && decoded.length >= 12) push({ value: decoded, start: t.start, end: t.end, how: 'base64' });
    }
  }
  return out;
}
