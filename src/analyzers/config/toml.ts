// A small, bounded TOML reader for agent configs (Codex `.codex/config.toml`): tables, arrays of tables, dotted and
// quoted keys, basic/literal/multi-line strings, numbers, booleans, dates (kept as strings), arrays and inline tables,
// converted to the shared position-keeping tree. Not a validator: it reads what a valid file says, and gives up
// (undefined) on anything it cannot read, as the JSON and YAML readers do.
import type { CNode, MapEntry, MapNode, Range, SeqNode } from './tree.js';

export class TomlSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const MAX_NODES = 100_000;
const MAX_DEPTH = 64;
const BARE_KEY = /[A-Za-z0-9_-]/;

export function parseToml(text: string): CNode {
  let i = 0;
  let nodes = 0;
  const n = text.length;
  const root: MapNode = { kind: 'map', entries: [], range: [0, n] };
  // key → entry index of every map built, so a file with many keys reads in linear time.
  const slots = new WeakMap<MapNode, Map<string, number>>();
  const slotOf = (m: MapNode): Map<string, number> => {
    let s = slots.get(m);
    if (!s) slots.set(m, (s = new Map<string, number>()));
    return s;
  };
  const find = (m: MapNode, key: string): MapEntry | undefined => {
    const k = slotOf(m).get(key);
    return k === undefined ? undefined : m.entries[k];
  };
  const push = (m: MapNode, e: MapEntry): void => {
    slotOf(m).set(e.key, m.entries.length);
    m.entries.push(e);
  };
  const fail = (msg: string): never => {
    throw new TomlSyntaxError(`${msg} at offset ${i}`, i);
  };
  const count = (): void => {
    if (++nodes > MAX_NODES) fail('too many values');
  };
  const ws = (): void => {
    while (i < n && (text[i] === ' ' || text[i] === '\t')) i++;
  };
  /** Whitespace, newlines and comments (inside arrays and between statements). */
  const wsNl = (): void => {
    for (;;) {
      ws();
      if (text[i] === '#') while (i < n && text[i] !== '\n') i++;
      else if (text[i] === '\n' || text[i] === '\r' || text.charCodeAt(i) === 0xfeff) i++;
      else return;
    }
  };
  const endOfLine = (): void => {
    ws();
    if (text[i] === '#') while (i < n && text[i] !== '\n') i++;
    if (text[i] === '\r') i++;
    if (i < n && text[i] !== '\n') fail('expected the end of the line');
  };

  const escape = (): string => {
    const e = text[i + 1];
    i += 2;
    switch (e) {
      case 'b':
        return '\b';
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'f':
        return '\f';
      case 'r':
        return '\r';
      case 'e':
        return '\x1b';
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'u':
      case 'U': {
        const len = e === 'u' ? 4 : 8;
        const hex = text.slice(i, i + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) fail('bad unicode escape');
        i += len;
        const cp = parseInt(hex, 16);
        return cp <= 0x10ffff ? String.fromCodePoint(cp) : fail('bad unicode escape');
      }
      default:
        return fail('bad escape');
    }
  };

  /** A string value; `i` at its first quote. */
  const string = (): string => {
    const q = text[i]!;
    if (text.startsWith(q.repeat(3), i)) {
      i += 3;
      if (text[i] === '\r') i++;
      if (text[i] === '\n') i++;
      let out = '';
      for (;;) {
        if (i >= n) fail('unterminated string');
        if (text.startsWith(q.repeat(3), i)) {
          // Up to two quotes may sit right before the closing three.
          let extra = 0;
          while (extra < 2 && text[i + 3 + extra] === q) extra++;
          out += q.repeat(extra);
          i += 3 + extra;
          return out;
        }
        const ch = text[i]!;
        if (q === '"' && ch === '\\') {
          // A line-ending backslash drops the newline and the whitespace after it.
          if (/^\\[ \t]*\r?\n/.test(text.slice(i, i + 64))) {
            i++;
            while (i < n && /[ \t\r\n]/.test(text[i]!)) i++;
          } else out += escape();
        } else {
          out += ch;
          i++;
        }
      }
    }
    i++;
    let out = '';
    for (;;) {
      if (i >= n || text[i] === '\n') fail('unterminated string');
      const ch = text[i]!;
      if (ch === q) {
        i++;
        return out;
      }
      if (q === '"' && ch === '\\') out += escape();
      else {
        out += ch;
        i++;
      }
    }
  };

  /** A dotted key: its parts and the range of each. */
  const key = (): { parts: string[]; ranges: Range[] } => {
    const parts: string[] = [];
    const ranges: Range[] = [];
    for (;;) {
      ws();
      const s = i;
      if (text[i] === '"' || text[i] === "'") {
        if (text.startsWith(text[i]!.repeat(3), i)) fail('multi-line string as a key');
        parts.push(string());
      } else {
        while (i < n && BARE_KEY.test(text[i]!)) i++;
        if (i === s) fail('expected a key');
        parts.push(text.slice(s, i));
      }
      ranges.push([s, i]);
      ws();
      if (text[i] !== '.') return { parts, ranges };
      i++;
    }
  };

  const value = (depth: number): CNode => {
    if (depth > MAX_DEPTH) fail('nesting too deep');
    count();
    const start = i;
    const ch = text[i];
    if (ch === '"' || ch === "'") {
      const v = string();
      return { kind: 'scalar', value: v, range: [start, i], quoted: true };
    }
    if (ch === '[') {
      i++;
      const seq: SeqNode = { kind: 'seq', items: [], range: [start, start] };
      for (;;) {
        wsNl();
        if (text[i] === ']') break;
        seq.items.push(value(depth + 1));
        wsNl();
        if (text[i] === ',') i++;
        else if (text[i] !== ']') fail('expected "," or "]"');
      }
      i++;
      seq.range = [start, i];
      return seq;
    }
    if (ch === '{') {
      i++;
      const map: MapNode = { kind: 'map', entries: [], range: [start, start] };
      wsNl();
      if (text[i] === '}') i++;
      else
        for (;;) {
          wsNl();
          const k = key();
          if (text[i] !== '=') fail('expected "="');
          i++;
          ws();
          assign(map, k.parts, k.ranges, value(depth + 1), depth);
          wsNl();
          if (text[i] === ',') {
            i++;
            wsNl();
            if (text[i] === '}') {
              i++;
              break;
            }
          } else if (text[i] === '}') {
            i++;
            break;
          } else fail('expected "," or "}"');
        }
      map.range = [start, i];
      return map;
    }
    const m =
      /^(?:true|false|[+-]?(?:inf|nan)|\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:\d{2})?)?|\d{2}:\d{2}:\d{2}(?:\.\d+)?|[+-]?(?:0x[0-9A-Fa-f_]+|0o[0-7_]+|0b[01_]+|[\d_]+(?:\.[\d_]+)?(?:[eE][+-]?[\d_]+)?))/.exec(
        text.slice(i, i + 80),
      );
    if (!m) return fail('unexpected character');
    i += m[0].length;
    const t = m[0];
    let v: string | number | boolean;
    if (t === 'true' || t === 'false') v = t === 'true';
    else if (/^\d{4}-|^\d{2}:/.test(t)) v = t;
    else if (/^[+-]?(inf|nan)$/.test(t)) v = t.endsWith('nan') ? NaN : t.startsWith('-') ? -Infinity : Infinity;
    else if (/^[+-]?0[xob]/.test(t)) v = Number(t.replace(/_/g, '').replace(/^\+/, ''));
    else v = Number(t.replace(/_/g, ''));
    return { kind: 'scalar', value: v, range: [start, i] };
  };

  /** The map at a key path below `from`, created when missing; the last table of an array of tables. */
  const tableAt = (from: MapNode, parts: string[], ranges: Range[], upTo: number): MapNode => {
    let cur = from;
    for (let k = 0; k < upTo; k++) {
      const name = parts[k]!;
      const e = find(cur, name);
      if (!e) {
        count();
        const r = ranges[k]!;
        const child: MapNode = { kind: 'map', entries: [], range: [r[0], r[1]] };
        push(cur, { key: name, keyRange: r, value: child });
        cur = child;
      } else if (e.value.kind === 'map') cur = e.value;
      else if (e.value.kind === 'seq' && e.value.items.at(-1)?.kind === 'map') cur = e.value.items.at(-1) as MapNode;
      else fail(`"${parts.slice(0, k + 1).join('.')}" is not a table`);
    }
    return cur;
  };

  /** `a.b.c = v` inside `into`; a later key replaces an earlier one (TOML calls it an error; agents would not start). */
  function assign(into: MapNode, parts: string[], ranges: Range[], v: CNode, depth: number): void {
    if (depth + parts.length > MAX_DEPTH) fail('nesting too deep');
    const holder = tableAt(into, parts, ranges, parts.length - 1);
    const last = parts[parts.length - 1]!;
    const entry: MapEntry = { key: last, keyRange: ranges[ranges.length - 1]!, value: v };
    const dup = slotOf(holder).get(last);
    if (dup !== undefined) holder.entries[dup] = entry;
    else push(holder, entry);
    if (holder.range[1] < v.range[1]) holder.range = [holder.range[0], v.range[1]];
  }

  let current = root;
  for (;;) {
    wsNl();
    if (i >= n) break;
    if (text[i] === '[') {
      const arrayTable = text[i + 1] === '[';
      i += arrayTable ? 2 : 1;
      const k = key();
      if (text[i] !== ']' || (arrayTable && text[i + 1] !== ']')) fail('expected "]"');
      i += arrayTable ? 2 : 1;
      endOfLine();
      if (arrayTable) {
        const parent = tableAt(root, k.parts, k.ranges, k.parts.length - 1);
        const last = k.parts[k.parts.length - 1]!;
        const r = k.ranges[k.ranges.length - 1]!;
        let e = find(parent, last);
        if (!e) {
          e = { key: last, keyRange: r, value: { kind: 'seq', items: [], range: [r[0], r[1]] } };
          push(parent, e);
        }
        if (e.value.kind !== 'seq') fail(`"${k.parts.join('.')}" is not an array of tables`);
        count();
        const table: MapNode = { kind: 'map', entries: [], range: [r[0], i] };
        (e.value as SeqNode).items.push(table);
        current = table;
      } else current = tableAt(root, k.parts, k.ranges, k.parts.length);
      continue;
    }
    const k = key();
    if (text[i] !== '=') fail('expected "="');
    i++;
    ws();
    assign(current, k.parts, k.ranges, value(1 + k.parts.length), 0);
    endOfLine();
  }
  return root;
}

/** Parse or return undefined (rules skip files they cannot read). */
export function tryParseToml(text: string): CNode | undefined {
  try {
    return parseToml(text);
  } catch {
    return undefined;
  }
}
