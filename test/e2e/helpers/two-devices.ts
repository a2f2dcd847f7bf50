import type { Browser, BrowserContext, Page } from 'playwright-core';

// Two browser contexts are two devices; these are the steps a team takes to
// share a pairing between them through a real sync server.

export type Device = { context: BrowserContext; page: Page };

export async function openDevice(browser: Browser, appUrl: string, locale: string): Promise<Device> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  await page.goto(appUrl);
  return { context, page };
}

export type AccountLabels = { server: string; create: string; name: string; email: string; password: string };
export const ACCOUNT_LABELS_EN: AccountLabels = { server: 'Server address', create: 'Create an account', name: 'Your name', email: 'E-mail', password: 'Password' };

/** Settings → server address → create an account, in whatever language the page speaks. */
export async function register(page: Page, appUrl: string, serverUrl: string, labels: AccountLabels, who: { name: string; email: string }) {
  await page.goto(`${appUrl}#/settings`);
  const server = page.getByLabel(labels.server);
  await server.fill(serverUrl);
  await server.blur();
  await page.getByRole('tab', { name: labels.create }).click();
  await page.getByLabel(labels.name).fill(who.name);
  await page.getByLabel(labels.email).fill(who.email);
  await page.getByLabel(labels.password).fill('cooperación-2026');
  await page.locator('form.account-form button[type="submit"]').click();
  await page.getByText(who.email).waitFor();
}

/** Makes each device sync again now (the app syncs when the connection comes back). */
export async function reconnect(device: Device) {
  await device.context.setOffline(true);
  await device.context.setOffline(false);
}
