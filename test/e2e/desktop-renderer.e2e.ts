import { existsSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { appResponse } from '../../electron/main/app-protocol';
import { contentSecurityPolicy } from '../../electron/main/security';
import { launchChromium } from './helpers/chromium';
import { docxText } from './helpers/documents';

// The desktop build (out/renderer) as Electron serves it: every file through
// the ponte://app scheme handler, with its types and CSP. The Electron binary
// cannot be downloaded on the build machines, so the handler answers here over
// http on 127.0.0.1 instead of inside Electron; the page, its module scripts,
// the export worker and the policy are the ones Electron would run.

const rendererDir = resolve('out/renderer');
let server: Server;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error('out/renderer is missing: run `npx electron-vite build` before the end-to-end tests');
  const csp = contentSecurityPolicy({ dev: false });
  server = createServer((req, res) => {
    void appResponse({ url: `ponte://app${req.url ?? '/'}`, method: req.method ?? 'GET' }, rendererDir, csp).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}/`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe('the desktop renderer served by its scheme handler', () => {
  it('starts under its own policy, and exports the UCAP in its worker', async () => {
    const context = await browser.newContext({ locale: 'es-ES', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    // On ponte://app the app registers no service worker (start.ts asks for http);
    // served over http here it would, and the desktop build has none to give.
    await context.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    await page.goto(`${base}index.html`);
    await page.getByRole('button', { name: 'Cargar un programa de ejemplo' }).click();
    await page.locator('.pairing-row a', { hasText: 'Cartagena de Indias – Málaga' }).click();
    await page.getByRole('link', { name: 'Plan de acción' }).click();
    await page.getByRole('button', { name: /Exportar/ }).first().click();
    const dialog = page.getByRole('dialog');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exportar' }).click()]);
    const file = join(mkdtempSync(join(tmpdir(), 'ponte-desktop-')), download.suggestedFilename());
    await download.saveAs(file);

    expect(workers.some((url) => url.includes('ucap-export.worker'))).toBe(true);
    expect(await docxText(file)).toContain('Plan de Acción de Cooperación Urbana');
    // Nothing the policy refused, no script served with the wrong type.
    expect(problems).toEqual([]);
    await context.close();
  });
});
