import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from './test/test-db';
import { countRows, register, type Session } from './test/api';

// Sign-in throttling holds under concurrency and across instances: two apps
// on one database stand for two instances behind a load balancer, and on
// PostgreSQL each request runs on a connection of its own.

describe.each(TEST_ENGINES)('sign-in throttling (%s)', { timeout: 60_000 }, (engine) => {
  let handle: TestDatabase;
  let apps: FastifyInstance[];
  let clock = Date.now();

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    apps = [buildApp({ db: handle.db, now: () => clock }), buildApp({ db: handle.db, now: () => clock })];
  }, 60_000);
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
    await handle.dispose();
  });

  const signIn = (i: number, email: string, password: string, remoteAddress = `198.18.${(i >> 8) & 255}.${i & 255}`) =>
    apps[i % 2]!.inject({ method: 'POST', url: '/auth/sign-in', remoteAddress, payload: { email, password } });

  it('checks only a handful of 100 concurrent wrong passwords, refuses the right one while throttled, and lets the owner in after the short account delay', async () => {
    const owner: Session = await register(apps[0]!);
    const sessionsBefore = await countRows(handle.db, 'sessions');
    // 100 guesses at once, each from an address of its own: only the account's limit can stop them.
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(i, owner.email, `wrong guess ${i}`)));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    const checked = statuses.filter((s) => s === 401).length;
    expect(checked).toBeGreaterThan(0);
    expect(checked).toBeLessThanOrEqual(3);
    const refused = answers.find((a) => a.statusCode === 429)!;
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.json().error).toBe('tooManyAttempts');

    const right = await signIn(500, owner.email, 'correct horse battery');
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(await countRows(handle.db, 'sessions')).toBe(sessionsBefore);

    clock += Number(right.headers['retry-after']) * 1000;
    const later = await signIn(501, owner.email, 'correct horse battery');
    expect(later.statusCode).toBe(200);
  });

  /** Tries again and again, waiting each time exactly as long as Retry-After says: the waits asked for. */
  const waitsOf = async (attempts: number, attempt: (i: number) => Promise<{ statusCode: number; headers: Record<string, unknown> }>) => {
    const waits: number[] = [];
    for (let i = 0; i < attempts; i++) {
      const answer = await attempt(i);
      if (answer.statusCode === 429) {
        waits.push(Number(answer.headers['retry-after']));
        clock += waits.at(-1)! * 1000;
      } else expect(answer.statusCode).toBe(401);
    }
    return waits;
  };

  it('makes each further wrong password wait twice as long, never more than a minute for the account', async () => {
    const owner = await register(apps[0]!);
    const waits = await waitsOf(24, (i) => signIn(1000 + i, owner.email, `guess ${i}`));
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60]);
    // The owner, after the last wait: in at once, and the count starts over.
    expect((await signIn(3000, owner.email, 'correct horse battery')).statusCode).toBe(200);
    expect((await signIn(3001, owner.email, 'one more guess')).statusCode).toBe(401);
    expect((await signIn(3002, owner.email, 'correct horse battery')).statusCode).toBe(200);
  });

  it('slows one address trying many accounts at once, and no other address', async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(i, `nobody${i}@ponte.test`, 'whatever it is', '203.0.113.9')));
    const checked = answers.filter((a) => a.statusCode === 401).length;
    expect(checked).toBeLessThanOrEqual(10);
    expect(answers.filter((a) => a.statusCode === 429).length).toBe(40 - checked);
    expect((await signIn(0, 'someone@ponte.test', 'whatever it is', '203.0.113.10')).statusCode).toBe(401);
  });

  it('counts an IPv6 client by its /64: rotating the last 64 bits does not buy fresh tries', async () => {
    const from = (i: number) => `2001:db8:77:${engine === 'pglite' ? 1 : 2}:${(i + 1).toString(16)}::${(i * 7 + 3).toString(16)}`;
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(i, `v6nobody${i}@ponte.test`, 'whatever it is', from(i))));
    const checked = answers.filter((a) => a.statusCode === 401).length;
    expect(checked).toBeLessThanOrEqual(10);
    expect(answers.filter((a) => a.statusCode === 429).length).toBe(40 - checked);
    // Another /64 is another client.
    expect((await signIn(0, 'someone-v6@ponte.test', 'whatever it is', '2001:db8:77:99::1')).statusCode).toBe(401);
  });

  it('lets the address delay grow to a quarter of an hour at most, and forgets an address that stays quiet', async () => {
    const waits = await waitsOf(40, (i) => signIn(i, `addr${i}@ponte.test`, 'whatever it is', '192.0.2.77'));
    // 10 free attempts, then 30 alternating between a wait and the attempt it allows.
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900, 900, 900]);
    clock += 2 * 3600 * 1000;
    const rested = await Promise.all(Array.from({ length: 3 }, (_, i) => signIn(i, `rested${i}@ponte.test`, 'whatever it is', '192.0.2.77')));
    expect(rested.map((a) => a.statusCode)).toEqual([401, 401, 401]);
  });

  it('does not count an address against itself for the sign-ins that succeed', async () => {
    const people = await Promise.all(Array.from({ length: 3 }, () => register(apps[0]!)));
    for (let round = 0; round < 8; round++) {
      for (const person of people) expect((await signIn(round, person.email, 'correct horse battery', '192.0.2.200')).statusCode).toBe(200);
    }
  });
});
