import type { Change } from '../../shared/sync/change';
import type { PushResponse, Role } from '../../shared/sync/protocol';
import { isRemembered, planPush, type PushPlan } from '../../shared/sync/server-apply';
import type { AnyStored } from '../../shared/model/records';
import type { HlcState } from '../../shared/clock/hlc';
import type { Queryable } from '../db/db';
import { serverPolicy } from '../../shared/kinds/server-policy';
import { pairingClock, pairingStamper, type PairingState } from './server-clock';

/** The lock space of per-pairing advisory locks (the second key is the pairing id's hash). */
const PAIRING_LOCK_SPACE = 8787;

const recordKey = (kind: string, id: string) => `${kind}/${id}`;

/** What the server holds under a kind and id: a record of one of the pushed pairings, or only the name of the pairing that holds it. */
type Held = { pairingId: string; data: AnyStored | null };

/**
 * Reads the records these changes touch. A kind and id belong to one pairing
 * (the primary key), and only records of the pairings being pushed to are
 * read whole: of any other, only that it holds the id, so the planner refuses
 * the change instead of touching that record.
 */
async function loadRecords(tx: Queryable, keys: readonly { kind: string; id: string }[], pairingIds: readonly string[], into: Map<string, Held | undefined>): Promise<void> {
  const missing = keys.filter((k) => !into.has(recordKey(k.kind, k.id)));
  if (missing.length === 0) return;
  // Two arrays the primary key's index scans together (a third of the time of
  // joining to unnest); it may return a few unasked records, which are true too.
  const rows = await tx.query<{ kind: string; id: string; pairing_id: string; data: AnyStored | null }>(
    'select kind, id, pairing_id, case when pairing_id = any($3::text[]) then data end as data from records where kind = any($1::text[]) and id = any($2::text[])',
    [[...new Set(missing.map((k) => k.kind))], missing.map((k) => k.id), pairingIds],
  );
  for (const k of missing) into.set(recordKey(k.kind, k.id), undefined);
  for (const row of rows) into.set(recordKey(row.kind, row.id), { pairingId: row.pairing_id, data: row.data });
}

function heldIn(held: Held | undefined, pairingId: string): AnyStored | 'elsewhere' | undefined {
  if (!held) return undefined;
  return held.pairingId === pairingId && held.data ? held.data : 'elsewhere';
}

/** Each pushed pairing's sequence and clock. */
const statesOf = (rows: readonly [string, number | string, number | string, number][] | null): Map<string, PairingState> =>
  new Map((rows ?? []).map(([id, lastSeq, millis, counter]) => [id, { lastSeq: Number(lastSeq), clock: pairingClock(millis, counter) }]));

/**
 * Everything a push reads once its pairings are locked, in one statement: the
 * account's roles, the long-text changes already applied, each pairing's
 * sequence and clock (no row lock: the advisory lock already makes its pushes
 * take turns), and the records the changes touch. The lock is held from here
 * to the commit, so every round trip to the database saved here is saved for
 * every push waiting behind this one (the busy pairing's pushes take turns:
 * ten round trips were half of a turn). Records of other pairings come back
 * as their holder's name only; records of pairings the account may not write
 * come back without their data (the planner refuses those changes anyway).
 */
