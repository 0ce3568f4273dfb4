// Per-file scope and import resolver over the typescript-estree AST.
// Rules ask it what an expression refers to ("eval", "child_process.exec", "vm.Script") instead of matching names.
import type { TSESTree } from '@typescript-eslint/types';
import { builtinModules } from 'node:module';
import {
  ON_ENTER,
  ON_EXIT,
  SCOPES,
  WALK_ARGUMENT,
  WALK_BODY,
  WALK_CALL,
  WALK_DECLARATIONS,
  WALK_DECLARATOR,
  WALK_EXPRESSION,
  WALK_IDENTIFIER,
  WALK_KEY_VALUE,
  WALK_LEFT_RIGHT,
  WALK_MEMBER,
  WALK_PROPERTIES,
  plansFor,
  type Listeners,
  type Plan,
} from './walk-plan.js';
import { constValue, normaliseModule, propertyName, unwrap, interopName, type Binding, type BindingKind } from './values.js';
export { CHILD_KEYS, type Listeners } from './walk-plan.js';
export {
  constValue,
  looseConstValue,
  normaliseModule,
  propertyName,
  unwrap,
  interopName,
  INTEROP_HELPERS,
  type Binding,
  type BindingKind,
  type ValueLookup,
} from './values.js';

type Node = TSESTree.Node;

interface Scope {
  node: Node;
  parent: Scope | undefined;
  /** Function-level scope (var and function declarations land here). */
  isFunction: boolean;
  /** Made at the first declaration: most scopes declare nothing. */
  bindings: Map<string, Binding> | undefined;
}

const NO_PATH: readonly string[] = [];

/** What a declaration adds to its binding beyond name, kind and identifier. */
type BindingExtra = Pick<Binding, 'init' | 'path' | 'importSource' | 'importName' | 'fn'>;
const NO_EXTRA: BindingExtra = {};

const BUILTIN_MODULES: ReadonlySet<string> = new Set(builtinModules.map(normaliseModule));

const GLOBAL_OBJECTS = new Set(['globalThis', 'window', 'global', 'self']);

/** `__importDefault(require('x'))`, directly or through a `const`/`var` bound once to it. */
function isInterop(node: Node | null | undefined, resolver: Resolver, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 4) return false;
  if (n.type === 'CallExpression') return !!interopName(n.callee);
  if (n.type !== 'Identifier') return false;
  const b = resolver.binding(n);
  return (
    !!b &&
    (b.kind === 'const' || b.kind === 'var' || b.kind === 'let') &&
    b.writes === 0 &&
    !!b.init &&
    !b.path?.length &&
    isInterop(b.init, resolver, depth + 1)
  );
}

/**
 * Parent pointers live in a symbol-keyed field of each node, set once by the build. (They used to overwrite the
 * node's `loc` slot to save an allocation; measured on a nothing-skipped scan of 16 MB of real packages, the symbol
 * field costs nothing measurable, CPU ratio 0.96–0.99, where a WeakMap cost 11 %.) Nodes the build does not walk
 * (type positions) have none.
 */
const PARENT = Symbol('flowguard.parent');
type Linked = { [PARENT]?: Node | undefined };
/** The children the build reads by name (see `NAMED_WALKS`); any of them may be missing or null in a damaged tree. */
interface Children {
  decorators?: unknown[];
  object?: unknown;
  property?: unknown;
  callee?: unknown;
  arguments?: unknown;
  left?: unknown;
  right?: unknown;
  key?: unknown;
  value?: unknown;
  id?: unknown;
  init?: unknown;
  expression?: unknown;
  argument?: unknown;
  body?: unknown;
  declarations?: unknown;
  properties?: unknown;
}
const parentOf = (node: Node): Node | undefined => (node as Linked)[PARENT];

/** Node types whose enter or exit the code rules listen to: the build records them in walk order. */

