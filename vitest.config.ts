import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The end-to-end tests share one build of the seed graph (tests/globalSetup.ts writes it).
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
