import { resolve } from 'node:path';
import { openBenchPage } from './browser-harness';

/**
 * `npm run bench -- backup [PAIRINGS]`: in Chromium, the programme-sized
 * sample (100 pairings by default; fewer for a quick look) backed up whole and
 * restored into an empty device, against fflate zipping the same records and
 * bytes. Seconds, peak JS heap and file size, as JSON.
 */
export async function run(args: string[]): Promise<Record<string, unknown>> {
  const pairings = args[0] ? Number(args[0]) : undefined;
  const { page, close } = await openBenchPage(resolve('bench/browser/backup-entry.ts'));
  try {
    page.setDefaultTimeout(0);
    const result = await page.evaluate(
      (scale) => (window as unknown as { benchBackup: (s: Record<string, number>) => Promise<Record<string, unknown>> }).benchBackup(scale),
      (pairings ? { pairings } : {}) as Record<string, number>,
    );
    return { bench: 'backup', engine: 'chromium-indexeddb', ...result, goals: { ratio_backup_to_zip_below: 2, restore_seconds_below: 15, peak_heap_mb_below: 300 } };
  } finally {
    await close();
  }
}
