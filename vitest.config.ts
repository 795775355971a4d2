import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Browser and CLI tests start processes: generous per-test limits, never used as speed assertions.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
