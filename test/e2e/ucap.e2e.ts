import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { withAppAndBrowser } from './helpers/suite';
import { snapshot, waitForSaved } from './helpers/ui';
import { docxPart, docxText, renderPdf } from './helpers/documents';
import { fillDate } from './helpers/date-fields';

const env = withAppAndBrowser();

const CONTEXT_EN = 'Two port cities living on tourism.\nEl Espinal faces “gentrification” — São Paulo-style pressure.\n\nA second paragraph.';
const CONTEXT_ES = 'Dos ciudades portuarias que viven del turismo.\nEl Espinal sufre la presión inmobiliaria: ¿cómo evitarlo? Año 2026.';

async function exportIn(page: Page, language: string, pattern: RegExp, workerStarted: () => boolean): Promise<string> {
  await page.getByRole('button', { name: /Export|Exportar/ }).first().click();
  const dialog = page.getByRole('dialog');
  // The export worker starts with the dialog, so its code loads while a language is chosen.
  await expect.poll(workerStarted).toBe(true);
  await dialog.getByLabel(language).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^(Export|Exportar)$/ }).click()]);
  expect(download.suggestedFilename()).toMatch(pattern);
  const file = join(mkdtempSync(join(tmpdir(), 'ponte-ucap-')), download.suggestedFilename());
  await download.saveAs(file);
  await dialog.waitFor({ state: 'detached' });
  return file;
}

describe('the UCAP editor in Chromium', () => {
  it('is filled for a sample pairing across a language switch and exported to Word in Spanish and English', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByRole('button', { name: 'Load a sample programme' }).click();
    // Cartagena–Málaga comes with a sample UCAP; this pairing has none yet (and its period ends 2027-07-15).
    await page.locator('.pairing-row a', { hasText: 'Medellín + Santiago de Cali – Belfast' }).click();
    await page.getByRole('link', { name: 'Action plan' }).click();
    await page.getByRole('button', { name: 'Start the UCAP' }).click();
    await page.getByRole('heading', { name: 'Completeness' }).waitFor();
    await snapshot(page, 'ucap-empty-en');

    await page.getByLabel('Context of both cities (EN)').fill(CONTEXT_EN);
    await page.getByLabel('Context of both cities (EN)').blur();
    await page.getByRole('button', { name: 'Add a pilot project' }).click();
    await page.getByLabel('Title (EN)').fill('Open-air meeting place in El Espinal');
    await page.getByLabel('Title (EN)').blur();
    await fillDate(page.getByRole('group', { name: 'Start', exact: true }), '2026-08-01');
    await fillDate(page.getByRole('group', { name: 'End', exact: true }), '2027-09-30');
    await waitForSaved(page);
    await page.getByRole('button', { name: /falls outside the pairing's period/ }).click();
    expect(await page.getByRole('group', { name: 'End', exact: true }).evaluate((g) => g.contains(document.activeElement) && g.textContent?.replace(/[\u200e\u2066-\u2069]/g, ''))).toBe('30/09/2027');
    await fillDate(page.getByRole('group', { name: 'End', exact: true }), '2027-05-31');

    // The interface switches to Spanish mid-way; the Spanish text goes in beside the English one.
    await page.getByRole('button', { name: 'ES', exact: true }).click();
    await page.getByRole('heading', { name: 'Completitud' }).waitFor();
    await page.getByRole('radio', { name: 'Español' }).check();
    await page.getByLabel('Contexto de ambas ciudades (ES)').fill(CONTEXT_ES);
    await page.getByLabel('Contexto de ambas ciudades (ES)').blur();
    await page.getByRole('button', { name: 'Añadir una línea de presupuesto' }).click();
    await page.getByLabel('Importe').fill('120000.50');
    await page.getByLabel('Importe').blur();
    await waitForSaved(page);
    await page.getByText('Total en EUR:').waitFor();

    // Belfast's agreement, marked in the name of the holder of the position chosen to sign for it.
    await page.getByRole('button', { name: 'Enviar a revisión' }).click();
    await page.getByText('Elija primero el puesto que firma por Belfast.').waitFor();
    await page.getByLabel('Firma por Belfast').selectOption({ label: 'International relations officer — Belfast City Council – International Relations Unit' });
    await page.getByText('Lo ocupa ahora Ciarán McAllister').waitFor();
    await page.getByRole('button', { name: 'Marcar el acuerdo de Belfast' }).click();
    await page.getByText('Belfast está de acuerdo (lo marcó Ciarán McAllister <c.mcallister@belfast.example>)').waitFor();
    await snapshot(page, 'ucap-filled-es');

    const exportWorkers: string[] = [];
    page.on('worker', (worker) => {
      if (worker.url().includes('ucap-export.worker')) exportWorkers.push(worker.url());
    });
    const workerStarted = () => exportWorkers.length > 0;
    const es = await exportIn(page, 'Español', /UCAP-es\.docx$/, workerStarted);
    const en = await exportIn(page, 'Inglés', /UCAP-en\.docx$/, workerStarted);

    // Written off the interface's thread, by one worker kept for the second language.
    expect(exportWorkers).toHaveLength(1);
    const esText = await docxText(es);
    expect(esText).toContain(CONTEXT_ES.split('\n')[0]);
    expect(esText).toContain('¿cómo evitarlo? Año 2026.');
    expect(esText).toContain('Plan de Acción de Cooperación Urbana');
    expect(esText).toContain('Open-air meeting place in El Espinal (en inglés)'); // no Spanish title yet: marked
    // The cover says on which day Belfast agreed (today, on this device's calendar), and which saved version the file is:
    // marking the agreement saved one, and nothing was edited since.
    const today = new Intl.DateTimeFormat('es-ES', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(esText).toContain(`Acuerdo de Belfast marcado por Ciarán McAllister el ${today}`);
    expect(esText).toContain('Versión: Acuerdo de Belfast\n');
    const enText = await docxText(en);
    expect(enText).toContain('El Espinal faces “gentrification” — São Paulo-style pressure.');
    expect(enText).toContain('A second paragraph.');
    expect(enText).toContain('Urban Cooperation Action Plan');

    for (const [file, locale] of [[es, 'es-ES'], [en, 'en-GB']] as const) {
      const document = await docxPart(file, 'word/document.xml');
      expect(document).toMatch(/w:pStyle w:val="Heading1"/);
      expect(document).toContain('<w:tblHeader/>');
      expect(document).toMatch(/<w:instrText[^>]*>TOC /);
      expect(await docxPart(file, 'word/styles.xml')).toContain(`w:lang w:val="${locale}"`);
      // A line break typed in the editor is a break in Word, not a lost character.
      expect(document).toMatch(/<w:br\/>/);
      const { pages, text } = renderPdf(file);
      expect(pages).toBeGreaterThan(3);
      expect(text).toContain('Medellín + Santiago de Cali');
    }
    await context.close();
  });
});
