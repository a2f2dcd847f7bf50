import type { Platform } from '../../shared/platform/platform';
import { useUiStore, type StoragePersistence } from './state/ui-store';

/** Asks the browser to keep Ponte's data even when the disk runs low, and records the answer. */
export async function requestPersistentStorage(storage: StorageManager | undefined = navigator.storage): Promise<StoragePersistence> {
  if (!storage?.persist) return 'unsupported';
  try {
    if (await storage.persisted()) return 'granted';
    return (await storage.persist()) ? 'granted' : 'refused';
  } catch {
    return 'refused';
  }
}

/** Keeps the interface's online state in step with the platform's. */
export function watchConnectivity(p: Platform): () => void {
  useUiStore.getState().setOnline(p.isOnline());
  return p.onOnlineChange((online) => useUiStore.getState().setOnline(online));
}

/** In a tab served over http(s), the service worker keeps the app usable with no network. */
export function registerOfflineShell(p: Platform, loc: Location = location): void {
  if (p.kind !== 'browser' || !import.meta.env.PROD || !/^https?:$/.test(loc.protocol) || !('serviceWorker' in navigator)) return;
  void navigator.serviceWorker.register('./sw.js').catch(() => undefined);
}
