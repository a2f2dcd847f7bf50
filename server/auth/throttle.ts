import type { Queryable } from '../db/db';
import { HttpError } from '../http-error';

// Growing delays, kept in the database so that every instance behind a load
// balancer sees the same counts. A request takes its turn BEFORE the work it
// guards (checking a password, claiming an invitation code), in one atomic
// upsert: of many concurrent requests for one key, only those the count still
// lets through go on, on any instance. A request that is let through counts
// as an attempt until it is refunded (a sign-in that succeeds).

export type ThrottlePolicy = {
  /** Attempts let through one after another before the first wait… */
  free: number;
  /** …then each further one waits twice as long as the one before (1 s, 2 s, 4 s…), up to this. */
  capMs: number;
  /** A key quiet for this long starts over (and its row may be swept). */
  forgetMs: number;
};

/** The wait after `count` attempts, as SQL: 0 while free, then 2^(n - free) seconds, capped. */
const delaySql = (count: string) =>
  `(case when ${count} < $3 then 0 else least($4::float8, 1000 * power(2::float8, least(${count} - $3, 40)))::bigint end)`;

// A row stamped further ahead than the policy ever sets (the server's clock
// stepped back) counts as elapsed, so that no key waits for a time that never comes.
const STARTS_OVER = '(t.forget_at <= $2::bigint or t.forget_at > $2::bigint + $5::bigint)';
const TAKE_TURN = `
  insert into throttle as t (key, attempts, next_at, forget_at)
  values ($1, 1, $2::bigint + ${delaySql('1')}, $2::bigint + $5::bigint)
  on conflict (key) do update set
    attempts = case when ${STARTS_OVER} then 1 else t.attempts + 1 end,
    next_at = $2::bigint + ${delaySql(`(case when ${STARTS_OVER} then 1 else t.attempts + 1 end)`)},
    forget_at = $2::bigint + $5::bigint
  where t.next_at <= $2::bigint or t.next_at > $2::bigint + $4::bigint
  returning attempts`;

/**
 * Counts one attempt for `key`, or throws 429 with the seconds to wait when
 * the key must wait. Under READ COMMITTED, concurrent upserts of one row take
 * turns on its row lock and each sees the row as the one before left it.
 */
export async function takeTurn(db: Queryable, key: string, policy: ThrottlePolicy, now: number): Promise<void> {
  const counted = await db.query(TAKE_TURN, [key, now, policy.free, policy.capMs, policy.forgetMs]);
  if (counted.length > 0) return;
  const [row] = await db.query<{ next_at: number | string }>('select next_at from throttle where key = $1', [key]);
  throw tooManyAttempts(Number(row?.next_at ?? now) - now);
}

/** Takes a turn for each key in order, stopping at the first that must wait (later keys are not counted then). */
export async function takeTurns(db: Queryable, turns: readonly { key: string; policy: ThrottlePolicy }[], now: number): Promise<void> {
  for (const { key, policy } of turns) await takeTurn(db, key, policy, now);
}

/** Gives back the attempt a request counted: what succeeded is not held against the key. */
export async function refundTurn(db: Queryable, key: string, policy: ThrottlePolicy, now: number): Promise<void> {
  await db.query(
    `update throttle set attempts = greatest(attempts - 1, 0), next_at = least(next_at, $2::bigint + ${delaySql('greatest(attempts - 1, 0)')}) where key = $1`,
    [key, now, policy.free, policy.capMs],
  );
}

/** Starts a key over (the account's owner signed in). */
export async function forgetKey(db: Queryable, key: string): Promise<void> {
  await db.query('delete from throttle where key = $1', [key]);
}

/** Drops the rows of keys that have been quiet long enough to start over anyway. */
export async function sweepThrottle(db: Queryable, now: number): Promise<void> {
  await db.query('delete from throttle where forget_at <= $1', [now]);
}

export class TooManyAttempts extends HttpError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'tooManyAttempts', `too many attempts; try again in ${retryAfterSeconds} s`, { 'retry-after': String(retryAfterSeconds) });
  }
}

function tooManyAttempts(waitMs: number): TooManyAttempts {
  return new TooManyAttempts(Math.max(1, Math.ceil(waitMs / 1000)));
}
