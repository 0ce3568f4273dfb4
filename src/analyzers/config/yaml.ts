// YAML through the `yaml` package, converted to the shared position-keeping tree.
import type { Document, Node as YNode } from 'yaml';
import { yaml } from '../../core/lazy.js';
import { parseYamlBounded } from '../../core/yaml-safe.js';
import type { CNode, MapEntry } from './tree.js';

/** Limits on alias expansion: a billion-laughs document must not blow up memory or time. */
interface Budget {
  nodes: number;
  aliases: number;
}
const MAX_NODES = 200_000;
const MAX_ALIASES = 1_000;

function convert(node: unknown, offset: number, depth: number, doc: Document | undefined, budget: Budget): CNode | undefined {
  if (depth > 100 || node === null || node === undefined) return undefined;
  if (++budget.nodes > MAX_NODES) return undefined;
  if (yaml().isAlias(node)) {
    if (!doc || ++budget.aliases > MAX_ALIASES) return undefined;
    return convert(node.resolve(doc), offset, depth + 1, doc, budget);
  }
  const r = (node as YNode).range;
  const range = [offset + (r?.[0] ?? 0), offset + (r?.[1] ?? 0)] as const;
  if (yaml().isScalar(node)) {
    const v = node.value;
    // Any other scalar (a !!timestamp Date, a !!binary buffer, a bigint) reads as its string form, as a loader prints it.
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
    return { kind: 'scalar', value, range, quoted: node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' };
  }
  if (yaml().isMap(node)) {
    const entries: MapEntry[] = [];
    const shadowed: MapEntry[] = [];
    for (const pair of node.items) {
      if (!yaml().isPair(pair)) continue;
      const k = pair.key as YNode | null;
      const key = yaml().isScalar(k) ? String(k.value) : '';
      const kr = k?.range;
      if (key === '<<') {
        // Merge keys: the merged map's entries come first, explicit keys override them.
        const merged = convert(pair.value, offset, depth + 1, doc, budget);
        const sources = merged?.kind === 'map' ? [merged] : merged?.kind === 'seq' ? merged.items : [];
        for (const m of sources) if (m.kind === 'map') for (const e of m.entries) if (!entries.some((x) => x.key === e.key)) entries.push(e);
        continue;
      }
      const value = convert(pair.value, offset, depth + 1, doc, budget) ?? {
        kind: 'scalar' as const,
        value: null,
        range: [offset + (kr?.[1] ?? 0), offset + (kr?.[1] ?? 0)] as const,
      };
      const dup = entries.findIndex((x) => x.key === key);
      if (dup >= 0) {
        // A key written twice by hand (not one a `<<` merge brought in) is a shadowed duplicate.
        const before = entries[dup]!;
        if (before.keyRange[0] >= range[0] && before.keyRange[1] <= range[1] && before.keyRange[1] > before.keyRange[0]) shadowed.push(before);
        entries.splice(dup, 1);
      }
      entries.push({ key, keyRange: [offset + (kr?.[0] ?? 0), offset + (kr?.[1] ?? 0)], value });
    }
    return shadowed.length ? { kind: 'map', entries, range, shadowed } : { kind: 'map', entries, range };
  }
  if (yaml().isSeq(node)) {
    const items: CNode[] = [];
    for (const it of node.items) {
      const c = convert(it, offset, depth + 1, doc, budget);
      if (c) items.push(c);
    }
    return { kind: 'seq', items, range };
  }
  return undefined;
}

/** Parse YAML text (offset = where it sits in the file, for frontmatter); undefined on errors. */
export function parseYaml(text: string, offset = 0): CNode | undefined {
  try {
    const parsed = parseYamlBounded(text, { uniqueKeys: false, strict: false });
    if (!parsed.ok) return undefined;
    return convert(parsed.doc.contents, offset, 0, parsed.doc, { nodes: 0, aliases: 0 });
  } catch {
    return undefined;
  }
}

/** Markdown frontmatter (`---` … `---` at the top) and the body offset. */
export function parseFrontmatter(text: string): { data: CNode | undefined; start: number; end: number; bodyStart: number } | undefined {
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!m) return undefined;
  const start = m[0].length;
  const close = /^---[ \t]*$/m;
  close.lastIndex = 0;
  const rest = text.slice(start);
  const c = /(^|\n)---[ \t]*(\r?\n|$)/.exec(rest);
  if (!c) return undefined;
  const end = start + c.index + (c[1] ? 1 : 0);
  const bodyStart = start + c.index + c[0].length;
  return { data: parseYaml(text.slice(start, end), start), start, end, bodyStart };
}
