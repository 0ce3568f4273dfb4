// Code queries rules and the taint engine ask about expressions: is it constant, string-like, numeric, a request value,
// which function encloses it, what a call's callee is named. They read the resolver (src/analyzers/code/resolve.ts),
// which builds scopes and parents in one pass; rules reach them through src/kit.ts.
import type { TSESTree } from '@typescript-eslint/types';
import { CHILD_KEYS, constValue, propertyName, unwrap, type Resolver } from './resolve.js';

type Node = TSESTree.Node;

/** True when the expression is (or evaluates from constants to) a constant value. */
export function isConstant(node: Node | null | undefined, resolver: Resolver): boolean {
  return constValue(node, resolver) !== undefined;
}

/** True when the expression produces a string of code: a string literal, template or string concatenation, or a const bound to one. */
export function isStringLike(node: Node | null | undefined, resolver: Resolver, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 10) return false;
  switch (n.type) {
    case 'Literal':
      return typeof n.value === 'string';
    case 'TemplateLiteral':
      return true;
    case 'BinaryExpression':
      return n.operator === '+' && (isStringLike(n.left, resolver, depth + 1) || isStringLike(n.right, resolver, depth + 1));
    case 'Identifier': {
      if (declaredType(n, resolver) === 'string') return true;
      const b = resolver.binding(n);
      if (!b || b.path || !b.init) return false;
      if (b.kind !== 'const' && b.writes !== 0) return false;
      return isStringLike(b.init, resolver, depth + 1);
    }
    case 'CallExpression': {
      const c = resolver.canonical(n.callee);
      if (c === 'String') return true;
      const callee = unwrap(n.callee);
      if (callee?.type === 'MemberExpression') {
        const m = propertyName(callee);
        if (m === 'concat' || m === 'join' || m === 'toString' || m === 'replace' || m === 'trim')
          return isStringLike(callee.object, resolver, depth + 1) || m === 'toString';
      }
      return false;
    }
    default:
      return false;
  }
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

export function isFunctionNode(node: Node | undefined): node is TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression {
  return !!node && FUNCTION_TYPES.has(node.type);
}

/** The innermost function around a node (undefined at module level). */
export function enclosingFunction(
  resolver: Resolver,
  node: Node,
): TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | undefined {
  let n = resolver.parent(node);
  while (n) {
    if (isFunctionNode(n)) return n;
    n = resolver.parent(n);
  }
  return undefined;
}

type FnNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;
type FlowNode = Resolver['flowNodes'][number];
const flowByFn = new WeakMap<Resolver, Map<FnNode | undefined, FlowNode[]>>();

/**
 * The assignments and calls whose innermost function is `fn` (module level for undefined), in source order. One
 * pass over the file groups them, so a rule asking about every function does not walk the whole file for each.
 */
export function flowNodesIn(resolver: Resolver, fn: FnNode | undefined): readonly FlowNode[] {
  let groups = flowByFn.get(resolver);
  if (!groups) {
    groups = new Map();
    for (const x of resolver.flowNodes) {
      const f = enclosingFunction(resolver, x);
      const list = groups.get(f);
      if (list) list.push(x);
      else groups.set(f, [x]);
    }
    flowByFn.set(resolver, groups);
  }
  return groups.get(fn) ?? [];
}

/** The name a function is known by: its own id, or the variable, property or method it is assigned to. */
export function functionName(resolver: Resolver, fn: Node): string | undefined {
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) return fn.id.name;
  const p = resolver.parent(fn);
  if (!p) return undefined;
  if (p.type === 'VariableDeclarator' && p.id.type === 'Identifier') return p.id.name;
  if ((p.type === 'Property' || p.type === 'MethodDefinition' || p.type === 'PropertyDefinition') && !p.computed) return propertyName(p);
  if (p.type === 'AssignmentExpression') {
    const l = unwrap(p.left);
    if (l?.type === 'Identifier') return l.name;
    if (l?.type === 'MemberExpression') return propertyName(l);
  }
  return undefined;
}

