import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context';
import { readSyncSettings, type SyncSettings } from '../sync/sync-settings';

export function useSyncSettings(): SyncSettings | undefined {
  const db = useDb();
  return useLiveQuery(() => readSyncSettings(db), [db]);
}
