// Definitions and call sites of one file, for the taint engine: where a binding is declared (its initialiser and
// destructuring path, or its parameter slot), which definitions reach a read, the same-file function a callee names
// and who calls it. Kept apart from the engine for size; the engine answers its queries from one instance per file.
import type { TSESTree } from '@typescript-eslint/types';
import type { Binding, Resolver } from '../code/resolve.js';
import { collectPatternIds, propertyName, unwrap } from '../code/resolve.js';
import { isThis, methodNamed, ownerOf, protoClass } from './classes.js';
import { MUTATORS, memberRoot } from './shapes.js';
import { isFunctionNode } from './sources.js';

type Node = TSESTree.Node;
type Fn = TSESTree.FunctionLike;

export interface Def {
  kind: 'init' | 'param' | 'forOf' | 'assign' | 'mutate';
  pos: number;
  /** The node whose value flows in (initialiser, right-hand side, iterated object, mutation argument). */
  value?: Node;
  /** Property path from the value to the binding (destructuring). */
  path?: string[];
  /** For `assign`: the assignment node (compound operators also keep the old value). */
  node?: Node;
  fn?: Node;
  index?: number;
}

export class Defs {
  private defsByBinding: Map<Binding, Def[]> | undefined;
  private callsByFn: Map<Node, TSESTree.CallExpression[]> | undefined;

  constructor(private readonly resolver: Resolver) {}

  constInit(id: TSESTree.Identifier): Node | undefined {
    const b = this.resolver.binding(id);
    if (!b || b.writes !== 0) return undefined;
    const d = this.declInfo(b);
    return d && !d.path.length ? unwrap(d.init) : undefined;
  }

