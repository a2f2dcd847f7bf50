import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspMetaTag } from './scripts/vite-csp';

// The renderer as a plain web app: how it runs in a Chromium tab and how the
// end-to-end tests see it. Electron builds the same renderer through
// electron.vite.config.ts.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), cspMetaTag()],
  build: { outDir: '../dist-web', emptyOutDir: true, target: 'es2022' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
});
