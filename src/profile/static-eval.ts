// Reads TS/JS security configs statically from the typescript-estree AST. Nothing is imported or executed:
// literals, objects, arrays, template literals without expressions and same-file `const` references are
// evaluated; anything else becomes an `unknown` scalar carrying the reason.
import type { TSESTree } from '@typescript-eslint/types';
import { parseCode } from '../analyzers/code/parse.js';
import type { CNode, MapEntry } from '../analyzers/config/tree.js';

export interface UnknownScalar {
  kind: 'scalar';
  value: null;
  range: readonly [number, number];
  unknown: string;
}

type N = TSESTree.Node;

/** Why an object read from a TS/JS config may lack keys (a spread of something not in this file), if it may. */
export function partialReason(n: CNode | undefined): string | undefined {
  if (!n || n.kind !== 'map') return undefined;
  const own = (n as { partial?: string }).partial;
  if (own) return own;
  for (const e of n.entries) {
    const r = partialReason(e.value);
    if (r) return r;
  }
  return undefined;
}

export function isUnknown(n: CNode | undefined): n is CNode & UnknownScalar {
  return !!n && n.kind === 'scalar' && typeof (n as Partial<UnknownScalar>).unknown === 'string';
}

/** The exported config object of a TS/JS file as a position-keeping tree (undefined when none is found). */
export function evaluateConfigModule(text: string, file: string): CNode | undefined {
  let ast: TSESTree.Program;
  try {
    ast = parseCode(text, file);
  } catch {
    return undefined;
  }
  const consts = new Map<string, N>();
  const exported: { name: string; node: N }[] = [];
  let defaultExport: N | undefined;
  const collect = (decl: TSESTree.VariableDeclaration, isExport: boolean): void => {
    for (const d of decl.declarations) {
      if (d.id.type !== 'Identifier' || !d.init) continue;
      if (decl.kind === 'const') consts.set(d.id.name, d.init);
      if (isExport) exported.push({ name: d.id.name, node: d.init });
    }
  };
  for (const st of ast.body) {
    if (st.type === 'VariableDeclaration') collect(st, false);
    else if (st.type === 'ExportNamedDeclaration' && st.declaration?.type === 'VariableDeclaration') collect(st.declaration, true);
    else if (st.type === 'ExportNamedDeclaration' && !st.declaration) {
      for (const sp of st.specifiers) {
        const local = sp.local.type === 'Identifier' ? sp.local.name : undefined;
        const name = sp.exported.type === 'Identifier' ? sp.exported.name : String(sp.exported.value);
        if (!local) continue;
        if (name === 'default') defaultExport = sp.local;
        else if (consts.has(local)) exported.push({ name, node: consts.get(local)! });
      }
    } else if (st.type === 'ExportDefaultDeclaration') defaultExport = st.declaration;
    else if (st.type === 'ExpressionStatement' && st.expression.type === 'AssignmentExpression') {
      const l = st.expression.left;
      if (
        l.type === 'MemberExpression' &&
        l.object.type === 'Identifier' &&
        l.object.name === 'module' &&
        l.property.type === 'Identifier' &&
        l.property.name === 'exports'
      )
        defaultExport = st.expression.right;
    }
  }
  const evaluator = (node: N, depth: number, seen: Set<string>): CNode => {
    const range = node.range;
    const unknown = (reason: string): CNode => ({ kind: 'scalar', value: null, range, unknown: reason }) as UnknownScalar;
    if (depth > 50) return unknown('nested too deeply');
    switch (node.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
        return evaluator(node.expression, depth + 1, seen);
      case 'Literal': {
        const v = node.value;
        if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null)
          return { kind: 'scalar', value: v, range, quoted: typeof v === 'string' };
        return unknown('a regular expression or bigint literal');
      }
      case 'TemplateLiteral':
        if (node.expressions.length === 0)
          return { kind: 'scalar', value: node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(''), range, quoted: true };
        return unknown('a template literal with expressions');
      case 'UnaryExpression':
        if (node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number')
          return { kind: 'scalar', value: -node.argument.value, range };
        if (node.operator === '!' && node.argument.type === 'Literal' && typeof node.argument.value === 'number')
          return { kind: 'scalar', value: !node.argument.value, range };
        return unknown(`a \`${node.operator}\` expression`);
      case 'Identifier': {
        if (node.name === 'undefined') return { kind: 'scalar', value: null, range };
        const init = consts.get(node.name);
        if (!init || seen.has(node.name)) return unknown(`\`${node.name}\` is not a constant of this file`);
        return evaluator(init, depth + 1, new Set([...seen, node.name]));
      }
      case 'ArrayExpression':
        return {
          kind: 'seq',
          items: node.elements.map((e) => (e && e.type !== 'SpreadElement' ? evaluator(e, depth + 1, seen) : unknown('a spread element'))),
          range,
        };
      case 'ObjectExpression': {
        const entries: MapEntry[] = [];
        let partial: string | undefined;
        for (const p of node.properties) {
          if (p.type === 'SpreadElement') {
            const inner = evaluator(p.argument, depth + 1, seen);
            if (inner.kind === 'map') for (const e of inner.entries) entries.push(e);
            else partial ??= isUnknown(inner) ? (inner as UnknownScalar).unknown : 'a spread of a non-object';
            continue;
          }
          let key: string | undefined;
          if (!p.computed && p.key.type === 'Identifier') key = p.key.name;
          else if (p.key.type === 'Literal' && (typeof p.key.value === 'string' || typeof p.key.value === 'number')) key = String(p.key.value);
          if (key === undefined) continue;
          const value =
            p.value.type === 'AssignmentPattern' || p.value.type === 'ObjectPattern' || p.value.type === 'ArrayPattern'
              ? unknown('a pattern')
              : evaluator(p.value, depth + 1, seen);
          const existing = entries.findIndex((e) => e.key === key);
          const entry: MapEntry = { key, keyRange: p.key.range, value };
          if (existing >= 0) entries[existing] = entry;
          else entries.push(entry);
        }
        return partial ? ({ kind: 'map', entries, range, partial } as CNode) : { kind: 'map', entries, range };
      }
      case 'CallExpression': {
        // defineConfig({...}) style wrappers: read the single object argument, never call anything.
        const a = node.arguments[0];
        if (node.arguments.length === 1 && a && a.type === 'ObjectExpression') return evaluator(a, depth + 1, seen);
        return unknown('a function call');
      }
      case 'MemberExpression':
        return unknown(`\`${text.slice(range[0], range[1])}\` is read at run time`);
      default:
        return unknown(`a ${node.type} expression`);
    }
  };
  const pick = (): N | undefined => {
    if (defaultExport) return defaultExport;
    const named = exported.find((e) => /secur|config|profile|settings/i.test(e.name)) ?? (exported.length === 1 ? exported[0] : undefined);
    return named?.node;
  };
  // `export const development = {...}; export const production = {...}`: one file, several profiles.
  const byProfile = exported.filter((e) => /^(development|production|enterprise|dev|prod)$/i.test(e.name));
  if (!defaultExport && byProfile.length) {
    const entries: MapEntry[] = byProfile.map((e) => ({ key: e.name, keyRange: e.node.range, value: evaluator(e.node, 0, new Set()) }));
    return { kind: 'map', entries: [{ key: 'profiles', keyRange: [0, 0], value: { kind: 'map', entries, range: [0, 0] } }], range: [0, text.length] };
  }
  const target = pick();
  if (!target) return undefined;
  const root = evaluator(target, 0, new Set());
  return root.kind === 'map' ? root : undefined;
}
