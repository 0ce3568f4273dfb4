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

const NODE_SHEBANG = /^#![ \t]*(?:\/usr\/bin\/env[ \t]+(?:-S[ \t]+)?(?:[A-Za-z_]\w*=\S*[ \t]+)*|\/(?:[\w.-]+\/)*)node(?:js)?(?:[ \t]|\r?\n|$)/;

/** An extensionless file that starts `#!/usr/bin/env node` (or `-S node …`, `/usr/bin/node`): a Node script, so JS. */
export function isNodeScript(file: string, text: string): boolean {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return !base.includes('.') && text.startsWith('#!') && NODE_SHEBANG.test(text.slice(0, 200));
}

const SLOPPY_ONLY = /^Octal (escape sequences|literals) are not allowed/;
const MAX_SLOPPY_FIXES = 200;

/**
 * Sloppy-mode syntax TypeScript's parser refuses everywhere: a legacy octal escape (`'\033[0m'`) or literal (`0755`).
 * Rewritten in place to a same-length equivalent so every offset still points into the original text:
 * `\033` → `\x1b` (exact), a shorter escape → `\v` (the scanner does not need the control character), `0755` →
 * ` 493`. Undefined when the text at `index` is neither.
 */
function fixSloppy(text: string, index: number): string | undefined {
  const esc = /^\\([0-3][0-7]{0,2}|[4-7][0-7]?)/.exec(text.slice(index, index + 4));
  if (esc) {
    const digits = esc[1]!;
    const rep = digits.length === 3 ? `\\x${parseInt(digits, 8).toString(16).padStart(2, '0')}` : digits.length === 2 ? '\\v ' : '\\v';
    return text.slice(0, index) + rep + text.slice(index + 1 + digits.length);
  }
  const num = /^0[0-7]+(?![\w.])/.exec(text.slice(index, index + 24));
  if (num) return text.slice(0, index) + String(parseInt(num[0], 8)).padStart(num[0].length, ' ') + text.slice(index + num[0].length);
  return undefined;
}

/** Parse, rewriting sloppy-only octal escapes and literals (a script, not a module) one by one as the parser meets them. */
function parseSloppy(parse: ParseFn, text: string, options: Record<string, unknown>): TSESTree.Program {
  let current = text;
  for (let i = 0; ; i++) {
    try {
      return parse(current, options);
    } catch (error) {
      const e = error as { message?: string; index?: number };
      const fixed = i < MAX_SLOPPY_FIXES && typeof e.index === 'number' && SLOPPY_ONLY.test(e.message ?? '') ? fixSloppy(current, e.index) : undefined;
      if (fixed === undefined) throw error;
      current = fixed;
    }
  }
}

/**
 * Parse JS/TS once per file. `.jsx`/`.tsx` get JSX; plain `.js` files retry with JSX on a syntax error
 * (React projects put JSX in `.js`). Throws the parser's error (or a RangeError on deep nesting).
 */
export function parseCode(text: string, filePath: string): TSESTree.Program {
  const parse = loadParser();
  const lower = filePath.toLowerCase();
  const jsx = lower.endsWith('.jsx') || lower.endsWith('.tsx');
  // `loc: true` only because `false` costs an extra pass (see loc.ts: the values are placeholders); no JSDoc (never
  // read); `allowInvalidAST` skips the converter's grammar checks for code that TypeScript already parsed: a scanner
  // looks at what the code does, not whether a compiler would accept a misplaced modifier.
  const name = path.basename(filePath);
  const base = { range: true, loc: true, comment: false, tokens: false, jsDocParsingMode: 'none', allowInvalidAST: true, filePath: name.includes('.') ? name : `${name}.js`, errorOnUnknownASTType: false, suppressDeprecatedPropertyWarnings: true };
  try {
    return parseSloppy(parse, text, { ...base, jsx });
  } catch (error) {
    if (!jsx && (/\.(c|m)?js$/.test(lower) || !path.basename(lower).includes('.'))) {
      try {
        return parseSloppy(parse, text, { ...base, jsx: true });
      } catch {
        throw error;
      }
    }
    throw error;
  }
}
