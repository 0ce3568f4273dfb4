// The package's public surface (INTERFACE.md "library input"): the files reachable, through relative imports, from
// the entry points the nearest package.json names (`main`, `module`, `exports`, `bin`). A package.json naming none,
// naming a pattern (`"./*"`), or naming only files the scan does not hold (a build output that is not there) leaves
// every file's exports public, as INTERFACE.md says for a package without entry points.
import * as path from 'node:path';
import { createHash } from '../../core/lazy.js';

export interface SurfaceHost {
  /** Root-relative paths of the scan's package.json files. */
  readonly manifests: ReadonlySet<string>;
  readManifest(file: string): string | undefined;
  /** The scan's file a relative specifier names from `from`. */
  resolve(from: string, spec: string): string | undefined;
  /** The scan's files `file` imports by relative specifiers. */
  importsOf(file: string): readonly string[];
}

const MAX_FILES = 20_000;

export class Surface {
  private readonly files = new Map<string, { set: Set<string>; key: string } | null>();

  constructor(private readonly host: SurfaceHost) {}

  /** `file`'s exports are the package's public API. */
  isPublic(file: string): boolean {
    const s = this.of(file);
    return !s || s.set.has(file);
  }

  /** What decides `isPublic` for `file`'s package, for the cache key ('' when every export counts). */
  key(file: string): string {
    return this.of(file)?.key ?? '';
  }

  private of(file: string): { set: Set<string>; key: string } | null {
    const m = this.manifestOf(file);
    if (!m) return null;
    let s = this.files.get(m);
    if (s === undefined) {
      s = this.reachable(m);
      this.files.set(m, s);
    }
    return s;
  }

  private manifestOf(file: string): string | undefined {
    let dir = path.posix.dirname(file);
    for (let i = 0; i < 64; i++) {
      const m = dir === '.' || dir === '' ? 'package.json' : `${dir}/package.json`;
      if (this.host.manifests.has(m)) return m;
      if (dir === '.' || dir === '' || dir === '/') return undefined;
      dir = path.posix.dirname(dir);
    }
    return undefined;
  }

  private reachable(manifest: string): { set: Set<string>; key: string } | null {
    let json: unknown;
    try {
      json = JSON.parse(this.host.readManifest(manifest) ?? '');
    } catch {
      return null;
    }
    const entries = entriesOf(json);
    if (!entries.length || entries.some((e) => e.includes('*'))) return null;
    // A build output as entry (`dist/index.js`) also names its source (`src/index.ts`) when the scan holds that.
    const specs = entries.map((e) => `./${path.posix.normalize(e)}`);
    for (const e of [...specs]) {
      const m = /^\.\/(?:dist|build|lib|out|esm|cjs)\/(.+?)(?:\.[mc]?js)?$/.exec(e);
      if (m) specs.push(`./src/${m[1]}`);
    }
    const starts = specs.map((e) => this.host.resolve(manifest, e)).filter((f): f is string => !!f);
    if (!starts.length) return null;
    const set = new Set(starts);
    const queue = [...set];
    while (queue.length && set.size < MAX_FILES) {
      for (const g of this.host.importsOf(queue.pop()!)) {
        if (!set.has(g)) {
          set.add(g);
          queue.push(g);
        }
      }
    }
    const h = createHash('sha256');
    for (const f of [...set].sort()) h.update(f).update('\0');
    return { set, key: h.digest('hex') };
  }
}

/** The file names a manifest gives as entry points: `main`, `module`, every string under `exports` and `bin`. */
function entriesOf(json: unknown): string[] {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return [];
  const j = json as Record<string, unknown>;
  const out: string[] = [];
  const strings = (v: unknown, d: number): void => {
    if (d > 8) return;
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) for (const x of v) strings(x, d + 1);
    else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, d + 1);
  };
  for (const k of ['main', 'module', 'exports', 'bin']) strings(j[k], 0);
  return out;
}
