import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context';
import type { Stored } from '../../../shared/model/records';

/**
 * The live stakeholders of a pairing (tombstones left out); undefined while
 * loading, or until `start` (the caller holds back the long read until its
 * first screenful, read from an index, is on screen: IndexedDB would
 * otherwise serve the small read after the large one). Tombstones are dropped after reading: a Dexie .filter() would walk
 * a cursor record by record, where toArray() alone is one getAll().
 */
export function useStakeholders(pairingId: string, start = true): Stored<'stakeholder'>[] | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => (start ? (await db.stakeholders.where('pairingId').equals(pairingId).toArray()).filter((r) => !r.deleted) : undefined),
    [db, pairingId, start],
  );
}

/**
 * The first stakeholders of a pairing in name order, read from an index: what
 * the list shows while the whole register (tens of thousands) is still loading.
 */
export function useFirstStakeholders(pairingId: string, count = 60): Stored<'stakeholder'>[] | undefined {
  const db = useDb();
  return useLiveQuery(
    async () =>
      (await db.stakeholders.where('[pairingId+_sortName]').between([pairingId, ''], [pairingId, '\uffff']).limit(count * 2).toArray())
        .filter((r) => !r.deleted)
        .slice(0, count),
    [db, pairingId, count],
  );
}
