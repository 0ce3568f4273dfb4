import type { TSESTree } from '@typescript-eslint/types';
import * as path from 'node:path';
import { skipLoc } from './loc.js';
import { loadBundle } from '../../core/compile-cache.js';

type ParseFn = (code: string, options: Record<string, unknown>) => TSESTree.Program;
let parseFn: ParseFn | undefined;

function loadParser(): ParseFn {
  if (!parseFn) {
    if (typeof __FLOWGUARD_BUNDLED__ !== 'undefined' && __FLOWGUARD_BUNDLED__) {
      // dist/parser.js sits beside dist/cli-main.js and dist/index.js; load it only when a JS/TS file is parsed,
      // through the compile cache.
      parseFn = (loadBundle(path.join(__dirname, 'parser.js'), typeof __FLOWGUARD_PARSER_SHA__ === 'string' ? __FLOWGUARD_PARSER_SHA__ : '') as { parse: ParseFn }).parse;
    } else {
      // Unbundled (tests): the package itself, with the same `loc` shortcut as dist/parser.js.
      const entry = require.resolve('@typescript-eslint/typescript-estree');
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
const SLOPPY = /^(?:Octal literals are not allowed|Decimals with leading zeros are not allowed|Octal escape sequences are not allowed|Escape sequence '\\[89]' is not allowed)/;
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

/** parse(), retrying past sloppy-mode syntax (see SLOPPY) as a script would accept it. */
function parseLenient(parse: ParseFn, text: string, options: Record<string, unknown>): TSESTree.Program {
  let current = text;
  for (let fixes = 0; ; fixes++) {
    try {
      return parse(current, options);
    } catch (error) {
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
  const base = { range: true, loc: true, comment: false, tokens: false, jsDocParsingMode: 'none', allowInvalidAST: true, filePath: path.basename(filePath), errorOnUnknownASTType: false, suppressDeprecatedPropertyWarnings: true, ...extra };
  // An extensionless node script (`bin/tool` with a shebang) is JavaScript: parsed as a .js file.
  const js = /\.(c|m)?js$/.test(lower) || !path.basename(lower).includes('.');
  if (js && !/\.(c|m)?js$/.test(lower)) base.filePath = `${base.filePath}.js`;
  try {
    return parseLenient(parse, text, { ...base, jsx });
  } catch (error) {
    if (!jsx && js) {
      try {
        return parseLenient(parse, text, { ...base, jsx: true });
      } catch {
        throw error;
      }
    }
    throw error;
  }
}
