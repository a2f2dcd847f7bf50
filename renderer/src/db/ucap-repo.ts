import type { PonteDatabase } from './database';
import { writeRecords, type Write } from './write-path';
import { ucapTable } from './schema-ucap';
import { newId } from '../../../shared/ids';
import { newPlanFields } from '../../../shared/ucap/defaults';
import type { UcapContent } from '../../../shared/ucap/content';
import type { UcapPlan } from '../../../shared/ucap/plan';
import { snapshotContent } from '../../../shared/ucap/snapshot';
import { restoreWrites } from '../../../shared/ucap/restore';

// The verbs of the UCAP editor, each one write-path call (one transaction).

/** Starts the pairing's UCAP, unless one is already there (then returns its id). */
export async function startPlan(db: PonteDatabase, pairingId: string, reportingCurrency = 'EUR'): Promise<string> {
  const existing = (await ucapTable(db, 'ucapPlan').where('pairingId').equals(pairingId).toArray()).filter((p) => !p.deleted).sort((a, b) => (a.id < b.id ? -1 : 1))[0];
  if (existing) return existing.id;
  const id = newId();
  await writeRecords(db, [{ kind: 'ucapPlan', recordId: id, pairingId, fields: newPlanFields(reportingCurrency) }]);
  return id;
}

/** Saves a named version of the whole UCAP as one record. */
export async function saveSnapshot(db: PonteDatabase, content: UcapContent, name: string, now = Date.now()): Promise<string> {
  const id = newId();
  await writeRecords(db, [snapshotWrite(id, content, name, now)]);
  return id;
}

/** A status step and the version it leaves behind, in one transaction: the step and its snapshot never part. */
export async function changeStatus(db: PonteDatabase, content: UcapContent, fields: Partial<UcapPlan>, snapshotName: string, now = Date.now()): Promise<void> {
  const after = { ...content, plan: { ...content.plan, ...fields } };
  await writeRecords(db, [
    { kind: 'ucapPlan', recordId: content.plan.id, pairingId: content.plan.pairingId, fields },
    snapshotWrite(newId(), after, snapshotName, now),
  ]);
}

/** Brings the UCAP back to a version, after keeping the current state as a version of its own. */
export async function restoreSnapshot(db: PonteDatabase, current: UcapContent, snapshot: UcapContent, backupName: string, now = Date.now()): Promise<void> {
  const pairingId = current.plan.pairingId;
  const writes: Write[] = [snapshotWrite(newId(), current, backupName, now), ...restoreWrites(current, snapshot).map((w) => ({ ...w, kind: w.kind as Write['kind'], pairingId }))];
  await writeRecords(db, writes);
}

function snapshotWrite(id: string, content: UcapContent, name: string, now: number): Write {
  return { kind: 'ucapSnapshot', recordId: id, pairingId: content.plan.pairingId, fields: { deleted: false, name, takenAt: now, status: content.plan.status, content: snapshotContent(content) } };
}
