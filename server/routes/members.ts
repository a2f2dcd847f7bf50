import type { FastifyInstance } from 'fastify';
import { memberRoleBody, type Role } from '../../shared/sync/protocol';
import type { AppContext } from '../config';
import type { Queryable } from '../db/db';
import { accountOf } from '../auth/authenticate';
import { HttpError } from '../http-error';
import { memberParams, pairingIdOf, requireRole } from '../membership';
import { parseOr400 } from '../parse';

/** A pairing always keeps a coordinator: nobody can demote or remove the last one. */
async function assertNotLastCoordinator(tx: Queryable, pairingId: string, accountId: string): Promise<void> {
  const rows = await tx.query<{ account_id: string }>("select account_id from memberships where pairing_id = $1 and role = 'coordinator' for update", [pairingId]);
  if (rows.length === 1 && rows[0]!.account_id === accountId) throw new HttpError(409, 'lastCoordinator', 'a pairing needs at least one coordinator');
}

export function memberRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/pairings/:id/members', async (request) => {
    const account = accountOf(request);
    const pairingId = pairingIdOf(request.params);
    await requireRole(ctx.db, pairingId, account.id);
    const members = await ctx.db.query<{ accountId: string; email: string; name: string; role: Role }>(
      'select a.id as "accountId", a.email, a.name, m.role from memberships m join accounts a on a.id = m.account_id where m.pairing_id = $1 order by a.email',
      [pairingId],
    );
    return { members };
  });

  app.patch('/pairings/:id/members/:accountId', async (request, reply) => {
    const account = accountOf(request);
    const { id: pairingId, accountId } = parseOr400(memberParams, request.params);
    const { role } = parseOr400(memberRoleBody, request.body);
    await ctx.db.transaction(async (tx) => {
      await requireRole(tx, pairingId, account.id, ['coordinator']);
      if (role !== 'coordinator') await assertNotLastCoordinator(tx, pairingId, accountId);
      const updated = await tx.query('update memberships set role = $3 where pairing_id = $1 and account_id = $2 returning role', [pairingId, accountId, role]);
      if (updated.length === 0) throw new HttpError(404, 'noSuchMember', 'no such member');
    });
    return reply.code(204).send();
  });

  /** A coordinator removes anyone; any member may remove themselves (leave). */
  app.delete('/pairings/:id/members/:accountId', async (request, reply) => {
    const account = accountOf(request);
    const { id: pairingId, accountId } = parseOr400(memberParams, request.params);
    await ctx.db.transaction(async (tx) => {
      await requireRole(tx, pairingId, account.id, accountId === account.id ? undefined : ['coordinator']);
      await assertNotLastCoordinator(tx, pairingId, accountId);
      const deleted = await tx.query('delete from memberships where pairing_id = $1 and account_id = $2 returning role', [pairingId, accountId]);
      if (deleted.length === 0) throw new HttpError(404, 'noSuchMember', 'no such member');
    });
    return reply.code(204).send();
  });
}
