// `--shard I/N`: one deterministic share of the files, so N CI jobs each scan about 1/N of the work and
// `flowguard merge` joins their SARIF into what one unsharded scan writes. Every shard discovers the same tree,
// so each computes the same assignment on its own, with no coordination.
import { isCodeFile } from '../analyzers/code/parse.js';
import type { DiscoveredFile } from './discover.js';
import { UsageError } from './errors.js';
import { skippedByHead, skippedByName } from './skip.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(spec: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > 1000 || index < 1 || index > count)
    throw new UsageError(`--shard must be I/N with 1 <= I <= N <= 1000, e.g. 2/4, not "${spec}"`);
  return { index, count };
}

/** FNV-1a over the path's UTF-16 units: stable across machines and Node versions. */
export function pathHash(p: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < p.length; i++) h = Math.imul(h ^ p.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The shard (1-based) of something that has a path and no weight: a discovery skip or error. */
export function shardOfPath(p: string, count: number): number {
  return (pathHash(p) % count) + 1;
}

// What a file costs, roughly in "bytes parsed": parsing dominates, a text-only pass is an order of magnitude
// cheaper per byte, and every file pays a fixed cost (stat, read, hash).
const PER_FILE = 2048;

/** The first bytes of a file as text, or undefined when they cannot be read (the file then weighs as parsed). */
export type Sniff = (file: DiscoveredFile) => string | undefined;

function weight(file: DiscoveredFile, noSkip: boolean, sniff: Sniff | undefined): number {
  let parsed = isCodeFile(file.path) && (noSkip || !skippedByName(file.path, file.size));
  // A bundle or a minified file without `.min` in its name weighs little once the policy skips it: look at its
  // start (only where it could matter: the policy never calls a file this small minified).
  if (parsed && !noSkip && sniff && file.size > SNIFF_MIN) {
    const head = sniff(file);
    if (head !== undefined && skippedByHead(file.path, file.size, head)) parsed = false;
  }
  return PER_FILE + (parsed ? Math.ceil(file.size * (TYPESCRIPT.test(file.path) ? TS_FACTOR : 1)) : Math.ceil(file.size / 8));
}
// TypeScript costs about half as much again per byte as JavaScript to parse and analyse (measured per file on the
// benchmark corpus: 680 against 440 ms per MB, after a fixed 0.3 ms per file).
const TYPESCRIPT = /\.[cm]?tsx?$/i;
const TS_FACTOR = 1.5;
const SNIFF_MIN = 8 * 1024;

/**
 * Which shard each file belongs to, balanced by estimated cost: heaviest first, each to the lightest shard so far
 * (ties by path hash, then path), which keeps every shard within one file's weight of the others. `sniff` reads a
 * file's start, so files the skip policy will not parse weigh what they cost; every shard reads the same bytes,
 * so every shard still computes the same assignment.
 */
export function assignShards(files: readonly DiscoveredFile[], count: number, noSkip = false, sniff?: Sniff): Map<string, number> {
  const out = new Map<string, number>();
  if (count <= 1) {
    for (const f of files) out.set(f.path, 1);
    return out;
  }
  const items = files.map((f) => ({ path: f.path, w: weight(f, noSkip, sniff), h: pathHash(f.path) }));
  items.sort((a, b) => b.w - a.w || a.h - b.h || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const load = new Array<number>(count).fill(0);
  for (const it of items) {
    let best = it.h % count;
    for (let s = 0; s < count; s++) if (load[s]! < load[best]!) best = s;
    load[best]! += it.w;
    out.set(it.path, best + 1);
  }
  return out;
}
