import { isConflictField, splitFieldKey, type AnyStored, type RecordKind } from '../model/records';
import { SEEN_FIELD, type Seen } from './format';
import type { Change } from '../sync/change';
import { changesOfRecord } from '../sync/record-state';
import { applyAtServer } from '../sync/server-apply';

// What importing a bundle would do to this device, worked out before anything
// is written: the "see first what restoring will change" screen shows it, and
// the import writes exactly its `writes`. Each record of the file is read back
// as changes (one per stamp) and merged with the one merge, field by field, so
// an older file never overwrites a newer field. A long text the file's version
// displaces, or that loses to this device's, is kept as a conflict by the
// server's own rule (applyAtServer), as a pull would have brought it.
//
// Which version a long text's writer had seen travels with the record
// (`seen`, format version 2, kept on a device as `_seen`): a text the file
// replaces knowingly is replaced, one it replaces without having seen it is
// kept, as a server decides for a push. Where a record carries no `seen` (a
// version-1 file, a value pulled from a server), any long text displaced by a
// different one is kept: a person may then dismiss a conflict that was in
// fact a later edit, but nothing typed is lost.

export type PlannedRecord = { kind: RecordKind; id: string; pairingId: string };

export type ImportPlan = {
  /** Pairings the file brings that this device does not have. */
  newPairings: string[];
  /** Records this device does not have. */
  created: PlannedRecord[];
  /** Records the file holds newer fields of (those fields named). */
  newerInFile: (PlannedRecord & { fields: string[] })[];
  /** Records this device holds newer fields of than the file: those stay as they are here. */
  newerHere: (PlannedRecord & { fields: string[] })[];
  /** How many records are the same here and in the file. */
  unchanged: number;
  /** Long texts to keep as conflicts, as conflict records to write. */
  conflicts: (PlannedRecord & { recordKind: string; recordRef: string; field: string; losingValue: unknown })[];
  /** Records whose merge would break their kind's schema: left as they are here. */
  refused: PlannedRecord[];
  /** What the import writes, in order: each merged record and each new conflict. */
  writes: { kind: RecordKind; record: AnyStored }[];
};

export type PlanImportInput = {
  /** The bundle's records of known kinds, by kind (as readBundle returns them). */
  records: Partial<Record<RecordKind, readonly AnyStored[]>>;
  /** This device's copy of a record, if it has one. */
  current: (kind: RecordKind, id: string) => AnyStored | undefined;
  /** A fresh stamp of this device's clock, for the conflicts the import records. */
  stamp: (pairingId: string) => string;
};

const seenOf = (record: AnyStored | undefined) => record?.[SEEN_FIELD] as Seen | undefined;

/** The file's record read back as changes, each long text with the stamp its writer had seen, when the file says. */
function changesWithSeen(kind: RecordKind, incoming: AnyStored): Change[] {
  const seen = seenOf(incoming);
  const changes = changesOfRecord(kind, incoming);
  if (!seen) return changes;
  for (const change of changes) {
    const known = Object.keys(change.fields).filter((k) => isConflictField(kind, k) && (Object.hasOwn(seen, k) || Object.hasOwn(seen, splitFieldKey(k)[0])));
    if (known.length) change.seen = Object.fromEntries(known.map((k) => [k, Object.hasOwn(seen, k) ? seen[k]! : seen[splitFieldKey(k)[0]]!]));
  }
  return changes;
}

/** After a merge: the `seen` of each long text the file set is the file's (or unknown), the others stay. */
function withSeen(kind: RecordKind, record: AnyStored, incoming: AnyStored, applied: ReadonlySet<string>): AnyStored {
  const keys = [...applied].filter((k) => isConflictField(kind, k));
  if (keys.length === 0) return record;
  const next: Seen = { ...seenOf(record) };
  const fromFile = seenOf(incoming) ?? {};
  for (const k of keys) {
    if (Object.hasOwn(fromFile, k)) next[k] = fromFile[k]!;
    else delete next[k];
  }
  const out = { ...record };
  if (Object.keys(next).length) out[SEEN_FIELD] = next;
  else delete out[SEEN_FIELD];
  return out;
}

export function planImport({ records, current, stamp }: PlanImportInput): ImportPlan {
  const plan: ImportPlan = { newPairings: [], created: [], newerInFile: [], newerHere: [], unchanged: 0, conflicts: [], refused: [], writes: [] };
  // Records the plan has merged already: a conflict kept for one record may meet another's.
  const working = new Map<string, AnyStored>();
  const key = (kind: string, id: string) => `${kind}/${id}`;
  const read = (kind: RecordKind, id: string) => working.get(key(kind, id)) ?? current(kind, id);
  const keepConflict = (change: Change) => {
    const existing = read('conflict', change.recordId);
    const outcome = applyAtServer(existing, change, stamp)!;
    working.set(key('conflict', change.recordId), outcome.record);
    const f = change.fields;
    plan.conflicts.push({ kind: 'conflict', id: change.recordId, pairingId: change.pairingId, recordKind: String(f.recordKind), recordRef: String(f.recordRef), field: String(f.field), losingValue: f.losingValue });
    plan.writes.push({ kind: 'conflict', record: outcome.record });
  };

  for (const [kind, list] of Object.entries(records) as [RecordKind, readonly AnyStored[]][]) {
    for (const incoming of list) {
      const before = read(kind, incoming.id);
      const ref: PlannedRecord = { kind, id: incoming.id, pairingId: incoming.pairingId };
      if (before === undefined) {
        // New here: the merge of all its stamps into nothing is the file's record itself, which the reader checked whole.
        const record = { ...incoming, stamps: { ...incoming.stamps } };
        plan.created.push(ref);
        if (kind === 'pairing') plan.newPairings.push(incoming.id);
        working.set(key(kind, incoming.id), record);
        plan.writes.push({ kind, record });
        continue;
      }
      // An id another pairing holds here stays its own, as on the server: mixing the two would leak one into the other.
      if (before.pairingId !== incoming.pairingId) {
        plan.refused.push(ref);
        continue;
      }
      let record: AnyStored = before;
      const applied = new Set<string>();
      const lost = new Set<string>();
      const conflicts: Change[] = [];
      let refused = false;
      for (const change of changesWithSeen(kind, incoming)) {
        // Null when the merged record breaks its schema: the server refuses such a change too.
        const outcome = applyAtServer(record, change, stamp);
        if (!outcome) {
          refused = true;
          break;
        }
        record = outcome.record;
        outcome.applied.forEach((f) => applied.add(f));
        outcome.lost.forEach((f) => lost.add(f));
        // A file's text that loses to one written here by someone who had seen it is no conflict: it was replaced knowingly.
        const sawHere = seenOf(before) ?? {};
        conflicts.push(...outcome.conflicts.filter((c) => !(c.fields.losingHlc === change.hlc && sawHere[String(c.fields.field)] === change.hlc)));
      }
      if (refused) {
        plan.refused.push(ref);
        continue;
      }
      if (applied.size > 0) {
        record = withSeen(kind, record, incoming, applied);
        plan.newerInFile.push({ ...ref, fields: [...applied].sort() });
        working.set(key(kind, incoming.id), record);
        plan.writes.push({ kind, record });
      }
      if (lost.size > 0) plan.newerHere.push({ ...ref, fields: [...lost].sort() });
      if (applied.size === 0 && lost.size === 0) plan.unchanged += 1;
      for (const conflict of conflicts) keepConflict(conflict);
    }
  }
  return plan;
}
