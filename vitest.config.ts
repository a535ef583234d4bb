import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Only our own tests: never compiled output or the bench's peer packages.
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    // fast-check: random seeds locally, a fixed one in CI (test/support/fc-seed.ts).
    setupFiles: ['test/support/fc-setup.ts'],
    // One PostgreSQL for the whole run (the store contract tests make a database per file).
    globalSetup: ['test/support/pg-global-setup.ts'],
  },
});
