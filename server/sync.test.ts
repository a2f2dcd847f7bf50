import type { FastifyInstance } from 'fastify';
import { formatStamp } from '../shared/clock/hlc';
import type { Change } from '../shared/sync/change';
import { buildApp } from './app';
import { DEFAULT_CONFIG } from './config';
import { newId } from '../shared/ids';
import { newPlanFields } from '../shared/ucap/defaults';
import { openTestDatabase, TEST_ENGINES, type TestDatabase } from './test/test-db';
import { newAgreementFields } from '../shared/model/defaults';
import { MAX_PUSH_CHANGES } from '../shared/sync/protocol';
import { call, countRows, createPairingChange, invite, push, register, sequentialEdits, share, summaryChange, syncState, type Session } from './test/api';

// These tests register an account per pairing, all from one address at one instant: registering is not what they test.
const manyRegistrations = { throttle: { ...DEFAULT_CONFIG.throttle, registerAddress: { free: 10_000, capMs: 1_000, forgetMs: 1_000 } } };

describe.each(TEST_ENGINES)('push and pull (%s)', (engine) => {
  let handle: TestDatabase;
  let app: FastifyInstance;
  const clock = Date.now();
  let n = 0;
  const pairing = () => `p-sync-${++n}`;

  beforeAll(async () => {
    handle = await openTestDatabase(engine);
    app = buildApp({ db: handle.db, now: () => clock, config: manyRegistrations });
  }, 90_000);
  afterAll(async () => {
    await app.close();
    await handle.dispose();
  });

  const pull = (session: Session, pairingId: string, after = 0, limit?: number) =>
    call(app, session, 'GET', `/sync/pull?pairingId=${pairingId}&after=${after}${limit ? `&limit=${limit}` : ''}`);
  const snapshot = () => syncState(handle.db);
  type Pulled = { seq: number; kind: string; record: Record<string, unknown> & { stamps: Record<string, string> } };
  const agreement = (pairingId: string, title: string, device = 'deva'): Change => ({ id: newId(), kind: 'agreement', recordId: newId(), pairingId, fields: newAgreementFields(title), hlc: formatStamp(clock - 1_000, Math.floor(Math.random() * 0xffff), device) });

  async function sharedPairing(): Promise<{ owner: Session; id: string; created: Change }> {
    const owner = await register(app);
    const id = pairing();
    await share(app, owner, id);
    const created = createPairingChange(id, { millis: clock - 10_000 });
    expect((await push(app, owner, [created])).statusCode).toBe(200);
    return { owner, id, created };
  }

  it('refuses with 403 an agreement to the UCAP marked in the name of another account, and lets one agree or withdraw in their own', async () => {
    const { owner, id } = await sharedPairing();
    const planId = `plan-${id}`;
    const planChange = (fields: Record<string, unknown>, millis: number): Change => ({ id: newId(), kind: 'ucapPlan', recordId: planId, pairingId: id, fields, hlc: formatStamp(millis, 0, 'deva') });
    // A plan that arrives whole (first share) is taken as it is.
    expect((await push(app, owner, [planChange({ ...newPlanFields('EUR'), status: 'in-review' }, clock - 9_000)])).statusCode).toBe(200);
    const before = await snapshot();
    const impostor = await push(app, owner, [planChange({ euAgreed: true, euAgreedBy: 'Rocío Martín <r.martin@malaga.example>' }, clock - 8_000)]);
    expect(impostor.statusCode).toBe(403);
    expect(impostor.json().results).toEqual([expect.objectContaining({ status: 'refused', reason: 'notSigner' })]);
    expect(await snapshot()).toEqual(before);
    const own = await push(app, owner, [planChange({ euAgreed: true, euAgreedBy: `Lucía Romero <${owner.email.toUpperCase()}>` }, clock - 7_000)]);
    expect(own.statusCode).toBe(200);
    expect((await push(app, owner, [planChange({ euAgreed: false, euAgreedBy: '' }, clock - 6_000)])).statusCode).toBe(200);
  });

  it('applies a batch sent twice only once', async () => {
    const { owner, id, created } = await sharedPairing();
    const batch = sequentialEdits(id, ['Agua y saneamiento', 'Agua y saneamiento 💧'], created);
    const first = await push(app, owner, batch);
    expect(first.statusCode).toBe(200);
    expect(first.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    const before = await snapshot();
    const again = await push(app, owner, batch);
    expect(again.statusCode).toBe(200);
    expect(again.json().results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(await snapshot()).toEqual(before);
    expect(await countRows(handle.db, 'long_text_changes', `change_id = '${batch[0]!.id}'`)).toBe(1);
  });

  it('refuses with 403 the records of a pairing the account is not a member of, applying nothing of the batch', async () => {
    const { id: theirs } = await sharedPairing();
    const { owner: intruder, id: mine } = await sharedPairing();
    const before = await snapshot();
    const response = await push(app, intruder, [summaryChange(mine, 'mine, fine'), summaryChange(theirs, 'overwritten!')]);
    expect(response.statusCode).toBe(403);
    expect(response.json().results).toEqual([expect.objectContaining({ status: 'refused', reason: 'notMember' })]);
    expect(await snapshot()).toEqual(before);
    expect((await pull(intruder, theirs)).statusCode).toBe(403);
  });

  it('refuses a push that reuses the record id of another pairing', async () => {
    const { id: theirs } = await sharedPairing();
    const { owner, id: mine } = await sharedPairing();
    const before = await snapshot();
    const hijack = { ...summaryChange(mine, 'hijack'), recordId: theirs };
    const response = await push(app, owner, [hijack]);
    expect(response.statusCode).toBe(422);
    expect(response.json().results[0].reason).toBe('invalidChange');
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a viewer's push with 403 and applies nothing, but lets the viewer pull", async () => {
    const { owner, id } = await sharedPairing();
    const viewer = await register(app);
    await invite(app, owner, viewer, id, 'viewer');
    const before = await snapshot();
    const response = await push(app, viewer, [summaryChange(id, 'a viewer typing')]);
    expect(response.statusCode).toBe(403);
    expect(response.json().results[0].reason).toBe('viewerCannotWrite');
    expect(await snapshot()).toEqual(before);
    expect((await pull(viewer, id)).json().records).toHaveLength(1);
  });

  it("refuses a removed member's push with 403 notMember", async () => {
    const { owner, id } = await sharedPairing();
    const editor = await register(app);
    await invite(app, owner, editor, id, 'editor');
    expect((await push(app, editor, [summaryChange(id, 'while a member')])).statusCode).toBe(200);
    await call(app, owner, 'DELETE', `/pairings/${id}/members/${editor.accountId}`);
    const before = await snapshot();
    const response = await push(app, editor, [summaryChange(id, 'after removal')]);
    expect(response.statusCode).toBe(403);
    expect(response.json().results[0].reason).toBe('notMember');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a change stamped far ahead of the server clock with 422 clockAhead, applying nothing', async () => {
    const { owner, id } = await sharedPairing();
    const before = await snapshot();
    const clockOf = () => handle.db.query('select clock_millis, clock_counter from pairings where id = $1', [id]);
    const clockBefore = await clockOf();
    const ahead = summaryChange(id, 'from the future', { millis: clock + 6 * 60 * 1000 });
    const fine = summaryChange(id, 'from now');
    const response = await push(app, owner, [fine, ahead]);
    expect(response.statusCode).toBe(422);
    expect(response.json().results).toEqual([{ id: ahead.id, status: 'refused', reason: 'clockAhead' }]);
    expect(await snapshot()).toEqual(before);
    // The server's clock was not dragged into the future either.
    expect(await clockOf()).toEqual(clockBefore);
  });

  it('refuses a change that breaks its record schema with 422 invalidChange', async () => {
    const { owner, id } = await sharedPairing();
    const before = await snapshot();
    const bad = { ...summaryChange(id, 'x'), fields: { status: 'on holiday' } };
    const response = await push(app, owner, [bad]);
    expect(response.statusCode).toBe(422);
    expect(response.json().results[0].reason).toBe('invalidChange');
    expect(await snapshot()).toEqual(before);
  });

  it('answers 400 to malformed push bodies and applies nothing', async () => {
    const { owner, id } = await sharedPairing();
    const before = await snapshot();
    const good = summaryChange(id, 'ok');
    const bodies = [
      {},
      { deviceId: 'deva' },
      { deviceId: 'deva', changes: [] },
      { deviceId: 'Bad Device', changes: [good] },
      { deviceId: 'deva', changes: [{ ...good, kind: 'Space ship!' }] },
      { deviceId: 'deva', changes: [{ ...good, fields: 'summary' }] },
      { deviceId: 'deva', changes: [good], extra: 1 },
      { deviceId: 'deva', changes: Array.from({ length: MAX_PUSH_CHANGES + 1 }, () => summaryChange(id, 'many')) },
      { deviceId: 'deva', changes: [{ ...good, recordId: 'a\u0000b' }] },
    ];
    for (const body of bodies) {
      const response = await call(app, owner, 'POST', '/sync/push', body);
      expect(response.statusCode).toBe(400);
    }
    expect(await snapshot()).toEqual(before);
    expect((await call(app, owner, 'GET', `/sync/pull?pairingId=${id}&after=-1`)).statusCode).toBe(400);
    expect((await call(app, owner, 'GET', '/sync/pull?after=0')).statusCode).toBe(400);
  });

  it('answers 400, never 500, to ids and texts with a lone surrogate and to values nested 10 000 deep, and applies nothing', async () => {
    const { owner, id, created } = await sharedPairing();
    // Written as text: JSON.stringify itself overflows the stack on 10 000 levels.
    const deep = `${'{"d":'.repeat(10_000)}"fondo"${'}'.repeat(10_000)}`;
    const before = await snapshot();
    for (const change of [
      { ...agreement(id, 'Acta'), recordId: 'rid\ud800' },
      { ...agreement(id, 'Acta \ud83d') },
      { ...summaryChange(id, 'x', { seen: created.hlc }), fields: { summary: { es: 'hola', ['pt\udc00']: 'olá' } } },
      { ...agreement(id, 'Acta'), fields: { ...newAgreementFields('Acta'), notes: 'DEEP' } },
    ]) {
      const payload = JSON.stringify({ deviceId: 'deva', changes: [change] }).replace('"DEEP"', deep);
      const response = await app.inject({ method: 'POST', url: '/sync/push', headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/json' }, payload });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toBe('invalidBody');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('keeps a NUL character inside a text field exactly (json, not jsonb)', async () => {
    const { owner, id, created } = await sharedPairing();
    const change = summaryChange(id, 'antes\u0000después', { seen: created.hlc });
    expect((await push(app, owner, [change])).statusCode).toBe(200);
    const pulled = (await pull(owner, id)).json().records.at(-1).record;
    expect(pulled.summary.es).toBe('antes\u0000después');
    const [record] = await handle.db.query<{ data: { summary: { es: string } } }>("select data from records where kind = 'pairing' and id = $1", [id]);
    expect(record!.data.summary.es).toBe('antes\u0000después');
  });

  it("pulls only that pairing's records changed after the cursor, each once in its latest state, page by page", async () => {
    const { owner, id } = await sharedPairing();
    const { owner: other, id: otherId } = await sharedPairing();
    await push(app, owner, [agreement(id, 'Memorando'), agreement(id, 'Acta')]);
    await push(app, other, [agreement(otherId, 'Not this pairing')]);
    await push(app, owner, [agreement(id, 'Carta'), agreement(id, 'עברית · RTL')]);

    const all = (await pull(owner, id)).json();
    expect(all.records.map((r: Pulled) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(all.records.every((r: Pulled) => r.record.pairingId === id)).toBe(true);
    expect(all).toMatchObject({ more: false, cursor: 5 });

    const page1 = (await pull(owner, id, 0, 2)).json();
    expect(page1.records.map((r: Pulled) => r.seq)).toEqual([1, 2]);
    expect(page1).toMatchObject({ more: true, cursor: 2 });
    const page2 = (await pull(owner, id, page1.cursor, 2)).json();
    expect(page2.records.map((r: Pulled) => r.record.title)).toEqual(['Acta', 'Carta']);
    expect((await pull(owner, id, 4, 2)).json()).toMatchObject({ more: false, cursor: 5 });
    expect((await pull(owner, id, 5)).json()).toMatchObject({ records: [], cursor: 5, more: false });

    // Three edits of the pairing later, it comes once more, after the cursor, in its last state.
    await push(app, owner, sequentialEdits(id, ['uno', 'dos', 'tres'], { hlc: all.records[0].record.stamps['summary.es'] } as Change));
    const later = (await pull(owner, id, 5)).json();
    expect(later.records.map((r: Pulled) => [r.seq, r.kind, (r.record.summary as { es: string }).es])).toEqual([[6, 'pairing', 'tres']]);
  });

  it('gives two concurrent pushes to one pairing distinct consecutive sequence numbers', async () => {
    const { owner, id } = await sharedPairing();
    const editor = await register(app);
    await invite(app, owner, editor, id, 'editor');
    const batchA = Array.from({ length: 20 }, (_, i) => agreement(id, `A${i}`, 'deva'));
    const batchB = Array.from({ length: 20 }, (_, i) => agreement(id, `B${i}`, 'devb'));
    const [a, b] = await Promise.all([push(app, owner, batchA), push(app, editor, batchB, 'devb')]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const seqs = (await pull(owner, id)).json().records.map((r: Pulled) => r.seq);
    // The pairing and 40 agreements: nothing twice, nothing missing.
    expect(seqs).toEqual(Array.from({ length: 41 }, (_, i) => i + 1));
  });

  it('gives a record id claimed at the same moment by two pairings to one of them, whole, and applies nothing of the other push', async () => {
    const { owner: malaga, id: first } = await sharedPairing();
    const { owner: cartagena, id: second } = await sharedPairing();
    const recordId = newId();
    const claim = (pairingId: string, title: string): Change => ({ ...agreement(pairingId, title), recordId });
    // On PostgreSQL both read the id as free before either writes it; on PGlite they take turns.
    const responses = await Promise.all([push(app, malaga, [claim(first, 'Acuerdo de Málaga')]), push(app, cartagena, [claim(second, 'Acuerdo de Cartagena')])]);
    const rows = await handle.db.query<{ pairing_id: string; data: string }>('select pairing_id, data::text as data from records where kind = $1 and id = $2', ['agreement', recordId]);
    expect(rows).toHaveLength(1);
    const winner = rows[0]!.pairing_id === first ? 0 : 1;
    const [kept, other] = winner === 0 ? [first, second] : [second, first];
    expect(JSON.parse(rows[0]!.data)).toMatchObject({ pairingId: kept, title: winner === 0 ? 'Acuerdo de Málaga' : 'Acuerdo de Cartagena' });
    expect(responses[winner]!.statusCode).toBe(200);
    // The other is refused (on PostgreSQL after the server retries the push that lost the race): never written across pairings, never a 5xx.
    expect(responses[1 - winner]!.statusCode).toBe(422);
    expect(responses[1 - winner]!.json().results[0].reason).toBe('invalidChange');
    const sessions = [malaga, cartagena];
    expect((await pull(sessions[winner]!, kept)).json().records.map((r: Pulled) => r.record.id)).toContain(recordId);
    expect((await pull(sessions[1 - winner]!, other)).json().records.map((r: Pulled) => r.record.id)).not.toContain(recordId);
    const retried = await push(app, sessions[1 - winner]!, [claim(other, 'otra vez')]);
    expect(retried.statusCode).toBe(422);
  });

  it('keeps the losing long text of a concurrent edit as a conflict both devices pull', async () => {
    const { owner: malaga, id, created } = await sharedPairing();
    const cartagena = await register(app);
    await invite(app, malaga, cartagena, id, 'editor');
    // Both saw the text as created, and both edit it offline.
    const fromMalaga = summaryChange(id, 'Texto de Málaga', { millis: clock - 5_000, device: 'malaga', seen: created.hlc });
    const fromCartagena = summaryChange(id, 'Texto de Cartagena', { millis: clock - 4_000, device: 'cartagena', seen: created.hlc });
    expect((await push(app, malaga, [fromMalaga], 'malaga')).statusCode).toBe(200);
    expect((await push(app, cartagena, [fromCartagena], 'cartagena')).statusCode).toBe(200);

    const pulled: Pulled[] = (await pull(malaga, id)).json().records;
    const conflict = pulled.find((r) => r.kind === 'conflict')?.record;
    expect(conflict).toMatchObject({ recordKind: 'pairing', recordRef: id, field: 'summary.es', losingValue: 'Texto de Málaga', winningHlc: fromCartagena.hlc });
    expect(conflict!.stamps.losingValue! > fromCartagena.hlc).toBe(true);
    const [record] = await handle.db.query<{ data: { summary: { es: string } } }>("select data from records where kind = 'pairing' and id = $1", [id]);
    expect(record!.data.summary.es).toBe('Texto de Cartagena');
    expect((await pull(cartagena, id)).json().records).toEqual(pulled);
  });

  it('refuses an unreadable clock stamp as invalidChange', async () => {
    const { owner, id } = await sharedPairing();
    const response = await push(app, owner, [{ ...summaryChange(id, 'x'), hlc: formatStamp(clock, 1, 'deva').replace('-', '+') }]);
    expect(response.statusCode).toBe(422);
    expect(response.json().results[0].reason).toBe('invalidChange');
  });
});