/** The object literal an options argument stands for (inline, or a never-reassigned local bound to one). */
export function objectLiteral(node: Node | null | undefined, resolver: Resolver, depth = 0): TSESTree.ObjectExpression | undefined {
  const n = unwrap(node);
  if (!n || depth > 5) return undefined;
  if (n.type === 'ObjectExpression') return n;
  if (n.type === 'Identifier') {
    const b = resolver.binding(n);
    if (b && b.init && !b.path && b.writes === 0 && b.kind !== 'param') return objectLiteral(b.init, resolver, depth + 1);
  }
  return undefined;
}

/** The value of a named property in an object literal (the last one wins; undefined when absent or hidden behind a spread). */
export function propertyValue(obj: TSESTree.ObjectExpression, name: string): { value: Node | undefined; spread: boolean } {
  let value: Node | undefined;
  let spread = false;
  for (const p of obj.properties) {
    if (p.type === 'SpreadElement') {
      spread = true;
      continue;
    }
    if (propertyName(p) === name) {
      value = p.value;
      spread = false;
    }
  }
  return { value, spread };
}

/**
 * The non-constant pieces a string is assembled from: the interpolations of a template, the operands of `+`,
 * seen through never-reassigned locals. A constant string has none.
 */
export function dynamicParts(node: Node | null | undefined, resolver: Resolver, depth = 0): Node[] {
  const n = unwrap(node);
  if (!n) return [];
  if (constValue(n, resolver) !== undefined) return [];
  if (depth > 8) return [n];
  switch (n.type) {
    case 'TemplateLiteral':
      return n.expressions.flatMap((e) => dynamicParts(e as Node, resolver, depth + 1));
    case 'BinaryExpression':
      if (n.operator === '+') return [...dynamicParts(n.left, resolver, depth + 1), ...dynamicParts(n.right, resolver, depth + 1)];
      return [n];
    case 'ConditionalExpression':
      return [...dynamicParts(n.consequent, resolver, depth + 1), ...dynamicParts(n.alternate, resolver, depth + 1)];
    case 'TaggedTemplateExpression':
      if (resolver.canonical(n.tag) === 'String.raw') return n.quasi.expressions.flatMap((e) => dynamicParts(e as Node, resolver, depth + 1));
      return [n];
    case 'Identifier': {
      const b = resolver.binding(n);
      if (b && b.init && !b.path && b.writes === 0 && (b.kind === 'const' || b.kind === 'var')) {
        const init = unwrap(b.init);
        if (init && (init.type === 'TemplateLiteral' || init.type === 'BinaryExpression')) return dynamicParts(init, resolver, depth + 1);
      }
      return [n];
    }
    default:
      return [n];
  }
}

/** The callee's last name (`escape` for `_.escape(x)`, `sanitize` for `DOMPurify.sanitize(x)`). */
export function calleeName(node: Node): string | undefined {
  const n = unwrap(node);
  if (n?.type !== 'CallExpression' && n?.type !== 'NewExpression') return undefined;
  const c = unwrap(n.callee);
  if (c?.type === 'Identifier') return c.name;
  if (c?.type === 'MemberExpression') return propertyName(c);
  return undefined;
}

/** True when the expression is a call to a function whose name matches `pattern` (a sanitiser, an escaper), directly or through a const. */
export function isCallTo(node: Node | null | undefined, resolver: Resolver, pattern: RegExp, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 4) return false;
  if (n.type === 'CallExpression') {
    const name = calleeName(n);
    if (name && pattern.test(name)) return true;
    const c = resolver.canonical(n.callee);
    if (c && pattern.test(c)) return true;
    return false;
  }
  if (n.type === 'Identifier') {
    const b = resolver.binding(n);
    if (b && b.init && !b.path && b.writes === 0) return isCallTo(b.init, resolver, pattern, depth + 1);
  }
  return false;
}

