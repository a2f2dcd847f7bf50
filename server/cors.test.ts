import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { parseAllowedOrigins } from './cors';
import { openTestDatabase, type TestDatabase } from './test/test-db';

// Only the app's own origins may call the API from a page: Electron's
// ponte://app, and the web build (loopback by default, PONTE_ALLOWED_ORIGINS
// names a deployment's own). Any other page's preflight is refused, and no
// answer carries CORS headers for it.

describe('calls from the app in a browser or in Electron', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let deployed: FastifyInstance;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    app = buildApp({ db: database.db });
    deployed = buildApp({ db: database.db, config: { allowedOrigins: parseAllowedOrigins('https://ponte.example.org, ponte://app') } });
  });
  afterAll(async () => {
    await app.close();
    await deployed.close();
    await database.dispose();
  });

  const preflight = (to: FastifyInstance, origin: string) =>
    to.inject({ method: 'OPTIONS', url: '/sync/push', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });

  it("answers a preflight from the app's own origins without a token, naming that origin and the headers the app sends", async () => {
    for (const origin of ['ponte://app', 'http://127.0.0.1:4173', 'http://localhost:5173']) {
      const response = await preflight(app, origin);
      expect(response.statusCode).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBe(origin);
      expect(String(response.headers.vary)).toMatch(/origin/i);
      expect(String(response.headers['access-control-allow-headers'])).toContain('authorization');
      expect(String(response.headers['access-control-expose-headers'])).toContain('retry-after');
    }
  });

  it("refuses any other page's preflight, with no CORS headers", async () => {
    for (const origin of ['null', 'https://evil.example', 'http://127.0.0.1.evil.example:80', 'http://localhost.evil.example', 'ponte://app.evil', 'https://127.0.0.1:4173']) {
      const response = await preflight(app, origin);
      expect({ origin, status: response.statusCode }).toEqual({ origin, status: 403 });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-allow-headers']).toBeUndefined();
    }
  });

  it('follows PONTE_ALLOWED_ORIGINS: the deployment origin and Electron, not loopback', async () => {
    expect((await preflight(deployed, 'https://ponte.example.org')).statusCode).toBe(204);
    expect((await preflight(deployed, 'ponte://app')).statusCode).toBe(204);
    expect((await preflight(deployed, 'http://127.0.0.1:4173')).statusCode).toBe(403);
    expect(() => parseAllowedOrigins('*')).toThrow(/PONTE_ALLOWED_ORIGINS/);
    expect(() => parseAllowedOrigins('ponte.example.org')).toThrow(/PONTE_ALLOWED_ORIGINS/);
  });

  it('still refuses the real request without a token, and tells no other page what it says', async () => {
    const own = await app.inject({ method: 'GET', url: '/memberships', headers: { origin: 'ponte://app' } });
    expect(own.statusCode).toBe(401);
    expect(own.headers['access-control-allow-origin']).toBe('ponte://app');
    const other = await app.inject({ method: 'GET', url: '/health', headers: { origin: 'https://evil.example' } });
    expect(other.statusCode).toBe(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });
});
