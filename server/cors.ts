import type { FastifyInstance } from 'fastify';

/**
 * Lets the app call the server from its own origin: a Chromium tab on
 * another port, or Electron's page on its own ponte://app scheme. Any origin is
 * allowed because the server trusts no ambient credential: every request
 * carries its bearer token in a header, and no cookie is ever set.
 * Registered before authentication, so a preflight needs no token.
 */
export function installCors(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-allow-headers', 'authorization, content-type');
    reply.header('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE, OPTIONS');
    reply.header('access-control-expose-headers', 'x-ponte-type');
    reply.header('access-control-max-age', '600');
    if (request.method === 'OPTIONS') return reply.code(204).send();
  });
}
