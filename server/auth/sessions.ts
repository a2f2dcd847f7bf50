import type { Queryable } from '../db/db';
import { hashToken, newToken } from './tokens';

export type Account = { id: string; email: string; name: string };

export async function createSession(db: Queryable, accountId: string, now: number, ttlMs: number): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const expiresAt = now + ttlMs;
  await db.query('insert into sessions (token_hash, account_id, expires_at) values ($1, $2, $3)', [hashToken(token), accountId, expiresAt]);
  // Expired sessions of this account are of no use to anyone: drop them here rather than in a timer.
  await db.query('delete from sessions where account_id = $1 and expires_at <= $2', [accountId, now]);
  return { token, expiresAt: new Date(expiresAt).toISOString() };
}

/** The account a bearer token stands for, or null if the token is unknown or expired. */
export async function accountForToken(db: Queryable, token: string, now: number): Promise<Account | null> {
  const rows = await db.query<Account>(
    'select a.id, a.email, a.name from sessions s join accounts a on a.id = s.account_id where s.token_hash = $1 and s.expires_at > $2',
    [hashToken(token), now],
  );
  return rows[0] ?? null;
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [hashToken(token)]);
}
