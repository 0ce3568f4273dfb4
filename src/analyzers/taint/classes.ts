// What `this` is in a method, for the taint engine: the class (ES `class` bodies) or the constructor function whose
// prototype holds the method (`Server.prototype.serve = function (req) { this.servePath(p) }`, the ES5 shape of
// node-static, send and most older npm libraries), through `var that = this` and `function () {…}.bind(this)`.
// The engine asks for a method by name (`this.servePath`) and for the writes of a field (`this.path = path`).
import type { TSESTree } from '@typescript-eslint/types';
import type { Resolver } from '../code/resolve.js';
import { CHILD_KEYS, propertyName, unwrap } from '../code/resolve.js';

type Node = TSESTree.Node;
type Fn = TSESTree.FunctionLike;

/** A class body, or the name of a constructor function whose prototype methods are assigned in the file. */
export type Owner = TSESTree.ClassBody | string;

interface Protos {
  /** Constructor name → method name → function. */
  methods: Map<string, Map<string, Fn>>;
  /** The functions that belong to each constructor: the constructor itself and its prototype methods. */
  owner: Map<Node, string>;
}

const protoIndex = new WeakMap<Resolver, Protos>();

const isFn = (n: Node | undefined): n is TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration =>
  !!n && (n.type === 'FunctionExpression' || n.type === 'ArrowFunctionExpression' || n.type === 'FunctionDeclaration');

/** `X.prototype` → `X`. */
function prototypeOf(n: Node | undefined): string | undefined {
  const u = unwrap(n);
  if (u?.type !== 'MemberExpression' || propertyName(u) !== 'prototype') return undefined;
  const o = unwrap(u.object);
  return o?.type === 'Identifier' ? o.name : undefined;
}

/** Every `X.prototype.m = function …` and `X.prototype = { m() {…} }` of the file, once per file. */
function protos(resolver: Resolver): Protos {
  let p = protoIndex.get(resolver);
  if (p) return p;
  p = { methods: new Map(), owner: new Map() };
  const add = (cls: string, name: string, fn: Fn): void => {
    let m = p.methods.get(cls);
    if (!m) p.methods.set(cls, (m = new Map<string, Fn>()));
    if (!m.has(name)) m.set(name, fn);
    p.owner.set(fn, cls);
  };
  for (const n of resolver.flowNodes) {
    if (n.type !== 'AssignmentExpression' || n.operator !== '=') continue;
    const left = unwrap(n.left);
    const right = unwrap(n.right);
    if (left?.type !== 'MemberExpression') continue;
    const direct = prototypeOf(left.object);
    const name = propertyName(left);
    if (direct && name !== undefined && isFn(right)) add(direct, name, right);
    const whole = prototypeOf(left);
    if (whole && right?.type === 'ObjectExpression') {
      for (const prop of right.properties) {
        const v = prop.type === 'Property' ? unwrap(prop.value) : undefined;
        const k = prop.type === 'Property' ? propertyName(prop) : undefined;
        if (k !== undefined && isFn(v)) add(whole, k, v);
      }
    }
  }
  // The constructor itself: `function Server(root) { this.root = root }` beside `Server.prototype.…`.
  for (const cls of p.methods.keys()) {
    for (const s of resolver.ast.body) {
      const d = s.type === 'ExportNamedDeclaration' && s.declaration ? s.declaration : s;
      if (d.type === 'FunctionDeclaration' && d.id?.name === cls) p.owner.set(d, cls);
    }
  }
  protoIndex.set(resolver, p);
  return p;
}

/** `function () {…}.bind(this)`: the callback's `this` is the enclosing one. */
function boundToThis(fn: Node, resolver: Resolver): boolean {
  const m = resolver.parent(fn);
  if (m?.type !== 'MemberExpression' || m.object !== fn || propertyName(m) !== 'bind') return false;
  const call = resolver.parent(m);
  return call?.type === 'CallExpression' && unwrap(call.arguments[0])?.type === 'ThisExpression';
}

/** The function whose `this` a node sees (arrows and `.bind(this)` callbacks see their parent's). */
export function thisFunction(node: Node, resolver: Resolver): Node | undefined {
  for (let n = resolver.parent(node); n; n = resolver.parent(n)) {
    if (n.type === 'ClassBody') return n;
    if (n.type === 'FunctionExpression' || n.type === 'FunctionDeclaration') {
      if (boundToThis(n, resolver)) continue;
      return n;
    }
  }
  return undefined;
}

