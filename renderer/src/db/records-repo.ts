import type { PonteDatabase } from './database';
import { writeRecords, type Write } from './write-path';
import { newId } from '../../../shared/ids';
import type { RecordKind } from '../../../shared/model/records';

// Small verbs over the write path, shared by every kind of record.

export async function createRecord(db: PonteDatabase, kind: RecordKind, pairingId: string, fields: Record<string, unknown>, id = newId()): Promise<string> {
  await writeRecords(db, [{ kind, recordId: id, pairingId, fields, create: true }]);
  return id;
}

export async function updateRecord(db: PonteDatabase, kind: RecordKind, id: string, pairingId: string, fields: Record<string, unknown>): Promise<void> {
  await writeRecords(db, [{ kind, recordId: id, pairingId, fields }]);
}

/** Deleting is a tombstone, so it syncs and can be undone by setting it back. */
export async function setDeleted(db: PonteDatabase, kind: RecordKind, id: string, pairingId: string, deleted: boolean): Promise<void> {
  await writeRecords(db, [{ kind, recordId: id, pairingId, fields: { deleted } }]);
}

export type { Write };

/** Several writes in one transaction, for screens that edit more than one record at once. */
export async function writeBatch(db: PonteDatabase, writes: readonly Write[]): Promise<void> {
  await writeRecords(db, writes);
}
