import type { Platform } from '../../../shared/platform/platform';
import type { BackupFailureCode, BackupReason } from '../../../shared/platform/backups';
import type { PonteDatabase } from '../db/database';

// Automatic backups: when to take one, taking it, and what this device
// remembers of the last one. The bytes come from the bundle writer (passed in
// as `MakeBackup`, so this file does not care how a bundle is made); the
// platform puts them in the backup folder (desktop) or offers a download (tab).
// What is remembered sits in the device's local `meta` table, never synced.

/** The whole device as a `.ponte` bundle (a Blob lets the desktop send it in pieces without a copy). */
export type MakeBackup = (db: PonteDatabase) => Promise<Blob | Uint8Array>;

export const BACKUP_RECORD_KEY = 'backup.auto';

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;
/** A daily backup is due this long after the last one written. */
export const BACKUP_EVERY = DAY;
/** After a failure, the next try waits this long (a full disk is not fixed in a minute). */
export const RETRY_AFTER = HOUR;
/** How often the app looks whether a backup is due while it stays open. */
export const CHECK_EVERY = 15 * 60 * 1000;
/** A tab reminds the user when the last downloaded backup is older than this, or there is none. */
export const REMIND_AFTER = 7 * DAY;
/** A dismissed reminder comes back after this long. */
export const REMINDER_SNOOZE = DAY;

/** Why the last backup failed: the folder's codes, or the bundle could not be made. */
export type BackupProblem = BackupFailureCode | 'export-failed';

export type BackupOutcome =
  | { status: 'written'; at: number; reason: BackupReason; name: string; bytes: number }
  | { status: 'failed'; at: number; reason: BackupReason; code: BackupProblem; message: string };

export type BackupRecord = {
  /** When a backup last reached the folder (desktop). */
  lastWrittenAt: number | null;
  /** The last try, good or bad (desktop). */
  lastOutcome: BackupOutcome | null;
  /** When the user last downloaded a backup (tab, or "save a copy" on the desktop). */
  lastDownloadedAt: number | null;
  reminderDismissedAt: number | null;
};

export const EMPTY_BACKUP_RECORD: BackupRecord = { lastWrittenAt: null, lastOutcome: null, lastDownloadedAt: null, reminderDismissedAt: null };

export async function readBackupRecord(db: PonteDatabase): Promise<BackupRecord> {
  const row = await db.meta.get(BACKUP_RECORD_KEY);
  return { ...EMPTY_BACKUP_RECORD, ...(row?.value as Partial<BackupRecord> | undefined) };
}

export async function updateBackupRecord(db: PonteDatabase, patch: Partial<BackupRecord>): Promise<BackupRecord> {
  return db.transaction('rw', db.meta, async () => {
    const next = { ...(await readBackupRecord(db)), ...patch };
    await db.meta.put({ key: BACKUP_RECORD_KEY, value: next });
    return next;
  });
}

/**
 * A daily backup is due when none was written in the last day (by what this
 * device remembers or by the newest file in the folder), unless a try failed
 * less than RETRY_AFTER ago.
 */
export function isDailyBackupDue(record: BackupRecord, now: number, newestInFolder: number | null = null): boolean {
  const last = Math.max(record.lastWrittenAt ?? -Infinity, newestInFolder ?? -Infinity);
  if (now - last < BACKUP_EVERY) return false;
  const outcome = record.lastOutcome;
  if (outcome?.status === 'failed' && now - outcome.at < RETRY_AFTER && outcome.at <= now) return false;
  return true;
}

