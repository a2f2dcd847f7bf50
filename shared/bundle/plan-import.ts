import type { AnyStored, RecordKind } from '../model/records';
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
// A record's state does not say which version its writer had seen (a change
// in an outbox does): so any long text displaced by a different one is kept,
// and a person may find a conflict that was in fact a later edit. Nothing
// typed is lost either way.

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
      for (const change of changesOfRecord(kind, incoming)) {
        // Null when the merged record breaks its schema: the server refuses such a change too.
        const outcome = applyAtServer(record, change, stamp);
        if (!outcome) {
          refused = true;
          break;
        }
        record = outcome.record;
        outcome.applied.forEach((f) => applied.add(f));
        outcome.lost.forEach((f) => lost.add(f));
        conflicts.push(...outcome.conflicts);
      }
      if (refused) {
        plan.refused.push(ref);
        continue;
      }
      if (applied.size > 0) {
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
