// The module graph of the scanned package, for dataflow across files (issue 17): which file a relative specifier
// names, what a module exports (ES `export`, `export * from`, re-exports, defaults; CommonJS `module.exports` /
// `exports.x`; the interop TypeScript, Babel and esbuild emit), who imports a module, and the cross-file hooks the
// taint engine (`CrossLink`) and the resolver (`external`) ask. Another module is parsed only when a query crosses
// into it, kept in a bounded cache, and its taint engine is made afresh for each file the pipeline analyses, so
// an answer depends only on the files it read (the per-file cache key hashes them: `neighbourhoodHash`).
import * as path from 'node:path';
import type { TSESTree } from '@typescript-eslint/types';
import { createHash } from '../../core/lazy.js';
import { LineIndex } from '../../core/lines.js';
import { skipReason } from '../../core/skip.js';
import type { FlowStep } from '../../rule.js';
import { callGraph } from '../code/callgraph.js';
import { parseCode } from '../code/parse.js';
import { constValue, interopName, propertyName, Resolver, unwrap } from '../code/resolve.js';
import { TaintEngine, type CrossLink } from './engine.js';
import { taintEngine } from './index.js';
import { isFunctionNode } from './sources.js';
import { Surface } from './surface.js';

type Node = TSESTree.Node;
type Fn = TSESTree.FunctionLike;

export interface ModuleHost {
  /** Root-relative posix paths of the scan's code files. */
  readonly files: readonly string[];
  /** Text of one of those files; undefined when unreadable or not text. */
  read(file: string): string | undefined;
  /** Root-relative paths of the scan's package.json files, and their text (the public surface reads them). */
  readonly manifests?: readonly string[];
  readManifest?(file: string): string | undefined;
}

interface Module {
  path: string;
  text: string;
  ast: TSESTree.Program;
  resolver: Resolver;
  engine?: TaintEngine;
  /** The file generation `engine` belongs to (a fresh engine per analysed file). */
  gen: number;
  lines?: LineIndex;
  exports?: ExportTable;
}

/** What an expression names in another module: its specifier and the property path below the module. */
export interface ImportRef {
  spec: string;
  path: string[];
}

type Exported = { node: Node } | { reexport: string; name: string[] };
interface ExportTable {
  named: Map<string, Exported>;
  stars: string[];
}

