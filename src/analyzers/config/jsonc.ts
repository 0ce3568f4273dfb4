// A small tolerant JSON/JSONC parser that keeps the source range of every key and value.
// Comments (// and /* */) and trailing commas are accepted, as Claude Code and VS Code accept them.
import type { CNode, MapEntry } from './tree.js';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export function parseJsonc(text: string): CNode {
  let i = 0;
  const n = text.length;
  const skip = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff) i++;
      else if (c === 47 && text[i + 1] === '/') {
        while (i < n && text[i] !== '\n') i++;
      } else if (c === 47 && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        i = end < 0 ? n : end + 2;
      } else break;
    }
  };
  const fail = (msg: string): never => {
    throw new JsonSyntaxError(`${msg} at offset ${i}`, i);
  };
  const parseString = (): string => {
    const quote = text[i];
    i++;
    let out = '';
    while (i < n) {
      const ch = text[i]!;
      if (ch === quote) {
        i++;
        return out;
      }
      if (ch === '\\') {
        const e = text[i + 1];
        i += 2;
        switch (e) {
          case 'n': out += '\n'; break;
          case 't': out += '\t'; break;
          case 'r': out += '\r'; break;
          case 'b': out += '\b'; break;
          case 'f': out += '\f'; break;
          case 'u': {
            const hex = text.slice(i, i + 4);
            if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad unicode escape');
            out += String.fromCharCode(parseInt(hex, 16));
            i += 4;
            break;
          }
          default: out += e ?? '';
        }
      } else if (ch === '\n') fail('unterminated string');
      else {
        out += ch;
        i++;
      }
    }
    return fail('unterminated string');
  };
  const value = (depth: number): CNode => {
    if (depth > 200) fail('nesting too deep');
    skip();
    const start = i;
    const ch = text[i];
    if (ch === '{') {
      i++;
      const entries: MapEntry[] = [];
      const shadowed: MapEntry[] = [];
      const slot = new Map<string, number>();
      for (;;) {
        skip();
        if (text[i] === '}') {
          i++;
          break;
        }
        if (text[i] !== '"' && text[i] !== "'") fail('expected a key');
        const ks = i;
        const key = parseString();
        const keyRange = [ks, i] as const;
        skip();
        if (text[i] !== ':') fail('expected ":"');
        i++;
        const v = value(depth + 1);
        // Last wins, as JSON.parse reads it (a later `"defaultMode": "bypassPermissions"` is the one in force); the
        // entry keeps the first key's slot, as JSON.parse keeps insertion order, and the replaced one is kept apart.
        const dup = slot.get(key);
        if (dup !== undefined) {
          shadowed.push(entries[dup]!);
          entries[dup] = { key, keyRange, value: v };
        } else {
          slot.set(key, entries.length);
          entries.push({ key, keyRange, value: v });
        }
        skip();
        if (text[i] === ',') i++;
        else if (text[i] !== '}') fail('expected "," or "}"');
      }
      return shadowed.length ? { kind: 'map', entries, range: [start, i], shadowed } : { kind: 'map', entries, range: [start, i] };
    }
    if (ch === '[') {
      i++;
      const items: CNode[] = [];
      for (;;) {
        skip();
        if (text[i] === ']') {
          i++;
          break;
        }
        items.push(value(depth + 1));
        skip();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail('expected "," or "]"');
      }
      return { kind: 'seq', items, range: [start, i] };
    }
    if (ch === '"' || ch === "'") {
      const s = parseString();
      return { kind: 'scalar', value: s, range: [start, i], quoted: true };
    }
    const m = /^(?:-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64));
    if (!m) return fail('unexpected character');
    i += m[0].length;
    const t = m[0];
    return { kind: 'scalar', value: t === 'true' ? true : t === 'false' ? false : t === 'null' ? null : Number(t), range: [start, i] };
  };
  const root = value(0);
  skip();
  if (i < n) fail('unexpected content after the value');
  return root;
}

/** Parse or return undefined (rules skip files they cannot read; the core reports nothing for them). */
export function tryParseJsonc(text: string): CNode | undefined {
  try {
    return parseJsonc(text);
  } catch {
    return undefined;
  }
}