async function readUnderLock(tx: Queryable, account: { id: string }, changes: readonly Change[], pairingIds: readonly string[]) {
  const rememberable = changes.filter(isRemembered);
  const [row] = await tx.query<{
    roles: [string, Role][] | null;
    known: [string, string][] | null;
    states: [string, number | string, number | string, number][] | null;
    records: [string, string, string, AnyStored | null][] | null;
  }>(
    `select
       (select json_agg(json_build_array(pairing_id, role)) from memberships where account_id = $1 and pairing_id = any($2::text[])) as roles,
       (select json_agg(json_build_array(pairing_id, change_id)) from long_text_changes where pairing_id = any($2::text[]) and change_id = any($3::text[])) as known,
       (select json_agg(json_build_array(id, last_seq, clock_millis, clock_counter)) from pairings where id = any($2::text[])) as states,
       (select json_agg(json_build_array(r.kind, r.id, r.pairing_id, case when r.pairing_id = any($2::text[]) and m.role in ('coordinator', 'editor') then r.data end))
          from records r left join memberships m on m.account_id = $1 and m.pairing_id = r.pairing_id
          where r.kind = any($4::text[]) and r.id = any($5::text[])) as records`,
    [account.id, pairingIds, rememberable.map((c) => c.id), [...new Set(changes.map((c) => c.kind))], changes.map((c) => c.recordId)],
  );
  const roles = new Map((row?.roles ?? []).map(([pairingId, role]) => [pairingId, role]));
  // Known in the pairing it is pushed to, not merely somewhere.
  const known = new Set((row?.known ?? []).map(([pairingId, changeId]) => `${pairingId}/${changeId}`));
  const records = new Map<string, Held | undefined>();
  for (const c of changes) records.set(recordKey(c.kind, c.recordId), undefined);
  for (const [kind, id, pairingId, data] of row?.records ?? []) records.set(recordKey(kind, id), { pairingId, data });
  return { roles, known, records, states: statesOf(row?.states ?? null) };
}

export type PushOutcome = { httpStatus: 200 | 403 | 422; body: PushResponse };

/**
 * Applies one pushed batch in one transaction: all of it or nothing. The
 * per-pairing advisory locks make concurrent pushes to one pairing (from any
 * instance) take turns, so sequence numbers are handed out and committed in
 * order and a puller reading "after N" never skips a change.
 */
export async function pushBatch(tx: Queryable, account: { id: string; email: string }, changes: readonly Change[], now: number): Promise<PushOutcome> {
  const pairingIds = [...new Set(changes.map((c) => c.pairingId))].sort();
  // Sorted, so two batches over the same pairings cannot deadlock.
  for (const pairingId of pairingIds) await tx.query('select pg_advisory_xact_lock($1, hashtext($2))', [PAIRING_LOCK_SPACE, pairingId]);

  const { roles, known, records, states } = await readUnderLock(tx, account, changes, pairingIds);
  const writablePairings = pairingIds.filter((id) => roles.get(id) === 'coordinator' || roles.get(id) === 'editor');

  // The planner is pure and synchronous; a conflict record it touches that was
  // not loaded yet (rare: a conflict kept again) is loaded and the batch planned again.
  let plan: PushPlan;
  let clock: ReturnType<typeof pairingStamper>;
  for (;;) {
    clock = pairingStamper(states, changes, now);
    plan = planPush(changes, {
      roleOf: (pairingId) => roles.get(pairingId),
      existing: (pairingId, kind, id) => heldIn(records.get(recordKey(kind, id)), pairingId),
      isKnown: (change) => known.has(`${change.pairingId}/${change.id}`),
      now,
      stamp: clock.stamp,
      policy: serverPolicy(account.email),
    });
    if (!plan.ok) return { httpStatus: plan.httpStatus, body: { results: plan.results, serverTime: now } };
    const unloaded = plan.writes.filter((w) => !records.has(recordKey(w.change.kind, w.change.recordId)));
    if (unloaded.length === 0) break;
    await loadRecords(tx, unloaded.map((w) => ({ kind: w.change.kind, id: w.change.recordId })), writablePairings, records);
  }

  await persist(tx, plan.writes, plan.remember, (kind, id) => records.get(recordKey(kind, id)) !== undefined, states, clock.clocks());
  return { httpStatus: 200, body: { results: plan.results, serverTime: now } };
}

/**
 * Writes a planned batch: each record it changed, once, under a new sequence
 * number of its pairing, and the long-text changes to remember. Rows travel
 * as one JSON array and each stored document is an element of it, taken
 * whole: PostgreSQL neither unescapes an array literal of JSON strings nor
 * re-serialises a sub-document (measured: a quarter faster than text arrays
 * through unnest).
 *
 * Every record written was read first, so new ones are inserted and known
 * ones updated; no "on conflict" guesswork (a fifth of the write's time). A
 * record of this pairing cannot appear meanwhile (the pairing is locked); an
 * id taken at the same moment in another pairing fails the insert (unique
 * violation) and the transaction, which the route runs again
 * (transactionWithRetry): it then sees the id taken and refuses that change.
 */
