import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const ML_MATRIX = { name: 'ml-matrix', message: 'use the Mat of src/core/linalg.ts (ml-matrix is a devDependency: a test oracle only)' };

export default tseslint.config(
  { ignores: ['dist/**', 'report/**', 'node_modules/**', 'web/dist/**', '**/fixtures/**', 'src/data/embedded/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/report/**', 'src/sweep/**', 'src/**/*.test.ts'],
    rules: {
      // Domain code is pure and runs in the browser: no fs, no process.
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'child_process', 'os', 'worker_threads'], paths: [ML_MATRIX] },
      ],
      'no-restricted-globals': ['error', 'process', 'require'],
    },
  },
  {
    // issue 21: core/linalg's Mat is the one matrix type; ml-matrix is a devDependency kept only as
    // a test oracle (src/core/linalg-lu.test.ts) and for the legacy bench (bench/linalg-legacy.ts)
    files: ['src/cli/**/*.ts', 'src/report/**/*.ts', 'src/sweep/**/*.ts', 'web/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [ML_MATRIX] }] },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
