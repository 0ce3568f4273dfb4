// `npm run lint`: ESLint's and typescript-eslint's recommended rules on the sources, tests and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What Node gives a script without an import (the .mjs scripts). */
const NODE_GLOBALS = Object.fromEntries(['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setImmediate', 'structuredClone', 'TextDecoder', 'TextEncoder'].map((g) => [g, 'readonly']));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/.corpus/**', 'bench/.work/**', 'bench/node_modules/**', 'bench/results/**', 'tests/fixtures/**', 'tests/golden/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['**/*.mjs', '**/*.cjs', '**/*.js'], languageOptions: { globals: NODE_GLOBALS } },
  {
    rules: {
      // `_name` marks a value left out on purpose (`const { cache: _cache, ...rest } = o`, unused callback parameters).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // `a && f()`, `c ? f() : g()` as statements.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
      // A scanner matches control characters on purpose: escaping them in output is what the regexes are for.
      'no-control-regex': 'off',
      // A `let` a closure reads before its one assignment (a getter over a value built later) cannot be `const`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
);
