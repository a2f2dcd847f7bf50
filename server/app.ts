import Fastify, { type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import type { Db } from './db/db';
import { DEFAULT_CONFIG, fastifyTrustProxy, type AppContext, type ServerConfig } from './config';
import { HttpError, installErrorHeaders } from './http-error';
import { DATABASE_RETRY_AFTER_S, databaseUnavailable, isConnectionError } from './db/db-errors';
import { installAuthentication } from './auth/authenticate';
import { installCors } from './cors';
import { healthRoutes } from './routes/health';
import { authRoutes } from './routes/auth';
import { pairingRoutes } from './routes/pairings';
import { memberRoutes } from './routes/members';
import { invitationRoutes } from './routes/invitations';
import { recordRoutes, syncRoutes } from './routes/sync';
import { blobRoutes } from './routes/blobs';

export type BuildOptions = { db: Db; now?: () => number; config?: Partial<ServerConfig> };

/**
 * The sync server as a fastify instance (use inject() in tests, listen() to
 * serve). It holds no state of its own: everything is in the database.
 */
export function buildApp(options: BuildOptions): FastifyInstance {
  const config = { ...DEFAULT_CONFIG, ...options.config };
  const ctx: AppContext = { db: options.db, now: options.now ?? Date.now, config };
  const app = Fastify({ logger: config.logger, bodyLimit: config.bodyLimit, trustProxy: fastifyTrustProxy(config.trustProxy) });

  app.setErrorHandler((error, request, reply) => {
    // The database away (restart, failover): 503 with Retry-After; the pool reconnects by itself.
    if (isConnectionError(error)) error = databaseUnavailable();
    if (error instanceof HttpError) {
      if (error.statusCode === 503) reply.header('retry-after', String(DATABASE_RETRY_AFTER_S));
      return reply.code(error.statusCode).send({ error: error.reason, message: error.message });
    }
    const status = (error as { statusCode?: number }).statusCode;
    // fastify's own refusals: unreadable JSON (400), too large (413), wrong content type (415)…
    if (status && status >= 400 && status < 500) return reply.code(status).send({ error: (error as { code?: string }).code ?? 'badRequest', message: (error as Error).message });
    request.log.error(error);
    return reply.code(500).send({ error: 'internal', message: 'internal server error' });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'notFound', message: 'no such route' }));

  // JSON is the only body the API reads outside the blob routes (which have
  // a scope and a parser of their own): any other media type is 415 unread.
  app.removeContentTypeParser('text/plain');

  // An API that serves no HTML: nothing it answers may run, be framed or sniffed.
  void app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  installErrorHeaders(app);
  installCors(app, config.allowedOrigins);
  installAuthentication(app, ctx);
  healthRoutes(app, ctx);
  // Routes whose bodies are a few fields get a small limit (413 above): only a
  // push (config.bodyLimit) may be megabytes, so nobody makes the others parse one.
  void app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.bodyLimit ??= config.smallBodyLimit;
    });
    authRoutes(scope, ctx);
    pairingRoutes(scope, ctx);
    memberRoutes(scope, ctx);
    invitationRoutes(scope, ctx);
  });
  syncRoutes(app, ctx);
  recordRoutes(app, ctx);
  blobRoutes(app, ctx);
  return app;
}
