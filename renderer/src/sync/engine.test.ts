import { freshDatabase } from '../db/test-db';
import { createPairing } from '../db/pairings-repo';
import { createRecord, updateRecord } from '../db/records-repo';
import { pendingChanges } from '../db/outbox';
import { newAgreementFields } from '../../../shared/model/defaults';
import { MemoryServer } from '../../../shared/sync/memory-server';
import { memoryApi } from './memory-api';
import { pushOutbox, syncOnce, takeBatch } from './engine';
import type { PonteDatabase } from '../db/database';
import { ucapTable } from '../db/schema-ucap';
import { newPlanFields } from '../../../shared/ucap/defaults';
import { MAX_PUSH_CHANGES } from '../../../shared/sync/protocol';

async function followPairing(db: PonteDatabase, pairingId: string) {
  await db.syncPairings.put({ pairingId, cursor: 0, lastSyncedAt: null, error: null, role: 'editor' });
}

async function twoDevices() {
  const server = new MemoryServer();
  const malaga = freshDatabase();
  const cartagena = freshDatabase();
  const pairingId = await createPairing(malaga, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
  server.share(pairingId, 'lucia');
  server.setRole(pairingId, 'andres', 'editor');
  await followPairing(malaga, pairingId);
  await followPairing(cartagena, pairingId);
  const apiM = memoryApi(server, 'lucia');
  const apiC = memoryApi(server, 'andres');
  await syncOnce(malaga, apiM);
  await syncOnce(cartagena, apiC);
  return { server, malaga, cartagena, pairingId, apiM, apiC };
}

describe('the sync engine on IndexedDB', () => {
  it('brings a pairing made on one device to another, and empties the outbox', async () => {
    const { malaga, cartagena, pairingId } = await twoDevices();
    expect((await cartagena.pairings.get(pairingId))?.eu.municipalities[0]?.name).toBe('Málaga');
    expect(await pendingChanges(malaga)).toEqual([]);
    expect((await cartagena.syncPairings.get(pairingId))?.lastSyncedAt).toBeGreaterThan(0);
  });

  it('merges edits of different fields made offline on both devices, and keeps both texts of one summary', async () => {
    const { malaga, cartagena, pairingId, apiM, apiC } = await twoDevices();
    await updateRecord(malaga, 'pairing', pairingId, pairingId, { status: 'active', summary: { es: 'Texto de Málaga' } });
    await new Promise((r) => setTimeout(r, 5));
    await updateRecord(cartagena, 'pairing', pairingId, pairingId, { startDate: '2026-02-01', summary: { es: 'Texto de Cartagena' } });
    await syncOnce(malaga, apiM);
    await syncOnce(cartagena, apiC);
    await syncOnce(malaga, apiM);
    const [m, c] = [await malaga.pairings.get(pairingId), await cartagena.pairings.get(pairingId)];
    expect(m).toEqual(c);
    expect(m).toMatchObject({ status: 'active', startDate: '2026-02-01', summary: { es: 'Texto de Cartagena' } });
    const conflicts = await malaga.conflicts.where('recordRef').equals(pairingId).toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({ field: 'summary.es', losingValue: 'Texto de Málaga', deleted: false });
    expect(await cartagena.conflicts.toArray()).toEqual(conflicts);
  });

  it('keeps a Portuguese and a Spanish summary written offline at the same time, with no conflict', async () => {
    const { malaga, cartagena, pairingId, apiM, apiC } = await twoDevices();
    await updateRecord(malaga, 'pairing', pairingId, pairingId, { summary: { es: 'Jardines como lugar de encuentro' } });
    await updateRecord(cartagena, 'pairing', pairingId, pairingId, { summary: { pt: 'Jardins como lugar de encontro' } });
    for (const [db, api] of [[malaga, apiM], [cartagena, apiC], [malaga, apiM]] as const) await syncOnce(db, api);
    expect((await malaga.pairings.get(pairingId))!.summary).toEqual({ es: 'Jardines como lugar de encuentro', pt: 'Jardins como lugar de encontro' });
    expect(await cartagena.pairings.get(pairingId)).toEqual(await malaga.pairings.get(pairingId));
    expect(await malaga.conflicts.count()).toBe(0);
  });

  it('sets aside a change refused for good and still sends the ones behind it', async () => {
    const { server, malaga, cartagena, pairingId, apiC } = await twoDevices();
    const other = await createPairing(cartagena, { name: 'Madrid', country: 'ES' }, { name: 'Buenos Aires', country: 'AR' });
    server.share(other, 'andres');
    await followPairing(cartagena, other);
    await createRecord(cartagena, 'agreement', pairingId, newAgreementFields('Acta de El Espinal'));
    server.setRole(pairingId, 'andres', null); // removed from the Málaga pairing
    await createRecord(cartagena, 'agreement', other, newAgreementFields('Memorando Buenos Aires–Madrid'));
    await syncOnce(cartagena, apiC);
    const failed = await cartagena.failedChanges.toArray();
    expect(failed.map((f) => [f.change.fields.title, f.reason])).toEqual([['Acta de El Espinal', 'notMember']]);
    expect(await pendingChanges(cartagena)).toEqual([]);
    expect(server.records().some((r) => r.title === 'Memorando Buenos Aires–Madrid')).toBe(true);
    expect((await cartagena.syncPairings.get(pairingId))?.error).toBe('notMember');
    expect(await malaga.agreements.count()).toBe(0);
  });

  it('undoes on the device an end date the server refused against a start date set meanwhile, so both agree again', async () => {
    const { malaga, cartagena, pairingId, apiM, apiC } = await twoDevices();
    await updateRecord(malaga, 'pairing', pairingId, pairingId, { startDate: '2026-09-01' });
    await syncOnce(malaga, apiM);
    await updateRecord(cartagena, 'pairing', pairingId, pairingId, { endDate: '2026-05-01' }); // valid on the device, which has no start date yet
    await syncOnce(cartagena, apiC);
    const failed = await cartagena.failedChanges.toArray();
    expect(failed.map((f) => [f.change.fields.endDate, f.reason])).toEqual([['2026-05-01', 'invalidChange']]);
    const [c, m] = [await cartagena.pairings.get(pairingId), await malaga.pairings.get(pairingId)];
    expect(c).toMatchObject({ startDate: '2026-09-01', endDate: null });
    await syncOnce(malaga, apiM);
    expect(await cartagena.pairings.get(pairingId)).toEqual(await malaga.pairings.get(pairingId));
    expect(m?.endDate).toBeNull();
  });

  it("undoes a viewer's edits on the viewer's device, and keeps them among the refused changes", async () => {
    const { server, malaga, cartagena, pairingId, apiM, apiC } = await twoDevices();
    server.setRole(pairingId, 'andres', 'viewer');
    await updateRecord(cartagena, 'pairing', pairingId, pairingId, { status: 'suspended', summary: { pt: 'Texto do leitor' } });
    const agreementId = await createRecord(cartagena, 'agreement', pairingId, newAgreementFields('Rascunho do leitor'));
    await syncOnce(cartagena, apiC);
    await syncOnce(malaga, apiM);
    expect(await cartagena.pairings.get(pairingId)).toEqual(await malaga.pairings.get(pairingId));
    expect(await cartagena.agreements.get(agreementId)).toBeUndefined();
    expect((await cartagena.failedChanges.toArray()).map((f) => f.reason)).toEqual(['viewerCannotWrite', 'viewerCannotWrite']);
  });

  it('undoes an agreement to the UCAP marked in another person’s name, which the server refused', async () => {
    const { malaga, cartagena, pairingId, apiM, apiC } = await twoDevices();
    const planId = await createRecord(malaga, 'ucapPlan', pairingId, { ...newPlanFields('EUR'), status: 'in-review' });
    await syncOnce(malaga, apiM);
    await syncOnce(cartagena, apiC);
    // A device that skipped the editor's check (an old version, a script) agrees for Málaga as Rocío.
    await updateRecord(cartagena, 'ucapPlan', planId, pairingId, { euAgreed: true, euAgreedBy: 'Rocío Martín <r.martin@malaga.example>' });
    await syncOnce(cartagena, apiC);
    expect(await ucapTable(cartagena, 'ucapPlan').get(planId)).toMatchObject({ euAgreed: false, euAgreedBy: '' });
    expect((await cartagena.failedChanges.toArray()).map((f) => f.reason)).toEqual(['notSigner']);
    expect(await pendingChanges(cartagena)).toHaveLength(0);
  });

  it('keeps a plan whose creation went in the same batch as a refused agreement, undoing only the agreement', async () => {
    const { server, malaga, pairingId, apiM } = await twoDevices();
    // Made before sharing, on one device: the agreement was recorded in the holder's name, not Lucía's.
    const planId = await createRecord(malaga, 'ucapPlan', pairingId, { ...newPlanFields('EUR'), status: 'in-review' });
    await updateRecord(malaga, 'ucapPlan', planId, pairingId, { euAgreed: true, euAgreedBy: 'Rocío Martín <r.martin@malaga.example>' });
    // Pushing alone (no pull to bring it back): the plan is never dropped on the way.
    await pushOutbox(malaga, apiM, new Set([pairingId]));
    expect(await ucapTable(malaga, 'ucapPlan').get(planId)).toMatchObject({ status: 'in-review', euAgreed: false, euAgreedBy: '' });
    expect(server.pull('lucia', pairingId, 0, 100, Date.now()).body!.records.some((r) => r.record.id === planId)).toBe(true);
    expect((await malaga.failedChanges.toArray()).map((f) => f.reason)).toEqual(['notSigner']);
  });

  it('applies a batch once when the answer was lost and it is sent again', async () => {
    const { server, malaga, pairingId, apiM } = await twoDevices();
    await updateRecord(malaga, 'pairing', pairingId, pairingId, { status: 'closed' });
    const lossy = { ...apiM, push: async (deviceId: string, changes: Parameters<typeof apiM.push>[1]) => { await apiM.push(deviceId, changes); throw new Error('connection reset'); } };
    await expect(syncOnce(malaga, lossy)).rejects.toThrow('connection reset');
    expect(await pendingChanges(malaga)).toHaveLength(1);
    const feed = () => server.pull('lucia', pairingId, 0, 100, Date.now()).body!.records.find((r) => r.record.id === pairingId)!;
    const first = feed();
    expect(first.record.status).toBe('closed');
    await syncOnce(malaga, apiM);
    expect(await pendingChanges(malaga)).toEqual([]);
    // The second sending changed nothing: the record was not written again.
    expect(feed().seq).toBe(first.seq);
  });
});

describe('push batches', () => {
  const change = (text: string, i: number) => ({ id: `c${i}`, kind: 'agreement' as const, recordId: 'a', pairingId: 'p', fields: { signatories: text }, hlc: 'h' });

  it('stop at the count or at the size, whichever comes first, and always carry one change', () => {
    const small = Array.from({ length: MAX_PUSH_CHANGES + 200 }, (_, i) => change('x', i));
    expect(takeBatch(small)).toHaveLength(MAX_PUSH_CHANGES);
    const long = Array.from({ length: 100 }, (_, i) => change('ç'.repeat(50_000), i));
    const batch = takeBatch(long);
    expect(batch.length).toBe(9);
    expect(JSON.stringify(batch).length * 2).toBeLessThan(1_100_000);
    expect(takeBatch([change('x'.repeat(3_000_000), 0)])).toHaveLength(1);
  });
});
