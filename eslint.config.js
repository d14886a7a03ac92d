import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'child_process', 'os', 'worker_threads'] }],
      'no-restricted-globals': ['error', 'process', 'require'],
    },
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly' } },
  },
);
