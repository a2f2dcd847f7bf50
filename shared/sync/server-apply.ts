import { isDeepStrictEqual } from './equal';
import { applyChange } from './merge';
import type { Change } from './change';
import type { Refusal, Role } from './protocol';
import { fieldValue, isConflictField, isKnownFieldKey, isKnownKind, splitFieldKey, withoutStamps, type AnyStored } from '../model/records';
import { validateRecord } from '../model/validation';
import { MAX_DRIFT_MS, parseStamp } from '../clock/hlc';
import { shortHash } from './short-hash';

// What the server decides for each pushed change, without any storage: the
// PostgreSQL server and the in-memory reference server of the property tests
// both call these, so they cannot drift apart.

/** Why a change is refused, or null if the server may apply it. */
export function refusalFor(change: Change, role: Role | undefined, serverNow: number): Refusal | null {
  if (!role) return 'notMember';
  if (role === 'viewer') return 'viewerCannotWrite';
  let millis: number;
  try {
    millis = parseStamp(change.hlc).millis;
  } catch {
    return 'invalidChange';
  }
  if (millis - serverNow > MAX_DRIFT_MS) return 'clockAhead';
  // A newer app's kind or field: refused per change, so the device holds it and retries once this server is upgraded.
  if (!isKnownKind(change.kind)) return 'unknownKind';
  if (Object.keys(change.fields).some((key) => !isKnownFieldKey(change.kind, key))) return 'unknownField';
  return null;
}

export type ServerApplied = {
  record: AnyStored;
  /** Fields this change set. */
  applied: string[];
  /** Fields where a newer value was already there. */
  lost: string[];
  /** Conflicts to record, as changes the server itself makes (stamped by `stamp`). */
  conflicts: Change[];
};

function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (typeof value === 'object') return Object.values(value).every(isBlank);
  return false;
}

/**
 * The id of the conflict kept for one losing value: the same wherever and
 * however often it is computed, and inside its pairing (the pairing is part of
 * what is hashed), so no other pairing's records can name or predict it.
 */
export function conflictId(pairingId: string, recordId: string, field: string, losingHlc: string): string {
  return `conflict-${shortHash(`${pairingId}\u0000${recordId}\u0000${field}\u0000${losingHlc}`)}`;
}


/** The fields of a change ("summary", "summary.pt") whose losing value would be kept as a conflict. */
function longTextFieldsOf(change: Change): string[] {
  return Object.keys(change.fields).filter((k) => isConflictField(change.kind, k));
}

/**
 * Conflict records are made only by the server, from its own merge. A device
 * may only resolve one of its pairing's conflicts, which is a tombstone and
 * nothing else: it can neither plant a conflict nor rewrite one's text.
 */
function isConflictResolution(change: Change, before: AnyStored | undefined): boolean {
  const keys = Object.keys(change.fields);
  return before !== undefined && before.pairingId === change.pairingId && keys.length === 1 && change.fields.deleted === true;
}

/** The stamp the writer saw for a field key, named by the key or by its whole field ("summary" for "summary.pt"). */
function seenFor(change: Change, key: string): string | null | undefined {
  const seen = change.seen;
  if (!seen) return undefined;
  if (Object.hasOwn(seen, key)) return seen[key];
  const base = splitFieldKey(key)[0];
  return Object.hasOwn(seen, base) ? seen[base] : undefined;
}

/**
 * Merges one change into the server's copy of its record, refuses a result
 * that breaks the record's schema (null), and keeps every long text that a
 * concurrent edit displaced as a conflict:
 * - the change wins, but its writer had not seen the value it replaces;
 * - the change loses: nobody can have seen it yet (it reaches others only
 *   through the server), so its text would otherwise be gone.
 */
export function applyAtServer(existing: AnyStored | undefined, change: Change, stamp: (pairingId: string) => string): ServerApplied | null {
  const { record, applied, lost } = applyChange(existing, change);
  if (change.kind !== 'conflict' || existing) {
    // A conflict's first change is made by the server (clients may not make one) and is valid by construction.
    const checked = validateRecord(change.kind, withoutStamps(record));
    if (!checked.ok) return null;
  }
  const conflicts: Change[] = [];
  const keep = (field: string, losingValue: unknown, losingHlc: string, winningHlc: string) => {
    if (isBlank(losingValue)) return; // nothing typed, nothing to keep
    const id = conflictId(change.pairingId, change.recordId, field, losingHlc);
    conflicts.push({
      id: `c-${id}`,
      kind: 'conflict',
      recordId: id,
      pairingId: change.pairingId,
      fields: { deleted: false, recordKind: change.kind, recordRef: change.recordId, field, losingValue, losingHlc, winningHlc },
      hlc: stamp(change.pairingId),
    });
  };
  // The keys the merge reports, not the change's: a per-language text sent whole is merged language by language.
  const touched = [...new Set([...applied, ...lost.map((l) => l.field)])].filter((k) => isConflictField(change.kind, k));
  for (const field of touched) {
    const previousStamp = existing?.stamps[field];
    if (applied.includes(field)) {
      const sawIt = (seenFor(change, field) ?? null) === (previousStamp ?? null);
      const previous = existing ? fieldValue(existing, field) : undefined;
      if (previousStamp && !sawIt && !isDeepStrictEqual(previous, fieldValue(record, field))) keep(field, previous, previousStamp, change.hlc);
    } else {
      const loser = lost.find((l) => l.field === field);
      if (loser && previousStamp && !isDeepStrictEqual(loser.value, fieldValue(record, field))) keep(field, loser.value, change.hlc, previousStamp);
    }
  }
  return { record, applied, lost: lost.map((l) => l.field), conflicts };
}

