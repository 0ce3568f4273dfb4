// Bundled on its own into dist/parser.js so the CLI never loads TypeScript for scans without JS/TS files.
export { parse } from '@typescript-eslint/typescript-estree';
