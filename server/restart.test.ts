import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { migrate } from './db/migrate';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from './test/test-db';
import { call, createPairingChange, push, sequentialEdits, share } from './test/api';
import type { Change } from '../shared/sync/change';

describe.each(TEST_ENGINES)('a restarted server (%s)', (engine) => {
  let handle: TestDatabase;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
  }, 90_000);
  afterAll(async () => {
    await handle.dispose();
  });

  it('keeps its accounts, sessions, memberships and changes, and runs no migration twice', async () => {
    let app: FastifyInstance = buildApp({ db: handle.db });
    const registered = await app.inject({ method: 'POST', url: '/auth/register', payload: { email: 'restart@ponte.test', password: 'correct horse battery', name: 'Restart' } });
    const session = { token: registered.json().token as string, accountId: registered.json().account.id as string, email: 'restart@ponte.test' };
    await share(app, session, 'p-restart');
    const created = createPairingChange('p-restart');
    expect((await push(app, session, [created, ...sequentialEdits('p-restart', ['uno', 'dos 🌎'], created)])).statusCode).toBe(200);
    const pulledBefore = (await call(app, session, 'GET', '/sync/pull?pairingId=p-restart')).json();
    await app.close();

    const db = await handle.reopen();
    expect(await migrate(db)).toEqual([]);
    app = buildApp({ db });
    try {
      const pulledAfter = (await call(app, session, 'GET', '/sync/pull?pairingId=p-restart')).json();
      expect(pulledAfter.records).toEqual(pulledBefore.records);
      expect(pulledAfter.records.map((r: { record: { summary: { es: string } } }) => r.record.summary.es)).toEqual(['dos 🌎']);
      // The sequence goes on where it stopped.
      const next = sequentialEdits('p-restart', ['tres'], { hlc: pulledAfter.records[0].record.stamps['summary.es'] } as Change);
      expect((await push(app, session, next)).statusCode).toBe(200);
      const latest = (await call(app, session, 'GET', `/sync/pull?pairingId=p-restart&after=${pulledAfter.cursor}`)).json();
      expect(latest.records.map((r: { seq: number }) => r.seq)).toEqual([pulledAfter.cursor + 1]);
    } finally {
      await app.close();
    }
  });

  it('records each migration once in schema_migrations', async () => {
    const rows = await handle.db.query<{ name: string }>('select name from schema_migrations order by name');
    const files = readdirSync(join(__dirname, 'db', 'migrations')).filter((f) => f.endsWith('.sql')).sort();
    expect(files.length).toBeGreaterThanOrEqual(2);
    expect(rows.map((r) => r.name)).toEqual(files);
  });
});
