import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/db-context';
import { ucapTable } from '../../db/schema-ucap';
import type { Stored } from '../../../../shared/model/records';

/** The saved versions of a pairing's UCAP, newest first; undefined while loading. */
export function useUcapSnapshots(pairingId: string): Stored<'ucapSnapshot'>[] | undefined {
  const db = useDb();
  return useLiveQuery(
    async () => (await ucapTable(db, 'ucapSnapshot').where('pairingId').equals(pairingId).toArray()).filter((s) => !s.deleted).sort((a, b) => b.takenAt - a.takenAt || (a.id < b.id ? 1 : -1)),
    [db, pairingId],
  );
}
