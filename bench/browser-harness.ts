import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/helpers/chromium';

/**
 * Bundles a bench entry for the browser and opens it in Chromium on a real
 * http origin (IndexedDB needs one), so figures come from the engine users run.
 */
export async function openBenchPage(entry: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const outDir = mkdtempSync(join(tmpdir(), 'ponte-bench-'));
  // vite-node runs with NODE_ENV=development, which would pick React's development
  // JSX runtime; users run the production one.
  const previousEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    // Library mode leaves process.env.NODE_ENV in React's entry; the page has no
    // `process`, and we measure what users run: the production build.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry, formats: ['iife'], name: 'bench', fileName: () => 'bench.js' } },
  });
  process.env.NODE_ENV = previousEnv;
  const script = readFileSync(join(outDir, 'bench.js'));
  const server: Server = createServer((req, res) => {
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  // gc() lets a bench start a measurement from a collected heap. (--enable-precise-memory-info was tried: it doubled every time measured.)
  const browser: Browser = await launchChromium(['--js-flags=--expose-gc']);
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${address.port}/`);
  return {
    page,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
