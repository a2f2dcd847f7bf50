import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/db-context';
import { missionTables } from '../../db/schema-missions';
import type { Stored } from '../../../../shared/model/records';

/** The live missions of a pairing, oldest first; undefined while loading. */
export function useMissions(pairingId: string): Stored<'mission'>[] | undefined {
  const db = useDb();
  return useLiveQuery(
    async () =>
      (await missionTables(db).missions.where('pairingId').equals(pairingId).toArray())
        .filter((m) => !m.deleted)
        .sort((a, b) => (a.startDate ?? '9999').localeCompare(b.startDate ?? '9999') || a.id.localeCompare(b.id)),
    [db, pairingId],
  );
}

export type MissionRecords = {
  missionId: string;
  agendaItems: Stored<'agendaItem'>[];
  followUps: Stored<'followUp'>[];
  personsMet: Stored<'personMet'>[];
  photos: Stored<'photo'>[];
};

/** Everything recorded under one mission (tombstones left out); undefined while loading or with no mission. */
export function useMissionRecords(missionId: string | undefined): MissionRecords | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    if (!missionId) return undefined;
    const t = missionTables(db);
    const live = <T extends { deleted: boolean }>(rows: T[]) => rows.filter((r) => !r.deleted);
    const [agendaItems, followUps, personsMet, photos] = await Promise.all([
      t.agendaItems.where('missionId').equals(missionId).toArray(),
      t.followUps.where('missionId').equals(missionId).toArray(),
      t.personsMet.where('missionId').equals(missionId).toArray(),
      t.photos.where('missionId').equals(missionId).toArray(),
    ]);
    return { missionId, agendaItems: live(agendaItems), followUps: live(followUps), personsMet: live(personsMet), photos: live(photos) };
  }, [db, missionId]);
}

/** Every live follow-up action of a pairing, across its missions. */
export function usePairingFollowUps(pairingId: string): Stored<'followUp'>[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await missionTables(db).followUps.where('pairingId').equals(pairingId).toArray()).filter((f) => !f.deleted), [db, pairingId]);
}
