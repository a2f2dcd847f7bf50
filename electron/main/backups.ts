import { randomBytes } from 'node:crypto';
import { access, mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { constants } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  DEFAULT_BACKUP_KEEP,
  MAX_BACKUP_KEEP,
  type BackupFailureCode,
  type BackupFile,
  type BackupFolderStatus,
  type BackupReason,
  type WriteBackupResult,
} from '../../shared/platform/backups';

// The automatic-backup folder of the desktop app: where it is (remembered in a
// small JSON file under userData), writing one backup atomically, and keeping
// only the newest N. No Electron here: the caller passes the paths Electron
// knows (documents, userData), so tests run on a temporary folder.

export const DEFAULT_FOLDER_NAME = 'Ponte backups';

export function defaultBackupFolder(documentsDir: string): string {
  return join(documentsDir, DEFAULT_FOLDER_NAME);
}

// ---------------------------------------------------------------- settings

const settingsSchema = z.object({
  /** null: the default folder under Documents. */
  folder: z.string().min(1).nullable(),
  keep: z.number().int().min(1).max(MAX_BACKUP_KEEP),
});

export type BackupSettings = z.infer<typeof settingsSchema>;

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { folder: null, keep: DEFAULT_BACKUP_KEEP };

/** Saved settings, or the defaults when the file is missing or not ours. */
export function parseBackupSettings(text: string | null): BackupSettings {
  if (text === null) return DEFAULT_BACKUP_SETTINGS;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
  } catch {
    return DEFAULT_BACKUP_SETTINGS;
  }
}

export async function readBackupSettings(file: string): Promise<BackupSettings> {
  try {
    return parseBackupSettings(await readFile(file, 'utf8'));
  } catch {
    return DEFAULT_BACKUP_SETTINGS;
  }
}

export async function saveBackupSettings(file: string, settings: BackupSettings): Promise<void> {
  await writeAtomically(file, new TextEncoder().encode(JSON.stringify(settingsSchema.parse(settings))), realIo);
}

// ---------------------------------------------------------------- file names

const NAME_PATTERN = /^ponte-backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})Z-(daily|before-upgrade|manual)(?:-(\d{1,3}))?\.ponte$/;

/** "ponte-backup-2026-12-02-193600Z-daily.ponte": UTC, so names sort by time across a change of clock or zone. */
export function backupFileName(at: Date, reason: BackupReason, n = 0): string {
  const p = (value: number) => String(value).padStart(2, '0');
  const stamp = `${at.getUTCFullYear()}-${p(at.getUTCMonth() + 1)}-${p(at.getUTCDate())}-${p(at.getUTCHours())}${p(at.getUTCMinutes())}${p(at.getUTCSeconds())}Z`;
  return `ponte-backup-${stamp}-${reason}${n > 0 ? `-${n}` : ''}.ponte`;
}

/** The time a backup's name says, or null for any file that is not one of ours. */
export function parseBackupFileName(name: string): { at: number; reason: BackupReason; n: number } | null {
  const m = NAME_PATTERN.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, reason, n] = m;
  const at = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  if (Number.isNaN(at) || backupFileName(new Date(at), reason as BackupReason, Number(n ?? 0)) !== name) return null;
  return { at, reason: reason as BackupReason, n: Number(n ?? 0) };
}

// ---------------------------------------------------------------- failures

/** What the user is told, from Node's error code. */
export function failureCode(error: unknown): BackupFailureCode {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return 'no-space';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'no-permission';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'folder-missing';
    default:
      return 'unknown';
  }
}

function failure(error: unknown): { status: 'failed'; code: BackupFailureCode; message: string } {
  return { status: 'failed', code: failureCode(error), message: error instanceof Error ? error.message : String(error) };
}

// ---------------------------------------------------------------- writing

