import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from './test/test-db';
import { call, countRows, register, share, type Session } from './test/api';

describe.each(TEST_ENGINES)('sharing, invitations and members (%s)', (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  let clock = Date.now();
  let n = 0;
  const pairing = () => `p-members-${++n}`;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = buildApp({ db: handle.db, now: () => clock });
  }, 30_000);
  afterAll(async () => {
    await app.close();
    await handle.dispose();
  });

  const invitation = async (coordinator: Session, pairingId: string, role: string) => call(app, coordinator, 'POST', `/pairings/${pairingId}/invitations`, { role });
  const roles = async (session: Session) => (await call(app, session, 'GET', '/memberships')).json().memberships;

  it('makes the first sharer the coordinator, and answers 409 to anyone else sharing the same pairing', async () => {
    const [malaga, cartagena] = [await register(app), await register(app)];
    const id = pairing();
    const first = await call(app, malaga, 'POST', `/pairings/${id}/share`);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toEqual({ pairingId: id, role: 'coordinator' });
    // The same account sharing again (a retry, a second device) is no error.
    expect((await call(app, malaga, 'POST', `/pairings/${id}/share`)).json()).toEqual({ pairingId: id, role: 'coordinator' });
    const before = await countRows(handle.db, 'memberships');
    const second = await call(app, cartagena, 'POST', `/pairings/${id}/share`);
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toBe('alreadyShared');
    expect(await countRows(handle.db, 'memberships')).toBe(before);
    expect(await roles(cartagena)).toEqual([]);
  });

  it('lets an invitee join with the role of a single-use code', async () => {
    const [coordinator, invitee, third] = [await register(app), await register(app), await register(app)];
    const id = pairing();
    await share(app, coordinator, id);
    const created = await invitation(coordinator, id, 'editor');
    expect(created.statusCode).toBe(201);
    const { code, expiresAt } = created.json();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(Date.parse(expiresAt)).toBeGreaterThan(clock);

    // Typed by hand: lower case, spaces instead of dashes.
    const accepted = await call(app, invitee, 'POST', '/invitations/accept', { code: ` ${code.toLowerCase().replaceAll('-', ' ')} ` });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ pairingId: id, role: 'editor' });
    expect(await roles(invitee)).toEqual([{ pairingId: id, role: 'editor' }]);

    const reused = await call(app, third, 'POST', '/invitations/accept', { code });
    expect(reused.statusCode).toBe(404);
    expect(await roles(third)).toEqual([]);
  });

  it('refuses an expired invitation code', async () => {
    const [coordinator, invitee] = [await register(app), await register(app)];
    const id = pairing();
    await share(app, coordinator, id);
    const { code } = (await invitation(coordinator, id, 'viewer')).json();
    const saved = clock;
    clock += 8 * 24 * 3600 * 1000;
    try {
      const response = await call(app, invitee, 'POST', '/invitations/accept', { code });
      expect(response.statusCode).toBe(404);
      expect(response.json().error).toBe('invitationInvalid');
    } finally {
      clock = saved;
    }
    expect(await roles(invitee)).toEqual([]);
    // The next code made for the pairing clears the expired one; an accepted one stays on record.
    const used = (await invitation(coordinator, id, 'editor')).json().code;
    await call(app, invitee, 'POST', '/invitations/accept', { code: used });
    clock += 8 * 24 * 3600 * 1000;
    try {
      expect(await countRows(handle.db, 'invitations', `pairing_id = '${id}'`)).toBe(2);
      await invitation(coordinator, id, 'viewer');
      expect(await countRows(handle.db, 'invitations', `pairing_id = '${id}'`)).toBe(2);
      expect(await countRows(handle.db, 'invitations', `pairing_id = '${id}' and accepted_by is not null`)).toBe(1);
    } finally {
      clock = saved;
    }
  });

  it('lets only a coordinator invite, change roles and remove members', async () => {
    const [coordinator, editor, viewer, outsider] = [await register(app), await register(app), await register(app), await register(app)];
    const id = pairing();
    await share(app, coordinator, id);
    for (const [who, role] of [[editor, 'editor'], [viewer, 'viewer']] as const) {
      const { code } = (await invitation(coordinator, id, role)).json();
      await call(app, who, 'POST', '/invitations/accept', { code });
    }
    for (const who of [editor, viewer, outsider]) {
      expect((await invitation(who, id, 'coordinator')).statusCode).toBe(403);
      expect((await call(app, who, 'PATCH', `/pairings/${id}/members/${viewer.accountId}`, { role: 'coordinator' })).statusCode).toBe(403);
      expect((await call(app, who, 'DELETE', `/pairings/${id}/members/${editor.accountId === who.accountId ? viewer.accountId : editor.accountId}`)).statusCode).toBe(403);
    }
    expect((await call(app, outsider, 'GET', `/pairings/${id}/members`)).statusCode).toBe(403);
    const members = (await call(app, viewer, 'GET', `/pairings/${id}/members`)).json().members;
    expect(members.map((m: { accountId: string; role: string }) => [m.accountId, m.role]).sort()).toEqual(
      [
        [coordinator.accountId, 'coordinator'],
        [editor.accountId, 'editor'],
        [viewer.accountId, 'viewer'],
      ].sort(),
    );

    expect((await call(app, coordinator, 'PATCH', `/pairings/${id}/members/${viewer.accountId}`, { role: 'editor' })).statusCode).toBe(204);
    expect(await roles(viewer)).toEqual([{ pairingId: id, role: 'editor' }]);
    expect((await call(app, coordinator, 'DELETE', `/pairings/${id}/members/${editor.accountId}`)).statusCode).toBe(204);
    expect(await roles(editor)).toEqual([]);
    expect((await call(app, coordinator, 'PATCH', `/pairings/${id}/members/${editor.accountId}`, { role: 'viewer' })).statusCode).toBe(404);
    expect((await call(app, coordinator, 'PATCH', `/pairings/${id}/members/${viewer.accountId}`, { role: 'owner' })).statusCode).toBe(400);
  });

  it('keeps at least one coordinator, and lets a member leave', async () => {
    const [coordinator, editor] = [await register(app), await register(app)];
    const id = pairing();
    await share(app, coordinator, id);
    const { code } = (await invitation(coordinator, id, 'editor')).json();
    await call(app, editor, 'POST', '/invitations/accept', { code });

    expect((await call(app, coordinator, 'PATCH', `/pairings/${id}/members/${coordinator.accountId}`, { role: 'editor' })).statusCode).toBe(409);
    expect((await call(app, coordinator, 'DELETE', `/pairings/${id}/members/${coordinator.accountId}`)).statusCode).toBe(409);
    expect(await roles(coordinator)).toEqual([{ pairingId: id, role: 'coordinator' }]);

    expect((await call(app, editor, 'DELETE', `/pairings/${id}/members/${editor.accountId}`)).statusCode).toBe(204);
    expect(await roles(editor)).toEqual([]);
  });
});