/** Whether `hoist` would declare anything but a `var` in the list's own scope. */
function declaresLexically(body: readonly Node[]): boolean {
  for (let i = 0; i < body.length; i++) {
    let s: Node = body[i]!;
    if ((s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') && s.declaration) s = s.declaration;
    switch (s.type) {
      case 'VariableDeclaration':
        if (s.kind !== 'var') return true;
        break;
      case 'FunctionDeclaration':
      case 'ClassDeclaration':
      case 'ImportDeclaration':
      case 'TSImportEqualsDeclaration':
      case 'TSEnumDeclaration':
      case 'TSModuleDeclaration':
        return true;
      default:
        break;
    }
  }
  return false;
}

/**
 * One pass over the AST builds everything the code rules and the taint engine need: parent pointers, scopes and
 * bindings, write counts, the nodes the rules listen to (so the rules need no walk of their own), and the
 * assignments and calls the taint engine indexes.
 */
export class Resolver {
  /** Scope of each scope-creating node; an identifier's scope is that of its nearest such ancestor. */
  private readonly scopeOfNode = new Map<Node, Scope>();
  private readonly root: Scope;
  /** Writes met during the build, counted once every declaration of the file is known (`x = 1; var x`). */
  private writeTargets: Node[] = [];
  private writeScopes: Scope[] = [];
  /** The listened-to nodes in walk order (enter in pre-order, exit in post-order); `exits` holds the exit indexes. */
  readonly events: Node[] = [];
  readonly exits: number[] = [];
  /** Assignments and calls in walk order (the taint engine's definition and call-site index). */
  readonly flowNodes: (TSESTree.AssignmentExpression | TSESTree.CallExpression)[] = [];
  /** What the build does at each node type: one lookup per node (see `plansFor`). */
  private readonly plans: ReadonlyMap<string, Plan>;

  constructor(
    readonly ast: TSESTree.Program,
    listeners?: Listeners,
  ) {
    this.plans = plansFor(listeners);
    this.root = { node: ast, parent: undefined, isFunction: true, bindings: undefined };
    this.scopeOfNode.set(ast, this.root);
    this.build(ast, undefined, this.root);
    const { writeTargets, writeScopes } = this;
    for (let i = 0; i < writeTargets.length; i++) this.countWrite(writeTargets[i]!, writeScopes[i]!);
    this.writeTargets = [];
    this.writeScopes = [];
  }

  parent(node: Node): Node | undefined {
    return parentOf(node);
  }

  /** The binding an identifier reference resolves to, or undefined for a global (or unknown) name. */
  binding(id: TSESTree.Identifier): Binding | undefined {
    let scope: Scope | undefined = this.enclosingScope(id);
    while (scope) {
      const b = scope.bindings?.get(id.name);
      if (b) return b;
      scope = scope.parent;
    }
    return undefined;
  }

  /** True when the identifier is not declared anywhere in the file (so it is the global of that name). */
  isGlobal(id: TSESTree.Identifier): boolean {
    return this.binding(id) === undefined;
  }

  /**
   * What an expression refers to, as a canonical dotted name: globals by name (`eval`, `Function`,
   * `process.env`), module exports by module (`child_process.exec`, `vm.Script`, `fs`), with aliases,
   * destructuring, `require`, imports, `globalThis`/`window` members, `(0, eval)`, optional chains and
   * `util.promisify` seen through. Undefined for locals and anything not statically known.
   */
  canonical(node: Node | null | undefined, depth = 0): string | undefined {
    const n = unwrap(node);
    if (!n || depth > 12) return undefined;
    if (depth > 0) return this.resolveCanonical(n, depth);
    // Several rules ask about the callee of every call: answer each node once (the AST does not change).
    let c = this.canonicals.get(n);
    if (c === undefined) {
      c = this.resolveCanonical(n, 0) ?? null;
      if (c !== null && c.startsWith('.') && this.external) c = this.external(n) ?? c;
      this.canonicals.set(n, c);
    }
    return c ?? undefined;
  }

  private readonly canonicals = new Map<Node, string | null>();

  /**
   * What a name another module of the package exports refers to (`execAsync` imported from `./exec` →
   * `child_process.exec`), set by the package graph (src/analyzers/taint/modgraph.ts). Asked only for a top-level
   * canonical name that stays relative (`./exec.execAsync`); undefined keeps that name.
   */
  external: ((node: Node) => string | undefined) | undefined;

  private resolveCanonical(n: Node, depth: number): string | undefined {
    switch (n.type) {
      case 'Identifier': {
        const b = this.binding(n);
        if (!b) {
          // Inside `with (require('child_process')) { execSync(c) }` a free name is first a member of the object.
          const scoped = this.hasWith ? this.withMember(n, depth) : undefined;
          if (scoped) return scoped;
          return GLOBAL_OBJECTS.has(n.name) ? '<global>' : n.name;
        }
        return this.bindingCanonical(b, depth);
      }
      case 'ThisExpression':
        return undefined;
      case 'MemberExpression': {
        const obj = this.canonical(n.object, depth + 1);
        let prop = propertyName(n);
        if (prop === undefined && n.computed) {
          const v = constValue(n.property, this);
          if (typeof v === 'string' || typeof v === 'number') prop = String(v);
        }
        // Any object's constructor chain ends at a function constructor: `[].constructor.constructor`,
        // `(async () => {}).constructor` (AsyncFunction), `Object.getPrototypeOf(function* () {}).constructor`.
        if (prop === 'constructor' && (reachesFunctionConstructor(n.object, this) || (obj !== undefined && GLOBAL_CONSTRUCTORS.has(obj)))) return 'Function';
        if (!obj || prop === undefined) return undefined;
        if (obj === '<global>') return GLOBAL_OBJECTS.has(prop) ? '<global>' : prop;
        // The interop TypeScript and Babel emit: `__importDefault(require('fs')).default` is the module itself.
        if (prop === 'default' && isInterop(n.object, this)) return obj;
        return `${obj}.${prop}`;
      }
      case 'CallExpression': {
        const callee = this.canonical(n.callee, depth + 1);
        // A module by name: `require('fs')`, `process.getBuiltinModule('child_process')`, CommonJS `module.require`;
        // Node's internal bindings (`process.binding('spawn_sync')`) are named apart from the public modules.
        const loader = moduleLoader(callee, n, this);
        if (loader && n.arguments.length >= 1) {
          const spec = constValue(n.arguments[0], this);
          if (typeof spec !== 'string') return undefined;
          return loader === 'binding' ? `process.binding.${spec}` : normaliseModule(spec);
        }
        const fnCallee = unwrap(n.callee);
        if (interopName(fnCallee) && n.arguments[0]) return this.canonical(n.arguments[0], depth + 1);
        if (fnCallee?.type === 'MemberExpression' && propertyName(fnCallee) === 'bind') return this.canonical(fnCallee.object, depth + 1);
        // ESM: `const require = createRequire(import.meta.url)` is the CommonJS require
        if (callee === 'module.createRequire') return 'require';
        // `pify(fs)` / `bluebird.promisifyAll(fs)` promisify a whole module: its methods keep their names.
        if ((callee === 'util.promisify' || callee === 'promisify' || callee === 'pify' || /(^|\.)promisifyAll$/.test(callee ?? '')) && n.arguments[0]) {
          const inner = this.canonical(n.arguments[0], depth + 1);
          return inner;
        }
        return undefined;
      }
      case 'AwaitExpression':
        if (n.argument.type === 'ImportExpression') {
          const spec = constValue(n.argument.source, this);
          return typeof spec === 'string' ? normaliseModule(spec) : undefined;
        }
        return undefined;
      case 'LogicalExpression':
        return undefined;
      default:
        return undefined;
    }
  }

  /** Set by the walk when the file has a `with` statement (sloppy scripts only): free names may be members. */
  private hasWith = false;

  /** `with (M) { … name … }`: the canonical `M.name` when M is a known module or global, for a free `name`. */
  private withMember(id: TSESTree.Identifier, depth: number): string | undefined {
    let child: Node = id;
    for (let p = parentOf(id); p; child = p, p = parentOf(p)) {
      if (p.type === 'WithStatement' && p.body === child) {
        // only a Node built-in module: its exports are known, and a free `eval` beside another object stays global
        const obj = this.canonical(p.object, depth + 1);
        return obj && BUILTIN_MODULES.has(obj) ? `${obj}.${id.name}` : undefined;
      }
    }
    return undefined;
  }

  private bindingCanonical(b: Binding, depth: number): string | undefined {
    if (b.kind === 'import' && b.importSource) {
      const mod = normaliseModule(b.importSource);
      if (b.importName === '*' || b.importName === 'default') return mod;
      return `${mod}.${b.importName}`;
    }
    if ((b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && b.init && b.writes === 0) {
      const base = this.canonical(b.init, depth + 1);
      if (!base || base === '<global>') {
        if (base === '<global>' && b.path && b.path.length) return b.path.join('.');
        return base;
      }
      return b.path && b.path.length ? `${base}.${b.path.join('.')}` : base;
    }
    if ((b.kind === 'let' || b.kind === 'var') && b.writes > 0 && !b.path) return this.alternateModule(b, depth);
    // `import('child_process').then((cp) => cp.exec(c))` and `.then(({ exec }) => exec(c))`: the first parameter
    // of a callback given to `.then` of a dynamic import with a constant specifier is that module.
    if (b.kind === 'param' && b.fn && b.writes === 0 && (b.fn.type === 'ArrowFunctionExpression' || b.fn.type === 'FunctionExpression')) {
      const first = b.fn.params[0] as Node | undefined;
      const call = parentOf(b.fn);
      if (!first || call?.type !== 'CallExpression' || call.arguments[0] !== b.fn) return undefined;
      const callee = unwrap(call.callee);
      if (callee?.type !== 'MemberExpression' || propertyName(callee) !== 'then') return undefined;
      const target = unwrap(callee.object);
      if (target?.type !== 'ImportExpression') return undefined;
      const spec = constValue(target.source, this);
      if (typeof spec !== 'string') return undefined;
      const path = patternPath(first, b.id);
      return path === undefined ? undefined : [normaliseModule(spec), ...path].join('.');
    }
    return undefined;
  }

  /**
   * `var fs; try { fs = require('graceful-fs') } catch (e) { fs = require('fs') }`: a variable only ever assigned
   * loads of one module family (a drop-in and the module it replaces) is that module.
   */
  private alternateModule(b: Binding, depth: number): string | undefined {
    const memo = this.alternates.get(b);
    if (memo !== undefined) return memo ?? undefined;
    this.alternates.set(b, null);
    const values: Node[] = b.init ? [b.init] : [];
    for (const f of this.flowNodes)
      if (f.type === 'AssignmentExpression' && f.operator === '=' && f.left.type === 'Identifier' && f.left.name === b.name && this.binding(f.left) === b)
        values.push(f.right);
    let out: string | undefined;
    if (values.length === b.writes + (b.init ? 1 : 0) && values.length > 1) {
      const mods = values.map((v) => {
        const c = unwrap(v);
        return c?.type === 'CallExpression' && moduleLoader(this.canonical(c.callee, depth + 1), c, this) ? this.canonical(c, depth + 1) : undefined;
      });
      const family = (m: string | undefined): string | undefined => (m && DROP_INS[m]) ?? m;
      if (mods.every((m) => m !== undefined && family(m) === family(mods[0]))) out = family(mods[0]);
    }
    this.alternates.set(b, out ?? null);
    return out;
  }

  private readonly alternates = new Map<Binding, string | null>();

  private enclosingScope(node: Node): Scope {
    let n: Node | undefined = node;
    while (n) {
      const s = this.scopeOfNode.get(n);
      if (s) return s;
      n = parentOf(n);
    }
    return this.root;
  }

  private functionScope(scope: Scope): Scope {
    let s: Scope = scope;
    while (!s.isFunction && s.parent) s = s.parent;
    return s;
  }

  /** Every binding gets the same fields in the same order (one object shape, so reading them stays cheap). */
  private declare(scope: Scope, id: TSESTree.Identifier, kind: BindingKind, extra: BindingExtra = NO_EXTRA): void {
    const bindings = (scope.bindings ??= new Map());
    if (kind !== 'var' || !bindings.has(id.name)) {
      const { init, path, importSource, importName, fn } = extra;
      bindings.set(id.name, { name: id.name, kind, id, init, path, importSource, importName, writes: 0, fn });
    }
  }

  private declarePattern(scope: Scope, pattern: Node, kind: BindingKind, init: Node | undefined, path: readonly string[] = NO_PATH): void {
    switch (pattern.type) {
      case 'Identifier':
        this.declare(scope, pattern, kind, init ? (path.length ? { init, path: path as string[] } : { init }) : NO_EXTRA);
        break;
      case 'ObjectPattern':
        for (const p of pattern.properties) {
          if (p.type === 'RestElement') this.declarePattern(scope, p.argument, kind, undefined);
          else {
            const key = propertyName(p);
            this.declarePattern(scope, p.value, kind, key !== undefined ? init : undefined, key !== undefined ? [...path, key] : NO_PATH);
          }
        }
        break;
      case 'ArrayPattern':
        for (const el of pattern.elements) if (el) this.declarePattern(scope, el, kind, undefined);
        break;
      case 'AssignmentPattern':
        this.declarePattern(scope, pattern.left, kind, init, path);
        break;
      case 'RestElement':
        this.declarePattern(scope, pattern.argument, kind, undefined);
        break;
      case 'TSParameterProperty':
        this.declarePattern(scope, pattern.parameter, kind, undefined);
        break;
      default:
        break;
    }
  }

  /** Hoist declarations of a statement list into the right scopes before walking it. */
  private hoist(body: readonly Node[], scope: Scope): void {
    for (const stmt of body) {
      let s: Node = stmt;
      if ((s.type === 'ExportNamedDeclaration' || s.type === 'ExportDefaultDeclaration') && s.declaration) s = s.declaration;
      if (s.type === 'FunctionDeclaration' && s.id) this.declare(scope, s.id, 'function', { fn: s });
      else if (s.type === 'ClassDeclaration' && s.id) this.declare(scope, s.id, 'class');
      else if (s.type === 'VariableDeclaration') {
        const target = s.kind === 'var' ? this.functionScope(scope) : scope;
        const kind: BindingKind = s.kind === 'var' ? 'var' : s.kind === 'const' ? 'const' : 'let';
        for (const d of s.declarations) this.declarePattern(target, d.id, kind, d.init ?? undefined);
      } else if (s.type === 'ImportDeclaration') {
        if (s.importKind === 'type') continue;
        for (const spec of s.specifiers) {
          const importName =
            spec.type === 'ImportNamespaceSpecifier'
              ? '*'
              : spec.type === 'ImportDefaultSpecifier'
                ? 'default'
                : spec.imported.type === 'Identifier'
                  ? spec.imported.name
                  : String(spec.imported.value);
          this.declare(scope, spec.local, 'import', { importSource: String(s.source.value), importName });
        }
      } else if (s.type === 'TSImportEqualsDeclaration') {
        const ref = s.moduleReference;
        if (ref.type === 'TSExternalModuleReference' && ref.expression.type === 'Literal') {
          this.declare(scope, s.id, 'import', { importSource: String(ref.expression.value), importName: '*' });
        } else this.declare(scope, s.id, 'other');
      } else if (s.type === 'TSEnumDeclaration' || s.type === 'TSModuleDeclaration') {
        if (s.id.type === 'Identifier') this.declare(scope, s.id, 'other');
      }
      // `var`s nested in blocks and loops are declared in the function scope when the build meets them; bindings
      // are only looked up once the build is over, so a use before the nested declaration still finds it.
    }
  }

  private newScope(node: Node, parent: Scope, isFunction: boolean): Scope {
    const s: Scope = { node, parent, isFunction, bindings: undefined };
    this.scopeOfNode.set(node, s);
    return s;
  }

  private build(node: Node, parentNode: Node | undefined, scope: Scope): void {
    // Recursion: typescript-estree itself fails on nesting long before the JS stack runs out here.
    (node as Linked)[PARENT] = parentNode;
    const plan = this.plans.get(node.type);
    if (plan === undefined) return; // a leaf the rules do not listen to (literals, `this`, template parts)
    const flags = plan.flags;
    if ((flags & ON_ENTER) !== 0) this.events.push(node);
    const inner = (flags & SCOPES) !== 0 ? this.enter(node, parentNode, scope) : scope;
    const n = node as unknown as Record<string, Node | (Node | null)[] | null | undefined> & Children;
    switch (plan.walk) {
      case WALK_IDENTIFIER:
        if (n.decorators != null && n.decorators.length !== 0) this.buildList(n.decorators, node, inner);
        break;
      case WALK_MEMBER:
        this.buildChild(n.object, node, inner);
        this.buildChild(n.property, node, inner);
        break;
      case WALK_CALL:
        this.buildChild(n.callee, node, inner);
        this.buildList(n.arguments, node, inner);
        break;
      case WALK_LEFT_RIGHT:
        this.buildChild(n.left, node, inner);
        this.buildChild(n.right, node, inner);
        break;
      case WALK_KEY_VALUE:
        this.buildChild(n.key, node, inner);
        this.buildChild(n.value, node, inner);
        break;
      case WALK_DECLARATOR:
        this.buildChild(n.id, node, inner);
        this.buildChild(n.init, node, inner);
        break;
      case WALK_EXPRESSION:
        this.buildChild(n.expression, node, inner);
        break;
      case WALK_ARGUMENT:
        this.buildChild(n.argument, node, inner);
        break;
      case WALK_BODY:
        this.buildList(n.body, node, inner);
        break;
      case WALK_DECLARATIONS:
        this.buildList(n.declarations, node, inner);
        break;
      case WALK_PROPERTIES:
        this.buildList(n.properties, node, inner);
        break;
      default: {
        const keys = plan.keys;
        for (let k = 0; k < keys.length; k++) {
          const child = n[keys[k]!];
          if (child == null) continue;
          if (Array.isArray(child)) this.buildList(child, node, inner);
          else this.buildChild(child, node, inner);
        }
      }
    }
    if ((flags & ON_EXIT) !== 0) {
      this.exits.push(this.events.length);
      this.events.push(node);
    }
  }

  private buildChild(child: unknown, node: Node, scope: Scope): void {
    if (child != null && typeof (child as Node).type === 'string') this.build(child as Node, node, scope);
  }

  private buildList(list: unknown, node: Node, scope: Scope): void {
    if (!Array.isArray(list)) return this.buildChild(list, node, scope);
    for (let i = 0; i < list.length; i++) {
      const c = list[i] as Node | null;
      if (c != null && typeof c.type === 'string') this.build(c, node, scope);
    }
  }

  /** What a node of a `SCOPING` type adds: a scope, declarations, a write; returns the scope of its children. */
  private enter(node: Node, parentNode: Node | undefined, scope: Scope): Scope {
    let inner = scope;
    switch (node.type) {
      case 'Program':
        this.hoist(node.body, scope);
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
      case 'TSDeclareFunction':
      case 'TSEmptyBodyFunctionExpression': {
        inner = this.newScope(node, scope, true);
        if (node.type === 'FunctionExpression' && node.id) this.declare(inner, node.id, 'function', { fn: node });
        for (const p of node.params) this.declarePattern(inner, p, 'param', undefined);
        if (node.params.length) this.markParamFn(inner, node);
        if (node.body && node.body.type === 'BlockStatement') this.hoist(node.body.body, inner);
        break;
      }
      case 'BlockStatement':
        if (
          parentNode &&
          (parentNode.type === 'FunctionDeclaration' || parentNode.type === 'FunctionExpression' || parentNode.type === 'ArrowFunctionExpression')
        )
          break;
        // A block that declares nothing of its own (most `if` and loop bodies) needs no scope: its `var`s go to the
        // function's scope either way, and a lookup would pass an empty scope by.
        if (!declaresLexically(node.body)) break;
        inner = this.newScope(node, scope, false);
        this.hoist(node.body, inner);
        break;
      case 'WithStatement':
        this.hasWith = true;
        break;
      case 'StaticBlock':
        inner = this.newScope(node, scope, true);
        this.hoist(node.body, inner);
        break;
      case 'SwitchStatement':
        if (!node.cases.some((c) => declaresLexically(c.consequent))) break;
        inner = this.newScope(node, scope, false);
        for (const c of node.cases) this.hoist(c.consequent, inner);
        break;
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement': {
        const decl = node.type === 'ForStatement' ? node.init : node.left;
        if (decl && decl.type === 'VariableDeclaration' && decl.kind !== 'var') {
          inner = this.newScope(node, scope, false);
          for (const d of decl.declarations) this.declarePattern(inner, d.id, decl.kind === 'const' ? 'const' : 'let', undefined);
        }
        break;
      }
      case 'CatchClause':
        inner = this.newScope(node, scope, false);
        if (node.param) this.declarePattern(inner, node.param, 'catch', undefined);
        break;
      case 'ClassExpression':
        if (node.id) {
          inner = this.newScope(node, scope, false);
          this.declare(inner, node.id, 'class');
        }
        break;
      case 'VariableDeclaration':
        if (node.kind === 'var') {
          const fnScope = this.functionScope(scope);
          for (const d of node.declarations) this.declarePattern(fnScope, d.id, 'var', d.init ?? undefined);
        }
        break;
      case 'AssignmentExpression':
        this.writeTargets.push(node.left);
        this.writeScopes.push(scope);
        this.flowNodes.push(node);
        break;
      case 'CallExpression':
        this.flowNodes.push(node);
        break;
      case 'UpdateExpression':
        this.writeTargets.push(node.argument);
        this.writeScopes.push(scope);
        break;
      default:
        break;
    }
    return inner;
  }

  private markParamFn(scope: Scope, fn: Node): void {
    if (scope.bindings) for (const b of scope.bindings.values()) if (b.kind === 'param' && !b.fn) b.fn = fn;
  }

  private countWrite(target: Node, scope: Scope): void {
    const t = unwrap(target);
    if (t?.type === 'Identifier') {
      let s: Scope | undefined = scope;
      while (s) {
        const b = s.bindings?.get(t.name);
        if (b) {
          b.writes++;
          return;
        }
        s = s.parent;
      }
    } else if (t?.type === 'ObjectPattern' || t?.type === 'ArrayPattern') {
      const ids: TSESTree.Identifier[] = [];
      collectPatternIds(t, ids);
      for (const id of ids) this.countWrite(id, scope);
    }
  }
}

/** Whether a call with this canonical callee loads a module by its name (`module`) or an internal binding. */
/** Drop-in replacements of a module, named by the module they replace. */
const DROP_INS: Record<string, string> = { 'graceful-fs': 'fs', 'original-fs': 'fs', 'fs-extra': 'fs' };

function moduleLoader(callee: string | undefined, call: TSESTree.CallExpression, resolver: Resolver): 'module' | 'binding' | undefined {
  if (callee === 'require' || callee === 'process.getBuiltinModule') return 'module';
  // the CommonJS `module` object's own require, not a member of something imported as `module`
  if (callee === 'module.require')
    return call.callee.type === 'MemberExpression' && call.callee.object.type === 'Identifier' && resolver.isGlobal(call.callee.object) ? 'module' : undefined;
  if (callee === 'process.binding' || callee === 'process._linkedBinding') return 'binding';
  return undefined;
}

/** The property path from a parameter pattern to one identifier it declares (`{ exec }` → ['exec']), or undefined. */
function patternPath(pattern: Node, id: TSESTree.Identifier): string[] | undefined {
  if (pattern === id) return [];
  if (pattern.type === 'AssignmentPattern') return patternPath(pattern.left, id);
  if (pattern.type !== 'ObjectPattern') return undefined;
  for (const p of pattern.properties) {
    if (p.type !== 'Property') continue;
    const key = propertyName(p);
    if (key === undefined) continue;
    const rest = patternPath(p.value, id);
    if (rest) return [key, ...rest];
  }
  return undefined;
}

/** Global constructors (and `Function.prototype`) whose `.constructor` is Function. */
const GLOBAL_CONSTRUCTORS = new Set([
  'Function',
  'Function.prototype',
  'Object',
  'Array',
  'String',
  'Number',
  'Boolean',
  'Symbol',
  'Promise',
  'RegExp',
  'Date',
  'Error',
  'Map',
  'Set',
]);

const FUNCTION_NODES = new Set(['FunctionExpression', 'ArrowFunctionExpression', 'FunctionDeclaration', 'ClassExpression']);

/**
 * True when `node.constructor` is a function constructor (Function, AsyncFunction, GeneratorFunction): `node` is
 * itself a `.constructor` (every constructor's constructor is Function), a function or class expression, or
 * `Object.getPrototypeOf`/`Reflect.getPrototypeOf` of one.
 */
function reachesFunctionConstructor(node: Node, resolver: Resolver): boolean {
  const n = unwrap(node);
  if (!n) return false;
  if (n.type === 'MemberExpression' && propertyName(n) === 'constructor') return true;
  if (FUNCTION_NODES.has(n.type)) return true;
  if (n.type === 'CallExpression' && n.arguments.length === 1) {
    const callee = resolver.canonical(n.callee);
    if (callee === 'Object.getPrototypeOf' || callee === 'Reflect.getPrototypeOf') {
      const arg = unwrap(n.arguments[0]);
      return !!arg && FUNCTION_NODES.has(arg.type);
    }
  }
  if (n.type === 'MemberExpression' && propertyName(n) === 'prototype') {
    const obj = unwrap(n.object);
    return !!obj && FUNCTION_NODES.has(obj.type);
  }
  return false;
}

export function collectPatternIds(p: Node, out: TSESTree.Identifier[]): void {
  switch (p.type) {
    case 'Identifier':
      out.push(p);
      break;
    case 'ObjectPattern':
      for (const prop of p.properties) collectPatternIds(prop.type === 'RestElement' ? prop.argument : prop.value, out);
      break;
    case 'ArrayPattern':
      for (const el of p.elements) if (el) collectPatternIds(el, out);
      break;
    case 'AssignmentPattern':
      collectPatternIds(p.left, out);
      break;
    case 'RestElement':
      collectPatternIds(p.argument, out);
      break;
    default:
      break;
  }
}
