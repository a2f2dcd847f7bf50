import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { cspMetaTag } from './scripts/vite-csp';
import { rendererCodeSplitting } from './scripts/vite-chunks';

// The renderer as a plain web app: how it runs in a Chromium tab and how the
// end-to-end tests see it. Electron builds the same renderer through
// electron.vite.config.ts, without the service worker (file:// needs none).
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [
    react(),
    cspMetaTag(),
    // A tab must open with no network too: the service worker keeps the app
    // shell, every lazily loaded chunk included, so a reload offline works.
    VitePWA({
      injectRegister: false,
      registerType: 'autoUpdate',
      manifest: {
        name: 'Ponte',
        short_name: 'Ponte',
        start_url: './',
        display: 'standalone',
        background_color: '#f3f6f8',
        theme_color: '#0b2f57',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: { clientsClaim: true, skipWaiting: true, globPatterns: ['**/*.{js,css,html,svg,png,woff2}'], maximumFileSizeToCacheInBytes: 8 * 1024 * 1024, navigateFallback: 'index.html' },
    }),
  ],
  build: {
    outDir: '../dist-web',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { output: { codeSplitting: rendererCodeSplitting } },
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1' },
});
