import type { PonteDatabase } from './database';
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
