// The one door from the renderer to the desktop. Declared here, implemented
// twice: by the Electron preload bridge and by the browser's own APIs in a tab.
// The renderer never knows which one it holds.

import type {
  AppendBackupRequest,
  AppendBackupResult,
  BackupFolderStatus,
  BackupUnavailable,
  BeginBackupRequest,
  BeginBackupResult,
  ChooseBackupFolderRequest,
  ChooseBackupFolderResult,
  OpenBackupFolderResult,
  SetBackupKeepResult,
  WriteBackupRequest,
  WriteBackupResult,
} from './backups';

export type SaveFileRequest = {
  /** File name offered to the user, e.g. "dossier-pt.docx". */
  suggestedName: string;
  /** The bytes to write. */
  data: Uint8Array;
  /** MIME type, used by the browser download. */
  mimeType: string;
  /** Title of the native save dialog, already in the interface language. */
  dialogTitle?: string;
  /** Filters for the native dialog, e.g. [{ name: 'Word', extensions: ['docx'] }]. */
  filters?: { name: string; extensions: string[] }[];
};

export type SaveFileResult =
  | { status: 'saved'; path?: string }
  | { status: 'cancelled' }
  | { status: 'failed'; reason: string };

export type Platform = {
  /** 'electron' or 'browser': for diagnostics only, never for branching UI. */
  readonly kind: 'electron' | 'browser';
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Opens an http(s) link in the system browser; anything else is refused. */
  openExternal(url: string): Promise<void>;
  appVersion(): Promise<string>;
  /** The operating system's preferred languages, best first (BCP 47 tags). */
  systemLanguages(): readonly string[];
  isOnline(): boolean;
  /** Calls back on every change of connectivity; returns an unsubscribe function. */
  onOnlineChange(listener: (online: boolean) => void): () => void;
  /** Puts a backup in the backup folder (desktop); a tab answers 'unavailable'. */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResult>;
} & BackupFolder;

/** The automatic-backup folder of the desktop app. A tab has none: each member answers 'unavailable'. */
export type BackupFolder = {
  backupStatus(): Promise<BackupFolderStatus | BackupUnavailable>;
  chooseBackupFolder(request: ChooseBackupFolderRequest): Promise<ChooseBackupFolderResult>;
  setBackupKeep(keep: number): Promise<SetBackupKeepResult>;
  /** Shows the backup folder in the system's file manager. */
  openBackupFolder(): Promise<OpenBackupFolderResult>;
};

/** A backup crossing to the main process in pieces, so neither side holds it whole twice. */
export type BackupUpload = {
  beginBackup(request: BeginBackupRequest): Promise<BeginBackupResult>;
  appendBackup(request: AppendBackupRequest): Promise<AppendBackupResult>;
  finishBackup(id: string): Promise<WriteBackupResult>;
  abortBackup(id: string): Promise<void>;
};

/** The name under which the preload exposes its bridge on `window`. */
export const BRIDGE_NAME = 'ponte';

/** IPC channels: one prefix so main can refuse anything else. */
export const IPC = {
  saveFile: 'ponte:save-file',
  openExternal: 'ponte:open-external',
  appVersion: 'ponte:app-version',
  backupStatus: 'ponte:backup-status',
  beginBackup: 'ponte:backup-begin',
  appendBackup: 'ponte:backup-append',
  finishBackup: 'ponte:backup-finish',
  abortBackup: 'ponte:backup-abort',
  chooseBackupFolder: 'ponte:backup-choose-folder',
  setBackupKeep: 'ponte:backup-set-keep',
  openBackupFolder: 'ponte:backup-open-folder',
} as const;

/** What the preload exposes: the part of Platform that needs the main process. */
export type DesktopBridge = {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  openExternal(url: string): Promise<void>;
  appVersion(): Promise<string>;
  systemLanguages: readonly string[];
} & BackupFolder &
  BackupUpload;
