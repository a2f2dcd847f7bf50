import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '../db/test-db';
import {
  backupIfDue,
  DAY,
  downloadBackup,
  downloadFileName,
  EMPTY_BACKUP_RECORD,
  HOUR,
  isDailyBackupDue,
  isDownloadReminderDue,
  readBackupRecord,
  rememberBackupDownloaded,
  startAutoBackup,
  takeBackup,
  type BackupRecord,
  type MakeBackup,
} from './auto-backup';
import { testPlatform } from './test-platform';

const T0 = Date.parse('2026-12-02T09:00:00Z');
const make: MakeBackup = async () => new Uint8Array([0x50, 0x4b, 3, 4]);
const record = (patch: Partial<BackupRecord>): BackupRecord => ({ ...EMPTY_BACKUP_RECORD, ...patch });

describe('when a daily backup is due', () => {
  it('never backed up: due', () => {
    expect(isDailyBackupDue(EMPTY_BACKUP_RECORD, T0)).toBe(true);
  });

  it('due a day after the last one, not before', () => {
    expect(isDailyBackupDue(record({ lastWrittenAt: T0 }), T0 + DAY - 1)).toBe(false);
    expect(isDailyBackupDue(record({ lastWrittenAt: T0 }), T0 + DAY)).toBe(true);
  });

  it('a recent file in the folder counts even if this device forgot it', () => {
    expect(isDailyBackupDue(EMPTY_BACKUP_RECORD, T0, T0 - HOUR)).toBe(false);
    expect(isDailyBackupDue(record({ lastWrittenAt: T0 - 2 * DAY }), T0, T0 - 2 * HOUR)).toBe(false);
  });

  it('after a failure, waits an hour before trying again', () => {
    const failed = record({ lastWrittenAt: T0 - 3 * DAY, lastOutcome: { status: 'failed', at: T0, reason: 'daily', code: 'no-space', message: 'ENOSPC' } });
    expect(isDailyBackupDue(failed, T0 + HOUR - 1)).toBe(false);
    expect(isDailyBackupDue(failed, T0 + HOUR)).toBe(true);
  });
});

describe('when a tab reminds to download a backup', () => {
  it('never downloaded or a week old: remind', () => {
    expect(isDownloadReminderDue(EMPTY_BACKUP_RECORD, T0)).toBe(true);
    expect(isDownloadReminderDue(record({ lastDownloadedAt: T0 - 7 * DAY }), T0)).toBe(true);
    expect(isDownloadReminderDue(record({ lastDownloadedAt: T0 - 7 * DAY + 1 }), T0)).toBe(false);
  });

  it('a dismissed reminder comes back a day later', () => {
    expect(isDownloadReminderDue(record({ reminderDismissedAt: T0 }), T0 + DAY - 1)).toBe(false);
    expect(isDownloadReminderDue(record({ reminderDismissedAt: T0 }), T0 + DAY)).toBe(true);
  });
});

describe('takeBackup', () => {
  it('writes the bundle into the folder and remembers when', async () => {
    const db = freshDatabase();
    const p = testPlatform({ desktop: true, now: () => T0 });
    const outcome = await takeBackup(db, p, make, 'manual', () => T0);
    expect(outcome).toMatchObject({ status: 'written', at: T0, reason: 'manual', bytes: 4 });
    expect(p.written.map((w) => [w.reason, [...w.data]])).toEqual([['manual', [0x50, 0x4b, 3, 4]]]);
    expect(await readBackupRecord(db)).toMatchObject({ lastWrittenAt: T0, lastOutcome: { status: 'written', at: T0 } });
  });

  it('remembers a refused write with its code, keeping the time of the last good one', async () => {
    const db = freshDatabase();
    const p = testPlatform({ desktop: true, now: () => T0 });
    await takeBackup(db, p, make, 'daily', () => T0);
    p.nextWrite = { status: 'failed', code: 'no-permission', message: 'EACCES: permission denied' };
    const outcome = await takeBackup(db, p, make, 'daily', () => T0 + DAY);
    expect(outcome).toEqual({ status: 'failed', at: T0 + DAY, reason: 'daily', code: 'no-permission', message: 'EACCES: permission denied' });
    expect(await readBackupRecord(db)).toMatchObject({ lastWrittenAt: T0, lastOutcome: { status: 'failed', code: 'no-permission' } });
  });

  it('a bundle that cannot be made is a failure, and nothing reaches the folder', async () => {
    const db = freshDatabase();
    const p = testPlatform({ desktop: true });
    const outcome = await takeBackup(db, p, async () => Promise.reject(new Error('quota')), 'daily', () => T0);
    expect(outcome).toMatchObject({ status: 'failed', code: 'export-failed', message: 'quota' });
    expect(p.written).toEqual([]);
  });

  it('two calls at once make one backup', async () => {
    const db = freshDatabase();
    const p = testPlatform({ desktop: true, now: () => T0 });
    let calls = 0;
    const slow: MakeBackup = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return new Uint8Array([1]);
    };
    const [a, b] = await Promise.all([takeBackup(db, p, slow, 'daily'), takeBackup(db, p, slow, 'manual')]);
    expect(a).toBe(b);
    expect(calls).toBe(1);
    expect(p.written).toHaveLength(1);
  });

  it('in a tab there is no folder: nothing is made or remembered', async () => {
    const db = freshDatabase();
    const p = testPlatform({ desktop: false });
    expect(await takeBackup(db, p, make, 'daily')).toBeNull();
    expect(await readBackupRecord(db)).toEqual(EMPTY_BACKUP_RECORD);
  });
});

