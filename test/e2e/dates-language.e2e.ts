import type { Browser, Locator } from 'playwright-core';
import { launchChromium } from './helpers/chromium';
import { startPreview } from './helpers/preview-server';
import { fillDate, fillTime } from './helpers/date-fields';
import { snapshot } from './helpers/ui';

// A browser set to US English, an interface in Spanish: every date and time
// the user reads or types must be in Spanish order, whatever the browser says.

let app: { url: string; close: () => Promise<void> };
let browser: Browser;
beforeAll(async () => {
  app = await startPreview();
  browser = await launchChromium(['--lang=en-US']);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** What a date or time field shows, without the invisible direction marks around it. */
const shown = async (group: Locator) => ((await group.textContent()) ?? '').replace(/[\u200e\u2066-\u2069]/g, '');
// Waits for the field first: a screen shows its skeleton until its records are read.
const segmentOrder = async (group: Locator) => {
  await group.getByRole('spinbutton').first().waitFor();
  return group.getByRole('spinbutton').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.type));
};

describe('dates and times in Chromium started with --lang=en-US and Ponte in Spanish', () => {
  it('shows and takes day/month/year and a 24-hour clock on the dossier and the mission agenda', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(app.url);
    // The browser really is American: month first, AM/PM.
    expect(await page.evaluate(() => [navigator.language, new Intl.DateTimeFormat().format(new Date(2026, 8, 10))])).toEqual(['en-US', '9/10/2026']);
    await page.getByRole('group', { name: 'Interface language' }).getByRole('button', { name: 'ES' }).click();
    await page.getByRole('button', { name: 'Cargar un programa de ejemplo' }).click();
    await page.locator('.pairing-row a', { hasText: 'Cartagena de Indias – Málaga' }).click();

    // The dossier: the pairing's period, typed day first.
    const start = page.getByRole('group', { name: 'Inicio', exact: true });
    expect(await segmentOrder(start)).toEqual(['day', 'month', 'year']);
    await fillDate(start, '2026-09-10');
    expect(await shown(start)).toBe('10/09/2026');
    await snapshot(page, 'dates-dossier-es');

    // A mission: empty dates say dd/mm/aaaa; the agenda's day and times are Spanish.
    await page.getByRole('link', { name: 'Misiones' }).click();
    await page.getByRole('button', { name: 'Nueva misión' }).first().click();
    const first = page.getByRole('group', { name: 'Primer día' });
    expect(await shown(first)).toBe('dd/mm/aaaa');
    await fillDate(first, '2026-11-09');
    await fillDate(page.getByRole('group', { name: 'Último día' }), '2026-11-13');
    expect(await shown(first)).toBe('09/11/2026');
    const day = page.getByRole('group', { name: 'Fecha del día' });
    await fillDate(day, '2026-11-10');
    expect(await shown(day)).toBe('10/11/2026');
    await page.getByRole('button', { name: 'Añadir un día' }).click();
    // The day heading as Intl writes it in Spanish: not title-cased.
    const heading = page.locator('.missions-day-head h3').first();
    await heading.waitFor();
    expect(await heading.innerText()).toBe('martes, 10 de noviembre de 2026');
    const item = page.locator('.missions-item').first();
    const itemStart = item.getByRole('group', { name: 'Inicio', exact: true });
    const itemEnd = item.getByRole('group', { name: 'Fin', exact: true });
    expect(await segmentOrder(itemStart)).toEqual(['hour', 'minute']);
    await item.getByLabel('Qué').fill('Taller participativo');
    // The end first: a start typed after the item's current end would be refused until the end moves.
    await fillTime(itemEnd, '16:00');
    await fillTime(itemStart, '14:30');
    expect([await shown(itemStart), await shown(itemEnd)]).toEqual(['14:30', '16:00']);
    // Saved, and written back in Spanish as the item's times in both cities.
    await item.getByText(/^14:30–16:00 en Bogotá · 20:30–22:00 en Madrid$/).waitFor();
    expect(await item.innerText()).not.toMatch(/\b[AP]\.? ?M\.?\b/i);
    await snapshot(page, 'dates-agenda-es');

    // Switched to Portuguese at runtime, the same fields follow without a reload.
    await page.getByRole('group', { name: 'Idioma de la interfaz' }).getByRole('button', { name: 'PT' }).click();
    expect(await shown(page.getByRole('group', { name: 'Primeiro dia' }))).toBe('09/11/2026');
    expect(await shown(item.getByRole('group', { name: 'Início', exact: true }))).toBe('14:30');
    await context.close();
  });
});
