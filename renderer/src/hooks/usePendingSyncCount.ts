import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context';
import { pendingChanges } from '../db/outbox';

/** Changes made on this device that have not reached the server yet, over every pairing it syncs; null when it syncs none. */
export function usePendingSyncCount(): number | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const followed = new Set(await db.syncPairings.toCollection().primaryKeys());
    if (followed.size === 0) return null;
    return (await pendingChanges(db)).filter((c) => followed.has(c.pairingId)).length;
  }, [db]);
}
