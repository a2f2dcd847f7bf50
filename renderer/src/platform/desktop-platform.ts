import type { DesktopBridge, Platform } from '../../../shared/platform/platform';
import { createBrowserPlatform } from './browser-platform';
import { uploadBackup } from './desktop-backup';

// In Electron: files and links go through the preload bridge; connectivity is
// the page's own, as in a tab.
export function createDesktopPlatform(bridge: DesktopBridge, win: Window = window): Platform {
  const browser = createBrowserPlatform(win);
  return {
    ...browser,
    kind: 'electron',
    saveFile: (request) => bridge.saveFile(request),
    openExternal: (url) => bridge.openExternal(url),
    appVersion: () => bridge.appVersion(),
    systemLanguages: () => bridge.systemLanguages,
    backupStatus: () => bridge.backupStatus(),
    writeBackup: (request) => uploadBackup(bridge, request),
    chooseBackupFolder: (request) => bridge.chooseBackupFolder(request),
    setBackupKeep: (keep) => bridge.setBackupKeep(keep),
    openBackupFolder: () => bridge.openBackupFolder(),
  };
}
