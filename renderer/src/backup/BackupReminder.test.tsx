import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithDb } from '../../../test/render-app';
import { freshDatabase } from '../db/test-db';
import { setPlatform } from '../platform/platform';
import { createBrowserPlatform } from '../platform/browser-platform';
import { BackupReminder } from './BackupReminder';
import { DAY, readBackupRecord, updateBackupRecord, type MakeBackup } from './auto-backup';
import { formatDate } from './format-date';
import { testPlatform } from './test-platform';

// Four sessions share two cores here: give the database and the platform time to answer.
configure({ asyncUtilTimeout: 5000 });

const T0 = Date.parse('2026-12-02T09:00:00Z');
const make: MakeBackup = async () => new Uint8Array([1, 2, 3]);

async function deviceWithWork() {
  const db = freshDatabase();
  await db.pairings.put({ id: 'p-malaga', deleted: false } as never);
  return db;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
  setPlatform(createBrowserPlatform());
});

/** The reminder renders nothing while it decides: let the database and the platform answer. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
}

describe('the backup reminder in a tab', () => {
  it('asks for a first backup when none was ever downloaded, and the button downloads one', async () => {
    const p = testPlatform({ desktop: false });
    setPlatform(p);
    const { db } = renderWithDb(<BackupReminder make={make} />, await deviceWithWork());
    const banner = await screen.findByTestId('backup-reminder');
    expect(banner.textContent).toContain("There is no backup of the work in this browser yet.");
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(screen.queryByTestId('backup-reminder')).toBeNull());
    expect(p.saved.map((s) => s.suggestedName)).toEqual([expect.stringMatching(/^ponte-backup-2026-12-0[12]\.ponte$/)]);
    expect((await readBackupRecord(db)).lastDownloadedAt).toBe(T0);
  });

  it('stays away for a week after a download, then says when the last one was, in the interface language', async () => {
    await i18next.changeLanguage('pt');
    setPlatform(testPlatform({ desktop: false }));
    const db = await deviceWithWork();
    const downloaded = T0 - 7 * DAY + 60_000;
    await updateBackupRecord(db, { lastDownloadedAt: downloaded });
    const { unmount } = renderWithDb(<BackupReminder make={make} />, db);
    await settle();
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
    unmount();

    vi.setSystemTime(T0 + 60_000);
    renderWithDb(<BackupReminder make={make} />, db);
    const banner = await screen.findByTestId('backup-reminder');
    expect(banner.textContent).toContain(`Sua última cópia foi baixada em ${formatDate(downloaded, 'pt')}.`);
    expect(formatDate(downloaded, 'pt')).toMatch(/nov/);
    expect(screen.getByRole('button', { name: 'Baixar uma cópia' })).toBeTruthy();
  });

  it('"Later" hides it for a day, then it comes back', async () => {
    setPlatform(testPlatform({ desktop: false }));
    const db = await deviceWithWork();
    const first = renderWithDb(<BackupReminder make={make} />, db);
    fireEvent.click(await screen.findByRole('button', { name: 'Later' }));
    await waitFor(() => expect(screen.queryByTestId('backup-reminder')).toBeNull());
    first.unmount();

    vi.setSystemTime(T0 + DAY - 60_000);
    const second = renderWithDb(<BackupReminder make={make} />, db);
    await settle();
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
    second.unmount();

    vi.setSystemTime(T0 + DAY);
    renderWithDb(<BackupReminder make={make} />, db);
    expect(await screen.findByTestId('backup-reminder')).toBeTruthy();
  });

  it('says nothing on a device with no work yet', async () => {
    setPlatform(testPlatform({ desktop: false }));
    const { db } = renderWithDb(<BackupReminder make={make} />);
    await settle();
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
    // The first pairing is work worth a backup.
    await act(async () => {
      await db.pairings.put({ id: 'p-first', deleted: false } as never);
    });
    expect(await screen.findByTestId('backup-reminder')).toBeTruthy();
  });

  it('says nothing on the desktop, where backups are automatic', async () => {
    setPlatform(testPlatform({ desktop: true }));
    renderWithDb(<BackupReminder make={make} />, await deviceWithWork());
    await settle();
    expect(screen.queryByTestId('backup-reminder')).toBeNull();
  });

  it('a backup that cannot be made is said plainly in the banner', async () => {
    setPlatform(testPlatform({ desktop: false }));
    renderWithDb(<BackupReminder make={async () => Promise.reject(new Error('the disk is full'))} />, await deviceWithWork());
    fireEvent.click(await screen.findByRole('button', { name: 'Download a backup' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The backup could not be made: the disk is full');
    expect(screen.getByTestId('backup-reminder')).toBeTruthy();
  });
});
