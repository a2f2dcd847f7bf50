import type { Platform } from '../../../shared/platform/platform';
import { isExternalWebUrl } from '../../../shared/platform/external-url';

// The platform in a plain browser tab: downloads instead of a save dialog.
export function createBrowserPlatform(win: Window = window): Platform {
  return {
    kind: 'browser',
    async saveFile({ suggestedName, data, mimeType }) {
      try {
        const blob = new Blob([data as Uint8Array<ArrayBuffer>], { type: mimeType });
        const url = URL.createObjectURL(blob);
        const a = win.document.createElement('a');
        a.href = url;
        a.download = suggestedName;
        a.rel = 'noopener';
        win.document.body.append(a);
        a.click();
        a.remove();
        // The download reads the blob asynchronously: release it a little later.
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        return { status: 'saved' };
      } catch (error) {
        return { status: 'failed', reason: error instanceof Error ? error.message : String(error) };
      }
    },
    async openExternal(url) {
      if (!isExternalWebUrl(url)) throw new Error(`refused to open ${url}`);
      win.open(url, '_blank', 'noopener,noreferrer');
    },
    async appVersion() {
      return import.meta.env?.VITE_APP_VERSION ?? 'web';
    },
    systemLanguages() {
      return win.navigator.languages?.length ? win.navigator.languages : [win.navigator.language];
    },
    isOnline() {
      return win.navigator.onLine;
    },
    onOnlineChange(listener) {
      const on = () => listener(true);
      const off = () => listener(false);
      win.addEventListener('online', on);
      win.addEventListener('offline', off);
      return () => {
        win.removeEventListener('online', on);
        win.removeEventListener('offline', off);
      };
    },
    // A tab has no folder of its own: the app reminds the user to download a backup instead.
    backupStatus: async () => ({ status: 'unavailable' }),
    writeBackup: async () => ({ status: 'unavailable' }),
    chooseBackupFolder: async () => ({ status: 'unavailable' }),
    setBackupKeep: async () => ({ status: 'unavailable' }),
    openBackupFolder: async () => ({ status: 'unavailable' }),
  };
}
