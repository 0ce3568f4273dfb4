// Values the resolver knows without running code: unwrapping casts and sequences, member names, the interop helpers
// compilers emit, and constant folding over literals, templates, `+` and never-reassigned bindings. The binding
// types live here so the resolver (resolve.ts) and the folding share them without an import circle.
import type { TSESTree } from '@typescript-eslint/types';

type Node = TSESTree.Node;

export type BindingKind = 'var' | 'let' | 'const' | 'param' | 'function' | 'class' | 'import' | 'catch' | 'other';

export interface Binding {
  name: string;
  kind: BindingKind;
  /** The declaring identifier. */
  id: TSESTree.Identifier;
  /** Initialiser of a variable declarator (for `const x = init`), when the binding is the whole declarator id. */
  init?: Node;
  /** For destructuring `const { a: b } = init`: the property path from init to this binding (`['a']`). */
  path?: string[];
  /** For imports: the module specifier and the imported name (`default`, `*` for namespace). */
  importSource?: string;
  importName?: string;
  /** Number of writes after the declaration (`x = …`, `x++`). */
  writes: number;
  /** The function node for function declarations and params. */
  fn?: Node;
}

/** What constant folding asks of a scope resolver (the `Resolver` of resolve.ts answers it). */
export interface ValueLookup {
  binding(id: TSESTree.Identifier): Binding | undefined;
  isGlobal(id: TSESTree.Identifier): boolean;
}

export function unwrap(node: Node | null | undefined): Node | undefined {
  let n: Node | null | undefined = node;
  while (n) {
    switch (n.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'TSTypeAssertion':
      case 'TSInstantiationExpression':
      case 'ChainExpression':
        n = n.expression;
        continue;
      case 'SequenceExpression':
        n = n.expressions[n.expressions.length - 1];
        continue;
      default:
        return n;
    }
  }
  return undefined;
}

/** Name of a non-computed member property or a computed one with a constant string. */
export function propertyName(
  node: TSESTree.MemberExpression | TSESTree.Property | TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
): string | undefined {
  const key = node.type === 'MemberExpression' ? node.property : node.key;
  if (!node.computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'PrivateIdentifier') return '#' + key.name;
    if (key.type === 'Literal') return String(key.value);
    return undefined;
  }
  const v = constValue(key, undefined);
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
}

/**
 * The module-interop helpers compilers emit around `require`: tsc `__importDefault`/`__importStar` (also as
 * `tslib.__importDefault`), Babel `_interopRequireDefault`/`_interopRequireWildcard` (and their SWC spellings),
 * esbuild `__toESM`. Each returns the module (or an object whose `default` is it).
 */
export const INTEROP_HELPERS =
  /^(__importDefault|__importStar|_interopRequireDefault|_interopRequireWildcard|__toESM|_interop_require_default|_interop_require_wildcard)$/;

/** The interop helper a callee names, by its name (the helpers are file-local `var`s or `tslib` members). */
export function interopName(callee: Node | null | undefined): string | undefined {
  const c = unwrap(callee);
  const name = c?.type === 'Identifier' ? c.name : c?.type === 'MemberExpression' ? propertyName(c) : undefined;
  return name && INTEROP_HELPERS.test(name) ? name : undefined;
}

export function normaliseModule(spec: string): string {
  return spec.startsWith('node:') ? spec.slice(5) : spec;
}

let looseDepth = 0;

/** Like `constValue`, but a `let` that is never reassigned also counts as constant. */
export function looseConstValue(node: Node | null | undefined, resolver: ValueLookup): unknown {
  looseDepth++;
  try {
    return constValue(node, resolver);
  } finally {
    looseDepth--;
  }
}

/** Constant value of an expression when it is statically known (literals, constant concatenation, const references). */
export function constValue(node: Node | null | undefined, resolver: ValueLookup | undefined, depth = 0): unknown {
  const n = unwrap(node);
  if (!n || depth > 20) return undefined;
  switch (n.type) {
    case 'Literal':
      return 'regex' in n && n.regex ? undefined : n.value;
    case 'TemplateLiteral': {
      let s = n.quasis[0]?.value.cooked ?? '';
      for (let i = 0; i < n.expressions.length; i++) {
        const v = constValue(n.expressions[i], resolver, depth + 1);
        if (v === undefined || (typeof v === 'object' && v !== null)) return undefined;
        // eslint-disable-next-line @typescript-eslint/no-base-to-string -- objects were refused just above
        s += String(v) + (n.quasis[i + 1]?.value.cooked ?? '');
      }
      return s;
    }
    case 'BinaryExpression': {
      if (n.operator !== '+') return undefined;
      const a = constValue(n.left, resolver, depth + 1);
      const b = constValue(n.right, resolver, depth + 1);
      if (a === undefined || b === undefined) return undefined;
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- folding mirrors `+`: an object operand concatenates as JavaScript would
      if (typeof a === 'string' || typeof b === 'string') return String(a) + String(b);
      if (typeof a === 'number' && typeof b === 'number') return a + b;
      return undefined;
    }
    case 'UnaryExpression':
      if (n.operator === '-' || n.operator === '!') {
        const v = constValue(n.argument, resolver, depth + 1);
        if (v === undefined) return undefined;
        return n.operator === '-' ? -(v as number) : !v;
      }
      if (n.operator === 'void') return undefined;
      return undefined;
    case 'Identifier': {
      if (!resolver) return undefined;
      if (n.name === 'undefined' && resolver.isGlobal(n)) return undefined;
      const b = resolver.binding(n);
      // `let` announces a value that may change, so only `const` and never-reassigned `var` (old code's const) count;
      // `looseConstValue` also accepts a never-reassigned `let` where a rule needs a best guess (a program name).
      if (b && (b.kind === 'const' || b.kind === 'var' || (b.kind === 'let' && looseDepth > 0)) && b.writes === 0 && b.init && !b.path)
        return constValue(b.init, resolver, depth + 1);
      return undefined;
    }
    default:
      return undefined;
  }
}