describe('backupIfDue', () => {
  it('backs up only when the last backup is more than a day old', async () => {
    const db = freshDatabase();
    let now = T0;
    const p = testPlatform({ desktop: true, now: () => now });
    expect(await backupIfDue(db, p, make, () => now)).toMatchObject({ status: 'written', reason: 'daily' });
    now = T0 + 23 * HOUR;
    expect(await backupIfDue(db, p, make, () => now)).toBeNull();
    now = T0 + 24 * HOUR;
    expect(await backupIfDue(db, p, make, () => now)).toMatchObject({ status: 'written' });
    expect(p.written).toHaveLength(2);
  });
});

describe('startAutoBackup', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('backs up at start, then once a day while the app stays open, and stops when told', async () => {
    const db = freshDatabase();
    const p = testPlatform({ desktop: true });
    const seen: string[] = [];
    const stop = startAutoBackup(db, p, make, { startDelay: 0, onBackup: (o) => seen.push(`${o.status} ${new Date(o.at).toISOString()}`) });
    await vi.waitFor(() => expect(seen).toEqual(['written 2026-12-02T09:00:00.000Z']));
    // 96 looks of 15 minutes: the next day's backup comes at the 96th, not before.
    await vi.advanceTimersByTimeAsync(DAY - 15 * 60 * 1000);
    expect(p.written).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(15 * 60 * 1000);
    await vi.waitFor(() => expect(seen).toEqual(['written 2026-12-02T09:00:00.000Z', 'written 2026-12-03T09:00:00.000Z']));
    expect(p.written).toHaveLength(2);
    stop();
    await vi.advanceTimersByTimeAsync(3 * DAY);
    expect(p.written).toHaveLength(2);
  });

  it('waits half a minute after start before the first look, so the first screen is not slowed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(T0);
    const db = freshDatabase();
    const p = testPlatform({ desktop: true });
    const makeSpy = vi.fn(make);
    const stop = startAutoBackup(db, p, makeSpy);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(makeSpy).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    await vi.waitFor(() => expect(p.written).toHaveLength(1));
    expect(makeSpy).toHaveBeenCalledTimes(1);
    stop();
  });

  it('does nothing in a tab', async () => {
    const db = freshDatabase();
    const p = testPlatform({ desktop: false });
    const makeSpy = vi.fn(make);
    const stop = startAutoBackup(db, p, makeSpy, { startDelay: 0 });
    await vi.advanceTimersByTimeAsync(2 * DAY);
    expect(makeSpy).not.toHaveBeenCalled();
    stop();
  });
});

describe('downloadBackup', () => {
  it('offers the bundle under a dated name and remembers the download', async () => {
    const db = freshDatabase();
    const p = testPlatform({ desktop: false });
    expect(await downloadBackup(db, p, make, 'Save a backup', () => T0)).toEqual({ status: 'saved' });
    expect(p.saved.map((s) => [s.suggestedName, s.data.byteLength, s.dialogTitle])).toEqual([[downloadFileName(T0), 4, 'Save a backup']]);
    expect(downloadFileName(T0)).toMatch(/^ponte-backup-2026-12-0[12]\.ponte$/);
    expect((await readBackupRecord(db)).lastDownloadedAt).toBe(T0);
  });

  it('a backup saved by another screen counts as a download, and keeps the rest of the record', async () => {
    const db = freshDatabase();
    await takeBackup(db, testPlatform({ desktop: true, now: () => T0 }), make, 'daily', () => T0);
    await rememberBackupDownloaded(db, T0 + 5);
    expect(await readBackupRecord(db)).toMatchObject({ lastDownloadedAt: T0 + 5, lastWrittenAt: T0, lastOutcome: { status: 'written' } });
    expect(isDownloadReminderDue(await readBackupRecord(db), T0 + 6)).toBe(false);
  });

  it('a cancelled save dialog is not a download', async () => {
    const db = freshDatabase();
    const p = testPlatform({ desktop: true, saveAnswer: { status: 'cancelled' } });
    expect(await downloadBackup(db, p, make, 'Save', () => T0)).toEqual({ status: 'cancelled' });
    expect((await readBackupRecord(db)).lastDownloadedAt).toBeNull();
  });
});
