import { resolve } from 'node:path';
import { openBenchPage } from './browser-harness';

/** Adds N photos of 4000×3000 (made in the page) through the app's attachment path in Chromium: time per photo, main-thread gaps, peak heap. */
export async function run(args: string[]): Promise<Record<string, unknown>> {
  const count = Number(args[0] ?? 100);
  const { page, close } = await openBenchPage(resolve('bench/browser/photos-entry.ts'));
  try {
    const result = await page.evaluate((n) => (window as unknown as { benchPhotos: (n: number) => Promise<Record<string, unknown>> }).benchPhotos(n), count);
    return { bench: 'photos', engine: 'chromium-indexeddb', ...result, goal_ms_per_photo_below: 300 };
  } finally {
    await close();
  }
}
