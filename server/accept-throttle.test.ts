import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from './test/test-db';
import { register, share, type Session } from './test/api';

// An invitation code has about 59 bits of chance: guessing is hopeless, but
// each guess still costs the server a query. Wrong codes count per account
// and per address; a code that works is not held against anyone.

describe.each(TEST_ENGINES)('accepting invitations, throttled (%s)', { timeout: 60_000 }, (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  let coordinator: Session;
  let clock = Date.now();

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = buildApp({ db: handle.db, now: () => clock });
    coordinator = await register(app);
    await share(app, coordinator, 'p-invite');
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await handle.dispose();
  });

  const accept = (session: Session, code: string, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/invitations/accept', remoteAddress, headers: { authorization: `Bearer ${session.token}` }, payload: { code } });
  const newCode = async () => (await app.inject({ method: 'POST', url: '/pairings/p-invite/invitations', headers: { authorization: `Bearer ${coordinator.token}` }, payload: { role: 'editor' } })).json().code as string;

  it('slows one account guessing codes from many addresses, refusing even a right code while it waits', async () => {
    const guesser = await register(app);
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => accept(guesser, `ZZZZ-ZZZZ-ZZ${String(i).padStart(2, '2')}`, `198.18.0.${i + 1}`)));
    const checked = answers.filter((a) => a.statusCode === 404).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.statusCode === 429).length).toBe(30 - checked);
    const code = await newCode();
    const right = await accept(guesser, code, '198.18.1.1');
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
    clock += Number(right.headers['retry-after']) * 1000;
    expect((await accept(guesser, code, '198.18.1.1')).statusCode).toBe(200);
  });

  it('slows one address guessing with many accounts', async () => {
    const guessers = await Promise.all(Array.from({ length: 6 }, () => register(app)));
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => accept(guessers[i % 6]!, `YYYY-YYYY-YY${String(i).padStart(2, '2')}`, '203.0.113.50')));
    const checked = answers.filter((a) => a.statusCode === 404).length;
    expect(checked).toBeLessThanOrEqual(10);
    expect(answers.filter((a) => a.statusCode === 429).length).toBe(30 - checked);
  });

  it('does not hold the codes that work against the one who uses them', async () => {
    const member = await register(app);
    for (let i = 0; i < 8; i++) expect((await accept(member, await newCode(), '192.0.2.8')).statusCode).toBe(200);
  });
});
