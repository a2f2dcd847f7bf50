import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context';
import type { Stored } from '../../../shared/model/records';

/**
 * The live stakeholders of a pairing (tombstones left out); undefined while
 * loading. Tombstones are dropped after reading: a Dexie .filter() would walk
 * a cursor record by record, where toArray() alone is one getAll().
 */
export function useStakeholders(pairingId: string): Stored<'stakeholder'>[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await db.stakeholders.where('pairingId').equals(pairingId).toArray()).filter((r) => !r.deleted), [db, pairingId]);
}
