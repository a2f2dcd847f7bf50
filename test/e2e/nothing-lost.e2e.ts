import type { Page } from 'playwright-core';
import { withAppAndBrowser } from './helpers/suite';
import { withSyncServer } from './helpers/sync-server';
import { createPairing, snapshot, waitForSaved } from './helpers/ui';
import { makeJpeg } from './helpers/photos';
import { fillDate, fillTime } from './helpers/date-fields';
import { ACCOUNT_LABELS_EN, openDevice, reconnect, register } from './helpers/two-devices';

// Nothing typed is lost: two people rewriting the same UCAP section and the
// same mission findings offline both find the other's text in the conflict
// inbox; a deleted mission waits in the bin with its photo, comes
// back whole, and when the bin is emptied its photo bytes leave the device.

const env = withAppAndBrowser();
const sync = withSyncServer();

const synced = (page: Page) => page.getByTestId('sync-status').filter({ hasText: 'Synced' }).waitFor();

async function writeFindings(page: Page, pairingUrl: string, text: string) {
  await page.goto(pairingUrl);
  await page.getByRole('link', { name: 'Missions' }).click();
  await page.getByRole('button', { name: /Misión a Cartagena/ }).first().click();
  await page.getByLabel('Findings').fill(text);
  await page.getByLabel('Findings').blur();
  await waitForSaved(page);
}

async function writeContext(page: Page, pairingUrl: string, text: string) {
  await page.goto(pairingUrl);
  await page.getByRole('link', { name: 'Action plan' }).click();
  await page.getByLabel('Context of both cities (EN)').fill(text);
  await page.getByLabel('Context of both cities (EN)').blur();
  await waitForSaved(page);
}

/** IndexedDB as the page sees it: how many rows a table of this device holds (blobs: attachment bytes). */
const rowCount = (page: Page, table: string) =>
  page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('ponte');
        open.onsuccess = () => {
          const count = open.result.transaction(name).objectStore(name).count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
        open.onerror = () => reject(open.error);
      }),
    table,
  );
const blobCount = (page: Page) => rowCount(page, 'blobs');

