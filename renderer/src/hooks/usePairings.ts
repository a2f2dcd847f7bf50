import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context';
import type { Stored } from '../../../shared/model/records';

/** Pairings in the list (deleted: false) or in the bin (deleted: true); undefined while loading. */
export function usePairings(deleted = false): Stored<'pairing'>[] | undefined {
  const db = useDb();
  return useLiveQuery(() => db.pairings.filter((p) => p.deleted === deleted).toArray(), [db, deleted]);
}
