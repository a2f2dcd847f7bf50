// Automatic backups of the desktop app: the words the renderer and the main
// process share. The main process owns the folder (where it is, what is in it,
// how many files stay); the renderer makes the bytes and decides when.

/** Why a backup could not be written, as the interface says it. */
export type BackupFailureCode = 'no-space' | 'no-permission' | 'folder-missing' | 'unknown';

/** Why a backup was taken; part of its file name. 'before-replace': what "replace everything with a file" replaces. */
export type BackupReason = 'daily' | 'before-upgrade' | 'before-replace' | 'manual';

export const BACKUP_REASONS = ['daily', 'before-upgrade', 'before-replace', 'manual'] as const satisfies readonly BackupReason[];

export const DEFAULT_BACKUP_KEEP = 10;
export const MAX_BACKUP_KEEP = 100;

export type BackupFile = {
  /** File name inside the folder, e.g. "ponte-backup-2026-12-02-193600Z-daily.ponte". */
  name: string;
  /** When it was taken (ms since epoch), read from its name. */
  at: number;
  bytes: number;
};

export type BackupFolderStatus = {
  status: 'available';
  folder: string;
  /** True while the user has not chosen a folder of their own. */
  isDefaultFolder: boolean;
  keep: number;
  /** Newest first. Empty when the folder is missing or unreadable (see `problem`). */
  backups: BackupFile[];
  /** Set when the folder cannot be read now. */
  problem?: BackupFailureCode;
};

/** What a tab answers: it has no folder of its own, the user downloads backups instead. */
export type BackupUnavailable = { status: 'unavailable' };

/** The page hands the platform a whole backup; on the desktop it crosses to the main process in pieces. */
export type WriteBackupRequest = { data: Blob | Uint8Array; reason: BackupReason };

/** The pieces, as the preload bridge sends them: begin, append each piece, finish (or abort). */
export type BeginBackupRequest = { reason: BackupReason };
export type BeginBackupResult = { status: 'started'; id: string } | { status: 'failed'; code: BackupFailureCode; message: string };
export type AppendBackupRequest = { id: string; chunk: Uint8Array };
export type AppendBackupResult = { status: 'ok' } | { status: 'failed'; code: BackupFailureCode; message: string };

export type WriteBackupResult =
  | { status: 'written'; file: BackupFile; removed: string[] }
  | { status: 'failed'; code: BackupFailureCode; message: string }
  | BackupUnavailable;

export type ChooseBackupFolderRequest = { dialogTitle?: string };

export type ChooseBackupFolderResult =
  | { status: 'chosen'; folder: string }
  | { status: 'cancelled' }
  | { status: 'failed'; code: BackupFailureCode; message: string }
  | BackupUnavailable;

/** The new number applies from the next backup: lowering it removes nothing at once. */
export type OpenBackupFolderResult = { status: 'opened' } | { status: 'failed'; code: BackupFailureCode; message: string } | BackupUnavailable;

export type SetBackupKeepResult = { status: 'saved'; keep: number } | BackupUnavailable;
