import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { openTestDatabase, type TestDatabase } from './test/test-db';

// The API serves no HTML: every answer says so to a browser (nothing may be
// framed, sniffed, or run), and no answer carries a stack trace or SQL.

describe('security headers and error bodies', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    app = buildApp({ db: database.db });
    app.get('/test/fails', { config: { public: true } }, async () => {
      throw new Error('syntax error at or near "selec" in: selec * from accounts where email = $1\n    at Object.query (/srv/ponte/server/db/postgres.ts:12:3)');
    });
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('sets them on every answer: success, refusal, not found, wrong media type, server error', async () => {
    const answers = [
      await app.inject({ method: 'GET', url: '/health' }),
      await app.inject({ method: 'GET', url: '/memberships' }),
      // Unknown routes need a session too: without one they are 401, and tell nothing.
      await app.inject({ method: 'GET', url: '/no/such/route' }),
      await app.inject({ method: 'POST', url: '/auth/sign-in', headers: { 'content-type': 'text/plain' }, payload: 'x' }),
      await app.inject({ method: 'GET', url: '/test/fails' }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 401, 415, 500]);
    for (const answer of answers) {
      expect(answer.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
      expect(answer.headers['referrer-policy']).toBe('no-referrer');
      expect(answer.headers['x-frame-options']).toBe('DENY');
      expect(String(answer.headers['strict-transport-security'])).toMatch(/max-age=\d+/);
      expect(answer.headers['x-powered-by']).toBeUndefined();
    }
  });

  it('answers a server error with a generic body, never the error itself', async () => {
    const response = await app.inject({ method: 'GET', url: '/test/fails' });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: 'internal', message: 'internal server error' });
    expect(response.body).not.toMatch(/selec|accounts|postgres\.ts|at Object/);
  });

  it('answers a refusal with only an error and a message', async () => {
    const response = await app.inject({ method: 'POST', url: '/auth/sign-in', headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json()).sort()).toEqual(['error', 'message']);
    expect(response.body).not.toMatch(/ at |\.ts:|node_modules/);
  });
});