/** In a tab: remind when the last download is a week old or there is none, unless dismissed in the last day. */
export function isDownloadReminderDue(record: BackupRecord, now: number): boolean {
  if (record.lastDownloadedAt !== null && now - record.lastDownloadedAt < REMIND_AFTER) return false;
  if (record.reminderDismissedAt !== null && now - record.reminderDismissedAt < REMINDER_SNOOZE && record.reminderDismissedAt <= now) return false;
  return true;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const running = new WeakMap<PonteDatabase, Promise<BackupOutcome | null>>();

/**
 * Makes a bundle of the whole device and hands it to the backup folder, then
 * remembers the outcome. Never throws: a failure is an outcome, said in the
 * settings screen. Returns null in a tab (there is no folder). One at a time
 * per database: a second call while one runs gets the same result.
 */
export function takeBackup(db: PonteDatabase, p: Platform, make: MakeBackup, reason: BackupReason, now: () => number = Date.now): Promise<BackupOutcome | null> {
  const inFlight = running.get(db);
  if (inFlight) return inFlight;
  const job = (async (): Promise<BackupOutcome | null> => {
    let data: Blob | Uint8Array;
    try {
      data = await make(db);
    } catch (error) {
      return remember(db, { status: 'failed', at: now(), reason, code: 'export-failed', message: messageOf(error) });
    }
    let result;
    try {
      result = await p.writeBackup({ data, reason });
    } catch (error) {
      return remember(db, { status: 'failed', at: now(), reason, code: 'unknown', message: messageOf(error) });
    }
    if (result.status === 'unavailable') return null;
    if (result.status === 'failed') return remember(db, { status: 'failed', at: now(), reason, code: result.code, message: result.message });
    return remember(db, { status: 'written', at: result.file.at, reason, name: result.file.name, bytes: result.file.bytes });
  })().finally(() => running.delete(db));
  running.set(db, job);
  return job;
}

async function remember(db: PonteDatabase, outcome: BackupOutcome): Promise<BackupOutcome> {
  await updateBackupRecord(db, outcome.status === 'written' ? { lastOutcome: outcome, lastWrittenAt: outcome.at } : { lastOutcome: outcome });
  return outcome;
}

/** Takes the daily backup if it is due. Returns what happened, or null when nothing was due (or in a tab). */
export async function backupIfDue(db: PonteDatabase, p: Platform, make: MakeBackup, now: () => number = Date.now): Promise<BackupOutcome | null> {
  const folder = await p.backupStatus();
  if (folder.status === 'unavailable') return null;
  const record = await readBackupRecord(db);
  if (!isDailyBackupDue(record, now(), folder.backups[0]?.at ?? null)) return null;
  return takeBackup(db, p, make, 'daily', now);
}

/** The first look waits this long after start, so a backup does not slow the first screen. */
export const START_DELAY = 30_000;

export type AutoBackupOptions = {
  now?: () => number;
  checkEvery?: number;
  startDelay?: number;
  /** Called after each backup taken, for tests and a toast. */
  onBackup?: (outcome: BackupOutcome) => void;
};

/**
 * On the desktop: a backup soon after start (START_DELAY) when the last is more than a day old,
 * then a look every CHECK_EVERY while the app stays open (a laptop left on
 * for a week still gets one a day). In a tab: nothing. Returns a stop function.
 */
export function startAutoBackup(db: PonteDatabase, p: Platform, make: MakeBackup, options: AutoBackupOptions = {}): () => void {
  const now = options.now ?? Date.now;
  let stopped = false;
  let timer: ReturnType<typeof setInterval> | undefined;
  let delay: ReturnType<typeof setTimeout> | undefined;
  const check = async () => {
    if (stopped) return;
    try {
      const outcome = await backupIfDue(db, p, make, now);
      if (outcome) options.onBackup?.(outcome);
    } catch {
      // The folder could not even be asked (IPC refused): try again on the next look.
    }
  };
  const begin = async () => {
    const folder = await p.backupStatus().catch(() => ({ status: 'unavailable' as const }));
    if (stopped || folder.status === 'unavailable') return;
    await check();
    if (!stopped) timer = setInterval(() => void check(), options.checkEvery ?? CHECK_EVERY);
  };
  const startDelay = options.startDelay ?? START_DELAY;
  if (startDelay > 0) delay = setTimeout(() => void begin(), startDelay);
  else void begin();
  return () => {
    stopped = true;
    if (delay !== undefined) clearTimeout(delay);
    if (timer !== undefined) clearInterval(timer);
  };
}

/** For any screen that saves a whole-device bundle (the exchange screen's backup): the tab's reminder then rests a week. */
export async function rememberBackupDownloaded(db: PonteDatabase, at: number = Date.now()): Promise<void> {
  await updateBackupRecord(db, { lastDownloadedAt: at });
}

/** "ponte-backup-2026-12-02.ponte" in the user's own calendar: the name a download is offered under. */
export function downloadFileName(at: number): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `ponte-backup-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}.ponte`;
}

export type DownloadOutcome = { status: 'saved' } | { status: 'cancelled' } | { status: 'failed'; message: string };

/** Makes a bundle of the whole device and offers it as a download (a tab) or a save dialog (desktop). */
export async function downloadBackup(db: PonteDatabase, p: Platform, make: MakeBackup, dialogTitle: string, now: () => number = Date.now): Promise<DownloadOutcome> {
  let data: Uint8Array;
  try {
    const made = await make(db);
    data = made instanceof Blob ? new Uint8Array(await made.arrayBuffer()) : made;
  } catch (error) {
    return { status: 'failed', message: messageOf(error) };
  }
  const result = await p.saveFile({
    suggestedName: downloadFileName(now()),
    data,
    mimeType: 'application/octet-stream',
    dialogTitle,
    filters: [{ name: 'Ponte', extensions: ['ponte'] }],
  });
  if (result.status === 'failed') return { status: 'failed', message: result.reason };
  if (result.status === 'cancelled') return result;
  await rememberBackupDownloaded(db, now());
  return { status: 'saved' };
}
