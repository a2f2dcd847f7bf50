import { defineConfig } from 'vitest/config';

// End-to-end: Debian's Chromium driven by playwright-core against the built renderer.
export default defineConfig({
  test: {
    name: 'e2e',
    globals: true,
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
