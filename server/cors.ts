import type { FastifyInstance } from 'fastify';

// Lets the app call the server from its own origins only: Electron's page on
// ponte://app, and the web build on the origin it is served from. The server
// trusts no ambient credential (every request carries its bearer token in a
// header, no cookie is ever set), so CORS is not what keeps accounts safe;
// it keeps other pages from reading answers at all. A few lines rather than
// @fastify/cors: origins with a port wildcard, and a refused preflight says so.

/** The app's own origins when PONTE_ALLOWED_ORIGINS is unset: Electron, and the browser build and tests on loopback. */
export const DEFAULT_ALLOWED_ORIGINS = ['ponte://app', 'http://127.0.0.1:*', 'http://localhost:*'];

const ORIGIN = /^(https?|ponte):\/\/[a-z0-9.-]+(:(\d{1,5}|\*))?$/;

/** PONTE_ALLOWED_ORIGINS: comma-separated origins (scheme://host[:port]); a port of * stands for any port. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return DEFAULT_ALLOWED_ORIGINS;
  const origins = value.split(',').map((o) => o.trim().toLowerCase()).filter(Boolean);
  const wrong = origins.filter((o) => !ORIGIN.test(o));
  if (wrong.length) throw new Error(`PONTE_ALLOWED_ORIGINS must list origins like https://ponte.example.org or http://127.0.0.1:* (not: ${wrong.join(', ')})`);
  return origins;
}

function isAllowed(origin: string, allowed: readonly string[]): boolean {
  const lower = origin.toLowerCase();
  return allowed.some((pattern) => {
    if (!pattern.endsWith(':*')) return lower === pattern;
    const base = pattern.slice(0, -2);
    return lower.startsWith(`${base}:`) && /^\d{1,5}$/.test(lower.slice(base.length + 1));
  });
}

/** Registered before authentication, so that a preflight needs no token. */
export function installCors(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    const allowed = origin !== undefined && isAllowed(origin, allowedOrigins);
    reply.header('vary', 'origin');
    if (allowed) {
      reply.header('access-control-allow-origin', origin);
      reply.header('access-control-expose-headers', 'x-ponte-type, retry-after');
    }
    if (request.method !== 'OPTIONS') return;
    if (!allowed) return reply.code(403).send({ error: 'originNotAllowed', message: 'this origin may not call the server' });
    reply.header('access-control-allow-headers', 'authorization, content-type');
    reply.header('access-control-allow-methods', 'GET, POST, PUT, PATCH, DELETE');
    reply.header('access-control-max-age', '600');
    return reply.code(204).send();
  });
}
