import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';

/** Serves the built renderer (dist-web) on 127.0.0.1 at a free port, as a user's tab would load it. */
export async function startPreview(): Promise<{ url: string; close: () => Promise<void> }> {
  // PONTE_DIST_DIR lets several builds be tested side by side (absolute path).
  const outDir = process.env.PONTE_DIST_DIR ?? `${process.cwd()}/dist-web`;
  if (!existsSync(`${outDir}/index.html`)) throw new Error(`${outDir} is missing: run \`npm run build:web\` before the end-to-end tests`);
  const server: PreviewServer = await preview({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
