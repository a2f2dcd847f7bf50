import { resolve } from 'node:path';
import { openBenchPage } from './browser-harness';

/**
 * The stakeholder register with 20 000 stakeholders in Chromium: importing a
 * 20 000-row CSV, the time to the list's first rows, and the latency of each
 * keystroke of a search (event to the list showing the result).
 */
export async function run(args: string[]): Promise<Record<string, unknown>> {
  const count = Number(args[0] ?? 20_000);
  const { page, close } = await openBenchPage(resolve('bench/browser/stakeholders-entry.tsx'));
  try {
    // A script that fails to load says why, instead of "benchStakeholders is not a function".
    const errors: string[] = [];
    page.on('pageerror', (e) => { errors.push(e.message); console.error(e.message); });
    page.on('console', (m) => { if (m.type() === 'error') console.error(m.text()); });
    await page.reload();
    if (errors.length > 0) throw new Error(`the bench page failed: ${errors.join('; ')}`);
    const result = await page.evaluate((n) => (window as unknown as { benchStakeholders: (n: number) => Promise<Record<string, number>> }).benchStakeholders(n), count);
    return { bench: 'stakeholders', engine: 'chromium-indexeddb', ...result, goal_first_rows_ms: 300, goal_keystroke_median_ms: 16, goal_import_ms: 5000 };
  } finally {
    await close();
  }
}
