import type { PonteDatabase } from '../db/database';
import { TABLE_OF } from '../db/database';
import { readClock, saveClock } from '../db/device-clock';
import { receive } from '../../../shared/clock/hlc';
import { applyChange } from '../../../shared/sync/merge';
import { withLocalFields } from '../db/local-fields';
import type { AnyStored, RecordKind } from '../../../shared/model/records';
import type { PullResponse } from '../../../shared/sync/protocol';

/**
 * Merges one page of pulled changes into this device, with the same merge as
 * the server, and moves the pairing's cursor past them: one transaction, so a
 * crash can neither skip a change nor apply it twice to a half-written state.
 */
export async function applyPulledPage(db: PonteDatabase, pairingId: string, page: PullResponse, now: number): Promise<number> {
  const known = page.changes.filter(({ change }) => change.kind in TABLE_OF);
  const kinds = [...new Set(known.map(({ change }) => change.kind as RecordKind))];
  await db.transaction('rw', [...kinds.map((k) => db.tableOf(k)), db.meta, db.syncPairings], async () => {
    let clock = await readClock(db);
    for (const kind of kinds) {
      const table = db.tableOf(kind);
      const ofKind = known.filter(({ change }) => change.kind === kind).map(({ change }) => change);
      const ids = [...new Set(ofKind.map((c) => c.recordId))];
      const found = (await table.bulkGet(ids)) as (AnyStored | undefined)[];
      const records = new Map(ids.map((id, i) => [id, found[i]]));
      for (const change of ofKind) {
        // The server only keeps stamps close to its own time: measure drift against that, so a slow device clock still syncs.
        clock = receive(clock, change.hlc, Math.max(now, page.serverTime));
        records.set(change.recordId, withLocalFields(kind, applyChange(records.get(change.recordId), change).record));
      }
      await table.bulkPut([...records.values()].filter((r): r is AnyStored => Boolean(r)) as never[]);
    }
    await saveClock(db, clock);
    const state = await db.syncPairings.get(pairingId);
    await db.syncPairings.put({ pairingId, role: state?.role ?? null, error: null, lastSyncedAt: now, cursor: page.cursor });
  });
  return page.changes.length;
}
