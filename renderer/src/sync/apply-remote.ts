import type { PonteDatabase } from '../db/database';
import { TABLE_OF } from '../db/database';
import { readClock, saveClock } from '../db/device-clock';
import { receive } from '../../../shared/clock/hlc';
import { applyChange } from '../../../shared/sync/merge';
import { withLocalFields } from '../db/local-fields';
import type { AnyStored, RecordKind } from '../../../shared/model/records';
import type { Change } from '../../../shared/sync/change';
import type { PullResponse } from '../../../shared/sync/protocol';
import { changesOfRecord } from '../../../shared/sync/record-state';

const isKnownKind = (kind: string): kind is RecordKind => kind in TABLE_OF;

/** Merges changes into their tables and folds their stamps into the clock. Call inside a transaction over those tables and meta. */
async function mergeChanges(db: PonteDatabase, changes: readonly Change[], referenceTime: number): Promise<void> {
  let clock = await readClock(db);
  const kinds = [...new Set(changes.map((c) => c.kind))].filter(isKnownKind);
  for (const kind of kinds) {
    const table = db.tableOf(kind);
    const ofKind = changes.filter((c) => c.kind === kind);
    const ids = [...new Set(ofKind.map((c) => c.recordId))];
    const found = (await table.bulkGet(ids)) as (AnyStored | undefined)[];
    const records = new Map(ids.map((id, i) => [id, found[i]]));
    for (const change of ofKind) {
      // The server only keeps stamps close to its own time: measure drift against that, so a slow device clock still syncs.
      clock = receive(clock, change.hlc, referenceTime);
      records.set(change.recordId, withLocalFields(kind, applyChange(records.get(change.recordId), change).record));
    }
    await table.bulkPut([...records.values()].filter((r): r is AnyStored => Boolean(r)) as never[]);
  }
  await saveClock(db, clock);
}

const tablesFor = (db: PonteDatabase, changes: readonly Change[]) => [...new Set(changes.map((c) => c.kind))].filter(isKnownKind).map((k) => db.tableOf(k));

/**
 * Merges one page of pulled records into this device, with the same merge as
 * the server, and moves the pairing's cursor past them: one transaction, so a
 * crash can neither skip a record nor leave it half-written. A record of a
 * kind this version does not know (sent by a newer Ponte) is kept aside as
 * changes, not dropped, and applied once the app knows its kind.
 */
export async function applyPulledPage(db: PonteDatabase, pairingId: string, page: PullResponse, now: number): Promise<number> {
  const changes = page.records.flatMap(({ kind, record }) => changesOfRecord(kind, record));
  const later = changes.filter((c) => !isKnownKind(c.kind));
  await db.transaction('rw', [...tablesFor(db, changes), db.meta, db.syncPairings, db.laterChanges], async () => {
    await mergeChanges(db, changes, Math.max(now, page.serverTime));
    if (later.length) await db.laterChanges.bulkPut(later.map((change) => ({ id: change.id, kind: change.kind, change })));
    const state = await db.syncPairings.get(pairingId);
    await db.syncPairings.put({ pairingId, role: state?.role ?? null, error: null, lastSyncedAt: now, cursor: page.cursor });
  });
  return page.records.length;
}

/** Applies the changes kept aside whose kind this version now knows (after an upgrade); the merge does not depend on order. */
export async function applyKeptChanges(db: PonteDatabase, now: number = Date.now()): Promise<number> {
  const kept = (await db.laterChanges.toArray()).filter((row) => isKnownKind(row.kind));
  if (kept.length === 0) return 0;
  const changes = kept.map((row) => row.change);
  await db.transaction('rw', [...tablesFor(db, changes), db.meta, db.laterChanges], async () => {
    await mergeChanges(db, changes, now);
    await db.laterChanges.bulkDelete(kept.map((row) => row.id));
  });
  return kept.length;
}
