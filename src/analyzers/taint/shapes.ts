// Shapes of code the taint engine recognises, kept apart from the engine for size: how a value is named, where a
// function returns, which string operations sanitize a path or a shell word; the taint value and its flow steps.
import type { TSESTree } from '@typescript-eslint/types';
import { CHILD_KEYS, propertyName, unwrap } from '../code/resolve.js';
import { isFunctionNode } from './sources.js';
import type { FlowStep } from '../../rule.js';

type Node = TSESTree.Node;

/** `path`: a file-system path sink (path sanitizers apply). `generic`: any other sink (shell, code). */
export type TaintKind = 'path' | 'generic';

export interface Taint {
  steps: FlowStep[];
  origin: 'source' | 'low' | 'param';
  /** For `param`: the function and parameter index the value comes from (resolved at call sites). */
  fn?: Node;
  index?: number;
  /** For `param`: the root-relative file `fn` is in, when it is not the queried engine's own. */
  file?: string;
  /** For `param`: the property of the parameter that was read (`plan.type`), so a caller's object literal passes that field. */
  field?: string;
  /** A path joined below a base on its way (`path.join(root, value)`): the code means to keep it there. */
  below?: boolean;
}

/** Which of two origins a union keeps: an untrusted source over a low-trust one over a parameter. */
export function rank(t: Taint): number {
  return t.origin === 'source' ? 3 : t.origin === 'low' ? 2 : 1;
}

/** `from`'s origin with `steps`, keeping what the later part `to` learnt on the way (a join below a base). */
export function onward(from: Taint, steps: FlowStep[], to: Taint | undefined): Taint {
  return { ...from, steps, ...(to?.below && !from.below ? { below: true } : {}) };
}

const MAX_STEPS = 8;

/** Steps another module's engine made: they carry its file (a step that already names one keeps it). */
export function inFile(steps: readonly FlowStep[], file: string): FlowStep[] {
  return steps.map((s) => (s.file ? s : { ...s, file }));
}

export function trim(steps: FlowStep[]): FlowStep[] {
  const out: FlowStep[] = [];
  for (const s of steps) {
    const prev = out[out.length - 1];
    if (prev && prev.label === s.label && prev.range[0] === s.range[0] && prev.file === s.file) continue;
    out.push(s);
  }
  if (out.length <= MAX_STEPS) return out;
  return [out[0]!, ...out.slice(out.length - (MAX_STEPS - 1))];
}

// Names the engine reads calls by.
export const ITER_METHODS = new Set(['forEach', 'map', 'filter', 'flatMap', 'find', 'findLast', 'some', 'every', 'then', 'sort']);
/** Methods whose result says something about the string but carries none of it. */
export const BOOLEAN_METHODS = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'test',
  'indexOf',
  'lastIndexOf',
  'has',
  'some',
  'every',
  'localeCompare',
  'charCodeAt',
  'codePointAt',
  'search',
  'findIndex',
  'size',
  'exec_',
]);
export const MUTATORS = new Set(['push', 'unshift', 'splice', 'set', 'append', 'add', 'assign']);
export const PROPAGATORS = new Set([
  'decodeURIComponent',
  'decodeURI',
  'unescape',
  'String',
  'Buffer.from',
  'JSON.parse',
  'JSON.stringify',
  'util.format',
  'format',
  'Object.values',
  'Object.entries',
  'Object.keys',
  'Object.assign',
  'Object.fromEntries',
  'Array.from',
  'Array.of',
  'structuredClone',
  'Promise.all',
  'Promise.allSettled',
  'Promise.race',
  'Promise.any',
  'Promise.resolve',
  'url.parse',
  'url.fileURLToPath',
  'url.format',
  'url.resolve',
  'fileURLToPath',
  'querystring.parse',
  'querystring.unescape',
  'qs.parse',
  'fs.realpathSync',
  'fs.realpathSync.native',
  'fs.promises.realpath',
  'fs/promises.realpath',
  'fs-extra.realpath',
  'upath.join',
  'upath.resolve',
  'upath.normalize',
  'untildify',
  'slash',
]);
/**
 * Validation methods return (a copy of) the value they check: zod `parse`/`safeParse(x).data`/`parseAsync`, valibot,
 * yup `validate`/`validateSync`/`cast`, joi `validate(x).value`/`validateAsync`, superstruct `create`/`mask`.
 * A schema says a value is a string, not that it is a safe path, so the first argument's taint goes through.
 */
export const VALIDATE_METHODS = new Set([
  'parse',
  'safeParse',
  'parseAsync',
  'safeParseAsync',
  'spa',
  'validate',
  'validateSync',
  'validateAsync',
  'cast',
  'attempt',
  'assert',
  'create',
  'mask',
]);
export const NUMERIC = new Set([
  'Number',
  'parseInt',
  'parseFloat',
  'Number.parseInt',
  'Number.parseFloat',
  'Boolean',
  'isNaN',
  'Number.isInteger',
  'Number.isFinite',
  'isFinite',
  'Math.floor',
  'Math.ceil',
  'Math.round',
  'Math.abs',
  'Math.min',
  'Math.max',
  'Math.trunc',
  'BigInt',
  'Date.parse',
]);
export const SHELL_ESCAPES = /^(shell-?escape|shell-quote(\.quote)?|shellescape|any-shell-escape|shell-escape-tag|escape-shell-arg)$/;
export const SHELL_ESCAPE_NAMES = /^(shell)?(escape|quote)(shell)?(arg|args|argument|path|cmd|command)?$/i;

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
      if (Array.isArray(child)) {
        for (const c of child as (Node | null)[]) if (c && typeof c.type === 'string') stack.push(c);
      } else if (child && typeof (child as Node).type === 'string') stack.push(child as Node);
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