async function persist(
  tx: Queryable,
  writes: readonly { change: Change; record: AnyStored }[],
  remember: readonly Change[],
  isStored: (kind: string, id: string) => boolean,
  states: ReadonlyMap<string, PairingState>,
  clocks: ReadonlyMap<string, HlcState>,
): Promise<void> {
  // A record changed several times in the batch is written once, in its last state and order.
  const last = new Map<string, { kind: string; record: AnyStored }>();
  for (const { change, record } of writes) {
    const key = recordKey(change.kind, change.recordId);
    last.delete(key);
    last.set(key, { kind: change.kind, record });
  }
  const rows = [...last.values()];
  const lastSeq = new Map([...states].map(([id, s]) => [id, s.lastSeq]));
  const numbered = rows.map((row) => {
    const seq = (lastSeq.get(row.record.pairingId) ?? 0) + 1;
    lastSeq.set(row.record.pairingId, seq);
    return { ...row, seq };
  });
  // New keys inserted in one order everywhere: two pushes that take the same new ids wait for each other instead of deadlocking.
  const created = numbered.filter((r) => !isStored(r.kind, r.record.id)).sort((a, b) => (recordKey(a.kind, a.record.id) < recordKey(b.kind, b.record.id) ? -1 : 1));
  const updated = numbered.filter((r) => isStored(r.kind, r.record.id));
  // Keys travel beside the documents: ->> would unescape a whole document, and refuse a NUL kept in a text.
  const rowsOf = (list: typeof numbered) => [JSON.stringify(list.map((r) => r.record)), list.map((r) => r.kind), list.map((r) => r.record.id), list.map((r) => r.record.pairingId), list.map((r) => r.seq)];
  const keyed = (p: number) => `json_array_elements($${p}::json) with ordinality as a(r, n)
     join unnest($${p + 1}::text[], $${p + 2}::text[], $${p + 3}::text[], $${p + 4}::bigint[]) with ordinality as k(kind, id, pairing_id, seq, n) using (n)`;
  // Each pairing's sequence and clock, where this batch moved them.
  const moved = [...states].filter(([id, s]) => lastSeq.get(id) !== s.lastSeq || clocks.get(id)?.millis !== s.clock.millis || clocks.get(id)?.counter !== s.clock.counter).map(([id]) => id);
  // One statement, for the same reason as readUnderLock: the pairing stays
  // locked until the commit. The parts touch different rows (new records,
  // known records, pairings, remembered ids), so none needs to see another's
  // effect; an empty part writes nothing.
  await tx.query(
    `with remembered as (insert into long_text_changes (pairing_id, change_id) select * from unnest($1::text[], $2::text[])),
       created as (insert into records (kind, id, pairing_id, seq, data) select k.kind, k.id, k.pairing_id, k.seq, a.r from ${keyed(3)}),
       updated as (update records set data = u.r, seq = u.seq from (select k.kind, k.id, k.pairing_id, k.seq, a.r from ${keyed(8)}) as u
         where records.kind = u.kind and records.id = u.id and records.pairing_id = u.pairing_id)
     update pairings set last_seq = u.s, clock_millis = u.m, clock_counter = u.c
       from unnest($13::text[], $14::bigint[], $15::bigint[], $16::int[]) as u(id, s, m, c) where pairings.id = u.id`,
    [
      remember.map((c) => c.pairingId),
      remember.map((c) => c.id),
      ...rowsOf(created),
      ...rowsOf(updated),
      moved,
      moved.map((id) => lastSeq.get(id)!),
      moved.map((id) => clocks.get(id)!.millis),
      moved.map((id) => clocks.get(id)!.counter),
    ],
  );
}
