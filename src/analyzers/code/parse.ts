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
  const base = { range: true, loc: true, comment: false, tokens: false, jsDocParsingMode: 'none', allowInvalidAST: true, filePath: path.basename(filePath), errorOnUnknownASTType: false, suppressDeprecatedPropertyWarnings: true };
  try {
    return parse(text, { ...base, jsx });
  } catch (error) {
    if (!jsx && /\.(c|m)?js$/.test(lower)) {
      try {
        return parse(text, { ...base, jsx: true });
      } catch {
        throw error;
      }
    }
    throw error;
  }
}
