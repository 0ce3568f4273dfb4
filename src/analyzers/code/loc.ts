// typescript-estree computes a `loc` (line and column of start and end) for every node, whatever the options say:
// `loc: false` only adds a second pass that deletes them again. flowguard never reads `loc` (positions come from
// `range`; parent pointers sit in a symbol-keyed field, src/analyzers/code/resolve.ts), so the line lookups and the three objects per
// node are wasted: about a tenth of the parse. This swaps the helper that computes them for one that hands back a
// single shared placeholder. It changes nothing else: ranges, node shapes and parse errors (which carry their own
// line numbers) stay as they are.

interface NodeUtils {
  getLocFor: unknown;
}

/** The one `loc` every node gets (mutable: the converter adjusts `loc.start`/`loc.end` of a few nodes in place). */
const SHARED_LOC = { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } };

/** Make typescript-estree's `node-utils` module skip `loc`; throws when the module no longer has the helper. */
export function skipLoc(nodeUtils: NodeUtils): void {
  if (typeof nodeUtils.getLocFor !== 'function') throw new Error('typescript-estree: node-utils has no getLocFor (update src/analyzers/code/loc.ts)');
  nodeUtils.getLocFor = () => SHARED_LOC;
}
