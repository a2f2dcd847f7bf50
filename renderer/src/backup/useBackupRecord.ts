import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context';
import { readBackupRecord, type BackupRecord } from './auto-backup';

/** What this device remembers of its last backup and download; undefined while it loads. */
export function useBackupRecord(): BackupRecord | undefined {
  const db = useDb();
  return useLiveQuery(() => readBackupRecord(db), [db]);
}
