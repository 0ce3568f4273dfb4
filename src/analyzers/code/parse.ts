import type { TSESTree } from '@typescript-eslint/types';
import * as path from 'node:path';

type ParseFn = (code: string, options: Record<string, unknown>) => TSESTree.Program;
let parseFn: ParseFn | undefined;

function loadParser(): ParseFn {
  if (!parseFn) {
    if (typeof __FLOWGUARD_BUNDLED__ !== 'undefined' && __FLOWGUARD_BUNDLED__) {
      // dist/parser.js sits beside dist/cli.js and dist/index.js; require it only when a JS/TS file is parsed.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      parseFn = (require(path.join(__dirname, 'parser.js')) as { parse: ParseFn }).parse;
    } else {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      parseFn = (require('@typescript-eslint/typescript-estree') as { parse: ParseFn }).parse;
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
  const base = { range: true, loc: false, comment: false, tokens: false, filePath: path.basename(filePath), errorOnUnknownASTType: false, suppressDeprecatedPropertyWarnings: true };
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
