import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBundle } from '../../shared/bundle/read';
import { withAppAndBrowser } from './helpers/suite';

// Automatic backups as a user meets them. In a tab: the reminder, its
// download, and the file it gives read back as a bundle. On the desktop the
// Electron binary cannot run here, so the page gets the preload's bridge as a
// stand-in on window.ponte (the same members, answering as the main process
// does); the pieces it is sent are joined and read back as a bundle.

const env = withAppAndBrowser();

describe('automatic backups', () => {
  it('in a tab, remind to download a first backup; the file holds the whole device, and the reminder then rests', async () => {
    const context = await env.browser.newContext({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByRole('button', { name: 'Load a sample programme' }).click();
    const reminder = page.getByTestId('backup-reminder');
    await reminder.getByText('There is no backup of the work in this browser yet.', { exact: false }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), reminder.getByRole('button', { name: 'Download a backup' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^ponte-backup-\d{4}-\d{2}-\d{2}\.ponte$/);
    const file = join(mkdtempSync(join(tmpdir(), 'ponte-auto-backup-')), download.suggestedFilename());
    await download.saveAs(file);
    await reminder.waitFor({ state: 'detached' });

    const contents = await readBundle(new Uint8Array(readFileSync(file)));
    expect(contents.summary.scope).toBe('device');
    expect(contents.summary.pairingIds).toHaveLength(10);
    expect(contents.records.pairing?.map((p) => p.id)).toContain('sample-pairing-cartagena-malaga');

    await page.reload();
    await page.getByRole('heading', { name: 'Pairings' }).waitFor();
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);
    await page.goto(`${env.app.url}#/settings`);
    await page.locator('.backup-settings').getByText('Last downloaded backup:', { exact: false }).waitFor();
    await context.close();
  });

  it('on the desktop, a backup now goes to the main process in pieces that make a whole bundle, a full disk is said plainly, and "replace everything" first backs up into the folder', async () => {
    const context = await env.browser.newContext({ locale: 'pt-PT', viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(30_000);
    // No service worker: the desktop app is served from its own scheme, without one.
    await context.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
    });
    const pieces: Buffer[] = [];
    await context.exposeFunction('__backupPiece', (bytes: number[]) => void pieces.push(Buffer.from(bytes)));
    await context.addInitScript(() => {
      const w = window as unknown as Record<string, unknown> & { __backupPiece(bytes: number[]): Promise<void> };
      const files: { name: string; at: number; bytes: number }[] = [];
      let refuse = false;
      let reason = '';
      w['__refuseNextBackup'] = () => void (refuse = true);
      w['ponte'] = {
        systemLanguages: ['pt-PT'],
        saveFile: async () => ({ status: 'cancelled' }),
        openExternal: async () => undefined,
        appVersion: async () => '0.1.0',
        backupStatus: async () => ({ status: 'available', folder: '/home/ana/Documentos/Ponte backups', isDefaultFolder: true, keep: 10, backups: [...files] }),
        beginBackup: async (request: { reason: string }) => {
          reason = request.reason;
          return { status: 'started', id: 'a'.repeat(24) };
        },
        appendBackup: async ({ chunk }: { chunk: Uint8Array }) => {
          if (refuse) {
            refuse = false;
            return { status: 'failed', code: 'no-space', message: 'ENOSPC: no space left on device' };
          }
          await w.__backupPiece(Array.from(chunk));
          return { status: 'ok' };
        },
        finishBackup: async () => {
          const file = { name: `ponte-backup-${reason}.ponte`, at: Date.now(), bytes: 1 };
          files.unshift(file);
          return { status: 'written', file, removed: [] };
        },
        abortBackup: async () => undefined,
        chooseBackupFolder: async () => ({ status: 'cancelled' }),
        setBackupKeep: async (keep: number) => ({ status: 'saved', keep }),
      };
    });
    const page = await context.newPage();
    await page.goto(env.app.url);
    await page.getByRole('button', { name: 'Carregar um programa de exemplo' }).click();
    await page.locator('.pairing-row').first().waitFor();
    expect(await page.getByTestId('backup-reminder').count()).toBe(0);

    await page.goto(`${env.app.url}#/settings`);
    const card = page.locator('.backup-settings');
    await card.getByText('Nenhuma cópia foi feita neste dispositivo ainda.').waitFor();
    await card.getByRole('button', { name: 'Fazer uma cópia agora' }).click();
    await card.getByText('Cópia salva às', { exact: false }).waitFor();
    await card.getByText('Última cópia:', { exact: false }).waitFor();
    const contents = await readBundle(new Uint8Array(Buffer.concat(pieces)));
    expect(contents.summary.appVersion).toBe('0.1.0');
    expect(contents.summary.pairingIds).toHaveLength(10);

    await page.evaluate(() => (window as unknown as { __refuseNextBackup(): void }).__refuseNextBackup());
    await card.getByRole('button', { name: 'Fazer uma cópia agora' }).click();
    const alert = card.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/^A última cópia, .+, falhou: não há espaço suficiente no disco\./);

    // Replacing everything with a file: the confirmation says the backup goes to the folder, and no save dialog is asked.
    const file = join(mkdtempSync(join(tmpdir(), 'ponte-replace-')), 'ponte-backup.ponte');
    writeFileSync(file, Buffer.concat(pieces));
    pieces.length = 0;
    await page.goto(`${env.app.url}#/backup`);
    await page.getByLabel('Escolher um arquivo de cópia ou de intercâmbio (.ponte)').setInputFiles(file);
    await page.getByTestId('exchange-plan').waitFor();
    await page.getByRole('button', { name: 'Substituir tudo neste dispositivo…' }).click();
    const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
    await dialog.getByText('na pasta de cópias (/home/ana/Documentos/Ponte backups)', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Fazer cópia e substituir tudo' }).click();
    await page.getByTestId('exchange-done').getByText('O que havia antes está na pasta de cópias como ponte-backup-before-replace.ponte.', { exact: false }).waitFor({ timeout: 60_000 });
    const before = await readBundle(new Uint8Array(Buffer.concat(pieces)));
    expect(before.summary.pairingIds).toHaveLength(10);
    await page.goto(`${env.app.url}#/`);
    await page.locator('.pairing-row').first().waitFor();
    expect(await page.locator('.pairing-row').count()).toBe(10);
    await context.close();
  });
});