/** True when a TypeScript annotation says the identifier's binding is of the given keyword type (`string`, `number`). */
export function declaredType(id: TSESTree.Identifier, resolver: Resolver): string | undefined {
  const b = resolver.binding(id);
  const ann = b?.id.typeAnnotation?.typeAnnotation;
  if (!ann) return undefined;
  switch (ann.type) {
    case 'TSStringKeyword':
      return 'string';
    case 'TSNumberKeyword':
      return 'number';
    case 'TSBooleanKeyword':
      return 'boolean';
    default:
      return undefined;
  }
}

/** Words of an identifier, lower case: `resetToken` → `reset`, `token`; `API_KEY` → `api`, `key`. */
export function identifierWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** True for a number-valued expression (cannot carry markup or a pattern): numeric literals, arithmetic, `.length`, `Number()`. */
export function isNumeric(node: Node | null | undefined, resolver: Resolver, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 5) return false;
  switch (n.type) {
    case 'Literal':
      return typeof n.value === 'number' || typeof n.value === 'boolean';
    case 'BinaryExpression':
      if (n.operator !== '+') return true;
      if (isStringLike(n.left, resolver) || isStringLike(n.right, resolver)) return false;
      return isNumeric(n.left, resolver, depth + 1) || isNumeric(n.right, resolver, depth + 1);
    case 'UnaryExpression':
      return n.operator !== 'typeof' && n.operator !== 'void' && n.operator !== 'delete';
    case 'UpdateExpression':
      return true;
    case 'MemberExpression':
      return propertyName(n) === 'length' || propertyName(n) === 'size';
    case 'CallExpression': {
      const c = resolver.canonical(n.callee);
      if (c && /^(Number|parseInt|parseFloat|Math\.\w+|Date\.now)$/.test(c)) return true;
      const name = calleeName(n);
      return name === 'toFixed' || name === 'getTime' || name === 'indexOf';
    }
    case 'Identifier': {
      if (declaredType(n, resolver) === 'number') return true;
      const b = resolver.binding(n);
      return !!b && b.writes === 0 && !b.path && !!b.init && b.kind !== 'param' && isNumeric(b.init, resolver, depth + 1);
    }
    default:
      return false;
  }
}

const REQUEST_ROOT = /^(req|request|ctx\.request|ctx|event|c\.req|context\.request)$/;
const REQUEST_FIELD = /^(query|body|params|headers|cookies|queryStringParameters|pathParameters|searchParams|files?)$/;

/**
 * Request-shaped values without the taint engine: `req.query.x`, `req.body`, `event.queryStringParameters`,
 * or a local initialised from one. A cheap fallback used where a rule wants to know "obviously from a request".
 */
export function isRequestValue(node: Node | null | undefined, resolver: Resolver, text: (n: Node) => string, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 4) return false;
  if (n.type === 'MemberExpression') {
    let base: Node | undefined = n;
    while (base?.type === 'MemberExpression') {
      const o = unwrap(base.object);
      if (o && REQUEST_ROOT.test(text(o).replace(/\s+/g, '')) && REQUEST_FIELD.test(propertyName(base) ?? '')) return true;
      // a serverless handler's `event` parameter is the request itself
      if (o?.type === 'Identifier' && o.name === 'event' && resolver.binding(o)?.kind === 'param') return true;
      base = o;
    }
    return base?.type === 'Identifier' && isRequestValue(base, resolver, text, depth + 1);
  }
  if (n.type === 'Identifier') {
    const b = resolver.binding(n);
    return !!b?.init && isRequestValue(b.init, resolver, text, depth + 1);
  }
  if (n.type === 'CallExpression') {
    const c = unwrap(n.callee);
    // url.searchParams.get('x'), req.get('x'), req.header('x'), JSON.parse(req.body)
    if (c?.type === 'MemberExpression' && /^(get|header|param)$/.test(propertyName(c) ?? ''))
      return isRequestValue(c.object, resolver, text, depth + 1) || /^(req|request)$/.test(text(unwrap(c.object)!));
    if (resolver.canonical(n.callee) === 'JSON.parse') return isRequestValue(n.arguments[0], resolver, text, depth + 1);
  }
  if (n.type === 'TemplateLiteral') return n.expressions.some((e) => isRequestValue(e, resolver, text, depth + 1));
  if (n.type === 'BinaryExpression') return isRequestValue(n.left, resolver, text, depth + 1) || isRequestValue(n.right, resolver, text, depth + 1);
  return false;
}

