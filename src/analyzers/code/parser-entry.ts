// Bundled on its own into dist/parser.js so the CLI never loads TypeScript for scans without JS/TS files.
import { skipLoc } from './loc.js';
// The same module instance typescript-estree's converter calls into (a relative path: the package's exports map
// does not list its internals).
// eslint-disable-next-line @typescript-eslint/no-require-imports
skipLoc(require('../../../node_modules/@typescript-eslint/typescript-estree/dist/node-utils.js') as { getLocFor: unknown });
export { parse } from '@typescript-eslint/typescript-estree';
