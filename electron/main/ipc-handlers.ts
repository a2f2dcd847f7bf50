import { join } from 'node:path';
import type { SaveFileResult } from '../../shared/platform/platform';
import { z } from 'zod';
import type { AppendBackupResult, BackupFolderStatus, BeginBackupResult, ChooseBackupFolderResult, OpenBackupFolderResult, SetBackupKeepResult, WriteBackupResult } from '../../shared/platform/backups';
import { appendBackupRequestSchema, backupIdSchema, backupKeepSchema, beginBackupRequestSchema, chooseBackupFolderRequestSchema, externalUrlSchema, saveFileRequestSchema } from './ipc-schemas';
import { BackupSessions, backupStatus, backupTarget, checkWritableFolder, failureCode, folderOf, readBackupSettings, rememberFolder, rememberKeep, type BackupPlace } from './backups';
import { mkdir } from 'node:fs/promises';

function parseArg<T>(schema: z.ZodType<T>, rawArg: unknown, what: string): T {
  const result = schema.safeParse(rawArg);
  if (!result.success) throw new Error(`Invalid ${what}: ${z.prettifyError(result.error)}`);
  return result.data;
}

// Narrow structural types instead of Electron's so tests can pass plain fakes.
export type SaveDialogOptions = {
  title?: string;
  defaultPath: string;
  filters?: { name: string; extensions: string[] }[];
};

export type SaveDialogResult = { canceled: boolean; filePath?: string };

export type SaveFileDeps = {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogResult>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** The user's Documents folder, where the dialog opens. */
  documentsDir: string;
};

/**
 * Asks where to save, then writes. Malformed requests throw (a bug in the
 * renderer); anything that can go wrong on the user's side (a full disk, a
 * read-only folder, a dialog that fails) comes back as 'failed' with a reason.
 */
export async function handleSaveFile(deps: SaveFileDeps, rawArg: unknown): Promise<SaveFileResult> {
  const request = parseArg(saveFileRequestSchema, rawArg, 'save-file request');
  try {
    const choice = await deps.showSaveDialog({
      defaultPath: join(deps.documentsDir, request.suggestedName),
      ...(request.dialogTitle !== undefined && { title: request.dialogTitle }),
      ...(request.filters !== undefined && { filters: request.filters }),
    });
    if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
    await deps.writeFile(choice.filePath, request.data);
    return { status: 'saved', path: choice.filePath };
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
  }
}

export type OpenExternalDeps = {
  openExternal(url: string): Promise<void>;
};

export async function handleOpenExternal(deps: OpenExternalDeps, rawArg: unknown): Promise<void> {
  const url = parseArg(externalUrlSchema, rawArg, 'external URL');
  // Hand the OS the URL as we parsed it, so it cannot read the string differently.
  await deps.openExternal(new URL(url).href);
}

export type AppVersionDeps = { version: string };

export function handleAppVersion(deps: AppVersionDeps): string {
  return deps.version;
}

// ---------------------------------------------------------------- automatic backups

export type OpenFolderDialogOptions = { title?: string; defaultPath: string; properties: ('openDirectory' | 'createDirectory')[] };
export type OpenFolderDialogResult = { canceled: boolean; filePaths: string[] };

export type BackupDeps = BackupPlace & {
  showOpenDialog(options: OpenFolderDialogOptions): Promise<OpenFolderDialogResult>;
  /** Electron's shell.openPath: resolves to an error message, '' on success. */
  openPath(path: string): Promise<string>;
  /** The backups being written: one set for the life of the app (see backupSessionsFor). */
  sessions: BackupSessions;
};

/** The sessions of the backup folder the settings name at each begin. Tests pass failing file operations. */
export function backupSessionsFor(place: BackupPlace, now: () => Date = () => new Date(), io?: ConstructorParameters<typeof BackupSessions>[2]): BackupSessions {
  return new BackupSessions(() => backupTarget(place), now, io);
}

export function handleBackupStatus(deps: BackupDeps): Promise<BackupFolderStatus> {
  return backupStatus(deps);
}

export async function handleBeginBackup(deps: BackupDeps, rawArg: unknown): Promise<BeginBackupResult> {
  const request = parseArg(beginBackupRequestSchema, rawArg, 'begin-backup request');
  return deps.sessions.begin(request.reason);
}

export async function handleAppendBackup(deps: BackupDeps, rawArg: unknown): Promise<AppendBackupResult> {
  const request = parseArg(appendBackupRequestSchema, rawArg, 'append-backup request');
  return deps.sessions.append(request.id, request.chunk);
}

export async function handleFinishBackup(deps: BackupDeps, rawArg: unknown): Promise<WriteBackupResult> {
  return deps.sessions.finish(parseArg(backupIdSchema, rawArg, 'backup id'));
}

export async function handleAbortBackup(deps: BackupDeps, rawArg: unknown): Promise<void> {
  return deps.sessions.abort(parseArg(backupIdSchema, rawArg, 'backup id'));
}

/** Shows the folder dialog on the current folder; remembers a folder only if a backup can be written there. */
export async function handleChooseBackupFolder(deps: BackupDeps, rawArg: unknown): Promise<ChooseBackupFolderResult> {
  const request = parseArg(chooseBackupFolderRequestSchema, rawArg, 'choose-folder request');
  try {
    const { folder } = folderOf(await readBackupSettings(deps.settingsFile), deps);
    const choice = await deps.showOpenDialog({
      defaultPath: folder,
      properties: ['openDirectory', 'createDirectory'],
      ...(request.dialogTitle !== undefined && { title: request.dialogTitle }),
    });
    const chosen = choice.filePaths[0];
    if (choice.canceled || chosen === undefined) return { status: 'cancelled' };
    const check = await checkWritableFolder(chosen);
    if (check.status === 'failed') return check;
    await rememberFolder(deps, chosen);
    return { status: 'chosen', folder: chosen };
  } catch (error) {
    return { status: 'failed', code: 'unknown', message: error instanceof Error ? error.message : String(error) };
  }
}

export async function handleSetBackupKeep(deps: BackupDeps, rawArg: unknown): Promise<SetBackupKeepResult> {
  const keep = parseArg(backupKeepSchema, rawArg, 'number of backups to keep');
  return { status: 'saved', keep: await rememberKeep(deps, keep) };
}

/** Opens the backup folder (made first if it is the default one) in the file manager. It takes no argument: the page cannot name a path. */
export async function handleOpenBackupFolder(deps: BackupDeps): Promise<OpenBackupFolderResult> {
  const target = await backupTarget(deps);
  const check = await checkWritableFolder(target.folder);
  if (check.status === 'failed' && !(target.createFolder && check.code === 'folder-missing')) return check;
  try {
    if (target.createFolder) await mkdir(target.folder, { recursive: true });
    const error = await deps.openPath(target.folder);
    return error ? { status: 'failed', code: 'unknown', message: error } : { status: 'opened' };
  } catch (error) {
    return { status: 'failed', code: failureCode(error), message: error instanceof Error ? error.message : String(error) };
  }
}
