import type { TSESTree } from '@typescript-eslint/types';
import * as path from 'node:path';
import { desugar } from './desugar.js';
import { forEachChild } from './query.js';
import { skipLoc } from './loc.js';
import { loadBundle } from '../../core/compile-cache.js';

type ParseFn = (code: string, options: Record<string, unknown>) => TSESTree.Program;
let parseFn: ParseFn | undefined;

function loadParser(): ParseFn {
  if (!parseFn) {
    if (typeof __FLOWGUARD_BUNDLED__ !== 'undefined' && __FLOWGUARD_BUNDLED__) {
      // dist/parser.js sits beside dist/cli-main.js and dist/index.js; load it only when a JS/TS file is parsed,
      // through the compile cache.
      parseFn = (loadBundle(parserPath(), typeof __FLOWGUARD_PARSER_SHA__ === 'string' ? __FLOWGUARD_PARSER_SHA__ : '') as { parse: ParseFn }).parse;
    } else {
      // Unbundled (tests): the package itself, with the same `loc` shortcut as dist/parser.js.
      const entry = parserPath();
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      skipLoc(require(path.join(path.dirname(entry), 'node-utils.js')) as { getLocFor: unknown });
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      parseFn = (require(entry) as { parse: ParseFn }).parse;
    }
  }
  return parseFn;
}

export const CODE_EXTENSIONS = ['.js', '.cjs', '.mjs', '.jsx', '.ts', '.cts', '.mts', '.tsx'] as const;

export function isCodeFile(file: string): boolean {
  const dot = file.lastIndexOf('.');
  if (dot < 0) return false;
  return (CODE_EXTENSIONS as readonly string[]).includes(file.slice(dot).toLowerCase());
}

/** A node script without an extension (`bin/tool`): its first line is a node shebang. */
export function isNodeScript(file: string, text: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (base.includes('.') || !text.startsWith('#!')) return false;
  const nl = text.indexOf('\n');
  const first = (nl < 0 ? text : text.slice(0, nl)).slice(0, 200);
  return /^#!\s*(?:\/usr\/bin\/env\s+(?:-S\s+)?(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*|\/\S*\/)node(?:js)?(?:\s|$)/.test(first);
}

// Sloppy-mode syntax that TypeScript's parser refuses in every file, although a browser or Node runs it in a
// script: legacy octal literals (`0777`), decimals with leading zeros (`089`), octal escapes (`"\101"`), and the
// non-octal escapes `"\8"` and `"\9"` (the digit itself).
const SLOPPY =
  /^(?:Octal literals are not allowed|Decimals with leading zeros are not allowed|Octal escape sequences are not allowed|Escape sequence '\\[89]' is not allowed)/;
const MAX_SLOPPY_FIXES = 64;

/**
 * The text with the sloppy construct at `index` rewritten to an equivalent of the same length (so every position
 * stays right): `0777` → ` 511`, `089` → ` 89`, `\101` → `\x41`; a shorter octal escape loses its backslash.
 */
function desloppify(text: string, index: number): string | undefined {
  if (text[index] === '\\' && (text[index + 1] === '8' || text[index + 1] === '9')) return `${text.slice(0, index)} ${text.slice(index + 1)}`;
  if (text[index] === '\\') {
    const m = /^\\([0-7]{1,3})/.exec(text.slice(index, index + 4));
    if (!m) return undefined;
    const digits = m[1]!;
    const value = parseInt(digits, 8);
    const repl = digits.length === 3 && value < 256 ? `\\x${value.toString(16).padStart(2, '0')}` : ` ${digits}`;
    return text.slice(0, index) + repl + text.slice(index + 1 + digits.length);
  }
  const m = /^0[0-9_]*/.exec(text.slice(index, index + 64));
  if (!m) return undefined;
  const digits = m[0];
  const value = /^0[0-7]+$/.test(digits) ? parseInt(digits, 8) : parseInt(digits.replace(/_/g, ''), 10);
  if (!Number.isFinite(value)) return undefined;
  const dec = String(value);
  if (dec.length > digits.length) return undefined;
  return text.slice(0, index) + dec.padStart(digits.length, ' ') + text.slice(index + digits.length);
}

/**
 * The text with each HTML-like comment (`<!--` to the end of its line; `-->` first on a line, after blanks or block
 * comments, to the end of its line) replaced by spaces, outside strings, templates and comments.
 */
export function blankHtmlComments(text: string): string {
  const out = text.split('');
  let lineStart = true; // only blanks and block comments since the last newline
  const blankToEol = (from: number): number => {
    let j = from;
    for (; j < text.length && text[j] !== '\n'; j++) out[j] = ' ';
    return j - 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      lineStart = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      if (text.slice(i, stop).includes('\n')) lineStart = false;
      i = stop - 1;
      continue;
    }
    if (lineStart && text.startsWith('-->', i)) {
      i = blankToEol(i);
      continue;
    }
    lineStart = false;
    if (c === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = (nl < 0 ? text.length : nl) - 1;
    } else if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c && (c === '`' || text[i] !== '\n'); i++) if (text[i] === '\\') i++;
    } else if (text.startsWith('<!--', i)) i = blankToEol(i);
  }
  return out.join('');
}

