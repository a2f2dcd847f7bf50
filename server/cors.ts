import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';

// Lets the app call the server from its own origins only: Electron's page on
// ponte://app, and the web build on the origin it is served from. The server
// trusts no ambient credential (every request carries its bearer token in a
// header, no cookie is ever set), so CORS is not what keeps accounts safe;
// it keeps other pages from reading answers at all. @fastify/cors writes the
// headers; what is ours is the list of origins (with a port wildcard for the
// loopback builds) and a refused preflight that says so (403, not a bare 204).

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
  const allowed = (origin: string | undefined) => origin !== undefined && isAllowed(origin, allowedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'OPTIONS' && !allowed(request.headers.origin)) return reply.code(403).send({ error: 'originNotAllowed', message: 'this origin may not call the server' });
  });
  void app.register(cors, {
    origin: (origin, done) => done(null, allowed(origin)),
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type'],
    exposedHeaders: ['x-ponte-type', 'retry-after'],
    maxAge: 600,
  });
}
