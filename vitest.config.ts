import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'tests/dom/**/*.test.ts',
      'tests/dom/**/*.test.tsx',
    ],
    setupFiles: ['tests/i18n-setup.ts'],
    reporters: ['default', './tests/summary-reporter.ts'],
    testTimeout: 20_000,
  },
});