/** parse(), retrying past sloppy-mode syntax (see SLOPPY) as a script would accept it. */
function parseLenient(parse: ParseFn, text: string, options: Record<string, unknown>): TSESTree.Program {
  let current = text;
  let htmlTried = false;
  for (let fixes = 0; ; fixes++) {
    try {
      return parse(current, options);
    } catch (error) {
      // Annex B: in a script `<!--` starts a comment to the end of the line, and so does `-->` at a line's start.
      // TypeScript knows neither; blank them (same length, so every range stays true) and parse again.
      if (
        !htmlTried &&
        !(error instanceof RangeError) &&
        /\.(c?js|jsx)$/.test(String(options.filePath)) &&
        (current.includes('<!--') || current.includes('-->'))
      ) {
        htmlTried = true;
        const blanked = blankHtmlComments(current);
        if (blanked !== current) {
          current = blanked;
          continue;
        }
      }
      const index = (error as { index?: unknown }).index;
      const message = error instanceof Error ? error.message : '';
      if (fixes >= MAX_SLOPPY_FIXES || typeof index !== 'number' || !SLOPPY.test(message)) throw error;
      const next = desloppify(current, index);
      if (next === undefined) throw error;
      current = next;
    }
  }
}

/**
 * Parse JS/TS once per file. `.jsx`/`.tsx` get JSX; plain `.js` files retry with JSX on a syntax error
 * (React projects put JSX in `.js`). Throws the parser's error (or a RangeError on deep nesting).
 */
export function parseCode(text: string, filePath: string, extra: Record<string, unknown> = {}): TSESTree.Program {
  const parse = loadParser();
  const lower = filePath.toLowerCase();
  const jsx = lower.endsWith('.jsx') || lower.endsWith('.tsx');
  // `loc: true` only because `false` costs an extra pass (see loc.ts: the values are placeholders); no JSDoc (never
  // read); `allowInvalidAST` skips the converter's grammar checks for code that TypeScript already parsed: a scanner
  // looks at what the code does, not whether a compiler would accept a misplaced modifier.
  const base = {
    range: true,
    loc: true,
    comment: false,
    tokens: false,
    jsDocParsingMode: 'none',
    allowInvalidAST: true,
    filePath: path.basename(filePath),
    errorOnUnknownASTType: false,
    suppressDeprecatedPropertyWarnings: true,
    ...extra,
  };
  // An extensionless node script (`bin/tool` with a shebang) is JavaScript: parsed as a .js file.
  const js = /\.(c|m)?js$/.test(lower) || !path.basename(lower).includes('.');
  if (js && !/\.(c|m)?js$/.test(lower)) base.filePath = `${base.filePath}.js`;
  let ast: TSESTree.Program;
  try {
    ast = parseOnce(parse, text, base, jsx, js);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // The parser recurses once per nesting level and overflows the stack near 600 levels (a 1.4 KB file of nested
    // arrays, a 1,000-term string concatenation), at a depth that moves with JIT warm-up. Parse such a file again
    // on a thread with a large fixed stack, so the same file gives the same tree alone and among others.
    const brackets = bracketDepth(text);
    if (brackets > MAX_ANALYSED_DEPTH) throw new DeepTreeError(brackets, 'brackets');
    ast = parseOnce(bigStackParser(), text, base, jsx, js);
    const depth = treeDepth(ast);
    if (depth > MAX_ANALYSED_DEPTH) throw new DeepTreeError(depth);
  }
  desugar(ast, text);
  return ast;
}

/** Nesting the analysis (which recurses on the main thread) is known to handle; deeper trees are skipped. */
export const MAX_ANALYSED_DEPTH = 2500;

/** A tree parsed on the big stack that is too deep to analyse: reported as a skip with its depth, the same every run. */
export class DeepTreeError extends RangeError {
  constructor(
    readonly depth: number,
    unit: 'levels' | 'brackets' = 'levels',
  ) {
    super(
      depth < 0
        ? `too deeply nested to analyse (the parse on a large stack took over ${BIG_STACK_TIMEOUT_MS / 1000} s)`
        : `too deeply nested to analyse (${depth} ${unit === 'levels' ? 'levels' : 'nested brackets'}, over ${MAX_ANALYSED_DEPTH})`,
    );
  }
}

/**
 * Deepest nesting of (), [] and {} in the text, outside strings and comments (a template literal counts as a string;
 * a regular expression literal may miscount a little): a linear bound checked before the large-stack parse, whose
 * time grows faster than linearly with depth.
 */
export function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if (c === 41 || c === 93 || c === 125) {
      if (depth > 0) depth--;
    } else if (c === 34 || c === 39 || c === 96) {
      for (i++; i < text.length && text.charCodeAt(i) !== c; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    }
  }
  return max;
}

