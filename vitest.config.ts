import { defineConfig } from 'vitest/config';

/**
 * `npm test`: unit, property and CLI tests (≤ 5 min on an idle 2-core machine). The slow
 * end-to-end suites (browser lab, Redis sweeps, full CLI runs) are `*.e2e.test.ts` files and
 * test/e2e/, run by `npm run test:e2e` (vitest.e2e.config.ts). CI runs both.
 * Timeouts are generous (≥ 5× any test's idle time): a test must not depend on the machine's speed.
 */
export const E2E = ['test/e2e/**/*.test.ts', '**/*.e2e.test.ts'];

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', ...E2E],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
