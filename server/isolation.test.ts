import type { FastifyInstance } from 'fastify';
import { formatStamp, parseStamp } from '../shared/clock/hlc';
import type { Change } from '../shared/sync/change';
import { shortHash } from '../shared/sync/short-hash';
import { newId } from '../shared/ids';
import { buildApp } from './app';
import { DEFAULT_CONFIG } from './config';
import { pushBatch } from './sync/push';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from './test/test-db';
import { call, createPairingChange, push, register, share, summaryChange, type Session } from './test/api';

// Pairings are isolated: nothing a member of one sends can write into, renumber,
// re-stamp or slow down another (issue 11, defects 2, 3 and 6).

type Pulled = { seq: number; kind: string; record: Record<string, unknown> & { stamps: Record<string, string> } };

// These tests register an account per pairing, all from one address at one instant: registering is not what they test.
const manyRegistrations = { throttle: { ...DEFAULT_CONFIG.throttle, registerAddress: { free: 10_000, capMs: 1_000, forgetMs: 1_000 } } };

describe.each(TEST_ENGINES)('pairings kept apart (%s)', (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  const clock = Date.now();
  let n = 0;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = buildApp({ db: handle.db, now: () => clock, config: manyRegistrations });
  }, 90_000);
  afterAll(async () => {
    await app.close();
    await handle.dispose();
  });

  async function sharedPairing(): Promise<{ owner: Session; id: string; created: Change }> {
    const owner = await register(app);
    const id = `p-iso-${++n}-${newId().slice(-6)}`;
    await share(app, owner, id);
    const created = createPairingChange(id, { millis: clock - 60_000 });
    expect((await push(app, owner, [created])).statusCode).toBe(200);
    return { owner, id, created };
  }
  const pull = async (session: Session, pairingId: string): Promise<Pulled[]> => (await call(app, session, 'GET', `/sync/pull?pairingId=${pairingId}`)).json().records;
  const lastSeq = async (pairingId: string) => Number((await handle.db.query<{ last_seq: string }>('select last_seq from pairings where id = $1', [pairingId]))[0]!.last_seq);
  /** Two edits of the summary that both saw only `seen`: the second displaces the first, which is kept as a conflict. */
  const concurrentEdits = (pairingId: string, seen: string, millis: number): [Change, Change] => [
    summaryChange(pairingId, 'primera versión', { millis, device: 'deva', seen }),
    summaryChange(pairingId, 'segunda versión', { millis: millis + 1, device: 'devb', seen }),
  ];

  it("refuses a conflict record made by a client, even one with the id another pairing's next conflict will get", async () => {
    const { owner: victim, id: p, created } = await sharedPairing();
    const { owner: attacker, id: q } = await sharedPairing();
    const qSeq = await lastSeq(q);
    // The id P's next conflict on its summary gets, as the server computed it before this fix.
    const predicted = `conflict-${shortHash(`${p}\u0000summary\u0000${created.hlc}`)}`;
    const planted: Change = {
      id: newId(),
      kind: 'conflict',
      recordId: predicted,
      pairingId: q,
      fields: { deleted: false, recordKind: 'pairing', recordRef: p, field: 'summary', losingValue: { es: 'plantado' }, losingHlc: created.hlc, winningHlc: created.hlc },
      hlc: formatStamp(clock - 30_000, 0, 'evil'),
    };
    const response = await push(app, attacker, [planted]);
    expect(response.statusCode).toBe(422);
    expect(response.json().results).toEqual([{ id: planted.id, status: 'refused', reason: 'invalidChange' }]);

    // P's editors then displace its summary: the conflict is P's, and Q is untouched.
    const edit = summaryChange(p, 'sin ver la anterior', { millis: clock - 20_000, seen: null });
    expect((await push(app, victim, [edit])).statusCode).toBe(200);
    const conflicts = (await pull(victim, p)).filter((r) => r.kind === 'conflict');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.record).toMatchObject({ pairingId: p, recordRef: p, losingHlc: created.hlc });
    expect(JSON.stringify(conflicts[0]!.record.losingValue)).not.toContain('plantado');
    expect((await pull(attacker, q)).filter((r) => r.kind === 'conflict')).toEqual([]);
    expect(await lastSeq(q)).toBe(qSeq);
  });

  it('lets a member resolve a conflict of their pairing, and nothing else: no other field, no other pairing', async () => {
    const { owner, id: p, created } = await sharedPairing();
    const { owner: other, id: q } = await sharedPairing();
    expect((await push(app, owner, concurrentEdits(p, created.hlc, clock - 20_000))).statusCode).toBe(200);
    const conflict = (await pull(owner, p)).find((r) => r.kind === 'conflict')!.record;
    const touch = (pairingId: string, fields: Record<string, unknown>): Change => ({ id: newId(), kind: 'conflict', recordId: conflict.id as string, pairingId, fields, hlc: formatStamp(clock + 1_000, n, 'deva') });
    // (Later than the server's own stamps on the conflict, as a device that pulled it stamps.)

    for (const [session, change] of [
      [other, touch(q, { deleted: true })],
      [owner, touch(p, { losingValue: { es: 'reescrito' } })],
      [owner, touch(p, { deleted: true, losingValue: { es: 'reescrito' } })],
      [owner, touch(p, { deleted: false })],
    ] as const) {
      const refused = await push(app, session, [change]);
      expect(refused.statusCode).toBe(422);
      expect(refused.json().results[0].reason).toBe('invalidChange');
    }
    // Resolving, as a device does (renderer/src/db/conflicts-repo.ts), is a tombstone.
    expect((await push(app, owner, [touch(p, { deleted: true })])).statusCode).toBe(200);
    expect((await pull(owner, p)).find((r) => r.kind === 'conflict')!.record).toMatchObject({ deleted: true, losingValue: conflict.losingValue });
  });

  it('records a conflict (200) after a change stamped 299 s ahead with its counter at fffe', async () => {
    const { owner, id: p, created } = await sharedPairing();
    const ahead = summaryChange(p, 'del futuro', { seen: created.hlc });
    ahead.hlc = formatStamp(clock + 299_000, 0xfffe, 'fast');
    expect((await push(app, owner, [ahead])).statusCode).toBe(200);
    // Older edits that had not seen it lose, and are kept as conflicts the server stamps.
    for (let i = 0; i < 3; i++) {
      const late = summaryChange(p, `tarde ${i}`, { millis: clock - 5_000 + i, device: 'slow', seen: created.hlc });
      const response = await push(app, owner, [late]);
      expect(response.statusCode).toBe(200);
    }
    const conflicts = (await pull(owner, p)).filter((r) => r.kind === 'conflict');
    expect(conflicts).toHaveLength(3);
    for (const c of conflicts) expect(c.record.stamps.losingValue! > ahead.hlc).toBe(true);
  });

  it("keeps one pairing's clock jump out of another pairing's stamps", async () => {
    const { owner: fast, id: p, created: pCreated } = await sharedPairing();
    const { owner, id: q, created } = await sharedPairing();
    const ahead = summaryChange(p, 'del futuro', { seen: pCreated.hlc });
    ahead.hlc = formatStamp(clock + 299_000, 0xfffe, 'fast');
    expect((await push(app, fast, [ahead])).statusCode).toBe(200);

    expect((await push(app, owner, concurrentEdits(q, created.hlc, clock - 20_000))).statusCode).toBe(200);
    const conflict = (await pull(owner, q)).find((r) => r.kind === 'conflict')!.record;
    // Stamped by Q's own clock, near the server's time, not 299 s ahead.
    expect(parseStamp(conflict.stamps.losingValue!).millis).toBeLessThanOrEqual(clock);
  });

  // On PGlite transactions run one after another by design; the question is what a real server's locks do.
  if (engine === 'postgres') {
    it('lets a push to one pairing complete while a transaction that pushed to another is still open', async () => {
      const { owner: pOwner, id: p, created: pCreated } = await sharedPairing();
      const { owner: qOwner, id: q, created: qCreated } = await sharedPairing();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let pushedToP!: () => void;
      const pPushed = new Promise<void>((resolve) => (pushedToP = resolve));
      // A push to P that records a conflict (so it stamps with the server's clock), left uncommitted.
      const open = handle.db.transaction(async (tx) => {
        const outcome = await pushBatch(tx, { id: pOwner.accountId, email: pOwner.email }, concurrentEdits(p, pCreated.hlc, clock - 20_000), clock);
        expect(outcome.httpStatus).toBe(200);
        pushedToP();
        await held;
      });
      await pPushed;
      const waitingOnP = push(app, pOwner, [summaryChange(p, 'después', { millis: clock - 1_000, seen: null })]);
      let pSettled = false;
      void waitingOnP.then(() => (pSettled = true));

      const started = Date.now();
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5_000));
      const qPush = push(app, qOwner, concurrentEdits(q, qCreated.hlc, clock - 20_000));
      const first = await Promise.race([qPush, timeout]);
      const waited = Date.now() - started;
      release();
      await open;
      expect(first).not.toBe('timeout');
      expect((first as Awaited<typeof qPush>).statusCode).toBe(200);
      expect(waited).toBeLessThan(2_000);
      // P's own pushes do take turns: that one waited for the open transaction.
      expect(pSettled).toBe(false);
      expect((await waitingOnP).statusCode).toBe(200);
    }, 30_000);

    // A push that waits for its pairing's turn must read what the push before
    // it committed: a read whose snapshot predates the lock's grant would
    // merge into the record as it was and write back over the other's edit.
    it("reads, once its pairing's turn comes, what the push it waited for committed: no edit written over, no sequence number given twice", async () => {
      const { owner, id: p, created } = await sharedPairing();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let pushedFirst!: () => void;
      const firstPushed = new Promise<void>((resolve) => (pushedFirst = resolve));
      const first = handle.db.transaction(async (tx) => {
        const outcome = await pushBatch(tx, { id: owner.accountId, email: owner.email }, [summaryChange(p, 'primero', { millis: clock - 10_000, seen: created.hlc })], clock);
        expect(outcome.httpStatus).toBe(200);
        pushedFirst();
        await held;
      });
      await firstPushed;
      const statusEdit: Change = { id: newId(), kind: 'pairing', recordId: p, pairingId: p, fields: { status: 'closed' }, hlc: formatStamp(clock - 5_000, 0, 'devb') };
      // Straight through pushBatch, without the route's retry: what this one transaction reads is what it writes.
      const second = handle.db.transaction((tx) => pushBatch(tx, { id: owner.accountId, email: owner.email }, [statusEdit], clock));
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await first;
      expect((await second).httpStatus).toBe(200);
      const [pairing] = (await pull(owner, p)).filter((r) => r.kind === 'pairing');
      expect(pairing!.record).toMatchObject({ status: 'closed', summary: { es: 'primero' } });
      expect(pairing!.seq).toBe(await lastSeq(p));
      expect(await lastSeq(p)).toBe(3);
    }, 30_000);
  }
});
