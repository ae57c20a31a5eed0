import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration and e2e tests start real servers and child processes; keep them bounded, not skipped.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
