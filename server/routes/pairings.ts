import type { FastifyInstance } from 'fastify';
import type { Role } from '../../shared/sync/protocol';
import type { AppContext } from '../config';
import { accountOf } from '../auth/authenticate';
import { HttpError } from '../http-error';
import { pairingIdOf, roleOf } from '../membership';

export function pairingRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** The first account to share a pairing becomes its coordinator; anyone else must be invited (409). */
  app.post('/pairings/:id/share', async (request, reply) => {
    const account = accountOf(request);
    const pairingId = pairingIdOf(request.params);
    const outcome = await ctx.db.transaction(async (tx) => {
      const inserted = await tx.query('insert into pairings (id, shared_by, shared_at) values ($1, $2, $3) on conflict (id) do nothing returning id', [pairingId, account.id, ctx.now()]);
      if (inserted.length > 0) {
        await tx.query("insert into memberships (pairing_id, account_id, role) values ($1, $2, 'coordinator')", [pairingId, account.id]);
        return { created: true, role: 'coordinator' as Role };
      }
      // Sharing again (a retried request, a second device of a member) is no error.
      const role = await roleOf(tx, pairingId, account.id);
      if (!role) throw new HttpError(409, 'alreadyShared', 'this pairing is shared already: ask its coordinator for an invitation code');
      return { created: false, role };
    });
    return reply.code(outcome.created ? 201 : 200).send({ pairingId, role: outcome.role });
  });

  app.get('/memberships', async (request) => {
    const account = accountOf(request);
    const memberships = await ctx.db.query<{ pairingId: string; role: Role }>(
      'select pairing_id as "pairingId", role from memberships where account_id = $1 order by pairing_id',
      [account.id],
    );
    return { memberships };
  });
}
