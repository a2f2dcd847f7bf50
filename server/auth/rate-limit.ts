import type { Queryable } from '../db/db';

// Failed sign-ins are rows in the database, not counters in memory, so that
// several instances behind a load balancer see the same count.

export type Limit = { key: string; max: number };

export async function isRateLimited(db: Queryable, limits: readonly Limit[], since: number): Promise<boolean> {
  for (const { key, max } of limits) {
    const [row] = await db.query<{ n: number }>('select count(*)::int as n from sign_in_failures where key = $1 and at > $2', [key, since]);
    if ((row?.n ?? 0) >= max) return true;
  }
  return false;
}

export async function recordFailure(db: Queryable, keys: readonly string[], now: number, windowMs: number): Promise<void> {
  // Every failure sweeps the rows past the window, whoever they were for: an
  // address that fails once and never returns leaves nothing behind for long.
  await db.query('delete from sign_in_failures where at <= $1', [now - windowMs]);
  for (const key of keys) await db.query('insert into sign_in_failures (key, at) values ($1, $2)', [key, now]);
}

export async function clearFailures(db: Queryable, key: string): Promise<void> {
  await db.query('delete from sign_in_failures where key = $1', [key]);
}
