import type { FastifyInstance } from 'fastify';
import { registerBody, signInBody } from '../../shared/sync/protocol';
import { newId } from '../../shared/ids';
import type { AppContext } from '../config';
import { HttpError } from '../http-error';
import { parseOr400 } from '../parse';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password';
import { createSession, deleteSession } from '../auth/sessions';
import { clearFailures, isRateLimited, recordFailure } from '../auth/rate-limit';
import { accountOf, bearerToken } from '../auth/authenticate';

type AccountRow = { id: string; email: string; name: string; password_hash: string };

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.post('/auth/register', { config: { public: true } }, async (request, reply) => {
    const body = parseOr400(registerBody, request.body);
    const id = newId();
    const passwordHash = await hashPassword(body.password);
    const inserted = await ctx.db.query(
      'insert into accounts (id, email, name, password_hash, created_at) values ($1, $2, $3, $4, $5) on conflict (email) do nothing returning id',
      [id, body.email, body.name, passwordHash, ctx.now()],
    );
    if (inserted.length === 0) throw new HttpError(409, 'emailTaken', 'an account with this e-mail exists already');
    const session = await createSession(ctx.db, id, ctx.now(), ctx.config.sessionTtlMs);
    return reply.code(201).send({ ...session, account: { id, email: body.email, name: body.name } });
  });

  app.post('/auth/sign-in', { config: { public: true } }, async (request) => {
    const body = parseOr400(signInBody, request.body);
    const now = ctx.now();
    const keys = { email: `email:${body.email}`, address: `ip:${request.ip}` };
    const limited = await isRateLimited(
      ctx.db,
      [
        { key: keys.email, max: ctx.config.maxFailuresPerEmail },
        { key: keys.address, max: ctx.config.maxFailuresPerAddress },
      ],
      now - ctx.config.signInWindowMs,
    );
    if (limited) throw new HttpError(429, 'tooManyAttempts', 'too many failed sign-ins; try again in a quarter of an hour');
    const [account] = await ctx.db.query<AccountRow>('select id, email, name, password_hash from accounts where email = $1', [body.email]);
    const ok = await verifyPassword(body.password, account?.password_hash ?? DUMMY_HASH);
    if (!account || !ok) {
      await recordFailure(ctx.db, [keys.email, keys.address], now, ctx.config.signInWindowMs);
      throw new HttpError(401, 'badCredentials', 'wrong e-mail or password');
    }
    await clearFailures(ctx.db, keys.email);
    const session = await createSession(ctx.db, account.id, now, ctx.config.sessionTtlMs);
    return { ...session, account: { id: account.id, email: account.email, name: account.name } };
  });

  app.post('/auth/sign-out', async (request, reply) => {
    accountOf(request);
    await deleteSession(ctx.db, bearerToken(request)!);
    return reply.code(204).send();
  });
}
