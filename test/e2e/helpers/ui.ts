import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';

// Steps as a user takes them, so each test reads like what a person does.

export async function createPairing(page: Page, lac: { name: string; country: string }, eu: { name: string; country: string }, newLabel = 'New pairing', createLabel = 'Create pairing') {
  await page.getByRole('button', { name: newLabel }).first().click();
  const dialog = page.getByRole('dialog');
  const names = dialog.locator('input[id^="new-"][id$="-name"]');
  const countries = dialog.locator('select');
  await names.nth(0).fill(lac.name);
  await countries.nth(0).selectOption(lac.country);
  await names.nth(1).fill(eu.name);
  await countries.nth(1).selectOption(eu.country);
  await dialog.getByRole('button', { name: createLabel }).click();
  await page.getByRole('heading', { level: 1, name: `${lac.name} – ${eu.name}` }).waitFor();
}

/** Waits until the header says every change is stored on the device. */
export async function waitForSaved(page: Page) {
  // Not "Not saved: …", which names a field whose text could not be saved.
  await page.locator('.save-state:not(.not-saved)', { hasText: /saved|guardados|salvas/i }).waitFor();
}

/** The service worker must hold the app shell before a reload without network can work. */
export async function waitForOfflineShell(page: Page, timeoutMs = 15_000) {
  await page.evaluate(async (ms) => {
    const controlled = (async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
      }
    })();
    const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the service worker did not take control')), ms));
    await Promise.race([controlled, late]);
  }, timeoutMs);
}

/** Screenshots land in test-results/screens for a person to look at; they assert nothing. */
export async function snapshot(page: Page, name: string) {
  mkdirSync('test-results/screens', { recursive: true });
  // A full-page capture of a scrolled page draws the sticky header where the
  // scroll left it, over the middle of the screen: capture from the top, as a
  // user first sees it, then put the scroll back for the test's next step.
  const scrolled = await page.evaluate(() => window.scrollY);
  if (scrolled) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  if (scrolled) await page.evaluate((y) => window.scrollTo(0, y), scrolled);
}