const EXTS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
/** Relative specifiers in a file's text (imports, re-exports, require, import()), read without a parse. */
const SPEC_RE = /(?:\bfrom|\bimport|\brequire|\bexport)\s*\(?\s*['"](\.{1,2}\/[^'"\n]*|\.{1,2})['"]/g;
const MAX_MODULES = 200;
const MAX_TEXT = 40_000_000;
const MAX_IMPORTERS = 60;
/** Module edges one query may cross (a callee's callee, a caller's caller). */
export const MAX_HOPS = 3;
/** How far (in import edges, either way) a file's cache key looks: covers MAX_HOPS plus re-export chains. */
const HASH_RADIUS = 6;

/** `require('./x')`, `__importDefault(require('./x'))`, `tslib.__importStar(require('./x'))`: the specifier. */
export function requiredSpec(node: Node | null | undefined, resolver: Resolver, depth = 0): string | undefined {
  const n = unwrap(node);
  if (n?.type !== 'CallExpression' || depth > 3) return undefined;
  const callee = unwrap(n.callee);
  if (callee?.type === 'Identifier' && callee.name === 'require' && resolver.isGlobal(callee)) {
    const v = constValue(n.arguments[0], resolver);
    return typeof v === 'string' ? v : undefined;
  }
  if (interopName(callee)) return requiredSpec(n.arguments[0], resolver, depth + 1);
  return undefined;
}

/**
 * What an expression names in another module of the package: `helper` (import { helper } from './h'), `ns.helper`,
 * `h.default.x`, `(0, h_1.helper)`, `require('./h').helper`, `const { helper } = require('./h')`. `default` segments
 * are dropped (a default export and `module.exports` are the module itself).
 */
export function importRef(resolver: Resolver, node: Node | null | undefined, depth = 0): ImportRef | undefined {
  const n = unwrap(node);
  if (!n || depth > 8) return undefined;
  if (n.type === 'MemberExpression') {
    const prop = propertyName(n);
    if (prop === undefined) return undefined;
    const inner = importRef(resolver, n.object, depth + 1);
    if (!inner) return undefined;
    return prop === 'default' ? inner : { spec: inner.spec, path: [...inner.path, prop] };
  }
  if (n.type === 'CallExpression') {
    const spec = requiredSpec(n, resolver);
    return spec !== undefined && spec.startsWith('.') ? { spec, path: [] } : undefined;
  }
  if (n.type !== 'Identifier') return undefined;
  const b = resolver.binding(n);
  if (!b) return undefined;
  if (b.kind === 'import') {
    if (!b.importSource?.startsWith('.')) return undefined;
    return { spec: b.importSource, path: b.importName && b.importName !== '*' && b.importName !== 'default' ? [b.importName] : [] };
  }
  if ((b.kind === 'const' || b.kind === 'var' || b.kind === 'let') && b.writes === 0 && b.init) {
    const inner = importRef(resolver, b.init, depth + 1);
    return inner ? { spec: inner.spec, path: [...inner.path, ...(b.path ?? []).filter((p) => p !== 'default')] } : undefined;
  }
  return undefined;
}

export class PackageGraph {
  private readonly modules = new Map<string, Module | null>();
  private textSize = 0;
  private readonly known: Set<string>;
  private specIndex: Map<string, string[]> | undefined;
  private readonly importsMemo = new Map<string, string[]>();
  private gen = 0;
  private current = '';
  /** Module edges the running query has crossed. */
  private hops = 0;
  /** Nodes whose canonical name is being resolved across files (a cycle guard). */
  private readonly resolving = new Set<Node>();

  private readonly surface: Surface;

  constructor(private readonly host: ModuleHost) {
    this.known = new Set(host.files);
    this.surface = new Surface({
      manifests: new Set(host.manifests ?? []),
      readManifest: (f) => host.readManifest?.(f),
      resolve: (from, spec) => this.resolve(from, spec),
      importsOf: (f) => this.importsOf(f),
    });
  }

  /** `file`'s exports are the package's public API (it is reachable from the package.json entry points). */
  onSurface(file: string): boolean {
    return this.surface.isPublic(file);
  }

  /**
   * The pipeline analyses `file` with this parse: its engine is the one the rules query. Other modules get fresh
   * engines for this file, so what a query finds does not depend on the files analysed before it.
   */
  adopt(file: string, text: string, ast: TSESTree.Program, resolver: Resolver): TaintEngine {
    this.gen++;
    this.current = file;
    this.hops = 0;
    const engine = taintEngine(ast, resolver, text);
    const m: Module = { path: file, text, ast, resolver, engine, gen: this.gen };
    this.link(m, engine);
    this.remember(file, m);
    return engine;
  }

  private link(m: Module, engine: TaintEngine): void {
    engine.link = this.crossLink(m);
    m.resolver.external = (node) => this.canonicalOf(m, node);
  }

  private module(file: string): Module | undefined {
    const hit = this.modules.get(file);
    if (hit !== undefined) return hit ?? undefined;
    const text = this.known.has(file) ? this.host.read(file) : undefined;
    let m: Module | undefined;
    if (text !== undefined && !skipReason(file, text)) {
      try {
        const ast = parseCode(text, file);
        m = { path: file, text, ast, resolver: new Resolver(ast), gen: 0 };
        m.resolver.external = (node) => this.canonicalOf(m!, node);
      } catch {
        m = undefined;
      }
    }
    this.remember(file, m ?? null);
    return m;
  }

  private engineOf(m: Module): TaintEngine {
    if (!m.engine || m.gen !== this.gen) {
      m.engine = new TaintEngine(m.ast, m.resolver, m.text);
      m.gen = this.gen;
      m.engine.link = this.crossLink(m);
    }
    return m.engine;
  }

  private remember(file: string, m: Module | null): void {
    const old = this.modules.get(file);
    if (old) this.textSize -= old.text.length;
    this.modules.delete(file);
    this.modules.set(file, m);
    if (m) this.textSize += m.text.length;
    while (this.modules.size > MAX_MODULES || this.textSize > MAX_TEXT) {
      const first = this.modules.keys().next().value;
      if (first === undefined || first === file) break;
      const f = this.modules.get(first);
      if (f) this.textSize -= f.text.length;
      this.modules.delete(first);
    }
  }

  /** The root-relative file a relative specifier names from `from` (TS sources for `.js` specifiers too). */
  resolve(from: string, spec: string): string | undefined {
    if (!spec.startsWith('.')) return undefined;
    const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
    if (base.startsWith('..')) return undefined;
    const cands = [base];
    const ext = path.posix.extname(base);
    if (/^\.[mc]?js$/.test(ext) || ext === '.jsx') {
      const stem = base.slice(0, -ext.length);
      cands.push(`${stem}${ext.replace('js', 'ts')}`, `${stem}.tsx`);
    }
    for (const e of EXTS) cands.push(base + e);
    for (const e of EXTS) cands.push(`${base}/index${e}`);
    return cands.find((c) => this.known.has(c));
  }

  /** The function or value `ref` names, seen from `from`, following re-exports. */
  private target(from: string, ref: ImportRef): { module: Module; node: Node } | undefined {
    const file = this.resolve(from, ref.spec);
    const m = file ? this.module(file) : undefined;
    return m ? this.lookup(m, ref.path, 0) : undefined;
  }

  private lookup(m: Module, names: readonly string[], depth: number): { module: Module; node: Node } | undefined {
    if (depth > 6) return undefined;
    const table = this.exportsOf(m);
    const [first, ...rest] = names;
    const viaEntry = (e: Exported | undefined, more: readonly string[]): { module: Module; node: Node } | undefined => {
      if (!e) return undefined;
      if ('reexport' in e) {
        const f = this.resolve(m.path, e.reexport);
        const t = f ? this.module(f) : undefined;
        return t ? this.lookup(t, [...e.name, ...more], depth + 1) : undefined;
      }
      return member(m, e.node, more);
    };
    if (first !== undefined) {
      const hit = viaEntry(table.named.get(first), rest);
      if (hit) return hit;
      for (const s of table.stars) {
        const f = this.resolve(m.path, s);
        const t = f ? this.module(f) : undefined;
        const r = t ? this.lookup(t, names, depth + 1) : undefined;
        if (r) return r;
      }
    }
    return viaEntry(table.named.get(''), names);
  }

  private exportsOf(m: Module): ExportTable {
    m.exports ??= exportTable(m);
    return m.exports;
  }

  /**
   * The canonical name (`child_process.exec`) of a relative import's target: an exported promisified `exec`, a
   * re-exported `fs`. The longest prefix of the path that names a value with a canonical name in its own module.
   */
  private canonicalOf(m: Module, node: Node): string | undefined {
    if (this.resolving.has(node) || this.resolving.size > 8) return undefined;
    const ref = importRef(m.resolver, node);
    if (!ref) return undefined;
    // The answer depends only on the module the specifier names and the path into it: many files import the same
    // helper, so it is found once (not once per importer, nor again after the module cache let the parse go). Only
    // an answer begun outside any other is kept: inside one, the cycle guard may have cut it short.
    const file = this.resolve(m.path, ref.spec);
    if (!file) return undefined;
    const key = `${file}\0${ref.path.join('\0')}`;
    const outermost = this.resolving.size === 0;
    if (outermost) {
      const known = this.canonicalMemo.get(key);
      if (known !== undefined) return known ?? undefined;
    }
    this.resolving.add(node);
    try {
      const c = this.canonicalAt(m, ref);
      if (outermost) this.canonicalMemo.set(key, c ?? null);
      return c;
    } finally {
      this.resolving.delete(node);
    }
  }

  private readonly canonicalMemo = new Map<string, string | null>();

  private canonicalAt(m: Module, ref: ImportRef): string | undefined {
    for (let k = ref.path.length; k >= 0; k--) {
      const t = this.target(m.path, { spec: ref.spec, path: ref.path.slice(0, k) });
      if (!t || isFunctionNode(t.node) || t.node.type === 'ClassDeclaration' || t.node.type === 'ClassExpression') continue;
      const c = t.module.resolver.canonical(t.node);
      if (c && !c.startsWith('.') && c !== '<global>') return [c, ...ref.path.slice(k)].join('.');
      if (c) return undefined;
    }
    return undefined;
  }

  /** The parse of `file` a cross-file query already made from the same text: the pipeline need not parse it again. */
  parsed(file: string, text: string): TSESTree.Program | undefined {
    const m = this.modules.get(file);
    return m && m.text === text ? m.ast : undefined;
  }

  /** The engine's view of the graph from module `m`. */
  private crossLink(m: Module): CrossLink {
    return {
      path: m.path,
      callee: (node) => {
        const ref = importRef(m.resolver, node);
        const t = ref && this.target(m.path, ref);
        return t && isFunctionNode(t.node) ? { file: t.module.path, engine: this.engineOf(t.module), fn: t.node as Fn, label: ref.path.join('.') } : undefined;
      },
      value: (node) => {
        const ref = importRef(m.resolver, node);
        if (!ref) return undefined;
        const t = this.target(m.path, ref);
        if (!t) return null;
        if (isFunctionNode(t.node) || t.node.type === 'ClassDeclaration' || t.node.type === 'ClassExpression') return null;
        return { file: t.module.path, engine: this.engineOf(t.module), node: t.node };
      },
      callers: (fn) => this.callersOf(m, fn),
      onSurface: (file) => this.surface.isPublic(file),
      isExported: (file, fn) => {
        const t = file === m.path ? m : this.module(file);
        return (
          !!t && this.surface.isPublic(file) && isFunctionNode(fn) && callGraph(t.ast, t.resolver, (n) => t.text.slice(n.range[0], n.range[1])).isExported(fn)
        );
      },
      hop: (f) => {
        if (this.hops >= MAX_HOPS) return undefined;
        this.hops++;
        try {
          return f();
        } finally {
          this.hops--;
        }
      },
      place: (steps) => this.place(steps, m.path),
    };
  }

  /** Call sites of `fn` (a function module `m` exports) in the scan's files that import `m`. */
  private callersOf(m: Module, fn: Node): { file: string; engine: TaintEngine; call: TSESTree.CallExpression }[] {
    if (!isFunctionNode(fn)) return [];
    const g = callGraph(m.ast, m.resolver, (n) => m.text.slice(n.range[0], n.range[1]));
    if (!g.isExported(fn)) return [];
    const out: { file: string; engine: TaintEngine; call: TSESTree.CallExpression }[] = [];
    for (const file of this.importers(m.path)) {
      const im = this.module(file);
      if (!im) continue;
      for (const f of im.resolver.flowNodes) {
        if (f.type !== 'CallExpression') continue;
        const ref = importRef(im.resolver, f.callee);
        if (!ref) continue;
        const t = this.target(file, ref);
        if (t?.node === fn) out.push({ file, engine: this.engineOf(im), call: f });
      }
    }
    return out;
  }

  /** Files that import `file` by a relative specifier, and those importing a file that re-exports it (`export *`). */
  importers(file: string): string[] {
    const index = this.index();
    const out = new Set<string>();
    const direct = index.get(file) ?? [];
    for (const f of direct) out.add(f);
    for (const f of direct) {
      if (out.size >= MAX_IMPORTERS) break;
      const t = this.host.read(f);
      if (t && /\bexport\s*\*|__exportStar|__reExport/.test(t)) for (const g of index.get(f) ?? []) out.add(g);
    }
    out.delete(file);
    return [...out].sort().slice(0, MAX_IMPORTERS);
  }

  /** target file → importing files, from a cheap scan of each file's relative specifiers (no parse). */
  private index(): Map<string, string[]> {
    if (this.specIndex) return this.specIndex;
    const idx = new Map<string, string[]>();
    for (const f of this.host.files) {
      for (const t of this.importsOf(f)) {
        const list = idx.get(t);
        if (list) list.push(f);
        else idx.set(t, [f]);
      }
    }
    this.specIndex = idx;
    return idx;
  }

  /** The scan's files `file` imports by relative specifiers (a text scan). */
  importsOf(file: string): string[] {
    const hit = this.importsMemo.get(file);
    if (hit) return hit;
    const text = this.host.read(file);
    const out = new Set<string>();
    if (text !== undefined) {
      SPEC_RE.lastIndex = 0;
      for (let m = SPEC_RE.exec(text); m; m = SPEC_RE.exec(text)) {
        const t = this.resolve(file, m[1]!);
        if (t && t !== file) out.add(t);
      }
    }
    const list = [...out].sort();
    this.importsMemo.set(file, list);
    return list;
  }

  /**
   * A hash of the files within HASH_RADIUS import edges of `file` (either way), for the per-file cache key: a
   * cross-file finding depends on the callees and callers it passed through, so an edit in any of them must miss.
   * '' when the file imports nothing and nothing imports it.
   */
  neighbourhoodHash(file: string, hashOf: (f: string) => string): string {
    const index = this.index();
    const seen = new Set([file]);
    let frontier = [file];
    for (let r = 0; r < HASH_RADIUS && frontier.length; r++) {
      const next: string[] = [];
      for (const f of frontier) {
        for (const g of [...this.importsOf(f), ...(index.get(f) ?? [])]) {
          if (!seen.has(g)) {
            seen.add(g);
            next.push(g);
          }
        }
      }
      frontier = next;
    }
    seen.delete(file);
    const surface = this.surface.key(file);
    if (!seen.size && !surface) return '';
    const h = createHash('sha256');
    if (surface) h.update('surface\0').update(surface).update('\0');
    for (const f of [...seen].sort()) h.update(f).update('\0').update(hashOf(f)).update('\0');
    return h.digest('hex');
  }

  /** Steps in another file than `current` carry that file and their own line/column. */
  private place(steps: readonly FlowStep[], current: string): FlowStep[] {
    return steps.map((s) => {
      if (!s.file) return s;
      if (s.file === current) {
        const { file: _file, at: _at, ...rest } = s;
        return rest;
      }
      if (s.at) return s;
      const m = this.module(s.file);
      if (!m) return s;
      m.lines ??= new LineIndex(m.text);
      const a = m.lines.position(s.range[0]);
      const b = m.lines.position(Math.max(s.range[0], s.range[1]));
      return { ...s, at: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column } };
    });
  }

  /** The file the pipeline analyses now (for tests and diagnostics). */
  get analysing(): string {
    return this.current;
  }
}

