import { orderAtEndOf } from '../../../shared/missions/agenda-rules';
import type { PonteDatabase } from './database';
import { writeRecords, type Write } from './write-path';
import { missionTables } from './schema-missions';
import { newId } from '../../../shared/ids';
import type { Pairing } from '../../../shared/model/pairing';
import type { AgendaItem } from '../../../shared/missions/agenda-item';
import type { Mission } from '../../../shared/missions/mission';
import { newAgendaItemFields, newFollowUpFields, newMissionFields, newPersonMetFields } from '../../../shared/missions/defaults';
import type { MissionDirection } from '../../../shared/missions/vocab';

// The verbs of technical missions, each one write-path call (one transaction).

export async function createMission(db: PonteDatabase, pairing: Pick<Pairing, 'id' | 'eu' | 'lac'>, title: string, direction: MissionDirection = 'eu-to-lac'): Promise<string> {
  const id = newId();
  await writeRecords(db, [{ kind: 'mission', recordId: id, pairingId: pairing.id, fields: newMissionFields(pairing, title, direction) }]);
  return id;
}

type MissionRef = Pick<Mission, 'id' | 'pairingId' | 'hostZone'>;

/** Adds an item at the end of its day, starting an hour after the day's last one ends. */
export async function addAgendaItem(db: PonteDatabase, mission: MissionRef, date: string, title: string): Promise<string> {
  const day = (await missionTables(db).agendaItems.where('missionId').equals(mission.id).toArray()).filter((i) => !i.deleted && i.date === date);
  const lastEnd = day.map((i) => i.end).sort().pop();
  const startHour = lastEnd ? Math.min(Number(lastEnd.slice(0, 2)) + (lastEnd.slice(3) === '00' ? 0 : 1), 22) : 9;
  const start = `${String(startHour).padStart(2, '0')}:00`;
  const end = `${String(startHour + 1).padStart(2, '0')}:00`;
  const order = day.reduce((max, i) => Math.max(max, i.order + 1), 0);
  const id = newId();
  await writeRecords(db, [{ kind: 'agendaItem', recordId: id, pairingId: mission.pairingId, fields: newAgendaItemFields(mission, date, order, title, start, end) }]);
  return id;
}

/** Gives a day's items the order of `ids`, writing only those whose place changed. */
export async function reorderDay(db: PonteDatabase, items: readonly Pick<AgendaItem, 'id' | 'pairingId' | 'order'>[], ids: readonly string[]): Promise<void> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const writes: Write[] = ids
    .map((id, order) => ({ item: byId.get(id), order }))
    .filter((x): x is { item: Pick<AgendaItem, 'id' | 'pairingId' | 'order'>; order: number } => Boolean(x.item) && x.item!.order !== x.order)
    .map(({ item, order }) => ({ kind: 'agendaItem', recordId: item.id, pairingId: item.pairingId, fields: { order } }));
  await writeRecords(db, writes);
}

/**
 * Copies a day's items to another date, times and venues kept, after what that
 * date already holds. Field notes stay with the day they were written on.
 */
export async function duplicateDay(db: PonteDatabase, items: readonly AgendaItem[], toDate: string): Promise<string[]> {
  const existing = (await missionTables(db).agendaItems.where('missionId').equals(items[0]?.missionId ?? '').toArray()).filter((i) => !i.deleted && i.date === toDate);
  const base = existing.reduce((max, i) => Math.max(max, i.order + 1), 0);
  const writes: Write[] = items.map((item, i) => {
    const { id: _id, pairingId, ...fields } = item as AgendaItem & { stamps?: unknown };
    delete (fields as { stamps?: unknown }).stamps;
    return { kind: 'agendaItem', recordId: newId(), pairingId, fields: { ...fields, date: toDate, order: base + i, fieldNotes: '' }, create: true };
  });
  await writeRecords(db, writes);
  return writes.map((w) => w.recordId);
}

export async function addFollowUp(db: PonteDatabase, mission: Pick<Mission, 'id' | 'pairingId'>, what: string): Promise<string> {
  const id = newId();
  await writeRecords(db, [{ kind: 'followUp', recordId: id, pairingId: mission.pairingId, fields: newFollowUpFields(mission.id, what) }]);
  return id;
}

export async function addPersonMet(db: PonteDatabase, mission: Pick<Mission, 'id' | 'pairingId'>, name: string): Promise<string> {
  const id = newId();
  await writeRecords(db, [{ kind: 'personMet', recordId: id, pairingId: mission.pairingId, fields: newPersonMetFields(mission.id, name) }]);
  return id;
}

/** Moves an agenda item to another day, last on that day (as the day stands in the database, not on screen). */
export async function moveItemToDay(db: PonteDatabase, item: Pick<AgendaItem, 'id' | 'pairingId' | 'missionId'>, date: string): Promise<void> {
  const ofMission = await missionTables(db).agendaItems.where('missionId').equals(item.missionId).toArray();
  await writeRecords(db, [{ kind: 'agendaItem', recordId: item.id, pairingId: item.pairingId, fields: { date, order: orderAtEndOf(ofMission, date, item.id) } }]);
}
