import { defineConfig } from 'vitest/config';

/**
 * `npm run test:e2e`: the slow end-to-end suites (test/*-e2e.test.ts), which
 * install the packed package and real tools from npm (pre-commit, lint-staged,
 * lefthook, a browser driver) into throwaway projects. The global setup packs
 * the build once and releases a snapshot for all of them.
 */
export default defineConfig({
  test: {
    include: ['test/**/*-e2e.test.ts'],
    globalSetup: ['test/support/e2e-setup.ts'],
    testTimeout: 10 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});