/** A value node seen through identifiers bound once (`exports.f = f` → the function `f`). */
function valueOf(m: Module, node: Node | undefined, depth = 0): Node | undefined {
  const n = unwrap(node);
  if (!n || depth > 4) return n;
  if (n.type === 'Identifier') {
    const b = m.resolver.binding(n);
    if (!b) return n;
    if ((b.kind === 'function' || b.kind === 'class') && b.id) {
      const d = m.resolver.parent(b.id);
      return d && (isFunctionNode(d) || d.type === 'ClassDeclaration' || d.type === 'ClassExpression') ? d : n;
    }
    if ((b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.writes === 0 && b.init && !b.path?.length) return valueOf(m, b.init, depth + 1);
    return n;
  }
  if (n.type === 'AssignmentExpression') return valueOf(m, n.right, depth + 1);
  return n;
}

/** `names` below a value: an object literal's property, a class's static method, an instance's method. */
function member(m: Module, node: Node, names: readonly string[]): { module: Module; node: Node } | undefined {
  let v = valueOf(m, node);
  for (const name of names) {
    if (!v) return undefined;
    if (v.type === 'NewExpression') {
      const c = valueOf(m, v.callee);
      v = c && (c.type === 'ClassDeclaration' || c.type === 'ClassExpression') ? methodOf(c, name, false) : undefined;
    } else if (v.type === 'ClassDeclaration' || v.type === 'ClassExpression') v = methodOf(v, name, true);
    else if (v.type === 'ObjectExpression') {
      const p = v.properties.find((x): x is TSESTree.Property => x.type === 'Property' && propertyName(x) === name);
      v = p ? valueOf(m, p.value) : undefined;
    } else return undefined; // `exports.fs = require('fs')` then `.readFileSync`: canonicalOf keeps the rest
  }
  return v ? { module: m, node: v } : undefined;
}

function methodOf(cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression, name: string, isStatic: boolean): Node | undefined {
  for (const e of cls.body.body) if (e.type === 'MethodDefinition' && e.static === isStatic && propertyName(e) === name) return e.value;
  return undefined;
}

function exportTable(m: Module): ExportTable {
  const named = new Map<string, Exported>();
  const stars: string[] = [];
  const set = (name: string, e: Exported): void => {
    if (!named.has(name)) named.set(name, e);
  };
  const setValue = (name: string, v: Node): void => {
    const spec = requiredSpec(v, m.resolver);
    if (spec?.startsWith('.')) set(name, { reexport: spec, name: [] });
    else {
      const u = unwrap(v);
      const ref = u?.type === 'MemberExpression' || u?.type === 'Identifier' ? importRef(m.resolver, u) : undefined;
      set(name, ref ? { reexport: ref.spec, name: ref.path } : { node: v });
    }
  };
  for (const s of m.ast.body) {
    if (s.type === 'ExportNamedDeclaration') {
      const d = s.declaration;
      if (d && (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) set(d.id.name, { node: d });
      else if (d?.type === 'VariableDeclaration') {
        for (const v of d.declarations) if (v.id.type === 'Identifier' && v.init) set(v.id.name, { node: v.init });
      }
      for (const sp of s.specifiers) {
        const local = sp.local.type === 'Identifier' ? sp.local.name : String(sp.local.value);
        const exported = sp.exported.type === 'Identifier' ? sp.exported.name : String(sp.exported.value);
        const name = exported === 'default' ? '' : exported;
        if (s.source) set(name, { reexport: String(s.source.value), name: local === 'default' ? [] : [local] });
        else if (sp.local.type === 'Identifier') setValue(name, sp.local);
      }
    } else if (s.type === 'ExportAllDeclaration') {
      if (s.exported)
        set((s.exported as { name?: string; value?: unknown }).name ?? String((s.exported as { value?: unknown }).value), {
          reexport: String(s.source.value),
          name: [],
        });
      else stars.push(String(s.source.value));
    } else if (s.type === 'ExportDefaultDeclaration') set('', { node: s.declaration as Node });
    else if (s.type === 'ExpressionStatement') {
      const e = unwrap(s.expression);
      if (e?.type === 'AssignmentExpression' && e.operator === '=') {
        // `exports.a = exports.b = void 0` (tsc's hoisted declarations) assigns nothing; the later assignment counts
        for (let a: Node | undefined = e; a?.type === 'AssignmentExpression' && a.operator === '='; a = unwrap(a.right)) {
          const target = exportTarget(m, a.left);
          const right = unwrap(a.right);
          if (target === undefined || !right || right.type === 'AssignmentExpression' || (right.type === 'UnaryExpression' && right.operator === 'void'))
            continue;
          if (target === '') {
            if (right.type === 'ObjectExpression') {
              for (const p of right.properties) if (p.type === 'Property' && propertyName(p) !== undefined) setValue(propertyName(p)!, p.value);
            }
            setValue('', right);
          } else setValue(target, right);
        }
      } else if (e?.type === 'CallExpression') {
        const callee = unwrap(e.callee);
        const name = callee?.type === 'Identifier' ? callee.name : callee?.type === 'MemberExpression' ? propertyName(callee) : undefined;
        // tsc `__exportStar(require("./x"), exports)`, esbuild `__reExport`; and
        // `Object.defineProperty(exports, "f", { enumerable: true, get: function () { return x_1.f; } })`
        if (name && /^(__exportStar|_export_star|__reExport)$/.test(name)) {
          const spec = requiredSpec(e.arguments[0], m.resolver) ?? requiredSpec(e.arguments[1], m.resolver);
          if (spec?.startsWith('.')) stars.push(spec);
        } else if (name === 'defineProperty' && exportTarget(m, e.arguments[0]) === '') {
          const key = constValue(e.arguments[1], m.resolver);
          const desc = unwrap(e.arguments[2]);
          if (typeof key === 'string' && key !== '__esModule' && desc?.type === 'ObjectExpression') {
            for (const p of desc.properties) {
              if (p.type !== 'Property') continue;
              const k = propertyName(p);
              const f = unwrap(p.value);
              if (k === 'value') setValue(key, p.value);
              else if (k === 'get' && f && isFunctionNode(f)) {
                const body = (f as Fn).body;
                const ret =
                  body?.type === 'BlockStatement' ? body.body.find((x): x is TSESTree.ReturnStatement => x.type === 'ReturnStatement')?.argument : body;
                if (ret) setValue(key, ret);
              }
            }
          }
        }
      }
    }
  }
  return { named, stars };
}

/** `module.exports` → '', `exports.f` / `module.exports.f` → 'f'; undefined for anything else. */
function exportTarget(m: Module, node: Node | undefined): string | undefined {
  const n = unwrap(node);
  if (!n) return undefined;
  if (n.type === 'Identifier') return n.name === 'exports' && m.resolver.isGlobal(n) ? '' : undefined;
  if (n.type !== 'MemberExpression') return undefined;
  const o = unwrap(n.object);
  const prop = propertyName(n);
  if (o?.type === 'Identifier' && o.name === 'module' && m.resolver.isGlobal(o)) return prop === 'exports' ? '' : undefined;
  const inner = exportTarget(m, o);
  if (inner === '' && prop !== undefined) return prop === 'default' ? '' : prop;
  return undefined;
}
