import { resolve } from 'node:path';
import { openBenchPage } from './browser-harness';

/** 10 000 records through the one write path against a raw Dexie bulkPut, in Chromium's IndexedDB. */
export async function run(args: string[]): Promise<Record<string, unknown>> {
  const count = Number(args[0] ?? 10_000);
  const { page, close } = await openBenchPage(resolve('bench/browser/write-path-entry.ts'));
  try {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await page.evaluate((n) => (window as unknown as { benchWritePath: (n: number) => Promise<Record<string, number>> }).benchWritePath(n), count));
    // The median run by ratio: the first run also pays for warming up the engine.
    const sorted = [...runs].sort((a, b) => a.ratio! - b.ratio!);
    return { bench: 'write-path', engine: 'chromium-indexeddb', runs: runs.length, ...sorted[1], goal_ratio_at_least: 0.5 };
  } finally {
    await close();
  }
}
