import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from './test/test-db';
import { call, countRows, createPairingChange, push, register, share, syncState } from './test/api';

describe.each(TEST_ENGINES)('accounts and the attack surface (%s)', (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  let clock = Date.now();

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = buildApp({ db: handle.db, now: () => clock });
  }, 30_000);
  afterAll(async () => {
    await app.close();
    await handle.dispose();
  });

  it('answers GET /health with 200 and no session', async () => {
    const response = await app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json().ok).toBe(true);
  });

  it('registers, signs in with the same password, and signs out', async () => {
    const email = 'Ana.Lopez@Malaga.test';
    const registered = await app.inject({ method: 'POST', url: '/auth/register', payload: { email, password: 'una clave muy larga', name: 'Ana López 🌉' } });
    expect(registered.statusCode).toBe(201);
    expect(registered.json().account).toMatchObject({ email: 'ana.lopez@malaga.test', name: 'Ana López 🌉' });

    const wrong = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { email, password: 'not the password' } });
    expect(wrong.statusCode).toBe(401);
    const signedIn = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { email: 'ana.lopez@malaga.test', password: 'una clave muy larga' } });
    expect(signedIn.statusCode).toBe(200);
    const session = { token: signedIn.json().token as string, accountId: '', email };
    expect((await call(app, session, 'GET', '/memberships')).statusCode).toBe(200);

    expect((await call(app, session, 'POST', '/auth/sign-out')).statusCode).toBe(204);
    expect((await call(app, session, 'GET', '/memberships')).statusCode).toBe(401);
    // The first session (from registering) is a session of its own and still works.
    expect((await call(app, { ...session, token: registered.json().token }, 'GET', '/memberships')).statusCode).toBe(200);
  });

  it('never tells whether an e-mail has an account: registering it again is a sign-in', async () => {
    const payload = { email: 'twice@ponte.test', password: 'correct horse battery', name: 'Twice' };
    const first = await app.inject({ method: 'POST', url: '/auth/register', payload });
    expect(first.statusCode).toBe(201);
    // The wrong password: exactly what a wrong sign-in answers, and the account is unchanged.
    const wrong = await app.inject({ method: 'POST', url: '/auth/register', payload: { ...payload, email: 'TWICE@ponte.test', password: 'another long passphrase', name: 'Impostor' } });
    const wrongSignIn = await app.inject({ method: 'POST', url: '/auth/sign-in', payload: { email: payload.email, password: 'another long passphrase' } });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual(wrongSignIn.json());
    // The right password: the session a new account gets, for the account that was there.
    const again = await app.inject({ method: 'POST', url: '/auth/register', payload: { ...payload, name: 'Someone else' } });
    expect(again.statusCode).toBe(201);
    expect(again.json().account).toEqual(first.json().account);
    expect(Object.keys(again.json()).sort()).toEqual(Object.keys(first.json()).sort());
    expect((await call(app, { token: again.json().token, accountId: '', email: '' }, 'GET', '/memberships')).statusCode).toBe(200);
    const [row] = await handle.db.query<{ name: string }>('select name from accounts where email = $1', [payload.email]);
    expect(row!.name).toBe('Twice');
  });

  it('refuses common and easily guessed passwords with weakPassword (400), creating nothing', async () => {
    for (const password of ['password123', 'qwertyuiop', '1234567890', 'iloveyou12', 'Password1234', 'aaaaaaaaaaaa', 'weak.one@ponte.test']) {
      const response = await app.inject({ method: 'POST', url: '/auth/register', remoteAddress: '192.0.2.33', payload: { email: 'weak.one@ponte.test', password, name: 'Weak' } });
      expect({ password, status: response.statusCode, error: response.json().error }).toEqual({ password, status: 400, error: 'weakPassword' });
    }
    expect(await handle.db.query('select 1 from accounts where email = $1', ['weak.one@ponte.test'])).toHaveLength(0);
  });

  it('stores no password and no token in the clear', async () => {
    const session = await register(app);
    const [account] = await handle.db.query<{ password_hash: string }>('select password_hash from accounts where id = $1', [session.accountId]);
    expect(account!.password_hash).toMatch(/^scrypt\$/);
    expect(account!.password_hash).not.toContain('correct horse');
    const tokens = await handle.db.query<{ token_hash: string }>('select token_hash from sessions where account_id = $1', [session.accountId]);
    expect(tokens.map((t) => t.token_hash)).not.toContain(session.token);
  });

  it('treats an expired session as no session (401)', async () => {
    const session = await register(app);
    expect((await call(app, session, 'GET', '/memberships')).statusCode).toBe(200);
    const saved = clock;
    clock += 31 * 24 * 3600 * 1000;
    try {
      const response = await call(app, session, 'GET', '/memberships');
      expect(response.statusCode).toBe(401);
    } finally {
      clock = saved;
    }
  });

  it('answers 401 on every route without a valid token, reading and writing nothing', async () => {
    const owner = await register(app);
    await share(app, owner, 'p-guarded');
    expect((await push(app, owner, [createPairingChange('p-guarded')])).statusCode).toBe(200);
    const before = { sync: await syncState(handle.db), members: await countRows(handle.db, 'memberships') };
    const routes: ['GET' | 'POST' | 'PATCH' | 'DELETE', string, unknown?][] = [
      ['GET', '/memberships'],
      ['POST', '/auth/sign-out'],
      ['POST', '/pairings/p-guarded/share'],
      ['POST', '/pairings/p-new/share'],
      ['POST', '/pairings/p-guarded/invitations', { role: 'editor' }],
      ['POST', '/invitations/accept', { code: 'ABCD-EFGH-JKMN' }],
      ['GET', '/pairings/p-guarded/members'],
      ['PATCH', `/pairings/p-guarded/members/${owner.accountId}`, { role: 'viewer' }],
      ['DELETE', `/pairings/p-guarded/members/${owner.accountId}`],
      ['POST', '/sync/push', { deviceId: 'evil', changes: [createPairingChange('p-guarded')] }],
      ['GET', '/sync/pull?pairingId=p-guarded&after=0'],
    ];
    for (const token of [null, 'not-a-token-at-all-but-long-enough', `${owner.token.slice(0, -2)}xx`]) {
      for (const [method, url, payload] of routes) {
        const response = await call(app, token === null ? null : { ...owner, token }, method, url, payload);
        expect({ method, url, status: response.statusCode }).toEqual({ method, url, status: 401 });
        expect(response.body).not.toContain('p-guarded');
      }
    }
    expect({ sync: await syncState(handle.db), members: await countRows(handle.db, 'memberships') }).toEqual(before);
  });

  it('answers 400 to malformed bodies and applies nothing', async () => {
    const before = await countRows(handle.db, 'sessions');
    const cases = [
      { url: '/auth/register', payload: { email: 'not-an-email', password: 'correct horse battery', name: 'X' } },
      { url: '/auth/register', payload: { email: 'short@ponte.test', password: 'short', name: 'X' } },
      { url: '/auth/register', payload: { email: 'extra@ponte.test', password: 'correct horse battery', name: 'X', admin: true } },
      { url: '/auth/register', payload: { email: 'nul@ponte.test', password: 'correct horse battery', name: 'Ana\u0000' } },
      { url: '/auth/sign-in', payload: { email: 'x@ponte.test' } },
    ];
    for (const { url, payload } of cases) {
      const response = await app.inject({ method: 'POST', url, payload });
      expect(response.statusCode).toBe(400);
    }
    const broken = await app.inject({ method: 'POST', url: '/auth/register', headers: { 'content-type': 'application/json' }, payload: '{"email": ' });
    expect(broken.statusCode).toBe(400);
    expect(await countRows(handle.db, 'sessions')).toBe(before);
    const nul = await app.inject({ method: 'POST', url: '/auth/register', payload: { email: 'nul@ponte.test', password: 'correct horse battery', name: 'Ana\u0000' } });
    expect(nul.json().error).toBe('nulCharacter');
  });

  it('answers 413 to a body over the limit and applies nothing', async () => {
    const owner = await register(app);
    await share(app, owner, 'p-large');
    const change = createPairingChange('p-large');
    change.fields.summary = { es: 'x'.repeat(6 * 1024 * 1024) };
    const response = await push(app, owner, [change]);
    expect(response.statusCode).toBe(413);
    const rows = await handle.db.query('select 1 from records where pairing_id = $1', ['p-large']);
    expect(rows).toHaveLength(0);
  });

  it('does not let registering guess passwords past the sign-in limit', async () => {
    const owner = await register(app);
    for (let i = 0; i < 3; i++) {
      const guess = await app.inject({ method: 'POST', url: '/auth/register', remoteAddress: `198.51.100.${i + 1}`, payload: { email: owner.email, password: `guessed passphrase ${i}`, name: 'X' } });
      expect(guess.statusCode).toBe(401);
    }
    const right = await app.inject({ method: 'POST', url: '/auth/register', remoteAddress: '198.51.100.9', payload: { email: owner.email, password: 'correct horse battery', name: 'X' } });
    expect(right.statusCode).toBe(429);
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('slows registering from one address: 60 accounts at once do not all get made', { timeout: 60_000 }, async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        app.inject({ method: 'POST', url: '/auth/register', remoteAddress: '192.0.2.60', payload: { email: `many${i}@ponte.test`, password: 'correct horse battery', name: `Many ${i}` } }),
      ),
    );
    const made = answers.filter((a) => a.statusCode === 201).length;
    expect(made).toBeLessThanOrEqual(20);
    expect(answers.filter((a) => a.statusCode === 429).length).toBe(60 - made);
    expect(await countRows(handle.db, 'sessions', `account_id in (select id from accounts where email like 'many%')`)).toBe(made);
    expect(Number(answers.find((a) => a.statusCode === 429)!.headers['retry-after'])).toBeGreaterThan(0);
  });
});
