import type { PonteDatabase } from './database';
import { writeRecords, type Write } from './write-path';
import { newId } from '../../../shared/ids';
import { newStakeholderFields, type Stakeholder, type StakeholderFields } from '../../../shared/stakeholders/schema';
import { mergedFields, type MergeChoice } from '../../../shared/stakeholders/duplicates';

/** A new stakeholder on one side of a pairing; the rest of its fields take their defaults. */
export async function createStakeholder(db: PonteDatabase, pairingId: string, patch: Partial<StakeholderFields> & Pick<StakeholderFields, 'side'>): Promise<string> {
  const id = newId();
  await writeRecords(db, [{ kind: 'stakeholder', recordId: id, pairingId, fields: newStakeholderFields(patch) }]);
  return id;
}

/**
 * Every row of an import in one transaction: either all of them are stored
 * (with their outbox entries) or, if any fails, none is.
 */
export async function importStakeholders(db: PonteDatabase, pairingId: string, rows: readonly StakeholderFields[]): Promise<string[]> {
  const writes: Write[] = rows.map((fields) => ({ kind: 'stakeholder', recordId: newId(), pairingId, fields: { ...fields, deleted: false }, create: true }));
  await writeRecords(db, writes);
  return writes.map((w) => w.recordId);
}

/**
 * Merges a duplicate into the record kept: the kept record takes the chosen
 * values and the other becomes a tombstone, in one transaction, so the list
 * never shows both or neither.
 */
export async function mergeStakeholders(db: PonteDatabase, kept: Stakeholder, other: Stakeholder, choices: MergeChoice): Promise<void> {
  const fields = mergedFields(kept, other, choices);
  await writeRecords(db, [
    { kind: 'stakeholder', recordId: kept.id, pairingId: kept.pairingId, fields: { ...fields } },
    { kind: 'stakeholder', recordId: other.id, pairingId: other.pairingId, fields: { deleted: true } },
  ]);
}

/** Undoes a merge: the other record comes back and the kept one returns to its values before. */
export async function unmergeStakeholders(db: PonteDatabase, keptBefore: Stakeholder, other: Stakeholder): Promise<void> {
  const { id: _id, pairingId: _p, deleted: _d, ...fields } = keptBefore;
  await writeRecords(db, [
    { kind: 'stakeholder', recordId: keptBefore.id, pairingId: keptBefore.pairingId, fields },
    { kind: 'stakeholder', recordId: other.id, pairingId: other.pairingId, fields: { deleted: false } },
  ]);
}

/** The sample stakeholders of a sample pairing; fixed ids, so loading twice writes the same records. */
export async function loadSampleStakeholders(db: PonteDatabase, records: readonly Stakeholder[]): Promise<void> {
  await writeRecords(
    db,
    records.map(({ id, pairingId, ...fields }) => ({ kind: 'stakeholder' as const, recordId: id, pairingId, fields })),
  );
}