export type PushContext = {
  roleOf(pairingId: string): Role | undefined;
  /**
   * The server's copy of a record of this pairing, as it stands before this
   * batch; 'elsewhere' when another pairing holds that kind and id. Records of
   * other pairings are never handed to the planner.
   */
  existing(pairingId: string, kind: string, id: string): AnyStored | 'elsewhere' | undefined;
  /** Has this change to a long text been applied before (a retried batch)? Asked only of changes `isRemembered` holds. */
  isKnown(change: Change): boolean;
  now: number;
  /** A fresh stamp of this pairing's server clock, for the conflicts the server records in it. */
  stamp(pairingId: string): string;
  /** Rules of the domain on who may write what, beyond roles (e.g. who may agree to a UCAP). */
  policy?: (change: Change, before: AnyStored | undefined, after: AnyStored) => Refusal | null;
};

export type PushPlan =
  | {
      ok: true;
      results: { id: string; status: 'applied' | 'duplicate' }[];
      /** Each record this batch changed, in the order it changed, with the change that left it so. */
      writes: { change: Change; record: AnyStored }[];
      /** Changes to long texts, to remember as applied. */
      remember: Change[];
    }
  | { ok: false; httpStatus: 403 | 422; results: { id: string; status: 'refused'; reason: Refusal }[] };

/**
 * A change that could displace a long text is remembered once applied. Any
 * other change needs no memory: the merge is idempotent, so a retry of it
 * changes nothing. A long text's retry must be recognised, or losing to an
 * edit made since (by someone who saw it) would be taken for a concurrent
 * edit and kept as a conflict nobody had.
 */
export function isRemembered(change: Change): boolean {
  return longTextFieldsOf(change).length > 0;
}

/**
 * Decides a whole pushed batch: either every change is applied (or known
 * already), or nothing is and each refused change is named with its reason.
 * `writes` lists, in order, each record a change left different, conflicts
 * included as changes of their own.
 */
export function planPush(changes: readonly Change[], ctx: PushContext): PushPlan {
  // Keyed inside the pairing: nothing one pairing's changes do is read by another's.
  const working = new Map<string, AnyStored | undefined>();
  const current = (pairingId: string, kind: string, id: string) => {
    const key = `${pairingId}/${kind}/${id}`;
    return working.has(key) ? working.get(key) : ctx.existing(pairingId, kind, id);
  };
  const refused: { id: string; status: 'refused'; reason: Refusal }[] = [];
  const results: { id: string; status: 'applied' | 'duplicate' }[] = [];
  const writes: { change: Change; record: AnyStored }[] = [];
  const remember: Change[] = [];
  const inBatch = new Set<string>();
  for (const change of changes) {
    const reason = refusalFor(change, ctx.roleOf(change.pairingId), ctx.now);
    if (reason) {
      refused.push({ id: change.id, status: 'refused', reason });
      continue;
    }
    const remembered = isRemembered(change);
    if (remembered && (ctx.isKnown(change) || inBatch.has(change.id))) {
      results.push({ id: change.id, status: 'duplicate' });
      continue;
    }
    const before = current(change.pairingId, change.kind, change.recordId);
    // An id another pairing holds stays its own: a device in both would mix the two records up.
    if (before === 'elsewhere' || (change.kind === 'conflict' && !isConflictResolution(change, before))) {
      refused.push({ id: change.id, status: 'refused', reason: 'invalidChange' });
      continue;
    }
    const outcome = applyAtServer(before, change, ctx.stamp);
    // Each conflict it keeps, merged into the one of that id already kept (a conflict kept again), if any.
    const kept = outcome?.conflicts.map((conflict) => {
      const existingConflict = current(conflict.pairingId, 'conflict', conflict.recordId);
      // Another pairing's record under that id (a hash collision), or a stored conflict its merge would break: refused, never written over.
      return existingConflict === 'elsewhere' ? null : { conflict, merged: applyAtServer(existingConflict, conflict, ctx.stamp) };
    });
    if (!outcome || !kept || kept.some((k) => !k?.merged)) {
      refused.push({ id: change.id, status: 'refused', reason: 'invalidChange' });
      continue;
    }
    const denied = ctx.policy?.(change, before, outcome.record);
    if (denied) {
      refused.push({ id: change.id, status: 'refused', reason: denied });
      continue;
    }
    if (remembered) {
      inBatch.add(change.id);
      remember.push(change);
    }
    if (outcome.applied.length > 0) {
      working.set(`${change.pairingId}/${change.kind}/${change.recordId}`, outcome.record);
      writes.push({ change, record: outcome.record });
    }
    for (const k of kept) {
      const { conflict, merged } = k!;
      working.set(`${conflict.pairingId}/conflict/${conflict.recordId}`, merged!.record);
      writes.push({ change: conflict, record: merged!.record });
    }
    // Nothing set and nothing lost: every field already holds this very change.
    const repeat = !remembered && outcome.applied.length === 0 && outcome.lost.length === 0;
    results.push({ id: change.id, status: repeat ? 'duplicate' : 'applied' });
  }
  if (refused.length > 0) {
    const forbidden = refused.some((r) => r.reason === 'notMember' || r.reason === 'viewerCannotWrite' || r.reason === 'notSigner');
    return { ok: false, httpStatus: forbidden ? 403 : 422, results: refused };
  }
  return { ok: true, results, writes, remember };
}
