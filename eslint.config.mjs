// `npm run lint`: ESLint's recommended rules, and typescript-eslint's recommended type-aware rules (the TypeScript
// program of tsconfig.json) on the TypeScript sources and tests; the plain recommended rules on the .mjs scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What Node gives a script without an import (the .mjs scripts). */
const NODE_GLOBALS = Object.fromEntries(['process', 'console', 'Buffer', 'URL', 'setTimeout', 'clearTimeout', 'setImmediate', 'structuredClone', 'TextDecoder', 'TextEncoder'].map((g) => [g, 'readonly']));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/.corpus/**', 'bench/.work/**', 'bench/node_modules/**', 'bench/results/**', 'tests/fixtures/**', 'tests/golden/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // The TypeScript program of tsconfig.json: sources, rules, tests.
    files: ['src/**/*.ts', 'rules/**/*.ts', 'tests/**/*.ts', 'types/**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Tests read the CLI's JSON and SARIF output with JSON.parse (typed `any`) and assert on it; typing every such
    // read would add casts, not checks. Source files keep these rules.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      // Test doubles keep the async signatures of what they stand in for.
      '@typescript-eslint/require-await': 'off',
    },
  },
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
      // typescript-estree types a node's `type` as the AST_NODE_TYPES enum, whose members are those very strings;
      // `node.type === 'CallExpression'` is how every ESLint rule and this code compares them.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
    },
  },
);
