import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { snapshot, waitForOfflineShell, waitForSaved } from './helpers/ui';
import { docxText, renderPdf } from './helpers/documents';
import { withAppAndBrowser } from './helpers/suite';

const STEP_MS = 20_000;

const env = withAppAndBrowser();

async function download(page: Page, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(mkdtempSync(join(tmpdir(), 'ponte-stakeholders-')), file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

const listNames = (page: Page) => page.locator('.stakeholders-scroller [role="row"] .stakeholders-open').allTextContents();

describe('the stakeholder register in Chromium', () => {
  it('imports a CSV with errors after fixing the mapping, finds, edits offline, survives a reload, exports CSV and Word', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(STEP_MS);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByRole('button', { name: 'Load a sample programme' }).click();
    await page.locator('.pairing-row a', { hasText: 'Cartagena de Indias – Málaga' }).click();
    await page.getByRole('link', { name: 'Stakeholders' }).click();
    // The sample programme brings the pairing's stakeholders with it.
    await page.getByRole('status').filter({ hasText: '15 of 15 stakeholders' }).waitFor();
    await waitForOfflineShell(page);
    await snapshot(page, 'stakeholders-list-en');
    // A name as long as its column is shortened with an ellipsis inside its button, not cut off by the cell at a word.
    const longName = page.getByRole('button', { name: 'Asociación de Comerciantes del Centro Histórico de Málaga' });
    const [nameBox, cellBox] = await Promise.all([longName.boundingBox(), longName.locator('xpath=..').boundingBox()]);
    expect(nameBox!.x + nameBox!.width).toBeLessThanOrEqual(cellBox!.x + cellBox!.width);
    expect(await longName.evaluate((b) => [getComputedStyle(b).textOverflow, b.scrollWidth > b.clientWidth])).toEqual(['ellipsis', true]);

    // Import: Windows-1252, semicolons, a column whose guess is wrong, a row with a bad e-mail.
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import stakeholders from CSV' });
    await dialog.getByLabel(/CSV file/).setInputFiles('test/fixtures/stakeholders/e2e-import-windows-1252.csv');
    await dialog.getByText('encoding Windows-1252').waitFor();
    // "Gremio", "ONG" and "Fundación" are short forms Ponte knows; "Junta vecinal" is not.
    await dialog.getByText('2 rows ready to import, 2 with errors.').waitFor();
    await dialog.getByText('Row 2: Group: “Junta vecinal” is not one of the choices.').waitFor();
    await snapshot(page, 'stakeholders-import-errors-en');
    await dialog.getByLabel('Column “Tipo”').selectOption('');
    await dialog.getByText('3 rows ready to import, 1 with errors.').waitFor();
    await dialog.getByText('Row 4: E-mail: This is not a valid e-mail address.').waitFor();
    await snapshot(page, 'stakeholders-import-mapped-en');
    await dialog.getByRole('button', { name: 'Import 3 rows' }).click();
    await page.getByRole('status').filter({ hasText: '18 of 18 stakeholders' }).waitFor();

    // Found by typing the name without accents.
    await page.getByLabel('Search stakeholders').fill('joaquin nunez');
    await page.getByRole('status').filter({ hasText: '1 of 18 stakeholders' }).waitFor();
    expect(await listNames(page)).toEqual(['Joaquín Núñez Bastidas']);

    // Edited offline, and still there after a reload without network.
    await context.setOffline(true);
    await page.getByTestId('network-state').filter({ hasText: 'Offline' }).waitFor();
    await page.getByRole('button', { name: 'Joaquín Núñez Bastidas' }).click();
    const editor = page.getByRole('dialog', { name: 'Joaquín Núñez Bastidas' });
    await editor.getByLabel('Role').fill('Presidente de la junta 🏘️');
    await editor.getByLabel('Power').selectOption('4');
    await editor.getByLabel('Role').blur();
    await snapshot(page, 'stakeholders-editor-en');
    await editor.getByRole('button', { name: 'Close' }).click();
    await waitForSaved(page);
    await page.reload();
    await page.getByLabel('Search stakeholders').fill('getsemani');
    await page.getByRole('button', { name: 'Joaquín Núñez Bastidas' }).click();
    expect(await page.getByRole('dialog').getByLabel('Role').inputValue()).toBe('Presidente de la junta 🏘️');
    expect(await page.getByRole('dialog').getByLabel('Power').inputValue()).toBe('4');
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await context.setOffline(false);
    await page.getByLabel('Search stakeholders').fill('');

    // The grid and the duplicates, to look at.
    await page.getByRole('radio', { name: 'Power/interest grid' }).click();
    await page.getByRole('button', { name: /^Joaquín Núñez Bastidas: power 4, interest 5$/ }).waitFor();
    await snapshot(page, 'stakeholders-grid-en');
    await page.getByRole('button', { name: /^Joaquín Núñez Bastidas: power 4/ }).press('Enter');
    await page.getByRole('dialog', { name: 'Joaquín Núñez Bastidas' }).getByRole('button', { name: 'Close' }).click();
    await page.getByRole('radio', { name: 'List' }).click();

    // CSV for Excel: UTF-8 with BOM, semicolons, Spanish headers; read back.
    await page.getByRole('button', { name: 'Export CSV…' }).click();
    const csvDialog = page.getByRole('dialog', { name: 'Export the list as CSV' });
    await csvDialog.getByLabel('Spanish', { exact: true }).check();
    const csvPath = await download(page, () => csvDialog.getByRole('button', { name: 'Export' }).click());
    const bytes = readFileSync(csvPath);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.subarray(3).toString('utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^Lado;Persona;Organización;/);
    expect(csv).toContain('Joaquín Núñez Bastidas;Junta de Acción Comunal de Getsemaní;Presidente de la junta 🏘️');
    // A phone is data, not a formula: exported as typed, with no apostrophe.
    expect(csv).toContain(';+57 605 641 1370;');
    expect(csv).not.toContain("'+57");
    expect(csv.trimEnd().split('\r\n')).toHaveLength(19);

    // Word in English, read back and rendered by LibreOffice.
    await page.getByRole('button', { name: 'Export to Word…' }).click();
    const wordDialog = page.getByRole('dialog', { name: 'Export the list to Word' });
    await wordDialog.getByLabel('English', { exact: true }).check();
    const docx = await download(page, () => wordDialog.getByRole('button', { name: 'Export' }).click());
    expect(docx).toMatch(/stakeholders-en\.docx$/);
    const text = await docxText(docx);
    expect(text).toContain('Stakeholder register');
    expect(text).toContain('Joaquín Núñez Bastidas');
    expect(text).toContain('Citizens and civil-society organisations');
    const { text: pdfText, pages } = renderPdf(docx);
    expect(pages).toBeGreaterThan(1);
    expect(pdfText).toContain('Getsemaní');
    await context.close();
  });
});
