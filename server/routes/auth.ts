import type { FastifyInstance, FastifyRequest } from 'fastify';
import { registerBody, signInBody } from '../../shared/sync/protocol';
import { newId } from '../../shared/ids';
import type { AppContext } from '../config';
import { HttpError } from '../http-error';
import { parseOr400 } from '../parse';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password';
import { isWeakPassword } from '../auth/password-strength';
import { createSession, deleteSession } from '../auth/sessions';
import { forgetKey, refundTurn, sweepThrottle, takeTurn, takeTurns } from '../auth/throttle';
import { accountOf, bearerToken } from '../auth/authenticate';
import { addressKeyOf } from '../auth/client-address';

type AccountRow = { id: string; email: string; name: string; password_hash: string };

const badCredentials = () => new HttpError(401, 'badCredentials', 'wrong e-mail or password');

/** Throttle keys: per e-mail (whether or not it has an account, so a 429 tells nothing) and per client address. */
const emailKey = (email: string) => `sign-in-email:${email}`;
const addressKey = (request: FastifyRequest) => `sign-in-ip:${addressKeyOf(request.ip)}`;

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const policy = ctx.config.throttle;

  /**
   * Creates an account, and never tells whether an e-mail had one: for an
   * e-mail with an account, registering is a sign-in (its session if the
   * password is that account's, else the refusal a wrong sign-in gets), counted
   * against the same per-e-mail limit. Both ways hash once and verify once, so
   * they take as long.
   */
  app.post('/auth/register', { config: { public: true } }, async (request, reply) => {
    const body = parseOr400(registerBody, request.body);
    const now = ctx.now();
    await takeTurn(ctx.db, `register-ip:${addressKeyOf(request.ip)}`, policy.registerAddress, now);
    if (isWeakPassword(body.password, [body.email, body.name])) throw new HttpError(400, 'weakPassword', 'this password is too easy to guess: choose a longer one, or a few unusual words');
    // Taken for every e-mail, with an account or not, so that a 429 here tells nothing either.
    await takeTurn(ctx.db, emailKey(body.email), policy.signInAccount, now);
    const id = newId();
    const passwordHash = await hashPassword(body.password);
    const inserted = await ctx.db.query(
      'insert into accounts (id, email, name, password_hash, created_at) values ($1, $2, $3, $4, $5) on conflict (email) do nothing returning id',
      [id, body.email, body.name, passwordHash, now],
    );
    let account = { id, email: body.email, name: body.name };
    if (inserted.length > 0) await verifyPassword(body.password, DUMMY_HASH);
    else {
      const [existing] = await ctx.db.query<AccountRow>('select id, email, name, password_hash from accounts where email = $1', [body.email]);
      if (!existing || !(await verifyPassword(body.password, existing.password_hash))) throw badCredentials();
      account = { id: existing.id, email: existing.email, name: existing.name };
    }
    await forgetKey(ctx.db, emailKey(body.email));
    const session = await createSession(ctx.db, account.id, now, ctx.config.sessionTtlMs);
    return reply.code(201).send({ ...session, account });
  });

  app.post('/auth/sign-in', { config: { public: true } }, async (request) => {
    const body = parseOr400(signInBody, request.body);
    const now = ctx.now();
    // Both turns are taken before the password is checked, so concurrent
    // guesses on any instance cannot all be checked.
    await takeTurns(
      ctx.db,
      [
        { key: addressKey(request), policy: policy.signInAddress },
        { key: emailKey(body.email), policy: policy.signInAccount },
      ],
      now,
    );
    const [account] = await ctx.db.query<AccountRow>('select id, email, name, password_hash from accounts where email = $1', [body.email]);
    const ok = await verifyPassword(body.password, account?.password_hash ?? DUMMY_HASH);
    if (!account || !ok) {
      await sweepThrottle(ctx.db, now);
      throw badCredentials();
    }
    await forgetKey(ctx.db, emailKey(body.email));
    await refundTurn(ctx.db, addressKey(request), policy.signInAddress, now);
    const session = await createSession(ctx.db, account.id, now, ctx.config.sessionTtlMs);
    return { ...session, account: { id: account.id, email: account.email, name: account.name } };
  });

  app.post('/auth/sign-out', async (request, reply) => {
    accountOf(request);
    await deleteSession(ctx.db, bearerToken(request)!);
    return reply.code(204).send();
  });
}
