import type { Page } from 'playwright-core';
import { snapshot } from './helpers/ui';
import { withAppAndBrowser } from './helpers/suite';

const env = withAppAndBrowser();

const listNames = (page: Page) => page.locator('.stakeholders-scroller [role="row"] .stakeholders-open').allTextContents();

describe('importing a Spanish spreadsheet in Chromium', () => {
  it('maps short group labels of a Windows-1252 semicolon file, shows the duplicates and imports every valid row', async () => {
    const context = await env.browser.newContext({ locale: 'es-ES', viewport: { width: 1366, height: 768 } });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByRole('group', { name: /Interface language|Idioma de la interfaz/ }).getByRole('button', { name: 'ES' }).click();
    await page.getByRole('button', { name: 'Cargar un programa de ejemplo' }).click();
    await page.locator('.pairing-row a', { hasText: 'Cartagena de Indias – Málaga' }).click();
    await page.getByRole('link', { name: 'Actores' }).click();
    await page.getByRole('status').filter({ hasText: '15 de 15 actores' }).waitFor();

    await page.getByRole('button', { name: 'Importar CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importar actores desde CSV' });
    await dialog.getByLabel(/archivo CSV/).setInputFiles('test/fixtures/stakeholders/short-labels-windows-1252.csv');
    await dialog.getByText('Leídas 7 filas, separadas por «;», codificación Windows-1252.').waitFor();
    // ONG, Empresas, Medios, Universidad, Sociedad Civil and Gremio are known without asking; ALC, LAC and UE too.
    await dialog.getByRole('status').filter({ hasText: '6 filas listas para importar, 1 con errores.' }).waitFor();
    const step = dialog.getByRole('group', { name: 'Valores por asignar' });
    expect(await step.getByRole('combobox').count()).toBe(1);
    await step.getByLabel('«Junta vecinal» en «Grupo» (1 fila)').selectOption({ label: 'Ciudadanía y organizaciones de la sociedad civil' });
    await dialog.getByRole('status').filter({ hasText: '7 filas listas para importar, 0 con errores.' }).waitFor();

    // The preview speaks the register's words; the duplicates are named before confirming.
    const preview = dialog.getByRole('table');
    expect(await preview.textContent()).not.toMatch(/civil-society|private-sector|NaN/);
    await preview.getByRole('cell', { name: 'Empresas privadas y asociaciones empresariales' }).first().waitFor();
    const duplicates = dialog.getByRole('region', { name: 'Posibles duplicados' });
    await duplicates.getByText('Fila 2 «Camila Restrepo» y «Camila Restrepo», ya en el registro: Mismo nombre.').waitFor();
    await duplicates.getByText('Fila 7 «Joaquin Nunez» y fila 3: Mismo nombre.').waitFor();
    await snapshot(page, 'stakeholders-import-values-es');

    await dialog.getByRole('button', { name: 'Importar 7 filas' }).click();
    await page.getByText('7 actores importados.').waitFor();
    await page.getByRole('status').filter({ hasText: '22 de 22 actores' }).waitFor();
    await page.getByLabel('Buscar actores').fill('marta gil');
    expect(await listNames(page)).toEqual(['Marta Gil']);

    // The answer is remembered: the same file again needs no question.
    await page.getByLabel('Buscar actores').fill('');
    await page.getByRole('button', { name: 'Importar CSV…' }).click();
    await dialog.getByLabel(/archivo CSV/).setInputFiles('test/fixtures/stakeholders/short-labels-windows-1252.csv');
    await dialog.getByRole('status').filter({ hasText: '7 filas listas para importar, 0 con errores.' }).waitFor();
    expect(await dialog.getByLabel('«Junta vecinal» en «Grupo» (1 fila)').inputValue()).toBe('civil-society');
    await context.close();
  });
});
