import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context';
import type { Stored } from '../../../shared/model/records';

/** Pairings in the list (deleted: false) or in the bin (deleted: true); undefined while loading. */
export function usePairings(deleted = false): Stored<'pairing'>[] | undefined {
  const db = useDb();
  // toArray() is one getAll(); a Dexie .filter() would walk a cursor record by record.
  return useLiveQuery(async () => (await db.pairings.toArray()).filter((p) => p.deleted === deleted), [db, deleted]);
}
