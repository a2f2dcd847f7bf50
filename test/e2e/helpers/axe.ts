import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

// @axe-core/playwright needs Node 22; axe-core's own bundle, evaluated in the
// page, runs the same rules.
const axeSource: string = createRequire(import.meta.url)('axe-core').source;

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/** Every axe violation on the page as it is now, of any impact. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the debugging protocol, which the app's CSP (script-src
  // 'self') does not block, whereas an inline <script> tag would be refused.
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.map(String).join(' ')) }));
  });
}

/** One line per violation, so a failing assertion says what and where. */
export function describeViolations(screen: string, violations: AxeViolation[]): string[] {
  return violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} → ${v.targets.slice(0, 3).join(' | ')}`);
}
