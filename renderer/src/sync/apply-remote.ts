import type { LaterChangeRow, PonteDatabase } from '../db/database';
import { readClock, saveClock } from '../db/device-clock';
import { receive } from '../../../shared/clock/hlc';
import { applyChange } from '../../../shared/sync/merge';
import { withLocalFields } from '../db/local-fields';
import { isKnownFieldKey, isKnownKind, type AnyStored } from '../../../shared/model/records';
import type { Change } from '../../../shared/sync/change';
import type { PullResponse } from '../../../shared/sync/protocol';
import { changesOfRecord } from '../../../shared/sync/record-state';

/**
 * Splits changes into what this version can apply now and what a newer
 * Ponte wrote that it does not know yet: a kind it has no declaration for,
 * or fields its declaration lacks. The latter are kept aside, whole, not
 * dropped, and applied after an upgrade (the merge does not depend on order).
 */
export function splitByVersion(changes: readonly Change[]): { now: Change[]; later: Change[] } {
  const now: Change[] = [];
  const later: Change[] = [];
  for (const change of changes) {
    if (!isKnownKind(change.kind)) {
      later.push(change);
      continue;
    }
    const keys = Object.keys(change.fields);
    const unknown = keys.filter((k) => !isKnownFieldKey(change.kind, k));
    if (unknown.length === 0) {
      now.push(change);
      continue;
    }
    const pick = (which: readonly string[]) => Object.fromEntries(which.map((k) => [k, change.fields[k]]));
    const known = keys.filter((k) => !unknown.includes(k));
    if (known.length) now.push({ ...change, fields: pick(known) });
    later.push({ ...change, id: `${change.id}#later`, fields: pick(unknown) });
  }
  return { now, later };
}

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

const laterRows = (changes: readonly Change[]) => changes.map((change) => ({ id: change.id, kind: change.kind, pairingId: change.pairingId, change }));

/**
 * Merges one page of pulled records into this device, with the same merge as
 * the server, and moves the pairing's cursor past them: one transaction, so a
 * crash can neither skip a record nor leave it half-written. What a newer
 * Ponte wrote that this version does not know is kept aside (splitByVersion).
 */
export async function applyPulledPage(db: PonteDatabase, pairingId: string, page: PullResponse, now: number): Promise<number> {
  const { now: changes, later } = splitByVersion(page.records.flatMap(({ kind, record }) => changesOfRecord(kind, record as AnyStored)));
  await db.transaction('rw', [...tablesFor(db, changes), db.meta, db.syncPairings, db.laterChanges], async () => {
    await mergeChanges(db, changes, Math.max(now, page.serverTime));
    if (later.length) await db.laterChanges.bulkPut(laterRows(later));
    const state = await db.syncPairings.get(pairingId);
    await db.syncPairings.put({ pairingId, role: state?.role ?? null, error: null, lastSyncedAt: now, cursor: page.cursor });
  });
  return page.records.length;
}

/** Applies what was kept aside that this version now knows (after an upgrade), and keeps the rest aside. */
export async function applyKeptChanges(db: PonteDatabase, now: number = Date.now()): Promise<number> {
  const rows = await db.laterChanges.toArray();
  const apply: Change[] = [];
  const keep: LaterChangeRow[] = [];
  const done: string[] = [];
  for (const row of rows) {
    const { now: known, later } = splitByVersion([row.change]);
    if (known.length === 0) continue;
    apply.push(...known);
    if (later.length) keep.push({ ...row, change: { ...later[0]!, id: row.change.id } });
    else done.push(row.id);
  }
  if (apply.length === 0) return 0;
  await db.transaction('rw', [...tablesFor(db, apply), db.meta, db.laterChanges], async () => {
    await mergeChanges(db, apply, now);
    await db.laterChanges.bulkDelete(done);
    if (keep.length) await db.laterChanges.bulkPut(keep);
  });
  return apply.length;
}
