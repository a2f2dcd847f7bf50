import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { snapshot } from './helpers/ui';
import { docxPart, docxText, renderPdf } from './helpers/documents';
import ptDoc from '../../locales/pt/doc.json';
import enDoc from '../../locales/en/doc.json';
import { withAppAndBrowser } from './helpers/suite';


const env = withAppAndBrowser();

describe('exporting the dossier from the app', () => {
  it('writes a Portuguese Word file from an English interface, accents intact, that LibreOffice opens', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByRole('button', { name: 'Load a sample programme' }).click();
    const row = page.locator('.pairing-row', { hasText: 'Cartagena de Indias – Málaga' });
    await row.waitFor();
    await snapshot(page, 'list-sample-en');
    await row.locator('a').click();
    await page.getByRole('heading', { level: 1, name: 'Cartagena de Indias – Málaga' }).waitFor();
    await snapshot(page, 'dossier-en');

    await page.getByRole('button', { name: 'Export to Word' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Portuguese').check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export' }).click()]);
    expect(download.suggestedFilename()).toMatch(/dossier-pt\.docx$/);
    const file = join(mkdtempSync(join(tmpdir(), 'ponte-export-')), download.suggestedFilename());
    await download.saveAs(file);
    await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();

    const text = await docxText(file);
    expect(text).toContain(ptDoc.dossier.team);
    expect(text).toContain(ptDoc.dossier.themes);
    expect(text).toContain(ptDoc.dossier.partners);
    expect(text).not.toContain(enDoc.dossier.themes);
    expect(text).not.toContain(enDoc.dossier.partners);
    expect(text).toContain('Cartagena de Indias');
    expect(text).toContain('Málaga');
    expect(text).toMatch(/\d{1,2} de [a-zç]+ de 20\d\d/); // a date written the Brazilian way

    expect(await docxPart(file, 'word/styles.xml')).toMatch(/<w:lang [^>]*w:val="pt-BR"/);
    const document = await docxPart(file, 'word/document.xml');
    expect(document).toContain('<w:tblHeader');
    expect(document).toMatch(/w:pStyle w:val="Heading1"/);

    const { text: pdfText, pages } = renderPdf(file);
    expect(pages).toBeGreaterThan(0);
    expect(pdfText).toContain('Málaga');
    await context.close();
  });

  it('switches the interface to Portuguese and keeps the dossier on screen in Portuguese', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByRole('button', { name: 'Load a sample programme' }).click();
    await page.locator('.pairing-row a', { hasText: 'São Leopoldo' }).click();
    await page.getByRole('button', { name: 'PT', exact: true }).click();
    await page.getByRole('heading', { name: 'Equipe', exact: true }).waitFor();
    await snapshot(page, 'dossier-pt');
    await context.close();
  });
});
