import type { PonteDatabase } from '../db/database';
import { readClock } from '../db/device-clock';
import { MAX_PUSH_CHANGES, type Refusal } from '../../../shared/sync/protocol';
import type { Change } from '../../../shared/sync/change';
import type { SyncApi } from './sync-api';
import { settleOutbox } from './outbox-ack';
import { applyKeptChanges, applyPulledPage } from './apply-remote';
import { undoRefused } from './undo-refused';

// One sync pass: push what waits, then pull what is new, pairing by pairing.
// Network calls happen between Dexie transactions, never inside one.

/** Refusals that will not change by retrying; a clock ahead of the server does, once time catches up. */
const FOR_GOOD: readonly Refusal[] = ['notMember', 'viewerCannotWrite', 'invalidChange', 'pairingNotShared', 'notSigner'];

export type PushOutcome = { sent: number; held: { change: Change; reason: Refusal }[] };

/**
 * Bytes of JSON per push, well under the server's body limit (5 MB): a batch
 * of long texts would otherwise be refused with 413 and retried forever.
 */
export const MAX_PUSH_BYTES = 1_000_000;

const utf8 = new TextEncoder();

/** The first changes that fit in one push, by count and by size (at least one, whatever its size). */
export function takeBatch(changes: readonly Change[], maxCount = MAX_PUSH_CHANGES, maxBytes = MAX_PUSH_BYTES): Change[] {
  const batch: Change[] = [];
  let bytes = 0;
  for (const change of changes) {
    const size = utf8.encode(JSON.stringify(change)).length;
    if (batch.length > 0 && (batch.length >= maxCount || bytes + size > maxBytes)) break;
    batch.push(change);
    bytes += size;
  }
  return batch;
}

export async function pushOutbox(db: PonteDatabase, api: SyncApi, sharedPairings: ReadonlySet<string>, now: () => number = Date.now): Promise<PushOutcome> {
  const deviceId = (await readClock(db)).deviceId;
  const held = new Map<string, { change: Change; reason: Refusal }>();
  // Undone only once the rest is sent: a record created in the same batch as
  // a refused edit of it must be on the server before its copy is asked for.
  const refused: { change: Change; reason: string }[] = [];
  const done = async (): Promise<PushOutcome> => {
    await undoRefused(db, api, refused);
    return { sent, held: [...held.values()] };
  };
  let sent = 0;
  for (;;) {
    const entries = await db.outbox.orderBy('id').toArray();
    const batch = takeBatch(entries.flatMap((e) => e.changes).filter((c) => sharedPairings.has(c.pairingId) && !held.has(c.id)));
    if (batch.length === 0) return done();
    const { status, body } = await api.push(deviceId, batch);
    if (status === 200) {
      await settleOutbox(db, new Set(body.results.map((r) => r.id)), [], now());
      sent += batch.length;
      continue;
    }
    // Nothing of the batch was applied: set the refused changes aside and send the rest.
    const byId = new Map(batch.map((c) => [c.id, c]));
    const failed: { change: Change; reason: string }[] = [];
    for (const result of body.results) {
      const change = byId.get(result.id);
      if (!change || !result.reason) continue;
      if (FOR_GOOD.includes(result.reason)) failed.push({ change, reason: result.reason });
      else held.set(change.id, { change, reason: result.reason });
    }
    if (failed.length === 0 && body.results.every((r) => !byId.has(r.id))) return done();
    await settleOutbox(db, new Set(), failed, now());
    refused.push(...failed);
  }
}

export async function pullPairing(db: PonteDatabase, api: SyncApi, pairingId: string, now: () => number = Date.now): Promise<number | 'forbidden'> {
  let received = 0;
  for (;;) {
    const cursor = (await db.syncPairings.get(pairingId))?.cursor ?? 0;
    const { status, body } = await api.pull(pairingId, cursor, 500);
    if (status === 403 || !body) return 'forbidden';
    received += await applyPulledPage(db, pairingId, body, now());
    if (!body.more) return received;
  }
}

/** Records what went wrong for a pairing, for the interface to say. */
export async function setPairingError(db: PonteDatabase, pairingId: string, error: string | null): Promise<void> {
  await db.transaction('rw', db.syncPairings, async () => {
    const row = await db.syncPairings.get(pairingId);
    if (row) await db.syncPairings.put({ ...row, error });
  });
}

/** Push everything waiting, then pull each synced pairing. Returns the refusals it could not settle. */
export async function syncOnce(db: PonteDatabase, api: SyncApi, now: () => number = Date.now): Promise<PushOutcome> {
  await applyKeptChanges(db, now());
  const pairings = await db.syncPairings.toArray();
  const shared = new Set(pairings.map((p) => p.pairingId));
  const outcome = await pushOutbox(db, api, shared, now);
  const heldByPairing = new Map(outcome.held.map((h) => [h.change.pairingId, h.reason]));
  for (const { pairingId } of pairings) {
    const result = await pullPairing(db, api, pairingId, now);
    await setPairingError(db, pairingId, result === 'forbidden' ? 'notMember' : (heldByPairing.get(pairingId) ?? null));
  }
  return outcome;
}