describe('nothing typed is lost', () => {
  it('two devices rewrite the same UCAP section and mission findings offline: both see both texts in the inbox', async () => {
    const a = await openDevice(env.browser, env.app.url, 'en-GB');
    await register(a.page, env.app.url, sync.url, ACCOUNT_LABELS_EN, { name: 'Lucía Romero', email: 'lucia@malaga.example' });
    await a.page.goto(env.app.url);
    await createPairing(a.page, { name: 'Cartagena de Indias', country: 'CO' }, { name: 'Málaga', country: 'ES' });
    const pairingUrl = a.page.url();
    await a.page.getByRole('link', { name: 'Missions' }).click();
    await a.page.getByRole('button', { name: 'New mission' }).click();
    await a.page.getByLabel('Title').fill('Misión a Cartagena');
    await a.page.getByLabel('Title').blur();
    await a.page.goto(pairingUrl);
    await a.page.getByRole('link', { name: 'Action plan' }).click();
    await a.page.getByRole('button', { name: 'Start the UCAP' }).click();
    await a.page.goto(pairingUrl);
    await a.page.getByRole('button', { name: 'Share this pairing' }).click();
    await synced(a.page);
    await a.page.getByRole('button', { name: 'Create an invitation code' }).click();
    const code = (await a.page.getByTestId('invitation-code').textContent())!.trim();

    const b = await openDevice(env.browser, env.app.url, 'en-GB');
    await register(b.page, env.app.url, sync.url, ACCOUNT_LABELS_EN, { name: 'Andrés Gil', email: 'andres@cartagena.example' });
    await b.page.getByLabel('Invitation code').fill(code);
    await b.page.getByRole('form', { name: 'Join a pairing' }).getByRole('button', { name: 'Join' }).click();
    await b.page.getByText(/You joined the pairing as/).waitFor();
    await b.page.goto(pairingUrl);
    await synced(b.page);
    // B has what A made before either goes offline.
    await b.page.getByRole('link', { name: 'Missions' }).click();
    await b.page.getByRole('button', { name: /Misión a Cartagena/ }).first().waitFor();
    await b.page.goto(pairingUrl);
    await b.page.getByRole('link', { name: 'Action plan' }).click();
    await b.page.getByLabel('Context of both cities (EN)').waitFor();

    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await writeFindings(a.page, pairingUrl, 'Drainage comes first: the lot floods in October.');
    await writeContext(a.page, pairingUrl, 'Two port cities with heavy tourism.');
    await writeFindings(b.page, pairingUrl, 'The neighbours want shade before benches.');
    await writeContext(b.page, pairingUrl, 'Cartagena and Málaga share a historic centre under pressure.');

    for (const device of [a, b, a]) {
      await device.page.goto(pairingUrl);
      await device.context.setOffline(false);
      await reconnect(device);
      await synced(device.page);
    }
    for (const page of [a.page, b.page]) {
      await page.goto(pairingUrl);
      const inbox = page.getByRole('region', { name: /texts to reconcile/ });
      for (const text of ['Drainage comes first: the lot floods in October.', 'The neighbours want shade before benches.', 'Two port cities with heavy tourism.', 'Cartagena and Málaga share a historic centre under pressure.']) {
        await inbox.getByText(text).waitFor();
      }
      await inbox.getByRole('heading', { name: /Findings/ }).waitFor();
      await inbox.getByRole('heading', { name: /Context of both cities/ }).waitFor();
    }
    await snapshot(a.page, 'conflicts-mission-and-ucap-en');
    await a.context.close();
    await b.context.close();
  });

  it('a deleted mission waits in the bin with its agenda and photo, comes back whole, and emptying the bin removes the agenda and the photo bytes', async () => {
    const { context, page } = await openDevice(env.browser, env.app.url, 'en-GB');
    await createPairing(page, { name: 'Barranquilla', country: 'CO' }, { name: 'Velletri', country: 'IT' });
    const pairingUrl = page.url();
    await page.getByRole('link', { name: 'Missions' }).click();
    await page.getByRole('button', { name: 'New mission' }).click();
    await page.getByLabel('Title').fill('Huertos urbanos');
    await fillDate(page.getByRole('group', { name: 'First day' }), '2027-03-01');
    await fillDate(page.getByRole('group', { name: 'Last day' }), '2027-03-05');
    await fillDate(page.getByRole('group', { name: 'Date of the day' }), '2027-03-02');
    await page.getByRole('button', { name: 'Add a day' }).click();
    const item = page.locator('.missions-item').first();
    await item.getByLabel('What').fill('Visita al huerto de La Chinita');
    await fillTime(item.getByRole('group', { name: 'Start', exact: true }), '09:00');
    await fillTime(item.getByRole('group', { name: 'End', exact: true }), '11:00');
    await page.getByLabel('Notes: 09:00 Visita al huerto de La Chinita').fill('Doce familias riegan con agua de lluvia.');
    const jpeg = await makeJpeg(page, 800, 600, 120);
    await page.getByLabel('Add photos from files').setInputFiles([{ name: 'huerto.jpg', mimeType: 'image/jpeg', buffer: jpeg }]);
    await page.locator('.missions-photo').first().waitFor();
    await waitForSaved(page);
    expect(await blobCount(page)).toBe(2); // the photo and its thumbnail

    await page.getByRole('button', { name: 'Delete mission' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /Delete/ }).click();
    await page.goto(`${env.app.url}#/bin`);
    const group = page.getByRole('region', { name: 'Barranquilla – Velletri' });
    await group.getByText('Huertos urbanos').waitFor();
    await group.getByText(/^with 1 agenda item.* and 1 photo$/).waitFor();
    await snapshot(page, 'bin-mission-en');
    await group.getByRole('button', { name: 'Restore “Huertos urbanos”' }).click();
    await page.getByText('The bin is empty.').waitFor();
    await page.goto(pairingUrl);
    await page.getByRole('link', { name: 'Missions' }).click();
    await page.getByRole('button', { name: /Huertos urbanos/ }).first().click();
    await page.locator('.missions-photo').first().waitFor();
    await expect.poll(() => page.getByLabel('Notes: 09:00 Visita al huerto de La Chinita').inputValue()).toBe('Doce familias riegan con agua de lluvia.');
    expect(await rowCount(page, 'agendaItems')).toBe(1);

    await page.getByRole('button', { name: 'Delete mission' }).click();
    await page.getByRole('dialog').getByRole('button', { name: /Delete/ }).click();
    await page.goto(`${env.app.url}#/bin`);
    await page.getByRole('button', { name: 'Empty the bin' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete for good' }).click();
    await page.getByText('The bin is empty.').waitFor();
    await expect.poll(() => blobCount(page)).toBe(0);
    expect(await rowCount(page, 'agendaItems')).toBe(0);
    expect(await rowCount(page, 'missions')).toBe(0);
    await context.close();
  });

  it('a deleted pairing waits in the bin in Portuguese, what it takes along wrapping under its name instead of widening the page', async () => {
    const { context, page } = await openDevice(env.browser, env.app.url, 'pt-BR');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('button', { name: 'Carregar um programa de exemplo' }).click();
    await page.locator('.pairing-row a', { hasText: 'Cartagena de Indias – Málaga' }).click();
    await page.getByRole('button', { name: /Excluir parceria/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: /Excluir/ }).click();
    await page.goto(`${env.app.url}#/bin`);
    await page.getByRole('region', { name: 'Cartagena de Indias – Málaga' }).getByText(/^com \d+ acordos, .* e \d+ versões do UCAP$/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    await snapshot(page, 'bin-pairing-pt');
    await context.close();
  });
});
