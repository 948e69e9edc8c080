import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium (and Firefox) driving the built extension. One file at a time,
 * since every file starts its own browser and the machine has two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', './tests/summary-reporter.ts'],
  },
});
