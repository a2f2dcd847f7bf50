import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { openTestDatabase, type TestDatabase } from './test/test-db';

describe('calls from the app in a browser or in Electron', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    app = buildApp({ db: database.db });
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('answers a preflight from any origin without a token, naming the headers the app sends', async () => {
    for (const origin of ['http://127.0.0.1:4173', 'null']) {
      const response = await app.inject({ method: 'OPTIONS', url: '/sync/push', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
      expect(response.statusCode).toBe(204);
      expect(response.headers['access-control-allow-origin']).toBe('*');
      expect(String(response.headers['access-control-allow-headers'])).toContain('authorization');
    }
  });

  it('still refuses the real request without a token', async () => {
    const response = await app.inject({ method: 'GET', url: '/memberships', headers: { origin: 'null' } });
    expect(response.statusCode).toBe(401);
    expect(response.headers['access-control-allow-origin']).toBe('*');
  });
});
