import type { FastifyInstance } from 'fastify';
import { acceptInvitationBody, invitationBody, type Role } from '../../shared/sync/protocol';
import type { AppContext } from '../config';
import { accountOf } from '../auth/authenticate';
import { hashInvitationCode, newInvitationCode } from '../auth/tokens';
import { HttpError } from '../http-error';
import { pairingIdOf, requireRole } from '../membership';
import { parseOr400 } from '../parse';
import { refundTurn, takeTurns } from '../auth/throttle';
import { addressKeyOf } from '../auth/client-address';

export function invitationRoutes(app: FastifyInstance, ctx: AppContext): void {
  /** A coordinator makes a single-use, expiring code; only its hash is stored. */
  app.post('/pairings/:id/invitations', async (request, reply) => {
    const account = accountOf(request);
    const pairingId = pairingIdOf(request.params);
    const { role } = parseOr400(invitationBody, request.body);
    await requireRole(ctx.db, pairingId, account.id, ['coordinator']);
    const code = newInvitationCode();
    const now = ctx.now();
    const expiresAt = now + ctx.config.invitationTtlMs;
    // Codes nobody used before they expired can never be used: each new code
    // sweeps its pairing's, so the table holds live codes and accepted ones (who joined, when).
    await ctx.db.query('delete from invitations where pairing_id = $1 and accepted_by is null and expires_at <= $2', [pairingId, now]);
    await ctx.db.query('insert into invitations (code_hash, pairing_id, role, created_by, expires_at) values ($1, $2, $3, $4, $5)', [
      hashInvitationCode(code),
      pairingId,
      role,
      account.id,
      expiresAt,
    ]);
    return reply.code(201).send({ code, role, expiresAt: new Date(expiresAt).toISOString() });
  });

  app.post('/invitations/accept', async (request) => {
    const account = accountOf(request);
    const { code } = parseOr400(acceptInvitationBody, request.body);
    const now = ctx.now();
    // Wrong codes count against the account and the address; a code that works is given back.
    const turns = [
      { key: `accept-ip:${addressKeyOf(request.ip)}`, policy: ctx.config.throttle.acceptAddress },
      { key: `accept-account:${account.id}`, policy: ctx.config.throttle.acceptAccount },
    ];
    await takeTurns(ctx.db, turns, now);
    const accepted = await ctx.db.transaction(async (tx) => {
      // One statement claims the code: two devices racing with it cannot both win.
      const [invitation] = await tx.query<{ pairing_id: string; role: Role }>(
        'update invitations set accepted_by = $2, accepted_at = $3 where code_hash = $1 and accepted_by is null and expires_at > $3 returning pairing_id, role',
        [hashInvitationCode(code), account.id, now],
      );
      if (!invitation) throw new HttpError(404, 'invitationInvalid', 'this invitation code is unknown, used or expired');
      // Someone already in the pairing keeps the role they have.
      await tx.query('insert into memberships (pairing_id, account_id, role) values ($1, $2, $3) on conflict do nothing', [invitation.pairing_id, account.id, invitation.role]);
      const [membership] = await tx.query<{ role: Role }>('select role from memberships where pairing_id = $1 and account_id = $2', [invitation.pairing_id, account.id]);
      return { pairingId: invitation.pairing_id, role: membership!.role };
    });
    for (const { key, policy } of turns) await refundTurn(ctx.db, key, policy, now);
    return accepted;
  });
}
