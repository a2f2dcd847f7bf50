import { TABLE_OF, type PonteDatabase } from './database';
import { writeRecords, type Write } from './write-path';
import { newId } from '../../../shared/ids';
import { newPairingFields } from '../../../shared/model/defaults';
import type { PairingBundle } from '../../../shared/model/bundle';

export type NewMunicipality = { name: string; country: string };

/** A new pairing in preparation, with one municipality on each side, each leading its side. */
export async function createPairing(db: PonteDatabase, eu: NewMunicipality, lac: NewMunicipality): Promise<string> {
  const id = newId();
  const fields = newPairingFields({ id: newId(), ...eu }, { id: newId(), ...lac });
  await writeRecords(db, [{ kind: 'pairing', recordId: id, pairingId: id, fields }]);
  return id;
}

/** Writes whole bundles (the sample programme, later imports), and any records that go with them, in one transaction. */
export async function writeBundles(db: PonteDatabase, bundles: readonly PairingBundle[], more: readonly Write[] = []): Promise<void> {
  const writes: Write[] = bundles.flatMap((b) => [
    { kind: 'pairing' as const, recordId: b.pairing.id, pairingId: b.pairing.id, fields: b.pairing },
    ...b.agreements.map((r) => ({ kind: 'agreement' as const, recordId: r.id, pairingId: r.pairingId, fields: r })),
    ...b.positions.map((r) => ({ kind: 'position' as const, recordId: r.id, pairingId: r.pairingId, fields: r })),
    ...b.assignments.map((r) => ({ kind: 'assignment' as const, recordId: r.id, pairingId: r.pairingId, fields: r })),
  ]);
  await writeRecords(db, [...writes, ...more]);
}

/**
 * Empties the bin: removes deleted pairings and every record of theirs, of
 * every kind (dossier, stakeholders, missions, UCAP, conflicts), from this
 * device, and stops syncing them. Their tombstones stay in the outbox, so the
 * deletion still reaches the other devices.
 */
export async function emptyBin(db: PonteDatabase, pairingIds?: readonly string[]): Promise<number> {
  const recordTables = Object.entries(TABLE_OF)
    .filter(([kind]) => kind !== 'pairing')
    .map(([, table]) => db.table(table));
  return db.transaction('rw', [db.pairings, ...recordTables, db.syncPairings, db.failedChanges], async () => {
    const deleted = await db.pairings.filter((p) => p.deleted && (!pairingIds || pairingIds.includes(p.id))).primaryKeys();
    await db.pairings.bulkDelete(deleted);
    for (const table of [...recordTables, db.failedChanges]) {
      await table.where('pairingId').anyOf(deleted).delete();
    }
    await db.syncPairings.bulkDelete(deleted);
    return deleted.length;
  });
}
