import type { PonteDatabase } from '../db/database';
import type { Change } from '../../../shared/sync/change';

/**
 * Takes changes out of the outbox once the server has them (acknowledged) or
 * has refused them for good (then they are kept in failedChanges, with why).
 * One transaction, so a change is never both gone and unrecorded.
 */
export async function settleOutbox(db: PonteDatabase, acknowledged: ReadonlySet<string>, failed: readonly { change: Change; reason: string }[], now: number): Promise<void> {
  const failedIds = new Set(failed.map((f) => f.change.id));
  await db.transaction('rw', db.outbox, db.failedChanges, async () => {
    const entries = await db.outbox.toArray();
    for (const entry of entries) {
      const remaining = entry.changes.filter((c) => !acknowledged.has(c.id) && !failedIds.has(c.id));
      if (remaining.length === entry.changes.length) continue;
      if (remaining.length === 0) await db.outbox.delete(entry.id);
      else await db.outbox.put({ ...entry, changes: remaining, pairingIds: [...new Set(remaining.map((c) => c.pairingId))] });
    }
    await db.failedChanges.bulkPut(failed.map(({ change, reason }) => ({ id: change.id, pairingId: change.pairingId, change, reason, at: now })));
  });
}