  sameFileFunction(callee: Node): Fn | undefined {
    const c = unwrap(callee);
    if (c?.type === 'MemberExpression') return this.methodOf(c);
    if (c?.type !== 'Identifier') return undefined;
    const b = this.resolver.binding(c);
    if (!b) return undefined;
    if (b.kind === 'function' && b.fn && isFunctionNode(b.fn)) return b.fn;
    if ((b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.writes === 0 && !b.path) {
      const init = unwrap(b.init);
      if (isFunctionNode(init)) return init;
    }
    return undefined;
  }

  /** `this.read(x)`, `svc.read(x)` with `const svc = new Service()`, `api.read(x)` with `const api = { read(p) {…} }`. */
  methodOf(callee: TSESTree.MemberExpression): Fn | undefined {
    const name = propertyName(callee);
    if (name === undefined) return undefined;
    const recv = unwrap(callee.object);
    let holder: Node | undefined;
    // `this.read(p)` in a class method or an ES5 prototype method, also as `that.read(p)` after `var that = this`.
    const self = isThis(recv, this.resolver);
    const owner = self && ownerOf(self, this.resolver);
    if (self) return owner === undefined ? undefined : methodNamed(owner, name, this.resolver);
    if (recv?.type === 'Identifier') {
      const init = this.constInit(recv);
      if (init?.type === 'ObjectExpression') holder = init;
      else if (init?.type === 'NewExpression' && init.callee.type === 'Identifier') {
        const b = this.resolver.binding(init.callee);
        const decl = b?.kind === 'class' ? this.resolver.parent(b.id) : undefined;
        if (decl && (decl.type === 'ClassDeclaration' || decl.type === 'ClassExpression')) holder = decl.body;
        else if (b?.kind === 'function' && protoClass(init.callee.name, this.resolver)) return methodNamed(init.callee.name, name, this.resolver);
      }
    }
    if (holder?.type === 'ClassBody') {
      for (const m of holder.body) if (m.type === 'MethodDefinition' && m.kind === 'method' && propertyName(m) === name) return m.value;
    } else if (holder?.type === 'ObjectExpression') {
      for (const p of holder.properties) if (p.type === 'Property' && propertyName(p) === name && isFunctionNode(unwrap(p.value))) return unwrap(p.value) as Fn;
    }
    return undefined;
  }

  /** Where a binding is declared: its initialiser and the destructuring path to it. */
  declInfo(b: Binding): { init: Node | undefined; path: string[]; forOf: boolean } | undefined {
    const path: string[] = [];
    let child: Node = b.id;
    let p = this.resolver.parent(child);
    for (let i = 0; p && i < 12; i++) {
      if (p.type === 'Property' && p.value === child) path.unshift(propertyName(p) ?? '*');
      else if (p.type === 'ArrayPattern') path.unshift('*');
      else if (p.type === 'VariableDeclarator') {
        if (p.id !== child) return undefined;
        const decl = this.resolver.parent(p);
        const loop = decl && this.resolver.parent(decl);
        if (loop && (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') && loop.left === decl) return { init: loop.right, path, forOf: true };
        return { init: p.init ?? undefined, path, forOf: false };
      } else if (p.type !== 'ObjectPattern' && p.type !== 'AssignmentPattern' && p.type !== 'RestElement') return undefined;
      child = p;
      p = this.resolver.parent(p);
    }
    return undefined;
  }

  paramInfo(b: Binding): { fn: Node; index: number; path: string[] } | undefined {
    const fn = b.fn;
    if (!fn) return undefined;
    const params = (fn as Fn).params as Node[];
    const path: string[] = [];
    let child: Node = b.id;
    for (let i = 0; i < 12; i++) {
      const idx = params.indexOf(child);
      if (idx >= 0) return { fn, index: idx, path };
      const p = this.resolver.parent(child);
      if (!p) return undefined;
      if (p.type === 'Property' && p.value === child) path.unshift(propertyName(p) ?? '*');
      else if (p.type === 'ArrayPattern') path.unshift('*');
      else if (p.type === 'TSParameterProperty') {
        const j = params.indexOf(p);
        return j >= 0 ? { fn, index: j, path } : undefined;
      }
      child = p;
    }
    return undefined;
  }

  /**
   * The definitions that may reach `use`: walking back from the last one before it to the declaration, stopping at
   * an assignment that dominates the use. With none before it (a use in a loop or a callback), all of them.
   */
  reachingDefs(b: Binding, use: Node): readonly Def[] {
    const all = this.defIndex().get(b) ?? NO_DEFS;
    const first = this.firstDef(b);
    const at = use.range[0];
    // `all` is sorted by position: binary search for the number of definitions before the use, so a variable
    // written thousands of times (generated code) costs a logarithm per use, not a copy of the list.
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (all[mid]!.pos < at) lo = mid + 1;
      else hi = mid;
    }
    const firstBefore = !!first && first.pos < at;
    if (lo === 0 && !firstBefore) return first ? [first, ...all] : all;
    const out: Def[] = [];
    const branches = new Map<Node, number>();
    for (let i = lo - 1; i >= 0; i--) {
      const d = all[i]!;
      // `p = decodeURIComponent(p)`: the `p` read on the right is the value before this assignment.
      if (d.kind === 'assign' && d.node && at < d.node.range[1]) continue;
      out.push(d);
      if (
        d.kind === 'assign' &&
        (d.node as TSESTree.AssignmentExpression).operator === '=' &&
        (this.dominates(d.node!, use) || this.bothBranches(d.node!, use, branches))
      )
        return out;
    }
    if (firstBefore) out.push(first);
    return out;
  }

  valuesAt(id: TSESTree.Identifier): readonly Node[] | undefined {
    const b = this.resolver.binding(id);
    const defs = b && this.reachingDefs(b, id);
    if (
      !defs?.length ||
      defs.some((d) => !d.value || d.path?.length || (d.kind !== 'init' && (d.kind !== 'assign' || (d.node as TSESTree.AssignmentExpression).operator !== '=')))
    )
      return undefined;
    return defs.map((d) => d.value!);
  }

  private readonly firstDefs = new Map<Binding, Def | null>();
  private firstDef(b: Binding): Def | undefined {
    const memo = this.firstDefs.get(b);
    if (memo !== undefined) return memo ?? undefined;
    let d: Def | undefined;
    if (b.kind === 'param') {
      const info = this.paramInfo(b);
      if (info) d = { kind: 'param', pos: b.id.range[0], fn: info.fn, index: info.index, path: info.path };
    } else {
      const info = this.declInfo(b);
      if (info?.init) d = { kind: info.forOf ? 'forOf' : 'init', pos: b.id.range[0], value: info.init, path: info.path };
    }
    this.firstDefs.set(b, d ?? null);
    return d;
  }

  /** An assignment statement dominates a later use when it sits directly in a block that encloses the use. */
  /** `if (c) { x = a } else { x = b }` before the use: with both branches seen, nothing before the `if` reaches it. */
  private bothBranches(assign: Node, use: Node, seen: Map<Node, number>): boolean {
    const stmt = this.resolver.parent(assign);
    let arm: Node | undefined = stmt?.type === 'ExpressionStatement' ? stmt : undefined;
    let s = arm && this.resolver.parent(arm);
    if (s?.type === 'BlockStatement') [arm, s] = [s, this.resolver.parent(s)];
    if (!arm || s?.type !== 'IfStatement') return false;
    const side = s.consequent === arm ? 1 : s.alternate === arm ? 2 : 0;
    const both = (seen.get(s) ?? 0) | side;
    seen.set(s, both);
    if (both !== 3) return false;
    const outer = this.resolver.parent(s);
    for (let n: Node | undefined = use; n; n = this.resolver.parent(n)) if (n === outer) return true;
    return false;
  }

  private dominates(assign: Node, use: Node): boolean {
    const stmt = this.resolver.parent(assign);
    if (stmt?.type !== 'ExpressionStatement') return false;
    const block = this.resolver.parent(stmt);
    if (!block) return false;
    for (let n: Node | undefined = use; n; n = this.resolver.parent(n)) if (n === block) return true;
    return false;
  }

  private defIndex(): Map<Binding, Def[]> {
    if (!this.defsByBinding) this.buildIndex();
    return this.defsByBinding!;
  }

  /** Same-file call sites of `fn`. */
  callsTo(fn: Node): readonly TSESTree.CallExpression[] | undefined {
    if (!this.callsByFn) this.buildIndex();
    return this.callsByFn!.get(fn);
  }

  /** One pass over the file: assignments and mutations per binding, call sites per same-file function. */
  private buildIndex(): void {
    const defs = new Map<Binding, Def[]>();
    const calls = new Map<Node, TSESTree.CallExpression[]>();
    const add = (id: TSESTree.Identifier, d: Def): void => {
      const b = this.resolver.binding(id);
      if (!b) return;
      const list = defs.get(b);
      if (list) list.push(d);
      else defs.set(b, [d]);
    };
    // The resolver's pass collected every assignment and call in walk order.
    for (const n of this.resolver.flowNodes) {
      if (n.type === 'AssignmentExpression') {
        const left = unwrap(n.left);
        if (left?.type === 'Identifier') add(left, { kind: 'assign', pos: n.range[0], value: n.right, node: n });
        else if (left?.type === 'ObjectPattern' || left?.type === 'ArrayPattern') {
          const ids: TSESTree.Identifier[] = [];
          collectPatternIds(left, ids);
          for (const id of ids) add(id, { kind: 'mutate', pos: n.range[0], value: n.right });
        } else if (left?.type === 'MemberExpression') {
          const root = memberRoot(left);
          if (root) add(root, { kind: 'mutate', pos: n.range[0], value: n.right });
        }
      } else {
        const callee = unwrap(n.callee);
        const method = callee?.type === 'MemberExpression' ? this.methodOf(callee) : undefined;
        if (method) {
          const list = calls.get(method);
          if (list) list.push(n);
          else calls.set(method, [n]);
        }
        if (callee?.type === 'Identifier') {
          const fn = this.sameFileFunction(callee);
          if (fn) {
            const list = calls.get(fn);
            if (list) list.push(n);
            else calls.set(fn, [n]);
          }
        } else if (callee?.type === 'MemberExpression' && MUTATORS.has(propertyName(callee) ?? '')) {
          const root = memberRoot(callee.object);
          if (root) for (const a of n.arguments) add(root, { kind: 'mutate', pos: n.range[0], value: a });
        }
      }
    }
    for (const list of defs.values()) list.sort((a, b) => a.pos - b.pos);
    this.defsByBinding = defs;
    this.callsByFn = calls;
  }
}

const NO_DEFS: readonly Def[] = [];
