import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context';
import type { Stored } from '../../../shared/model/records';

export type StoredBundle = {
  pairing: Stored<'pairing'>;
  agreements: Stored<'agreement'>[];
  positions: Stored<'position'>[];
  assignments: Stored<'assignment'>[];
};

/** A pairing with its live records (tombstones left out); null when it does not exist, undefined while loading. */
export function usePairingBundle(pairingId: string): StoredBundle | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const pairing = await db.pairings.get(pairingId);
    if (!pairing) return null;
    // Tombstones dropped after reading: toArray() is one getAll(), a Dexie .filter() a cursor walked record by record.
    const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
    const [agreements, positions, assignments] = await Promise.all([
      db.agreements.where('pairingId').equals(pairingId).toArray(),
      db.positions.where('pairingId').equals(pairingId).toArray(),
      db.assignments.where('pairingId').equals(pairingId).toArray(),
    ]);
    return { pairing, agreements: live(agreements), positions: live(positions), assignments: live(assignments) };
  }, [db, pairingId]);
}
