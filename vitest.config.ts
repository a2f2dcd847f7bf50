import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit tests run in Node (Dexie on fake-indexeddb); component tests (*.test.tsx) in jsdom.
export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          // PGlite takes about 2 s to start, far more on a loaded 2-core machine.
          hookTimeout: 60_000,
          include: ['shared/**/*.test.ts', 'renderer/**/*.test.ts', 'electron/**/*.test.ts', 'locales/**/*.test.ts', 'scripts/**/*.test.ts', 'test/integration/**/*.test.ts', 'server/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          // A test that renders a whole screen in jsdom and types into it takes
          // seconds on a busy 2-core machine; it still fails on what it asserts.
          testTimeout: 30_000,
          include: ['renderer/**/*.test.tsx'],
          setupFiles: ['test/setup-component.ts'],
        },
      },
    ],
  },
});
