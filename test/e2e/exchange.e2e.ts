import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { withAppAndBrowser } from './helpers/suite';
import { makeJpeg } from './helpers/photos';
import { createPairing, snapshot, waitForOfflineShell, waitForSaved } from './helpers/ui';
import { withSyncServer } from './helpers/sync-server';
import { ACCOUNT_LABELS_EN, openDevice, register, type Device } from './helpers/two-devices';
import { readBundle } from '../../shared/bundle/read';
import { axeViolations, describeViolations } from './helpers/axe';

// Backup and exchange with no network (issue 15): two browser contexts are
// two devices that never reach a server; a .ponte file goes from one to the
// other as a download and a file picked.

const env = withAppAndBrowser();
const sync = withSyncServer();
const dir = mkdtempSync(join(tmpdir(), 'ponte-exchange-'));
const PAIRING = 'Cartagena de Indias – Málaga';

async function offlineDevice(): Promise<Device> {
  const device = await openDevice(env.browser, env.app.url, 'en-GB');
  await waitForOfflineShell(device.page);
  await device.context.setOffline(true);
  return device;
}

/** Saves what a click downloads under `name` in the test's folder. */
async function download(page: Page, name: string, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  expect(file.suggestedFilename()).toMatch(/^ponte-(backup|exchange)-\d{4}-\d{2}-\d{2}\.ponte$/);
  const path = join(dir, name);
  await file.saveAs(path);
  return path;
}

async function exportPairing(page: Page, name: string): Promise<string> {
  await page.goto(`${env.app.url}#/backup`);
  await page.getByRole('checkbox', { name: PAIRING }).check();
  return download(page, name, () => page.getByRole('button', { name: 'Export the chosen pairings' }).click());
}

/** Opens a file on the backup screen, waits for its plan, and returns the plan's text. */
async function openFile(page: Page, path: string): Promise<string> {
  await page.goto(`${env.app.url}#/backup`);
  await page.getByLabel('Choose a backup or exchange file (.ponte)').setInputFiles(path);
  await page.getByTestId('exchange-plan').waitFor();
  return (await page.getByTestId('exchange-plan').textContent()) ?? '';
}

async function merge(page: Page) {
  await page.getByRole('button', { name: 'Merge into this device' }).click();
  await page.getByTestId('exchange-done').filter({ hasText: /^Merged:/ }).waitFor();
}

async function editSummary(page: Page, pairingUrl: string, text: string) {
  await page.goto(pairingUrl);
  await page.getByRole('tab', { name: /Spanish/ }).click();
  const field = page.getByLabel('Summary (Spanish)', { exact: true });
  await field.fill(text);
  await field.blur();
  await waitForSaved(page);
}

/** Every synced record and attachment on a device, as IndexedDB holds them: what two devices compare. */
async function everything(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('ponte');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const local = ['outbox', 'meta', 'syncPairings', 'failedChanges', 'blobUploads', 'laterChanges', 'exchangeLedger'];
    const out: Record<string, unknown[]> = {};
    for (const name of [...db.objectStoreNames].filter((n) => !local.includes(n))) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      out[name] = rows.map((r) => {
        const row = r as Record<string, unknown>;
        // Bytes compared by size and hash; the time a blob was stored is the device's own.
        if (row.bytes instanceof ArrayBuffer) return { sha256: row.sha256, size: row.bytes.byteLength, mimeType: row.mimeType, kind: row.kind };
        // What a device knows of who had seen which text (kept by imports) is its own.
        const { _seenAt, ...rest } = row;
        return rest;
      });
    }
    db.close();
    return out;
  });
}

