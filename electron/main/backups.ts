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

const NAME_PATTERN = /^ponte-backup-(\d{4})-(\d{2})-(\d{2})-(\d{2})(\d{2})(\d{2})Z-(daily|before-upgrade|before-replace|manual)(?:-(\d{1,3}))?\.ponte$/;

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

/** An open file a backup is written into, piece by piece. */
export type BackupFileHandle = {
  write(chunk: Uint8Array): Promise<unknown>;
  /** Flushes to disk, so a rename after it never exposes a half-written file. */
  sync(): Promise<void>;
  close(): Promise<void>;
};

/** The file operations a backup needs: real ones in the app, failing ones in tests. */
export type BackupIo = {
  /** Creates a new file; fails if it exists. */
  create(path: string): Promise<BackupFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
};

export const realIo: BackupIo = {
  create: (path) => open(path, 'wx'),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
};

async function writeAtomically(target: string, data: Uint8Array, io: BackupIo): Promise<void> {
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await io.create(temp);
    try {
      await handle.write(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
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
  const sessions = new BackupSessions(async () => input, () => input.now, input.io);
  const begun = await sessions.begin(input.reason);
  if (begun.status === 'failed') return begun;
  const appended = await sessions.append(begun.id, input.data);
  if (appended.status === 'failed') return appended;
  return sessions.finish(begun.id);
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

/** Where the next backup goes and how many stay, as the settings say now. */
export async function backupTarget(place: BackupPlace): Promise<BackupTarget> {
  const settings = await readBackupSettings(place.settingsFile);
  const { folder, isDefaultFolder } = folderOf(settings, place);
  return { folder, createFolder: isDefaultFolder, keep: settings.keep };
}

export async function writeBackupInPlace(place: BackupPlace, data: Uint8Array, reason: BackupReason, now: Date, io?: BackupIo): Promise<WriteBackupResult> {
  return writeBackupFile({ ...(await backupTarget(place)), data, reason, now, ...(io && { io }) });
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

// ---------------------------------------------------------------- a backup in pieces

/** Backups far larger than any programme are refused rather than filling a disk. */
export const MAX_SESSION_BYTES = 16 * 1024 * 1024 * 1024;
/** A page that stops sending leaves at most this many temp files open. */
export const MAX_OPEN_SESSIONS = 2;

/** Where a backup goes: the folder, whether to make it, how many to keep. */
export type BackupTarget = { folder: string; createFolder: boolean; keep: number };

type Session = BackupTarget & {
  reason: BackupReason;
  startedAt: Date;
  temp: string;
  handle: BackupFileHandle;
  bytes: number;
};

type Failed = { status: 'failed'; code: BackupFailureCode; message: string };

const TEMP_PATTERN = /^\.ponte-backup-([0-9a-f]{24})\.tmp$/;

/**
 * A backup written as it arrives, piece by piece, into a temp file in the
 * backup folder; finishing flushes it, renames it to its dated name and
 * rotates. Neither the page nor this process holds the whole backup at once,
 * however many photos it carries. A session that fails is closed and its temp
 * file removed; the folder is left as it was.
 */
export class BackupSessions {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly target: () => Promise<BackupTarget>,
    private readonly now: () => Date,
    private readonly io: BackupIo = realIo,
  ) {}

  get open(): number {
    return this.sessions.size;
  }

  async begin(reason: BackupReason): Promise<{ status: 'started'; id: string } | Failed> {
    if (this.sessions.size >= MAX_OPEN_SESSIONS) return { status: 'failed', code: 'unknown', message: 'another backup is being written' };
    try {
      const target = await this.target();
      if (target.createFolder) {
        await mkdir(target.folder, { recursive: true }).catch((error: unknown) => {
          // A file where the folder should be is told below as a missing folder.
          if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
        });
      }
      const info = await stat(target.folder).catch(() => null);
      if (!info?.isDirectory()) return { status: 'failed', code: 'folder-missing', message: `${target.folder} is not a folder that exists` };
      await this.removeStaleTemps(target.folder);
      const id = randomBytes(12).toString('hex');
      const temp = join(target.folder, `.ponte-backup-${id}.tmp`);
      const handle = await this.io.create(temp);
      this.sessions.set(id, { ...target, reason, startedAt: this.now(), temp, handle, bytes: 0 });
      return { status: 'started', id };
    } catch (error) {
      return failure(error);
    }
  }

  async append(id: string, chunk: Uint8Array): Promise<{ status: 'ok' } | Failed> {
    const session = this.sessions.get(id);
    if (!session) return { status: 'failed', code: 'unknown', message: 'no such backup in progress' };
    if (session.bytes + chunk.byteLength > MAX_SESSION_BYTES) {
      await this.abort(id);
      return { status: 'failed', code: 'no-space', message: `a backup may not exceed ${MAX_SESSION_BYTES} bytes` };
    }
    try {
      await session.handle.write(chunk);
      session.bytes += chunk.byteLength;
      return { status: 'ok' };
    } catch (error) {
      await this.abort(id);
      return failure(error);
    }
  }

  async finish(id: string): Promise<WriteBackupResult> {
    const session = this.sessions.get(id);
    if (!session) return { status: 'failed', code: 'unknown', message: 'no such backup in progress' };
    this.sessions.delete(id);
    let closed = false;
    try {
      if (session.bytes === 0) throw new Error('the backup is empty');
      await session.handle.sync();
      closed = true;
      await session.handle.close();
      let n = 0;
      let name = backupFileName(session.startedAt, session.reason);
      while (await exists(join(session.folder, name))) name = backupFileName(session.startedAt, session.reason, ++n);
      await this.io.rename(session.temp, join(session.folder, name));
      const removed = await rotateBackups(session.folder, session.keep, this.io);
      return { status: 'written', file: { name, at: parseBackupFileName(name)!.at, bytes: session.bytes }, removed };
    } catch (error) {
      if (!closed) await session.handle.close().catch(() => undefined);
      await this.io.unlink(session.temp).catch(() => undefined);
      return failure(error);
    }
  }

  async abort(id: string): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    this.sessions.delete(id);
    await session.handle.close().catch(() => undefined);
    await this.io.unlink(session.temp).catch(() => undefined);
  }

  /** On quit: no temp file left behind. */
  async abortAll(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map((id) => this.abort(id)));
  }

  /** Temp files of backups a crash or a power cut interrupted: never finished, never to be. */
  private async removeStaleTemps(folder: string): Promise<void> {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names) {
      const m = TEMP_PATTERN.exec(name);
      if (m && !this.sessions.has(m[1]!)) await this.io.unlink(join(folder, name)).catch(() => undefined);
    }
  }
}