/** Deepest node of the tree, counted iteratively. */
export function treeDepth(ast: TSESTree.Program): number {
  let max = 0;
  const nodes: TSESTree.Node[] = [ast];
  const depths: number[] = [1];
  let d = 0;
  const push = (c: TSESTree.Node): void => {
    nodes.push(c);
    depths.push(d + 1);
  };
  while (nodes.length) {
    const node = nodes.pop()!;
    d = depths.pop()!;
    if (d > max) max = d;
    forEachChild(node, push);
  }
  return max;
}

/** JSON has no RegExp or BigInt: give regex and bigint literals their values back (iteratively). */
function reviveLiterals(ast: TSESTree.Program): TSESTree.Program {
  const nodes: TSESTree.Node[] = [ast];
  const push = (c: TSESTree.Node): void => void nodes.push(c);
  while (nodes.length) {
    const node = nodes.pop()!;
    if (node.type === 'Literal') {
      const lit = node as { value: unknown; regex?: { pattern: string; flags: string }; bigint?: string };
      if (lit.regex) {
        try {
          lit.value = new RegExp(lit.regex.pattern, lit.regex.flags);
        } catch {
          lit.value = null;
        }
      } else if (typeof lit.bigint === 'string') {
        try {
          lit.value = BigInt(lit.bigint);
        } catch {
          lit.value = null;
        }
      }
      continue;
    }
    forEachChild(node, push);
  }
  return ast;
}

/** Stack of the parse thread (MiB) and how long one parse there may take before the file is skipped (ms). */
const BIG_STACK_MB = 256;
const BIG_STACK_TIMEOUT_MS = 5_000;

// The thread's program: load the same parser, parse once, post the tree (or the error's fields) and wake the caller.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { parserPath, text, options, port, signal } = workerData;
let reply;
try {
  const mod = require(parserPath);
  // As JSON text: the structured clone of a deep tree would recurse on the caller's small stack, JSON.parse does not.
  reply = { json: JSON.stringify(mod.parse(text, options), (k, v) => (typeof v === 'bigint' ? String(v) : v)) };
} catch (e) {
  reply = { error: { range: e instanceof RangeError, message: String(e && e.message), index: e && e.index, lineNumber: e && e.lineNumber, column: e && e.column } };
}
try { port.postMessage(reply); } catch (e) { port.postMessage({ error: { range: true, message: 'tree too large to return: ' + String(e && e.message) } }); }
const flag = new Int32Array(signal);
Atomics.store(flag, 0, 1);
Atomics.notify(flag, 0);
`;

/** The parser module: dist/parser.js beside the bundle, or the typescript-estree package unbundled (tests). */
function parserPath(): string {
  if (typeof __FLOWGUARD_BUNDLED__ !== 'undefined' && __FLOWGUARD_BUNDLED__) {
    return path.join(__dirname, 'parser.js');
  } else {
    return require.resolve('@typescript-eslint/typescript-estree');
  }
}

/** A ParseFn that parses on a fresh thread with a BIG_STACK_MB stack, synchronously (the caller blocks). */
function bigStackParser(): ParseFn {
  return (code, options) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker, MessageChannel, receiveMessageOnPort } = require('node:worker_threads') as typeof import('node:worker_threads');
    const signal = new SharedArrayBuffer(4);
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { parserPath: parserPath(), text: code, options, port: port2, signal },
      transferList: [port2],
      resourceLimits: { stackSizeMb: BIG_STACK_MB },
      stdout: true,
      stderr: true,
    });
    try {
      const done = Atomics.wait(new Int32Array(signal), 0, 0, BIG_STACK_TIMEOUT_MS);
      const reply = receiveMessageOnPort(port1)?.message as
        | { json?: string; error?: { range: boolean; message: string; index?: number; lineNumber?: number; column?: number } }
        | undefined;
      if (done === 'timed-out') throw new DeepTreeError(-1);
      if (!reply) throw new RangeError('the parse thread ended without an answer');
      if (reply.json !== undefined) return reviveLiterals(JSON.parse(reply.json) as TSESTree.Program);
      const e = reply.error!;
      const error: Error & { index?: number; lineNumber?: number; column?: number } = e.range ? new RangeError(e.message) : new Error(e.message);
      if (e.index !== undefined) error.index = e.index;
      if (e.lineNumber !== undefined) error.lineNumber = e.lineNumber;
      if (e.column !== undefined) error.column = e.column;
      throw error;
    } finally {
      port1.close();
      void worker.terminate();
    }
  };
}

function parseOnce(parse: ParseFn, text: string, base: Record<string, unknown>, jsx: boolean, js: boolean): TSESTree.Program {
  try {
    return parseLenient(parse, text, { ...base, jsx });
  } catch (error) {
    if (!jsx && js && !(error instanceof DeepTreeError)) {
      try {
        return parseLenient(parse, text, { ...base, jsx: true });
      } catch {
        throw error;
      }
    }
    throw error;
  }
}
