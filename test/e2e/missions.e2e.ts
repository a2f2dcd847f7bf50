import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import ICAL from 'ical.js';
import type { Page } from 'playwright-core';
import { createPairing, snapshot, waitForOfflineShell, waitForSaved } from './helpers/ui';
import { docxText, renderPdf } from './helpers/documents';
import { withAppAndBrowser } from './helpers/suite';
import { fillDate, fillTime } from './helpers/date-fields';
import { makeJpeg } from './helpers/photos';

const env = withAppAndBrowser();

async function download(page: Page, open: () => Promise<void>, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), open()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

async function exportFile(page: Page, button: string, dir: string, lang?: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  if (lang) await dialog.getByLabel(lang).check();
  const path = await download(page, () => dialog.getByRole('button', { name: 'Export' }).click(), dir);
  await dialog.waitFor({ state: 'detached' });
  return path;
}

async function fillItem(page: Page, index: number, title: string, start: string, end: string) {
  const item = page.locator('.missions-item').nth(index);
  await item.getByLabel('What').fill(title);
  await fillTime(item.getByRole('group', { name: 'Start', exact: true }), start);
  await fillTime(item.getByRole('group', { name: 'End', exact: true }), end);
  await page.getByRole('button', { name: `Move “${title}”`, exact: true }).waitFor();
}

describe('technical missions, offline', () => {
  it('plans a mission, builds two days, adds notes and two photos, survives a reload, and exports .ics and both Word files', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await waitForOfflineShell(page);
    await context.setOffline(true);
    const dir = mkdtempSync(join(tmpdir(), 'ponte-missions-'));

    await createPairing(page, { name: 'Cartagena de Indias', country: 'CO' }, { name: 'Málaga', country: 'ES' });
    await page.getByRole('link', { name: 'Missions' }).click();
    await page.getByRole('button', { name: 'New mission' }).click();
    await page.getByLabel('Title').fill('Misión a Cartagena 🌴');
    await fillDate(page.getByRole('group', { name: 'First day' }), '2026-11-09');
    await fillDate(page.getByRole('group', { name: 'Last day' }), '2026-11-13');
    await page.getByLabel('Status').selectOption('confirmed');

    // Day one: two items; day two: one item.
    await fillDate(page.getByRole('group', { name: 'Date of the day' }), '2026-11-10');
    await page.getByRole('button', { name: 'Add a day' }).click();
    await fillItem(page, 0, 'Bienvenida en la Alcaldía', '09:00', '10:30');
    await page.getByRole('region', { name: /10 November 2026/ }).getByRole('button', { name: 'Add an item' }).click();
    await fillItem(page, 1, 'Recorrido por El Espinal', '11:00', '13:00');
    await fillDate(page.getByRole('group', { name: 'Date of the day' }), '2026-11-11');
    await page.getByRole('button', { name: 'Add a day' }).click();
    await fillItem(page, 2, 'Taller participativo', '08:30', '12:00');
    // 09:00 in Bogotá is 15:00 in Madrid in November.
    await page.locator('.missions-item').first().getByText(/09:00.*Bogotá · 15:00.*Madrid/).waitFor();

    await page.getByLabel('Notes: 11:00 Recorrido por El Espinal').fill('Tres espacios candidatos; el solar se inunda en octubre.');
    await page.getByLabel('Findings').fill('El drenaje es el primer problema.');
    await page.getByLabel('A new follow-up action').fill('Enviar el pliego de drenaje');
    await page.getByRole('button', { name: 'Add action' }).click();
    await page.getByLabel('Name of a person met').fill('Carlos Puello');
    await page.getByRole('button', { name: 'Add person' }).click();

    const photos = [await makeJpeg(page, 1600, 1200, 20), await makeJpeg(page, 1200, 1600, 200)];
    await page.getByLabel('Add photos from files').setInputFiles([
      { name: 'espinal.jpg', mimeType: 'image/jpeg', buffer: photos[0]! },
      { name: 'taller.jpg', mimeType: 'image/jpeg', buffer: photos[1]! },
    ]);
    await page.locator('.missions-photo img').nth(1).waitFor();
    await page.locator('.missions-photo').nth(0).getByLabel('Caption').fill('El solar junto al caño');
    await page.locator('.missions-photo').nth(1).getByLabel('Caption').fill('Taller con las vecinas');
    await page.locator('.missions-photo').nth(1).getByLabel('Caption').blur();
    await waitForSaved(page);
    await snapshot(page, 'missions-editor-en');

    await page.reload();
    await page.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();
    // The agenda's items come from their own live query, after the heading.
    await expect.poll(() => page.locator('.missions-item').count()).toBe(3);
    expect(await page.getByLabel('Notes: 11:00 Recorrido por El Espinal').inputValue()).toContain('Tres espacios');
    await page.locator('.missions-photo img').nth(1).waitFor();
    expect(await page.locator('.missions-photo').nth(0).getByLabel('Caption').inputValue()).toBe('El solar junto al caño');
    await page.getByText(/Attachments on this device: .* in 4 files/).waitFor(); // two originals, two thumbnails
    await snapshot(page, 'missions-after-reload-en');

    const ics = await exportFile(page, 'Agenda to calendar (.ics)', dir);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8')));
    for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
    const starts = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)).map((e) => [e.summary, e.startDate.toJSDate().toISOString()]);
    expect(starts).toContainEqual(['Bienvenida en la Alcaldía', '2026-11-10T14:00:00.000Z']);
    expect(starts).toContainEqual(['Taller participativo', '2026-11-11T13:30:00.000Z']);

    const agenda = await exportFile(page, 'Agenda to Word', dir, 'Spanish');
    const agendaText = await docxText(agenda);
    expect(agendaText).toContain('Hora en Bogotá');
    expect(agendaText).toContain('Recorrido por El Espinal');
    expect(agendaText).toContain('martes, 10 de noviembre de 2026');

    const report = await exportFile(page, 'Report to Word', dir, 'Portuguese');
    const reportText = await docxText(report);
    expect(reportText).toContain('El solar junto al caño');
    expect(reportText).toContain('Taller con las vecinas');
    expect(reportText).toContain('Tres espacios candidatos');
    expect(reportText).toContain('Ações de acompanhamento');
    const zip = await JSZip.loadAsync(readFileSync(report));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(2);
    expect(await zip.file('word/document.xml')!.async('string')).toContain('<w:tblHeader');
    const { pages, pdf } = renderPdf(report);
    expect(pages).toBeGreaterThan(1);
    console.log(`rendered report: ${pdf}`);
    await context.close();
  });
});
