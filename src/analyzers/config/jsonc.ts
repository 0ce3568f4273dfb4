// JSON/JSONC read with VS Code's parser (jsonc-parser), kept as the config tree (src/analyzers/config/tree.ts) with
// the source range of every key and value. Comments (// and /* */) and trailing commas are accepted, as Claude Code
// and VS Code accept them.
import { parseTree, printParseErrorCode, type Node as JsonNode, type ParseError } from 'jsonc-parser';
import type { CNode, MapEntry } from './tree.js';

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** Nesting deeper than this is refused (no real config is this deep; a crafted one would only cost stack). */
const MAX_DEPTH = 200;
/** jsonc-parser codes that still leave a usable value: a control character or an unknown escape inside a string. */
const TOLERATED = new Set([15 /* InvalidEscapeCharacter */, 16 /* InvalidCharacter */]);

export function parseJsonc(text: string): CNode {
  // A byte-order mark is whitespace here, as it is to JSON.parse after a decoder strips it; a space keeps the offsets.
  const source = text.charCodeAt(0) === 0xfeff ? ' ' + text.slice(1) : text;
  const errors: ParseError[] = [];
  let root: JsonNode | undefined;
  try {
    root = parseTree(source, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false });
  } catch (e) {
    if (e instanceof RangeError) throw new JsonSyntaxError('nesting too deep', 0);
    throw e;
  }
  const bad = errors.find((e) => !TOLERATED.has(e.error));
  if (bad) throw new JsonSyntaxError(`${printParseErrorCode(bad.error)} at offset ${bad.offset}`, bad.offset);
  if (!root) throw new JsonSyntaxError('no value', 0);
  return convert(root, 0);
}

function convert(node: JsonNode, depth: number): CNode {
  if (depth > MAX_DEPTH) throw new JsonSyntaxError('nesting too deep', node.offset);
  const range = [node.offset, node.offset + node.length] as const;
  switch (node.type) {
    case 'object': {
      const entries: MapEntry[] = [];
      const shadowed: MapEntry[] = [];
      const slot = new Map<string, number>();
      for (const prop of node.children ?? []) {
        const [k, v] = prop.children ?? [];
        if (!k || !v) throw new JsonSyntaxError('a key without a value', prop.offset);
        const key = String(k.value);
        const entry: MapEntry = { key, keyRange: [k.offset, k.offset + k.length], value: convert(v, depth + 1) };
        // Last wins, as JSON.parse reads it (a later `"defaultMode": "bypassPermissions"` is the one in force); the
        // entry keeps the first key's slot, as JSON.parse keeps insertion order, and the replaced one is kept apart.
        const dup = slot.get(key);
        if (dup !== undefined) {
          shadowed.push(entries[dup]!);
          entries[dup] = entry;
        } else {
          slot.set(key, entries.length);
          entries.push(entry);
        }
      }
      return shadowed.length ? { kind: 'map', entries, range, shadowed } : { kind: 'map', entries, range };
    }
    case 'array':
      return { kind: 'seq', items: (node.children ?? []).map((c) => convert(c, depth + 1)), range };
    case 'string':
      return { kind: 'scalar', value: String(node.value), range, quoted: true };
    case 'number':
    case 'boolean':
      return { kind: 'scalar', value: node.value as number | boolean, range };
    case 'null':
      return { kind: 'scalar', value: null, range };
    default:
      throw new JsonSyntaxError(`unexpected ${node.type}`, node.offset);
  }
}

/** Parse or return undefined (rules skip files they cannot read; the core reports nothing for them). */
export function tryParseJsonc(text: string): CNode | undefined {
  try {
    return parseJsonc(text);
  } catch {
    return undefined;
  }
}
