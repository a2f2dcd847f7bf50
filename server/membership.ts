import { z } from 'zod';
import type { Role } from '../shared/sync/protocol';
import type { Queryable } from './db/db';
import { HttpError } from './http-error';
import { parseOr400 } from './parse';

export const pairingParams = z.object({ id: z.string().min(1).max(64) });
export const memberParams = z.object({ id: z.string().min(1).max(64), accountId: z.string().min(1).max(64) });

export function pairingIdOf(params: unknown): string {
  return parseOr400(pairingParams, params).id;
}

export async function roleOf(db: Queryable, pairingId: string, accountId: string): Promise<Role | undefined> {
  const [row] = await db.query<{ role: Role }>('select role from memberships where pairing_id = $1 and account_id = $2', [pairingId, accountId]);
  return row?.role;
}

/** 403 unless the account is a member of the pairing (with one of `roles`, if given). */
export async function requireRole(db: Queryable, pairingId: string, accountId: string, roles?: readonly Role[]): Promise<Role> {
  const role = await roleOf(db, pairingId, accountId);
  if (!role) throw new HttpError(403, 'notMember', 'not a member of this pairing');
  if (roles && !roles.includes(role)) throw new HttpError(403, 'notCoordinator', 'only a coordinator of this pairing may do this');
  return role;
}
