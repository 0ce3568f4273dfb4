// One position-keeping tree for JSON/JSONC and YAML, so agent rules walk every config format alike.
export type Range = readonly [number, number];

export interface MapEntry {
  key: string;
  keyRange: Range;
  value: CNode;
}

export type CNode =
  | {
      kind: 'map';
      entries: MapEntry[];
      range: Range;
      /** Earlier entries a later duplicate key replaced (JSON.parse and YAML loaders keep the last value; a reader sees the first). */
      shadowed?: MapEntry[];
    }
  | { kind: 'seq'; items: CNode[]; range: Range }
  | { kind: 'scalar'; value: string | number | boolean | null; range: Range; quoted?: boolean };

export type MapNode = Extract<CNode, { kind: 'map' }>;
export type SeqNode = Extract<CNode, { kind: 'seq' }>;
export type ScalarNode = Extract<CNode, { kind: 'scalar' }>;

export const isMap = (n: CNode | undefined): n is MapNode => n?.kind === 'map';
export const isSeq = (n: CNode | undefined): n is SeqNode => n?.kind === 'seq';
export const isScalar = (n: CNode | undefined): n is ScalarNode => n?.kind === 'scalar';

/** Normalise a key for alias matching: `keyRotationInterval`, `key_rotation_interval`, `key-rotation-interval` → `keyrotationinterval`. */
export const normKey = (k: string): string => k.toLowerCase().replace(/[_\-\s]/g, '');

/** The entry of a map under any of the given keys (alias-insensitive). */
export function entry(node: CNode | undefined, ...keys: string[]): MapEntry | undefined {
  if (!isMap(node)) return undefined;
  const wanted = keys.map(normKey);
  for (const k of wanted) {
    const e = node.entries.find((x) => normKey(x.key) === k);
    if (e) return e;
  }
  return undefined;
}

export function get(node: CNode | undefined, ...keys: string[]): CNode | undefined {
  return entry(node, ...keys)?.value;
}

/** Walk a dotted path (each segment may list aliases with `|`). */
export function at(node: CNode | undefined, path: string): CNode | undefined {
  let cur = node;
  for (const seg of path.split('.')) {
    cur = get(cur, ...seg.split('|'));
    if (!cur) return undefined;
  }
  return cur;
}

export function str(node: CNode | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

export function scalarText(node: CNode | undefined): string | undefined {
  return isScalar(node) && node.value !== null ? String(node.value) : undefined;
}

/** Plain JS value of a node (for reading numbers and booleans). */
export function plain(node: CNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plain);
  const o: Record<string, unknown> = {};
  for (const e of node.entries) o[e.key] = plain(e.value);
  return o;
}

/** Every (path, node) in the tree, depth first, with the key entry that holds it. */
export function* walk(node: CNode, path: string[] = [], holder?: MapEntry): Generator<{ node: CNode; path: string[]; entry?: MapEntry }> {
  yield holder ? { node, path, entry: holder } : { node, path };
  if (node.kind === 'map') for (const e of node.entries) yield* walk(e.value, [...path, e.key], e);
  else if (node.kind === 'seq') for (let i = 0; i < node.items.length; i++) yield* walk(node.items[i]!, [...path, String(i)]);
}

/** String items of a list, or the comma/whitespace separated parts of a string, with their own ranges. */
export function listItems(node: CNode | undefined, text: string): { value: string; range: Range }[] {
  if (!node) return [];
  if (isSeq(node)) return node.items.flatMap((n) => (isScalar(n) && n.value !== null ? [{ value: String(n.value), range: n.range }] : []));
  if (isScalar(node) && typeof node.value === 'string') return splitList(node.value, node.range, text, /,/);
  return [];
}

/** Split a string value on a separator, keeping parentheses together, mapping each part to a source range when it can be found. */
export function splitList(value: string, range: Range, text: string, sep: RegExp): { value: string; range: Range }[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && sep.test(ch)) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  const src = text.slice(range[0], range[1]);
  const out: { value: string; range: Range }[] = [];
  let from = 0;
  for (const p of parts) {
    const v = p.trim();
    if (!v) continue;
    const i = src.indexOf(v, from);
    if (i >= 0) {
      out.push({ value: v, range: [range[0] + i, range[0] + i + v.length] });
      from = i + v.length;
    } else out.push({ value: v, range });
  }
  return out;
}
