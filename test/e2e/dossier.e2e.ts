import { createPairing, snapshot, waitForOfflineShell, waitForSaved } from './helpers/ui';
import { withAppAndBrowser } from './helpers/suite';

const STEP_MS = 15_000;

const env = withAppAndBrowser();

describe('the pairing dossier in Chromium', () => {
  it('is created with no network, survives a reload offline, and is found by searching without accents', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB' });
    context.setDefaultTimeout(STEP_MS);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByRole('heading', { name: 'No pairings yet' }).waitFor();
    await waitForOfflineShell(page);
    await snapshot(page, 'list-empty-en');

    await context.setOffline(true);
    await page.getByTestId('network-state').filter({ hasText: 'Offline' }).waitFor();
    await createPairing(page, { name: 'São Leopoldo', country: 'BR' }, { name: 'Viana do Castelo', country: 'PT' });
    await page.getByLabel('Summary (English)').fill('Shared river-front regeneration and a participatory budget pilot.');
    await page.getByLabel('Summary (English)').blur();
    await waitForSaved(page);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'São Leopoldo – Viana do Castelo' }).waitFor();
    expect(await page.getByLabel('Summary (English)').inputValue()).toBe('Shared river-front regeneration and a participatory budget pilot.');

    await page.getByRole('link', { name: 'All pairings' }).click();
    await page.getByLabel('Search').fill('sao');
    expect(await page.locator('.pairing-row').count()).toBe(1);
    await page.getByLabel('Search').fill('lisbon');
    await page.getByText('No pairing matches').waitFor();
    await context.close();
  });

  it('switches every string without reloading, remembers the language, and starts in the system language', async () => {
    const context = await env.browser.newContext({ locale: 'es-ES' });
    context.setDefaultTimeout(STEP_MS);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByRole('heading', { name: 'Todavía no hay hermanamientos' }).waitFor();
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

    await page.getByRole('button', { name: 'PT', exact: true }).click();
    await page.getByRole('heading', { name: 'Ainda não há parcerias' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(await page.locator('html').getAttribute('lang')).toBe('pt');
    expect(await page.locator('body').innerText()).not.toContain('hermanamiento');

    await page.reload();
    await page.getByRole('heading', { name: 'Ainda não há parcerias' }).waitFor();
    await context.close();

    const french = await env.browser.newContext({ locale: 'fr-FR' });
    french.setDefaultTimeout(STEP_MS);
    const frenchPage = await french.newPage();
    await frenchPage.goto(env.app.url);
    await frenchPage.getByRole('heading', { name: 'No pairings yet' }).waitFor();
    await french.close();
  });

  it('moves a deleted pairing to the bin, undoes it, and restores it from the bin', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB' });
    context.setDefaultTimeout(STEP_MS);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await createPairing(page, { name: 'Rosario', country: 'AR' }, { name: 'Genova', country: 'IT' });
    await page.getByRole('button', { name: 'Delete pairing' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete pairing' }).click();
    await page.getByRole('heading', { name: 'No pairings yet' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.pairing-row', { hasText: 'Rosario – Genova' }).waitFor();

    await page.locator('.pairing-row a').click();
    await page.getByRole('button', { name: 'Delete pairing' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete pairing' }).click();
    await page.getByRole('link', { name: 'Bin' }).click();
    await page.locator('.bin-list li', { hasText: 'Rosario – Genova' }).waitFor();
    await snapshot(page, 'bin-en');
    await page.getByRole('button', { name: 'Restore' }).click();
    await page.getByText('The bin is empty.').waitFor();
    await page.getByRole('link', { name: 'Pairings' }).click();
    await page.locator('.pairing-row', { hasText: 'Rosario – Genova' }).waitFor();
    await context.close();
  });
});
