import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/e2e/helpers/chromium';

/**
 * The first screens with the programme-sized sample on the device: the app
 * built as users get it, served over http, in Chromium; the sample made by
 * the app's own "Load a programme-sized sample" (through the write path);
 * then, for the pairing list, a dossier, a stakeholder register, a mission
 * and a UCAP, the time from a reload to the screen's content being on
 * screen (its element in the DOM, then the next frame). Median of RUNS
 * reloads each. `npm run bench -- first-screen [RUNS] [--dist DIR]`
 * (DIR: a build to reuse, as `npx vite build --config vite.config.ts --outDir DIR`).
 * PONTE_BENCH_PROFILE=DIR also writes a CPU profile of one reload of each screen.
 */

const PAIRING = 'sample-pairing-p001';
const MISSION = 'sample-mission-p001-001';

/** Each screen, its address, and what shows that it is usable (content, not the skeleton). */
const SCREENS = [
  { name: 'pairing_list', hash: '#/', ready: '.pairing-list li a' },
  { name: 'dossier', hash: `#/pairing/${PAIRING}`, ready: 'main.dossier #sides-heading' },
  { name: 'stakeholder_list', hash: `#/pairing/${PAIRING}/stakeholders`, ready: '.stakeholders-scroller [role="row"] [role="gridcell"], .stakeholders-scroller [role="row"] [role="cell"]' },
  { name: 'mission', hash: `#/pairing/${PAIRING}/missions/${MISSION}`, ready: 'main.missions .missions-agenda' },
  { name: 'ucap', hash: `#/pairing/${PAIRING}/ucap`, ready: 'main.ucap #ucap-h-context' },
] as const;

const GOAL_MS = 500;

/** Installed before any script of the page: notes when the awaited element appears, and the frame after. */
function watchForReady() {
  const selector = localStorage.getItem('ponte-bench-ready');
  if (!selector) return;
  const w = window as unknown as { __ready?: number; __painted?: number };
  const check = () => {
    if (w.__ready !== undefined || !document.querySelector(selector)) return;
    w.__ready = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => (w.__painted = performance.now()), 0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

async function timeReload(page: Page, hash: string, ready: string): Promise<{ ready: number; painted: number }> {
  await page.evaluate(([h, r]) => {
    localStorage.setItem('ponte-bench-ready', r);
    location.hash = h;
  }, [hash, ready] as const);
  await page.waitForSelector(ready, { state: 'attached', timeout: 60_000 });
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined, undefined, { timeout: 60_000, polling: 50 });
  return page.evaluate(() => {
    const w = window as unknown as { __ready: number; __painted: number };
    return { ready: Number(w.__ready.toFixed(1)), painted: Number(w.__painted.toFixed(1)) };
  });
}

/** With PONTE_BENCH_PROFILE=DIR: one more reload of a screen under Chromium's CPU profiler, written as DIR/NAME.cpuprofile (DevTools opens it). */
async function profileReload(page: Page, screen: (typeof SCREENS)[number], dir: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await timeReload(page, screen.hash, screen.ready);
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(join(dir, `${screen.name}.cpuprofile`), JSON.stringify(profile));
  await cdp.detach();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function run(args: string[]): Promise<Record<string, unknown>> {
  const profileDir = process.env.PONTE_BENCH_PROFILE;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const distFlag = args.indexOf('--dist');
  const runs = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--dist') ?? 5);
  let outDir = distFlag >= 0 ? args[distFlag + 1]! : '';
  if (!outDir || !existsSync(join(outDir, 'index.html'))) {
    outDir = outDir || mkdtempSync(join(tmpdir(), 'ponte-first-screen-'));
    const previousEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
    process.env.NODE_ENV = previousEnv;
  }
  const server = await preview({ configFile: 'vite.config.ts', logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const browser = await launchChromium(['--lang=es']);
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'es-ES' });
    await context.addInitScript(watchForReady);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${address.port}/`);
    await page.waitForSelector('.empty-list button.link');
    const l0 = Date.now();
    await page.click('.empty-list button.link');
    await page.waitForSelector('.sample-progress', { state: 'attached' });
    await page.waitForSelector('.sample-progress', { state: 'detached', timeout: 15 * 60_000 });
    const loadSeconds = (Date.now() - l0) / 1000;
    const loaded = await page.evaluate(async () => {
      const open = indexedDB.open('ponte');
      const db: IDBDatabase = await new Promise((resolve, reject) => { open.onsuccess = () => resolve(open.result); open.onerror = () => reject(open.error); });
      const count = (store: string) => new Promise<number>((resolve) => { const r = db.transaction(store).objectStore(store).count(); r.onsuccess = () => resolve(r.result); });
      const names = ['pairings', 'stakeholders', 'missions', 'agendaItems', 'ucapPlans', 'ucapSnapshots', 'photos', 'blobs'].filter((n) => db.objectStoreNames.contains(n));
      const counts = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await count(n)] as const)));
      db.close();
      return counts;
    });
    const screens: Record<string, unknown> = {};
    const medians: Record<string, number> = {};
    for (const screen of SCREENS) {
      // One reload to warm the cache the way a returning user has it, then the measured ones.
      await timeReload(page, screen.hash, screen.ready);
      const times = [];
      for (let i = 0; i < runs; i++) times.push(await timeReload(page, screen.hash, screen.ready));
      const painted = times.map((t) => t.painted);
      medians[screen.name] = median(painted);
      screens[screen.name] = { median_ms: median(painted), max_ms: Math.max(...painted), median_in_dom_ms: median(times.map((t) => t.ready)), runs: painted };
      if (profileDir) await profileReload(page, screen, profileDir);
    }
    if (errors.length) throw new Error(`the app failed: ${errors.join('; ')}`);
    return {
      bench: 'first-screen',
      engine: 'chromium-indexeddb',
      dataset: 'programme (npm run sample -- --scale programme)',
      sample_load_s: Number(loadSeconds.toFixed(1)),
      records: loaded,
      screens,
      worst_median_ms: Math.max(...Object.values(medians)),
      goal_each_under_ms: GOAL_MS,
      all_under_goal: Object.values(medians).every((m) => m < GOAL_MS),
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
}