/** Identifiers conventionally holding numbers (`n`, `len`, `width`, `maxLength`): they cannot carry markup or a pattern. */
export function numericName(name: string): boolean {
  if (/^(n|i|j|k|len|length|count|num|min|max|width|height|size|digits|precision|position|pos|index|idx|offset|depth|level)$/i.test(name)) return true;
  const words = identifierWords(name);
  const last = words[words.length - 1];
  return !!last && /^(length|count|size|index|width|height|min|max|num|number|digits|offset)$/.test(last);
}

/** True when a value comes from a parameter of the enclosing function (directly, a member of it, or a local initialised from one). */
export function fromParameter(node: Node | null | undefined, resolver: Resolver, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 5) return false;
  switch (n.type) {
    case 'Identifier': {
      const b = resolver.binding(n);
      if (!b) return false;
      if (b.kind === 'param') return true;
      return !!b.init && fromParameter(b.init, resolver, depth + 1);
    }
    case 'MemberExpression':
      return fromParameter(n.object, resolver, depth + 1);
    case 'LogicalExpression':
      return fromParameter(n.left, resolver, depth + 1) || fromParameter(n.right, resolver, depth + 1);
    case 'TemplateLiteral':
      return n.expressions.some((e) => fromParameter(e, resolver, depth + 1));
    case 'BinaryExpression':
      return fromParameter(n.left, resolver, depth + 1) || fromParameter(n.right, resolver, depth + 1);
    default:
      return false;
  }
}

// ── Shapes of statements and expressions (first written for code/prototype-pollution) ─────────────

/** The member chain of an assignment target, outermost last: `a.b[c].d` → [a.b, a.b[c], a.b[c].d]. */
export function memberChain(node: Node): TSESTree.MemberExpression[] {
  const out: TSESTree.MemberExpression[] = [];
  let n = unwrap(node);
  while (n?.type === 'MemberExpression') {
    out.unshift(n);
    n = unwrap(n.object);
  }
  return out;
}

/** Calls `f` with each child node of `n` (the keys of CHILD_KEYS, in source order). */
export function forEachChild(n: Node, f: (c: Node) => void): void {
  for (const k of CHILD_KEYS.get(n.type) ?? []) {
    const v = (n as unknown as Record<string, unknown>)[k];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof (c as Node).type === 'string') f(c as Node);
    } else if (v && typeof (v as Node).type === 'string') f(v as Node);
  }
}

/** The test holds only when `call` returned true (`own(t, k)`, `a && own(t, k)`). */
export function holdsIfTrue(call: Node, test: Node): boolean {
  const t = unwrap(test);
  if (t === call) return true;
  return t?.type === 'LogicalExpression' && t.operator === '&&' && (holdsIfTrue(call, t.left) || holdsIfTrue(call, t.right));
}

/** The test holds when `call` returned false (`!own(t, k)`, `a || !own(t, k)`). */
export function holdsIfFalse(call: Node, test: Node): boolean {
  const t = unwrap(test);
  if (t?.type === 'UnaryExpression' && t.operator === '!') return unwrap(t.argument) === call;
  return t?.type === 'LogicalExpression' && t.operator === '||' && (holdsIfFalse(call, t.left) || holdsIfFalse(call, t.right));
}

/** The statement always leaves (`continue`, `return`, `throw`, `break`, or a block ending in one). */
export function endsInJump(st: Node): boolean {
  if (st.type === 'ContinueStatement' || st.type === 'ReturnStatement' || st.type === 'ThrowStatement' || st.type === 'BreakStatement') return true;
  return st.type === 'BlockStatement' && st.body.length > 0 && endsInJump(st.body[st.body.length - 1]!);
}

