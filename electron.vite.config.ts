import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { cspMetaTag } from './scripts/vite-csp';
import { rendererCodeSplitting } from './scripts/vite-chunks';
import { resolve } from 'node:path';

// Entries live in electron/ and renderer/ rather than electron-vite's default src/.
// The preload is emitted as CommonJS: Electron runs ESM preloads only with the
// sandbox off, and we keep the sandbox on.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve('electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMetaTag()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') }, output: { codeSplitting: rendererCodeSplitting } },
    },
  },
});
