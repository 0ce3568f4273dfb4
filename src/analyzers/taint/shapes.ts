// Shapes of code the taint engine recognises, kept apart from the engine for size: how a value is named, where a
// function returns, and which string operations sanitize a path or a shell word.
import type { TSESTree } from '@typescript-eslint/types';
import { CHILD_KEYS, propertyName, unwrap } from '../code/resolve.js';
import { isFunctionNode } from './sources.js';
type TaintKind = 'path' | 'generic';

type Node = TSESTree.Node;

export function rootName(node: Node): string {
  let n = unwrap(node);
  for (let i = 0; n && i < 8; i++) {
    if (n.type === 'Identifier') return n.name;
    if (n.type === 'MemberExpression') {
      if (i === 0 && n.property.type === 'Identifier' && !n.computed) return n.property.name;
      n = unwrap(n.object);
    } else if (n.type === 'CallExpression') n = unwrap(n.callee);
    else return '';
  }
  return '';
}

export function memberRoot(node: Node): TSESTree.Identifier | undefined {
  let n = unwrap(node);
  for (let i = 0; n && i < 10; i++) {
    if (n.type === 'Identifier') return n;
    if (n.type === 'MemberExpression') n = unwrap(n.object);
    else return undefined;
  }
  return undefined;
}

export function collectReturns(node: Node, out: Node[]): void {
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'ReturnStatement') {
      if (n.argument) out.push(n.argument);
      continue;
    }
    if (n !== node && isFunctionNode(n)) continue;
    if (n.type === 'ClassDeclaration' || n.type === 'ClassExpression') continue;
    const keys = CHILD_KEYS.get(n.type) ?? [];
    for (const k of keys) {
      const child = (n as unknown as Record<string, unknown>)[k];
      if (Array.isArray(child)) for (const c of child) c && typeof c.type === 'string' && stack.push(c as Node);
      else if (child && typeof (child as Node).type === 'string') stack.push(child as Node);
    }
  }
}

/** The characters a regex literal lets through, when it is a single (negated) character class: `/[^a-z0-9]/g`. */
export function replaceSanitizes(arg: Node | undefined, kind: TaintKind): boolean {
  const a = unwrap(arg);
  if (a?.type !== 'Literal' || !('regex' in a) || !a.regex) return false;
  const { pattern, flags } = a.regex;
  if (!flags.includes('g')) return false;
  const m = /^\[(\^?)((?:\\.|[^\]\\])*)\]\+?$/.exec(pattern);
  if (!m) return false;
  const negated = m[1] === '^';
  const body = m[2]!;
  if (negated) return kind === 'path' ? !/\/|\\\\|\\W|\\S|\\D/.test(body) : !/[;&|$`'"<>(){}*?!\s]|\\s|\\W|\\S|\\D/.test(body);
  // `/[\/\\]/g`: every separator removed.
  return kind === 'path' && /\\\/|\//.test(body) && /\\\\/.test(body);
}

/** `path.normalize(p).replace(/^(\.\.(\/|\\|$))+/, '')`: the documented way to drop leading `..` segments. */
export function stripsLeadingDotDot(arg: Node | undefined): boolean {
  const a = unwrap(arg);
  return a?.type === 'Literal' && 'regex' in a && !!a.regex && /^\^\(?\\\.\\\./.test(a.regex.pattern);
}

export function splitsOnSlash(obj: Node): boolean {
  const o = unwrap(obj);
  if (o?.type !== 'CallExpression') return false;
  const c = unwrap(o.callee);
  if (c?.type !== 'MemberExpression' || propertyName(c) !== 'split') return false;
  const sep = o.arguments[0] ? unwrap(o.arguments[0]) : undefined;
  if (!sep) return false;
  if (sep.type === 'Literal' && sep.value === '/') return true;
  return sep.type === 'Literal' && 'regex' in sep && !!sep.regex && /\//.test(sep.regex.pattern) && /\\\\/.test(sep.regex.pattern);
}