/** The file operations a backup needs: real ones in the app, failing ones in tests. */
export type BackupIo = {
  /** Writes and flushes to disk, so a rename after it never exposes a half-written file. */
  writeDurably(path: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
};

export const realIo: BackupIo = {
  async writeDurably(path, data) {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
};

async function writeAtomically(target: string, data: Uint8Array, io: BackupIo): Promise<void> {
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await io.writeDurably(temp, data);
    await io.rename(temp, target);
  } catch (error) {
    await io.unlink(temp).catch(() => undefined);
    throw error;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Our backups in a folder, newest first. Other files are never listed (nor removed). */
export async function listBackups(folder: string): Promise<BackupFile[]> {
  const names = await readdir(folder);
  const found: (BackupFile & { n: number })[] = [];
  for (const name of names) {
    const parsed = parseBackupFileName(name);
    if (!parsed) continue;
    try {
      const info = await stat(join(folder, name));
      if (info.isFile()) found.push({ name, at: parsed.at, bytes: info.size, n: parsed.n });
    } catch {
      // Removed between readdir and stat: not there any more.
    }
  }
  found.sort((a, b) => b.at - a.at || b.n - a.n);
  return found.map(({ n: _n, ...file }) => file);
}

/** Removes all but the newest `keep` backups; returns the names removed. */
export async function rotateBackups(folder: string, keep: number, io: Pick<BackupIo, 'unlink'> = realIo): Promise<string[]> {
  const backups = await listBackups(folder);
  const removed: string[] = [];
  for (const old of backups.slice(keep)) {
    try {
      await io.unlink(join(folder, old.name));
      removed.push(old.name);
    } catch {
      // An old backup that cannot be removed stays; the new one is written all the same.
    }
  }
  return removed;
}

export type WriteBackupInput = {
  folder: string;
  /** The default folder is made when missing; a folder the user chose is not (a USB stick may be out). */
  createFolder: boolean;
  keep: number;
  data: Uint8Array;
  reason: BackupReason;
  now: Date;
  io?: BackupIo;
};

/**
 * Writes one backup under a dated name (temp file, flush, rename: a crash or a
 * full disk leaves the folder as it was), then removes the oldest beyond
 * `keep`. Whatever the disk refuses comes back as 'failed' with a code.
 */
export async function writeBackupFile(input: WriteBackupInput): Promise<WriteBackupResult> {
  const io = input.io ?? realIo;
  try {
    if (input.createFolder) {
      await mkdir(input.folder, { recursive: true }).catch((error: unknown) => {
        // A file where the folder should be is told below as a missing folder.
        if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
      });
    }
    const info = await stat(input.folder).catch(() => null);
    if (!info?.isDirectory()) return { status: 'failed', code: 'folder-missing', message: `${input.folder} is not a folder that exists` };
    let n = 0;
    let name = backupFileName(input.now, input.reason);
    while (await exists(join(input.folder, name))) name = backupFileName(input.now, input.reason, ++n);
    await writeAtomically(join(input.folder, name), input.data, io);
    const removed = await rotateBackups(input.folder, input.keep, io);
    return { status: 'written', file: { name, at: parseBackupFileName(name)!.at, bytes: input.data.byteLength }, removed };
  } catch (error) {
    return failure(error);
  }
}

// ---------------------------------------------------------------- the folder as the app sees it

export type BackupPlace = {
  /** The JSON file under userData that remembers the folder and N. */
  settingsFile: string;
  /** app.getPath('documents'). */
  documentsDir: string;
};

export function folderOf(settings: BackupSettings, place: BackupPlace): { folder: string; isDefaultFolder: boolean } {
  return settings.folder === null
    ? { folder: defaultBackupFolder(place.documentsDir), isDefaultFolder: true }
    : { folder: settings.folder, isDefaultFolder: false };
}

export async function backupStatus(place: BackupPlace): Promise<BackupFolderStatus> {
  const settings = await readBackupSettings(place.settingsFile);
  const { folder, isDefaultFolder } = folderOf(settings, place);
  const base = { status: 'available' as const, folder, isDefaultFolder, keep: settings.keep };
  try {
    return { ...base, backups: await listBackups(folder) };
  } catch (error) {
    // The default folder not made yet is no problem: the first backup makes it.
    const code = failureCode(error);
    if (isDefaultFolder && code === 'folder-missing') return { ...base, backups: [] };
    return { ...base, backups: [], problem: code };
  }
}

export async function writeBackupInPlace(place: BackupPlace, data: Uint8Array, reason: BackupReason, now: Date, io?: BackupIo): Promise<WriteBackupResult> {
  const settings = await readBackupSettings(place.settingsFile);
  const { folder, isDefaultFolder } = folderOf(settings, place);
  return writeBackupFile({ folder, createFolder: isDefaultFolder, keep: settings.keep, data, reason, now, ...(io && { io }) });
}

/** Checks that a folder the user picked can take a backup: it exists, is a folder, and we may write there. */
export async function checkWritableFolder(folder: string): Promise<{ status: 'ok' } | { status: 'failed'; code: BackupFailureCode; message: string }> {
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) return { status: 'failed', code: 'folder-missing', message: `${folder} is not a folder` };
    await access(folder, constants.W_OK);
    return { status: 'ok' };
  } catch (error) {
    return failure(error);
  }
}

export async function rememberFolder(place: BackupPlace, folder: string): Promise<void> {
  const settings = await readBackupSettings(place.settingsFile);
  const isDefault = folder === defaultBackupFolder(place.documentsDir);
  await saveBackupSettings(place.settingsFile, { ...settings, folder: isDefault ? null : folder });
}

export async function rememberKeep(place: BackupPlace, keep: number): Promise<number> {
  const settings = await readBackupSettings(place.settingsFile);
  await saveBackupSettings(place.settingsFile, { ...settings, keep });
  return keep;
}
