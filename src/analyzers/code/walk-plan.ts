// The resolver's walk plan: which children of each node type the build descends into, and what it does there.
// Pure tables over the node types, apart from the resolver (src/analyzers/code/resolve.ts) that runs them.
import { visitorKeys } from '@typescript-eslint/visitor-keys';

export interface Listeners {
  /** The node types (a set, or a map keyed by them). */
  enter: { keys(): Iterable<string> };
  exit: { keys(): Iterable<string> };
}

/**
 * Child keys per node type, read once: `visitorKeys` is a getter over a large object, too slow to ask per node.
 * Every generic walk over the AST should use this.
 */
export const CHILD_KEYS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(visitorKeys).filter((e): e is [string, readonly string[]] => Array.isArray(e[1])),
);

/**
 * What the build descends into: every child but type positions (annotations, type parameters and arguments, return
 * types, `implements`) and type-only declarations (interfaces, type aliases). Types hold no runtime code (no call,
 * assignment or binding a rule or the taint engine asks about), and in TypeScript, declaration files above all,
 * they are a large share of the tree. Their nodes get no parent pointer; `declaredType` reads annotations directly.
 */
const TYPE_KEYS = new Set(['typeAnnotation', 'typeParameters', 'typeArguments', 'returnType', 'superTypeArguments', 'implements']);
const TYPE_ONLY = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration']);
const RUNTIME_KEYS: ReadonlyMap<string, readonly string[]> = new Map(
  [...CHILD_KEYS]
    .map(([type, keys]) => [type, TYPE_ONLY.has(type) ? [] : keys.filter((k) => !TYPE_KEYS.has(k))] as const)
    .filter(([, keys]) => keys.length > 0),
);

/** Node types the resolver's build does more for than link and descend (see `Resolver.enter`). */
const SCOPING = new Set([
  'Program',
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'TSDeclareFunction',
  'TSEmptyBodyFunctionExpression',
  'BlockStatement',
  'StaticBlock',
  'SwitchStatement',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'CatchClause',
  'ClassExpression',
  'VariableDeclaration',
  'AssignmentExpression',
  'CallExpression',
  'UpdateExpression',
  'WithStatement',
]);

export const SCOPES = 1;
export const ON_ENTER = 2;
export const ON_EXIT = 4;

/** A node type's runtime child keys and what the build does there (`SCOPES`, `ON_ENTER`, `ON_EXIT`). */
export interface Plan {
  keys: readonly string[];
  flags: number;
  /** Which of the build's named-property walks fits the type (`WALK_*`), or `WALK_KEYS` for the generic one. */
  walk: number;
}

// The most common node types (identifiers alone are about two in five) get a walk that reads their children by name:
// a property read at a site that only ever sees one or two node shapes is cached, a read by a key from a list at a
// site that sees every shape is not. Each lists the type's runtime keys in the same order as `RUNTIME_KEYS`.
export const WALK_KEYS = 0;
export const WALK_IDENTIFIER = 1; // decorators
export const WALK_MEMBER = 2; // object, property
export const WALK_CALL = 3; // callee, arguments
export const WALK_LEFT_RIGHT = 4; // left, right
export const WALK_KEY_VALUE = 5; // key, value
export const WALK_DECLARATOR = 6; // id, init
export const WALK_EXPRESSION = 7; // expression
export const WALK_ARGUMENT = 8; // argument
export const WALK_BODY = 9; // body (a list)
export const WALK_DECLARATIONS = 10; // declarations
export const WALK_PROPERTIES = 11; // properties
const NAMED_WALKS: ReadonlyMap<string, number> = new Map([
  ['Identifier', WALK_IDENTIFIER],
  ['MemberExpression', WALK_MEMBER],
  ['CallExpression', WALK_CALL],
  ['BinaryExpression', WALK_LEFT_RIGHT],
  ['LogicalExpression', WALK_LEFT_RIGHT],
  ['AssignmentExpression', WALK_LEFT_RIGHT],
  ['Property', WALK_KEY_VALUE],
  ['VariableDeclarator', WALK_DECLARATOR],
  ['ExpressionStatement', WALK_EXPRESSION],
  ['ReturnStatement', WALK_ARGUMENT],
  ['UnaryExpression', WALK_ARGUMENT],
  ['BlockStatement', WALK_BODY],
  ['VariableDeclaration', WALK_DECLARATIONS],
  ['ObjectExpression', WALK_PROPERTIES],
]);

const NO_KEYS: readonly string[] = [];
const planCache = new Map<string, ReadonlyMap<string, Plan>>();

/**
 * The build's table, one entry per node type that has runtime children, creates a scope or is listened to. The
 * rules listen to the same types in every file, so each distinct set of listeners is planned once per process.
 * Several set lookups per node (child keys, scoping, enter, exit) were the largest part of the build's own time.
 */
export function plansFor(listeners: Listeners | undefined): ReadonlyMap<string, Plan> {
  const enter = [...(listeners?.enter.keys() ?? [])];
  const exit = [...(listeners?.exit.keys() ?? [])];
  // In the rules' order, which is the same for every file.
  const signature = `${enter.join(',')}|${exit.join(',')}`;
  let plans = planCache.get(signature);
  if (plans) return plans;
  const table = new Map<string, Plan>();
  for (const type of new Set([...RUNTIME_KEYS.keys(), ...SCOPING, ...enter, ...exit])) {
    const flags = (SCOPING.has(type) ? SCOPES : 0) | (enter.includes(type) ? ON_ENTER : 0) | (exit.includes(type) ? ON_EXIT : 0);
    table.set(type, { keys: RUNTIME_KEYS.get(type) ?? NO_KEYS, flags, walk: NAMED_WALKS.get(type) ?? WALK_KEYS });
  }
  plans = table;
  if (planCache.size < 64) planCache.set(signature, plans);
  return plans;
}
