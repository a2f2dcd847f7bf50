import type { PonteDatabase } from './database';
import type { Change } from '../../../shared/sync/change';

/** Every change waiting to be sent, oldest first, optionally for one pairing only. */
export async function pendingChanges(db: PonteDatabase, pairingId?: string): Promise<Change[]> {
  const entries = pairingId ? await db.outbox.where('pairingIds').equals(pairingId).sortBy('id') : await db.outbox.orderBy('id').toArray();
  return entries.flatMap((e) => e.changes).filter((c) => !pairingId || c.pairingId === pairingId);
}