/** `x` lies within `y`'s source range. */
export function isWithin(x: Node, y: Node): boolean {
  return x.range[0] >= y.range[0] && x.range[1] <= y.range[1];
}

/**
 * A key that is a number: a numeric constant or expression, the index of a `for` loop counting from a number, or the
 * index parameter of an array callback (`forEach((v, i) => …)`, `reduce((a, v, i) => …)`).
 */
export function isNumericIndex(resolver: Resolver, key: Node): boolean {
  const k = unwrap(key);
  if (!k) return true;
  if (typeof constValue(k, resolver) === 'number' || isNumeric(k, resolver)) return true;
  if (k.type !== 'Identifier') return false;
  const b = resolver.binding(k);
  if (!b) return false;
  const decl = resolver.parent(b.id);
  if (decl?.type === 'VariableDeclarator' && decl.init && isNumeric(decl.init, resolver)) {
    const d = resolver.parent(decl);
    const loop = d && resolver.parent(d);
    if (loop?.type === 'ForStatement') return true;
  }
  if (b.kind === 'param' && b.fn && isFunctionNode(b.fn)) {
    const idx = b.fn.params.indexOf(b.id);
    const call = resolver.parent(b.fn);
    if (call?.type === 'CallExpression') {
      const m = unwrap(call.callee);
      const method = m?.type === 'MemberExpression' ? propertyName(m) : undefined;
      if (method && /^(forEach|map|filter|some|every|find|findIndex|flatMap)$/.test(method) && idx === 1) return true;
      if (method && /^(reduce|reduceRight)$/.test(method) && idx === 2) return true;
    }
  }
  return false;
}

/** A key that is a symbol: `Symbol.iterator`, or a never-reassigned local made by `Symbol(…)` / `Symbol.for(…)`. */
export function isSymbolKey(resolver: Resolver, key: Node): boolean {
  const k = unwrap(key);
  if (k?.type === 'MemberExpression') {
    const o = unwrap(k.object);
    return o?.type === 'Identifier' && o.name === 'Symbol' && !resolver.binding(o) && !k.computed;
  }
  if (k?.type !== 'Identifier') return false;
  const b = resolver.binding(k);
  if (!b || b.writes > 0 || (b.kind !== 'const' && b.kind !== 'let' && b.kind !== 'var')) return false;
  const init = unwrap(b.init);
  if (init?.type !== 'CallExpression') return false;
  const callee = unwrap(init.callee);
  if (callee?.type === 'Identifier') return callee.name === 'Symbol' && !resolver.binding(callee);
  if (callee?.type !== 'MemberExpression') return false;
  const o = unwrap(callee.object);
  return o?.type === 'Identifier' && o.name === 'Symbol' && !resolver.binding(o) && propertyName(callee) === 'for';
}

/**
 * The running program itself: `process.execPath`, `process.argv0`, `process.argv[0]` (node) and `process.argv[1]` (the
 * script), or a never-reassigned local set to one. Starting it again re-runs node, not a name anyone supplied.
 */
export function isOwnProcess(node: Node | null | undefined, resolver: Resolver, depth = 0): boolean {
  const n = unwrap(node);
  if (!n || depth > 4) return false;
  if (n.type === 'Identifier') {
    const b = resolver.binding(n);
    return !!b && !b.path && b.writes === 0 && (b.kind === 'const' || b.kind === 'let' || b.kind === 'var') && isOwnProcess(b.init, resolver, depth + 1);
  }
  if (n.type !== 'MemberExpression') return false;
  const c = resolver.canonical(n);
  if (c === 'process.execPath' || c === 'process.argv0') return true;
  return n.computed && resolver.canonical(n.object) === 'process.argv' && (constValue(n.property, resolver) === 0 || constValue(n.property, resolver) === 1);
}
