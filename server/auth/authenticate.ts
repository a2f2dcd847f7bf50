import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppContext } from '../config';
import { HttpError } from '../http-error';
import { accountForToken, type Account } from './sessions';

declare module 'fastify' {
  interface FastifyRequest {
    account: Account | null;
  }
  interface FastifyContextConfig {
    /** A route anyone may call without a session (health, register, sign-in). */
    public?: boolean;
  }
}

export function bearerToken(request: FastifyRequest): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(request.headers.authorization ?? '');
  return match?.[1] ?? null;
}

/**
 * Every request needs a valid session except on public routes; it is checked
 * before the body is even read, so nothing is parsed, read or written for a
 * caller without one.
 */
export function installAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('account', null);
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.config?.public) return;
    const token = bearerToken(request);
    const account = token ? await accountForToken(ctx.db, token, ctx.now()) : null;
    if (!account) throw new HttpError(401, 'unauthorized', 'sign in first');
    request.account = account;
  });
}

/** The signed-in account of a request that passed authentication. */
export function accountOf(request: FastifyRequest): Account {
  if (!request.account) throw new HttpError(401, 'unauthorized', 'sign in first');
  return request.account;
}
