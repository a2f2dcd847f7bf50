import type { Db, Queryable } from './db';
import { isLostRace } from './db-errors';
import { HttpError } from '../http-error';

/** How often a transaction that lost a race to another is run again before the client is asked to retry later. */
const ATTEMPTS = 5;

/**
 * Runs fn in a transaction, and runs it again when it lost a race to another
 * transaction (a deadlock, a serialization failure, or a key another
 * transaction inserted first): run again, it sees what the other committed
 * and decides on that, e.g. a record id another pairing just took is refused
 * per change. Still losing after a few tries is answered 503 with Retry-After,
 * never 500.
 */
export async function transactionWithRetry<T>(db: Db, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(fn);
    } catch (error) {
      if (!isLostRace(error)) throw error;
      if (attempt >= ATTEMPTS) throw new HttpError(503, 'busy', 'the server is busy with concurrent changes; retry shortly');
      // A little random wait, so two retries do not meet again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * attempt));
    }
  }
}