/** What `this` is at a node: the class or constructor its method belongs to. */
export function ownerOf(node: Node, resolver: Resolver): Owner | undefined {
  const fn = thisFunction(node, resolver);
  if (!fn) return undefined;
  if (fn.type === 'ClassBody') return fn;
  const p = resolver.parent(fn);
  if (p?.type === 'MethodDefinition' || p?.type === 'PropertyDefinition') {
    const body = resolver.parent(p);
    return body?.type === 'ClassBody' ? body : undefined;
  }
  return protos(resolver).owner.get(fn);
}

/** `this`, or a name for it (`var that = this`, `const self = this`). */
export function isThis(node: Node | undefined, resolver: Resolver): TSESTree.ThisExpression | undefined {
  const n = unwrap(node);
  if (n?.type === 'ThisExpression') return n;
  if (n?.type !== 'Identifier') return undefined;
  const b = resolver.binding(n);
  if (!b || b.writes !== 0 || b.path) return undefined;
  const init = unwrap(b.init);
  return init?.type === 'ThisExpression' ? init : undefined;
}

/** The method `name` of an owner. */
export function methodNamed(owner: Owner, name: string, resolver: Resolver): Fn | undefined {
  if (typeof owner === 'string') return protos(resolver).methods.get(owner)?.get(name);
  for (const m of owner.body) if (m.type === 'MethodDefinition' && m.kind === 'method' && propertyName(m) === name) return m.value;
  return undefined;
}

/** The constructor name a `new X()` makes, when X's prototype methods are in the file. */
export function protoClass(name: string, resolver: Resolver): string | undefined {
  return protos(resolver).methods.has(name) ? name : undefined;
}

const fieldIndex = new WeakMap<Resolver, Map<string, { owner: Owner; value: Node }[]>>();
/** The values written to `this.<field>` in the methods (and constructor) of an owner. */
export function fieldWrites(owner: Owner, field: string, resolver: Resolver): Node[] {
  let idx = fieldIndex.get(resolver);
  if (!idx) {
    idx = new Map();
    for (const n of resolver.flowNodes) {
      if (n.type !== 'AssignmentExpression' || n.operator !== '=') continue;
      const left = unwrap(n.left);
      const self = left?.type === 'MemberExpression' ? isThis(left.object, resolver) : undefined;
      if (!self || left?.type !== 'MemberExpression') continue;
      const name = propertyName(left);
      const o = name === undefined ? undefined : ownerOf(self, resolver);
      if (name === undefined || o === undefined) continue;
      const list = idx.get(name);
      if (list) list.push({ owner: o, value: n.right });
      else idx.set(name, [{ owner: o, value: n.right }]);
    }
    fieldIndex.set(resolver, idx);
  }
  return (idx.get(field) ?? []).filter((w) => w.owner === owner).map((w) => w.value);
}

const newIndex = new WeakMap<Resolver, Map<Node, TSESTree.NewExpression[]>>();
/** `new X(…)` sites of the file by the function declaration X names (constructor calls are no CallExpression). */
export function newSites(fn: Node, resolver: Resolver): readonly TSESTree.NewExpression[] {
  let idx = newIndex.get(resolver);
  if (!idx) {
    idx = new Map();
    const m = idx;
    const visit = (n: Node): void => {
      if (n.type === 'NewExpression' && n.callee.type === 'Identifier') {
        const b = resolver.binding(n.callee);
        if (b?.kind === 'function' && b.fn) {
          const list = m.get(b.fn);
          if (list) list.push(n);
          else m.set(b.fn, [n]);
        }
      }
      for (const k of CHILD_KEYS.get(n.type) ?? []) {
        const v = (n as unknown as Record<string, unknown>)[k];
        if (Array.isArray(v)) for (const c of v) c && typeof (c as Node).type === 'string' && visit(c as Node);
        else if (v && typeof (v as Node).type === 'string') visit(v as Node);
      }
    };
    visit(resolver.ast);
    newIndex.set(resolver, idx);
  }
  return idx.get(fn) ?? [];
}

/** The argument is, as it is, a parameter of `fn` (`send(req, path) { return new SendStream(req, path) }`). */
export function ownParam(arg: Node, fn: Node, resolver: Resolver): boolean {
  const a = unwrap(arg);
  const b = a?.type === 'Identifier' ? resolver.binding(a) : undefined;
  return b?.kind === 'param' && b.fn === fn;
}