describe('backup and exchange with no network', () => {
  it('hands a pairing with photos to a partner, exchanges edits both ways into one conflict on both, and restores a full backup into an empty device', async () => {
    const a = await offlineDevice();
    await a.page.getByRole('button', { name: 'Load a sample programme' }).click();
    await a.page.locator('.pairing-row a', { hasText: PAIRING }).click();
    await a.page.getByRole('heading', { level: 1, name: PAIRING }).waitFor();
    const pairingPath = new URL(a.page.url()).hash;
    await a.page.getByRole('link', { name: 'Missions' }).click();
    await a.page.getByRole('button', { name: 'New mission' }).click();
    await a.page.getByLabel('Title').fill('Misión de intercambio');
    await a.page.getByLabel('Title').blur();
    const photos = [await makeJpeg(a.page, 800, 600, 20), await makeJpeg(a.page, 600, 800, 200)];
    await a.page.getByLabel('Add photos from files').setInputFiles([
      { name: 'espinal.jpg', mimeType: 'image/jpeg', buffer: photos[0]! },
      { name: 'taller.jpg', mimeType: 'image/jpeg', buffer: photos[1]! },
    ]);
    await a.page.locator('.missions-photo img').nth(1).waitFor();
    await waitForSaved(a.page);

    const first = await exportPairing(a.page, 'a-1.ponte');
    await snapshot(a.page, 'exchange-export-en');

    // B, another device with nothing on it, opens the file: the plan first, then the merge.
    const b = await offlineDevice();
    const plan = await openFile(b.page, first);
    expect(plan).toContain(`1 new pairing: ${PAIRING}`);
    expect(plan).toMatch(/\d+ records new on this device/);
    await snapshot(b.page, 'exchange-plan-en');
    await merge(b.page);
    await b.page.goto(`${env.app.url}${pairingPath}/missions`);
    await b.page.getByRole('button', { name: /Misión de intercambio/ }).click();
    await b.page.locator('.missions-photo img').nth(1).waitFor();
    // The photos are the bytes themselves, decoded and drawn.
    await expect.poll(() => b.page.locator('.missions-photo img').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth > 0))).toEqual([true, true]);
    // Nothing to send: like a pull, an import is not an edit of this device's.
    expect(await b.page.getByTestId('to-sync').count()).toBe(0);

    // Both edit the same long text, then exchange both ways.
    const pairingUrl = `${env.app.url}${pairingPath}`;
    await editSummary(a.page, pairingUrl, 'Huertos urbanos como lugar de encuentro.');
    await editSummary(b.page, pairingUrl, 'Espacio público participativo en El Espinal.');
    const fromA = await exportPairing(a.page, 'a-2.ponte');
    const fromB = await exportPairing(b.page, 'b-1.ponte');
    expect(await openFile(b.page, fromA)).toMatch(/1 text edited on both sides/);
    await merge(b.page);
    expect(await openFile(a.page, fromB)).toMatch(/1 text edited on both sides/);
    await merge(a.page);
    for (const device of [a, b]) {
      await device.page.goto(pairingUrl);
      await device.page.locator('.conflict').getByText('Huertos urbanos como lugar de encuentro.').waitFor();
      await device.page.locator('.conflict').getByText('Espacio público participativo en El Espinal.').waitFor();
      expect(await device.page.locator('.conflict').count()).toBe(1);
    }
    await snapshot(a.page, 'exchange-conflict-en');
    // The same text won on both devices.
    const summaryOf = async (page: Page) => {
      await page.getByRole('tab', { name: /Spanish/ }).click();
      return page.getByLabel('Summary (Spanish)', { exact: true }).inputValue();
    };
    expect(await summaryOf(a.page)).toBe(await summaryOf(b.page));

    // A full backup of A, restored into an empty device, gives the same data.
    await a.page.goto(`${env.app.url}#/backup`);
    await a.page.getByRole('button', { name: 'Download a backup' }).waitFor();
    const backup = await download(a.page, 'a-backup.ponte', () => a.page.getByRole('button', { name: 'Back up the whole device' }).click());
    // That counts as the tab's backup: the reminder to download one goes away.
    await a.page.getByRole('button', { name: 'Download a backup' }).waitFor({ state: 'detached' });
    const c = await offlineDevice();
    expect(await openFile(c.page, backup)).toContain('A backup of a whole device.');
    await merge(c.page);
    const onA = await everything(a.page);
    const onC = await everything(c.page);
    expect(Object.keys(onC).sort()).toEqual(Object.keys(onA).sort());
    for (const table of Object.keys(onA)) {
      const byId = (rows: unknown[]) => [...rows].sort((x, y) => JSON.stringify(x).localeCompare(JSON.stringify(y)));
      expect({ table, rows: byId(onC[table]!) }).toEqual({ table, rows: byId(onA[table]!) });
    }
    expect(onA.photos!.length).toBe(2);
    expect(onA.blobs!.length).toBeGreaterThanOrEqual(4);
    console.log(JSON.stringify({ tables: Object.keys(onA).length, records: Object.entries(onA).filter(([k]) => k !== 'blobs').reduce((s, [, r]) => s + r.length, 0), blobs: onA.blobs!.length }));

    for (const d of [a, b, c]) await d.context.close();
  }, 240_000);
  it('sends a named partner, the second time, only the record edited since their first file', async () => {
    const a = await offlineDevice();
    await createPairing(a.page, { name: 'Recife', country: 'BR' }, { name: 'Porto', country: 'PT' });
    const pairingUrl = a.page.url();
    const name = 'Recife – Porto';
    await editSummary(a.page, pairingUrl, 'Frentes de agua para todos.');
    await a.page.getByRole('link', { name: 'Missions' }).click();
    await a.page.getByRole('button', { name: 'New mission' }).click();
    await a.page.getByLabel('Title').fill('Misión a Porto');
    await a.page.getByLabel('Title').blur();
    await waitForSaved(a.page);
    const toPartner = async (file: string, what: RegExp) => {
      await a.page.goto(`${env.app.url}#/backup`);
      await a.page.getByRole('checkbox', { name }).check();
      await a.page.getByLabel('Partner who receives the file').fill('Porto');
      await a.page.getByRole('radio', { name: what }).check();
      const path = await download(a.page, file, () => a.page.getByRole('button', { name: 'Export the chosen pairings' }).click());
      const said = (await a.page.getByText(/^The file is saved: \d+ records? went in\.$/).textContent()) ?? '';
      return { path, said, contents: await readBundle(new Uint8Array(readFileSync(path))) };
    };
    const first = await toPartner('partner-1.ponte', /^Everything in the chosen pairings$/);
    expect(first.contents.manifest.counts).toMatchObject({ pairing: 1, mission: 1 });
    const total = Object.values(first.contents.manifest.counts).reduce((s, n) => s + n, 0);
    expect(first.said).toBe(`The file is saved: ${total} records went in.`);
    const b = await offlineDevice();
    await openFile(b.page, first.path);
    await merge(b.page);

    await editSummary(a.page, pairingUrl, 'Frentes de agua para todos, con los barrios.');
    await a.page.goto(`${env.app.url}#/backup`);
    await a.page.getByRole('button', { name: /^Porto, last file on / }).waitFor();
    const second = await toPartner('partner-2.ponte', /^Only what changed since the file of .+ for Porto$/);
    expect(second.said).toBe('The file is saved: 1 record went in.');
    expect(second.contents.manifest.counts).toEqual({ pairing: 1 });
    expect(Object.keys(second.contents.manifest.changesSince ?? {})).toHaveLength(1);
    await snapshot(a.page, 'exchange-export-changes-en');
    // The partner list and the choice between everything and what changed, as axe sees them.
    expect(describeViolations('exchange with a partner', await axeViolations(a.page))).toEqual([]);
    expect(await openFile(b.page, second.path)).toContain('1 record is newer in the file and will be updated here');
    await merge(b.page);
    await b.page.goto(pairingUrl);
    await b.page.getByRole('tab', { name: /Spanish/ }).click();
    expect(await b.page.getByLabel('Summary (Spanish)', { exact: true }).inputValue()).toBe('Frentes de agua para todos, con los barrios.');
    for (const d of [a, b]) await d.context.close();
  }, 240_000);
  it('after exchanging a pairing and a later edit, both devices sync with a real server: nothing duplicated, no conflict, nothing left to send', async () => {
    const a = await openDevice(env.browser, env.app.url, 'en-GB');
    await createPairing(a.page, { name: 'Rosario', country: 'AR' }, { name: 'Lisboa', country: 'PT' });
    const pairingUrl = a.page.url();
    const name = 'Rosario – Lisboa';
    await editSummary(a.page, pairingUrl, 'Movilidad activa en el centro.');
    await a.page.goto(`${env.app.url}#/backup`);
    await a.page.getByRole('checkbox', { name }).check();
    const fromA = await download(a.page, 'sync-a.ponte', () => a.page.getByRole('button', { name: 'Export the chosen pairings' }).click());

    const b = await openDevice(env.browser, env.app.url, 'en-GB');
    await openFile(b.page, fromA);
    await merge(b.page);
    // B goes on from A's text: a later edit, not a concurrent one.
    await editSummary(b.page, pairingUrl, 'Movilidad activa en el centro y en los barrios.');
    await b.page.goto(`${env.app.url}#/backup`);
    await b.page.getByRole('checkbox', { name }).check();
    const fromB = await download(b.page, 'sync-b.ponte', () => b.page.getByRole('button', { name: 'Export the chosen pairings' }).click());
    expect(await openFile(a.page, fromB)).not.toMatch(/edited on both sides/);
    await merge(a.page);

    // Now both sync the same pairing through a server: A shares it, B joins it.
    await register(a.page, env.app.url, sync.url, ACCOUNT_LABELS_EN, { name: 'Lucía Romero', email: 'lucia@lisboa.example' });
    await a.page.goto(pairingUrl);
    await a.page.getByRole('button', { name: 'Share this pairing' }).click();
    await a.page.getByTestId('sync-status').filter({ hasText: 'Synced' }).waitFor();
    await a.page.getByRole('button', { name: 'Create an invitation code' }).click();
    const code = (await a.page.getByTestId('invitation-code').textContent())!.trim();
    await register(b.page, env.app.url, sync.url, ACCOUNT_LABELS_EN, { name: 'Andrés Gil', email: 'andres@rosario.example' });
    await b.page.getByLabel('Invitation code').fill(code);
    await b.page.getByRole('form', { name: 'Join a pairing' }).getByRole('button', { name: 'Join' }).click();
    await b.page.getByText(/You joined the pairing as/).waitFor();
    await b.page.goto(pairingUrl);
    await b.page.getByTestId('sync-status').filter({ hasText: 'Synced' }).waitFor();
    await a.context.setOffline(true);
    await a.context.setOffline(false);
    await a.page.getByTestId('sync-status').filter({ hasText: 'Synced' }).waitFor();

    for (const device of [a, b]) {
      await device.page.goto(env.app.url);
      await expect.poll(() => device.page.locator('.pairing-row', { hasText: name }).count()).toBe(1);
      await device.page.goto(pairingUrl);
      await device.page.getByRole('tab', { name: /Spanish/ }).click();
      await expect.poll(() => device.page.getByLabel('Summary (Spanish)', { exact: true }).inputValue()).toBe('Movilidad activa en el centro y en los barrios.');
      expect(await device.page.locator('.conflict').count()).toBe(0);
      expect(await device.page.getByTestId('to-sync').count()).toBe(0);
    }
    const ids = (all: Record<string, unknown[]>) => Object.fromEntries(Object.entries(all).filter(([t]) => t !== 'blobs').map(([t, rows]) => [t, (rows as { id: string }[]).map((r) => r.id).sort()]));
    expect(ids(await everything(b.page))).toEqual(ids(await everything(a.page)));
    for (const d of [a, b]) await d.context.close();
  }, 240_000);
});
