import { join } from 'node:path';
import type { SaveFileResult } from '../../shared/platform/platform';
import { z } from 'zod';
import type { BackupFolderStatus, ChooseBackupFolderResult, SetBackupKeepResult, WriteBackupResult } from '../../shared/platform/backups';
import { backupKeepSchema, chooseBackupFolderRequestSchema, externalUrlSchema, saveFileRequestSchema, writeBackupRequestSchema } from './ipc-schemas';
import { backupStatus, checkWritableFolder, folderOf, readBackupSettings, rememberFolder, rememberKeep, writeBackupInPlace, type BackupIo, type BackupPlace } from './backups';

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
  now(): Date;
  showOpenDialog(options: OpenFolderDialogOptions): Promise<OpenFolderDialogResult>;
  /** Tests pass failing file operations; the app the real ones. */
  io?: BackupIo;
};

export function handleBackupStatus(deps: BackupDeps): Promise<BackupFolderStatus> {
  return backupStatus(deps);
}

export async function handleWriteBackup(deps: BackupDeps, rawArg: unknown): Promise<WriteBackupResult> {
  const request = parseArg(writeBackupRequestSchema, rawArg, 'write-backup request');
  return writeBackupInPlace(deps, request.data, request.reason, deps.now(), deps.io);
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
