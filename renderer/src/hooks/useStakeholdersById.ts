import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../db/db-context';
import type { Stored } from '../../../shared/model/records';

/** The live stakeholders among these ids (others, and tombstones, left out), in the order given. */
export function useStakeholdersById(ids: readonly string[]): Stored<'stakeholder'>[] {
  const db = useDb();
  return (
    useLiveQuery(async () => (await db.stakeholders.bulkGet([...ids])).filter((s): s is Stored<'stakeholder'> => Boolean(s) && !s!.deleted), [db, ids.join('|')]) ?? []
  );
}
