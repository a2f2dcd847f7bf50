import { app, dialog, ipcMain, shell, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { IPC } from '../../shared/platform/platform';
import {
  backupSessionsFor,
  handleAbortBackup,
  handleAppendBackup,
  handleAppVersion,
  handleBackupStatus,
  handleBeginBackup,
  handleChooseBackupFolder,
  handleFinishBackup,
  handleOpenBackupFolder,
  handleOpenExternal,
  handleSaveFile,
  handleSetBackupKeep,
  type BackupDeps,
} from './ipc-handlers';
import { isTrustedSender } from './ipc-sender';

export type IpcContext = {
  getWindow(): BrowserWindow | null;
  appRootUrl: string;
};

function assertTrustedSender(event: IpcMainInvokeEvent, context: IpcContext): void {
  const frame = event.senderFrame;
  const window = context.getWindow();
  const trusted = isTrustedSender({
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    isOurWindow: window !== null && !window.isDestroyed() && event.sender === window.webContents,
    appRootUrl: context.appRootUrl,
  });
  if (!trusted) throw new Error('IPC refused: sender is not the app window');
}

export function registerIpcHandlers(context: IpcContext): void {
  ipcMain.handle(IPC.saveFile, (event, rawArg: unknown) => {
    assertTrustedSender(event, context);
    const window = context.getWindow();
    return handleSaveFile(
      {
        showSaveDialog: (options) => (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options)),
        writeFile: (path, data) => writeFile(path, data),
        documentsDir: app.getPath('documents'),
      },
      rawArg,
    );
  });

  ipcMain.handle(IPC.openExternal, (event, rawArg: unknown) => {
    assertTrustedSender(event, context);
    return handleOpenExternal({ openExternal: (url) => shell.openExternal(url) }, rawArg);
  });

  ipcMain.handle(IPC.appVersion, (event) => {
    assertTrustedSender(event, context);
    return handleAppVersion({ version: app.getVersion() });
  });

  const place = { settingsFile: join(app.getPath('userData'), 'backup-settings.json'), documentsDir: app.getPath('documents') };
  const sessions = backupSessionsFor(place);
  // A backup cut off by quitting leaves no temp file in the user's folder.
  app.on('will-quit', () => void sessions.abortAll());
  const backupDeps = (): BackupDeps => {
    const window = context.getWindow();
    return {
      ...place,
      sessions,
      showOpenDialog: (options) => (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options)),
      openPath: (path) => shell.openPath(path),
    };
  };

  ipcMain.handle(IPC.backupStatus, (event) => {
    assertTrustedSender(event, context);
    return handleBackupStatus(backupDeps());
  });

  ipcMain.handle(IPC.beginBackup, (event, rawArg: unknown) => {
    assertTrustedSender(event, context);
    return handleBeginBackup(backupDeps(), rawArg);
  });

  ipcMain.handle(IPC.appendBackup, (event, rawArg: unknown) => {
    assertTrustedSender(event, context);
    return handleAppendBackup(backupDeps(), rawArg);
  });

  ipcMain.handle(IPC.finishBackup, (event, rawArg: unknown) => {
    assertTrustedSender(event, context);
    return handleFinishBackup(backupDeps(), rawArg);
  });

  ipcMain.handle(IPC.abortBackup, (event, rawArg: unknown) => {
    assertTrustedSender(event, context);
    return handleAbortBackup(backupDeps(), rawArg);
  });

  ipcMain.handle(IPC.chooseBackupFolder, (event, rawArg: unknown) => {
    assertTrustedSender(event, context);
    return handleChooseBackupFolder(backupDeps(), rawArg);
  });

  ipcMain.handle(IPC.openBackupFolder, (event) => {
    assertTrustedSender(event, context);
    return handleOpenBackupFolder(backupDeps());
  });

  ipcMain.handle(IPC.setBackupKeep, (event, rawArg: unknown) => {
    assertTrustedSender(event, context);
    return handleSetBackupKeep(backupDeps(), rawArg);
  });
}
