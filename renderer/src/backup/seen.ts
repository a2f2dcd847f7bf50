import type { PonteDatabase } from '../db/database';
import { SEEN_FIELD, type Seen } from '../../../shared/bundle/format';
import type { AnyStored } from '../../../shared/model/records';

// Which version each long text's writer had seen, for bundles (format
// version 2, `seen` on a record line). A device knows it from two places:
// - its own edits not yet sent, whose changes in the outbox carry `seen`;
// - a bundle it imported, whose `seen` it keeps with the record, tied to the
//   stamp of the value it describes (`_seenAt`), so a later edit or pull of
//   that field leaves it behind without anyone having to clear it.
// What neither says (a value pulled from a server) is not known, and an
// import then keeps a replaced text as a conflict, as before.

/** On a device: per long-text field key, the stamp of the value `seen` was said of, and what its writer had seen. */
export const SEEN_AT_FIELD = '_seenAt';
export type SeenAt = Record<string, { at: string; seen: string | null }>;

/** `${kind}/${recordId}` → field key → the stamp of the change and what it had seen. */
export type OutboxSeen = Map<string, Map<string, { hlc: string; seen: string | null }>>;

/** The `seen` of every long text in this device's unsent changes, for some pairings or all. */
export async function outboxSeen(db: PonteDatabase, pairingIds: readonly string[] | null): Promise<OutboxSeen> {
  const out: OutboxSeen = new Map();
  const entries = pairingIds ? db.outbox.where('pairingIds').anyOf([...pairingIds]).distinct() : db.outbox.toCollection();
  await entries.each((entry) => {
    for (const change of entry.changes) {
      if (!change.seen) continue;
      const key = `${change.kind}/${change.recordId}`;
      let fields = out.get(key);
      if (!fields) out.set(key, (fields = new Map()));
      for (const [field, seen] of Object.entries(change.seen)) fields.set(field, { hlc: change.hlc, seen });
    }
  });
  return out;
}

/** What this device knows its record's current long texts' writers had seen: only what is said of the values it holds now. */
export function seenOf(kind: string, record: AnyStored, outbox: OutboxSeen): Seen | undefined {
  const seen: Seen = {};
  const kept = record[SEEN_AT_FIELD] as SeenAt | undefined;
  if (kept) for (const [field, s] of Object.entries(kept)) if (record.stamps[field] === s.at) seen[field] = s.seen;
  const mine = outbox.get(`${kind}/${record.id}`);
  if (mine) for (const [field, s] of mine) if (record.stamps[field] === s.hlc) seen[field] = s.seen;
  return Object.keys(seen).length ? seen : undefined;
}

/** A record with its `seen` for a bundle or a plan (never stored so: see `storedSeen`). */
export function withSeenForBundle(kind: string, record: AnyStored, outbox: OutboxSeen): AnyStored {
  const seen = seenOf(kind, record, outbox);
  return seen ? { ...record, [SEEN_FIELD]: seen } : record;
}

/**
 * The record to store after an import's merge: `seen` kept as `_seenAt` for
 * each value that came from a copy that said it (here or the file's), tied
 * to that value's stamp.
 */
export function storedSeen(merged: AnyStored, here: AnyStored | undefined, planned: AnyStored): AnyStored {
  const next: SeenAt = {};
  const keptHere = here?.[SEEN_AT_FIELD] as SeenAt | undefined;
  if (keptHere) for (const [field, s] of Object.entries(keptHere)) if (merged.stamps[field] === s.at) next[field] = s;
  const fromFile = planned[SEEN_FIELD] as Seen | undefined;
  if (fromFile) for (const [field, seen] of Object.entries(fromFile)) if (merged.stamps[field] === planned.stamps[field] && planned.stamps[field]) next[field] = { at: planned.stamps[field]!, seen };
  const { [SEEN_FIELD]: _transient, [SEEN_AT_FIELD]: _old, ...rest } = merged;
  return Object.keys(next).length ? { ...rest, [SEEN_AT_FIELD]: next } : (rest as AnyStored);
}
