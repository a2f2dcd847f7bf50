import { IPC, type DesktopBridge, type SaveFileRequest, type SaveFileResult } from '../../shared/platform/platform';
import type {
  AppendBackupRequest,
  AppendBackupResult,
  BackupFolderStatus,
  BeginBackupRequest,
  BeginBackupResult,
  ChooseBackupFolderRequest,
  ChooseBackupFolderResult,
  OpenBackupFolderResult,
  SetBackupKeepResult,
  WriteBackupResult,
} from '../../shared/platform/backups';

export type Invoke = (channel: string, ...args: unknown[]) => Promise<unknown>;

/**
 * The whole of what the page may ask of the main process. Each member is one
 * invoke on a fixed channel, so the page can never choose a channel itself.
 */
export function createBridge(invoke: Invoke, languages: readonly string[]): DesktopBridge {
  const bridge = {
    saveFile: (request: SaveFileRequest) => invoke(IPC.saveFile, request) as Promise<SaveFileResult>,
    openExternal: async (url: string) => {
      await invoke(IPC.openExternal, url);
    },
    appVersion: () => invoke(IPC.appVersion) as Promise<string>,
    backupStatus: () => invoke(IPC.backupStatus) as Promise<BackupFolderStatus>,
    beginBackup: (request: BeginBackupRequest) => invoke(IPC.beginBackup, request) as Promise<BeginBackupResult>,
    appendBackup: (request: AppendBackupRequest) => invoke(IPC.appendBackup, request) as Promise<AppendBackupResult>,
    finishBackup: (id: string) => invoke(IPC.finishBackup, id) as Promise<WriteBackupResult>,
    abortBackup: async (id: string) => {
      await invoke(IPC.abortBackup, id);
    },
    chooseBackupFolder: (request: ChooseBackupFolderRequest) => invoke(IPC.chooseBackupFolder, request) as Promise<ChooseBackupFolderResult>,
    setBackupKeep: (keep: number) => invoke(IPC.setBackupKeep, keep) as Promise<SetBackupKeepResult>,
    openBackupFolder: () => invoke(IPC.openBackupFolder) as Promise<OpenBackupFolderResult>,
    // Copied and frozen: the page gets the languages as they were at start-up.
    systemLanguages: Object.freeze([...languages]),
  } satisfies DesktopBridge;
  return bridge;
}
