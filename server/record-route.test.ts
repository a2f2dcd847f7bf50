import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from './test/test-db';
import { call, createPairingChange, push, register, share, type Session } from './test/api';

describe.each(TEST_ENGINES)("the server's copy of a record (%s)", (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let member: Session;
  let stranger: Session;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    app = buildApp({ db: database.db });
    [member, stranger] = [await register(app), await register(app)];
    await share(app, member, 'p-record');
    expect((await push(app, member, [createPairingChange('p-record')])).statusCode).toBe(200);
  });
  afterAll(async () => {
    await app.close();
    await database.dispose();
  });

  it('gives a member the record with its stamps, null for one it does not have, and nothing to others', async () => {
    const mine = await call(app, member, 'GET', '/pairings/p-record/records/pairing/p-record');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().record).toMatchObject({ id: 'p-record', pairingId: 'p-record', stamps: expect.any(Object) });
    expect((await call(app, member, 'GET', '/pairings/p-record/records/agreement/nope')).json()).toEqual({ record: null });
    expect((await call(app, stranger, 'GET', '/pairings/p-record/records/pairing/p-record')).statusCode).toBe(403);
    expect((await call(app, null, 'GET', '/pairings/p-record/records/pairing/p-record')).statusCode).toBe(401);
    // An id no change could carry names no record: 400, not a query with it.
    expect((await call(app, member, 'GET', '/pairings/p-record/records/pairing/p%20record')).statusCode).toBe(400);
    expect((await call(app, member, 'GET', '/pairings/p-record/records/pairing/rid%ED%A0%80')).statusCode).toBe(400);
  });
});
