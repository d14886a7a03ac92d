import { defineConfig } from 'vitest/config';
import { E2E } from './vitest.config.js';

/** `npm run test:e2e`: the browser lab (chromium), Redis sweeps (redis-server) and full CLI runs. */
export default defineConfig({
  test: {
    include: E2E,
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
