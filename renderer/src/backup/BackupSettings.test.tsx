import { act, configure, fireEvent, screen, waitFor } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithDb } from '../../../test/render-app';
import { formatDateTime } from '../../../shared/model/dates';
import { freshDatabase } from '../db/test-db';
import { setPlatform } from '../platform/platform';
import { createBrowserPlatform } from '../platform/browser-platform';
import { BackupSettings } from './BackupSettings';
import { updateBackupRecord, type MakeBackup } from './auto-backup';
import { testPlatform } from './test-platform';

// Four sessions share two cores here: give the database and the platform time to answer.
configure({ asyncUtilTimeout: 5000 });

const T0 = Date.parse('2026-12-02T09:00:00Z');
const make: MakeBackup = async () => new Uint8Array([1, 2, 3]);

afterEach(() => {
  vi.useRealTimers();
  setPlatform(createBrowserPlatform());
});

describe('the backups card on the desktop', () => {
  it('says there is no backup yet, shows the default folder and takes one on request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const p = testPlatform({ desktop: true });
    setPlatform(p);
    renderWithDb(<BackupSettings make={make} />);
    expect((await screen.findByTestId('backup-last')).textContent).toBe('No backup has been made on this device yet.');
    expect(screen.getByText('/home/ana/Documents/Ponte backups')).toBeTruthy();
    expect(screen.getByText('(the default folder, in your Documents)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back up now' }));
    await waitFor(() => expect(screen.getByTestId('backup-last').textContent).toBe(`Last backup: ${formatDateTime(T0, 'en')}`));
    expect(p.written.map((w) => w.reason)).toEqual(['manual']);
    expect(screen.getByText('1 backup in the folder.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows the last backup time in the interface language', async () => {
    await i18next.changeLanguage('es');
    const db = freshDatabase();
    await updateBackupRecord(db, { lastWrittenAt: T0, lastOutcome: { status: 'written', at: T0, reason: 'daily', name: 'x.ponte', bytes: 3 } });
    setPlatform(testPlatform({ desktop: true }));
    renderWithDb(<BackupSettings make={make} />, db);
    await waitFor(() => expect(screen.getByTestId('backup-last').textContent).toBe(`Última copia: ${formatDateTime(T0, 'es')}`));
    expect(screen.getByTestId('backup-last').textContent).toMatch(/dic/);
  });

  it('says a failed backup plainly, with its cause, beside the time of the last good one', async () => {
    const db = freshDatabase();
    await updateBackupRecord(db, {
      lastWrittenAt: T0,
      lastOutcome: { status: 'failed', at: T0 + 86_400_000, reason: 'daily', code: 'no-space', message: 'ENOSPC: no space left on device' },
    });
    setPlatform(testPlatform({ desktop: true }));
    renderWithDb(<BackupSettings make={make} />, db);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(
      `The last backup, ${formatDateTime(T0 + 86_400_000, 'en')}, failed: there is not enough space left on the disk. Free some space or choose a folder on another disk.`,
    );
    expect(screen.getByTestId('backup-last').textContent).toBe(`Last backup: ${formatDateTime(T0, 'en')}`);
  });

  it('a backup now that the folder refuses turns into the plain failure', async () => {
    const p = testPlatform({ desktop: true });
    p.nextWrite = { status: 'failed', code: 'folder-missing', message: 'ENOENT' };
    setPlatform(p);
    renderWithDb(<BackupSettings make={make} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Back up now' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/failed: the folder cannot be found \(a USB stick taken out\?\)/);
  });

  it('chooses another folder through the platform and shows it', async () => {
    const p = testPlatform({ desktop: true });
    p.chooseAnswer = '/media/ana/USB/Ponte';
    setPlatform(p);
    renderWithDb(<BackupSettings make={make} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Choose folder…' }));
    expect(await screen.findByText('/media/ana/USB/Ponte')).toBeTruthy();
    expect(screen.queryByText('(the default folder, in your Documents)')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show folder' }));
    await waitFor(() => expect(p.openedFolder).toBe(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the number of backups asked for, and ignores one out of range', async () => {
    const p = testPlatform({ desktop: true });
    setPlatform(p);
    renderWithDb(<BackupSettings make={make} />);
    const keep = (await screen.findByLabelText('Backups to keep')) as HTMLInputElement;
    expect(keep.value).toBe('10');
    fireEvent.change(keep, { target: { value: '0' } });
    fireEvent.blur(keep);
    await waitFor(() => expect((screen.getByLabelText('Backups to keep') as HTMLInputElement).value).toBe('10'));
    expect(p.folder.keep).toBe(10);
    fireEvent.change(screen.getByLabelText('Backups to keep'), { target: { value: '4' } });
    fireEvent.blur(screen.getByLabelText('Backups to keep'));
    expect((await screen.findByRole('status')).textContent).toBe('From the next backup on, Ponte keeps the last 4.');
    expect(p.folder.keep).toBe(4);
    expect((screen.getByLabelText('Backups to keep') as HTMLInputElement).value).toBe('4');
  });
});

describe('the backups card in a tab', () => {
  it('says no backup was downloaded yet, and downloading one records when', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const p = testPlatform({ desktop: false });
    setPlatform(p);
    renderWithDb(<BackupSettings make={make} />);
    expect((await screen.findByTestId('backup-last')).textContent).toBe('No backup has been downloaded from this browser yet.');
    expect(screen.queryByRole('button', { name: 'Back up now' })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    });
    await waitFor(() => expect(screen.getByTestId('backup-last').textContent).toBe(`Last downloaded backup: ${formatDateTime(T0, 'en')}`));
    expect(p.saved.map((s) => s.suggestedName)).toHaveLength(1);
    expect(p.written).toEqual([]);
  });
});
