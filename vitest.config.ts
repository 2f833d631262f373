import { defineConfig } from 'vitest/config';

/** `npm test`: every suite but the end-to-end ones (test/*-e2e.test.ts: `npm run test:e2e`, vitest.e2e.config.ts). */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*-e2e.test.ts', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
