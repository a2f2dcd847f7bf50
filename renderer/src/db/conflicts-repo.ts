import type { PonteDatabase } from './database';
import { writeRecords, type Write } from './write-path';
import type { Conflict } from '../../../shared/model/conflict';
import type { RecordKind } from '../../../shared/model/records';

/**
 * Settles a conflict: either the current text stays, or the given text (the
 * kept one, or one merged by hand) is written over it. The conflict is
 * deleted in the same transaction, so it cannot be resolved twice by halves.
 */
export async function resolveConflict(db: PonteDatabase, conflict: Conflict, replacement?: { value: unknown }): Promise<void> {
  const writes: Write[] = [];
  if (replacement) writes.push({ kind: conflict.recordKind as RecordKind, recordId: conflict.recordRef, pairingId: conflict.pairingId, fields: { [conflict.field]: replacement.value } });
  writes.push({ kind: 'conflict', recordId: conflict.id, pairingId: conflict.pairingId, fields: { deleted: true } });
  await writeRecords(db, writes);
}
