import { freshDatabase } from '../db/test-db';
import { updateRecord } from '../db/records-repo';
import { readBundle } from '../../../shared/bundle/read';
import { writeBundleBytes } from '../../../shared/bundle/write';
import { seedPairing, everyRecord } from './test-device';
import { applyPlan, exportBundle, ImportError, readAndPlan, replaceEverything } from './index';

const exchange = async (from: ReturnType<typeof freshDatabase>, to: ReturnType<typeof freshDatabase>, pairingIds = ['p1']) => {
  const planned = await readAndPlan(to, await exportBundle(from, { type: 'pairings', pairingIds }));
  await applyPlan(to, planned);
  return planned.plan;
};

describe('importing a bundle into the device', () => {
  it('brings a partner everything of a pairing, photos included, with ids and stamps kept and nothing to send', async () => {
    const a = freshDatabase();
    const { photo, thumb } = await seedPairing(a, 'p1');
    const b = freshDatabase();
    const plan = await exchange(a, b);
    expect(plan.newPairings).toEqual(['p1']);
    expect(await everyRecord(b)).toEqual(await everyRecord(a));
    expect((await b.blobs.get(photo))!.kind).toBe('original');
    expect((await b.blobs.get(thumb))!.kind).toBe('thumbnail');
    expect(new Uint8Array((await b.blobs.get(photo))!.bytes)).toEqual(new Uint8Array((await a.blobs.get(photo))!.bytes));
    // Like a pull: the writer sends its own changes to a server.
    expect(await b.outbox.count()).toBe(0);
    // Importing the same file again changes nothing.
    const again = await exchange(a, b);
    expect(again.writes).toEqual([]);
  });

  it('never lets an older file overwrite a newer edit here, and takes what the file has newer', async () => {
    const a = freshDatabase();
    await seedPairing(a, 'p1');
    const b = freshDatabase();
    await exchange(a, b);
    const old = await exportBundle(a, { type: 'pairings', pairingIds: ['p1'] });
    await updateRecord(b, 'mission', 'p1-mission', 'p1', { title: 'Misión técnica, fechas nuevas' });
    await updateRecord(a, 'agreement', 'p1-agreement', 'p1', { title: 'Memorando firmado' });
    const stale = await readAndPlan(b, old);
    expect(stale.plan.writes).toEqual([]);
    expect(stale.plan.newerHere.map((r) => r.id)).toEqual(['p1-mission']);
    const plan = await exchange(a, b);
    expect(plan.newerInFile.map((r) => [r.id, r.fields])).toEqual([['p1-agreement', ['title']]]);
    expect((await b.tableOf('mission').get('p1-mission'))!.title).toBe('Misión técnica, fechas nuevas');
    expect((await b.agreements.get('p1-agreement'))!.title).toBe('Memorando firmado');
  });

  it('keeps two concurrent long texts as the same conflict on both devices after exchanging both ways', async () => {
    const a = freshDatabase();
    await seedPairing(a, 'p1');
    const b = freshDatabase();
    await exchange(a, b);
    await updateRecord(a, 'mission', 'p1-mission', 'p1', { findings: 'El drenaje es lo primero.' });
    await updateRecord(b, 'mission', 'p1-mission', 'p1', { findings: 'Las juntas convocan mucho.' });
    const toB = await readAndPlan(b, await exportBundle(a, { type: 'pairings', pairingIds: ['p1'] }));
    const toA = await readAndPlan(a, await exportBundle(b, { type: 'pairings', pairingIds: ['p1'] }));
    await applyPlan(b, toB);
    await applyPlan(a, toA);
    const conflictsA = await a.conflicts.toArray();
    const conflictsB = await b.conflicts.toArray();
    expect(conflictsA).toHaveLength(1);
    expect(conflictsB.map((c) => c.id)).toEqual(conflictsA.map((c) => c.id));
    expect(conflictsA[0]).toMatchObject({ recordRef: 'p1-mission', field: 'findings', deleted: false });
    // Both devices hold the same winning text; the other is the conflict's.
    const findingsA = (await a.tableOf('mission').get('p1-mission'))!.findings;
    expect((await b.tableOf('mission').get('p1-mission'))!.findings).toBe(findingsA);
    expect([findingsA, conflictsA[0]!.losingValue].sort()).toEqual(['El drenaje es lo primero.', 'Las juntas convocan mucho.']);
  });

  it('takes a later edit of a long text as a later edit, not a conflict, however often the pairing goes back and forth', async () => {
    const a = freshDatabase();
    await seedPairing(a, 'p1');
    const b = freshDatabase();
    await exchange(a, b);
    const firstFile = await exportBundle(a, { type: 'pairings', pairingIds: ['p1'] });
    await updateRecord(a, 'mission', 'p1-mission', 'p1', { findings: 'El drenaje es lo primero.' });
    const toB = await exchange(a, b);
    expect(toB.conflicts).toEqual([]);
    expect(toB.newerInFile.map((r) => [r.id, r.fields])).toEqual([['p1-mission', ['findings']]]);
    // B goes on from A's text; A takes B's edit back with no conflict either.
    await updateRecord(b, 'mission', 'p1-mission', 'p1', { findings: 'El drenaje es lo primero; luego, las juntas.' });
    expect((await exchange(b, a)).conflicts).toEqual([]);
    expect((await a.tableOf('mission').get('p1-mission'))!.findings).toBe('El drenaje es lo primero; luego, las juntas.');
    // An old file opened again: its text was replaced knowingly here, nothing to keep.
    const stale = await readAndPlan(a, firstFile);
    expect(stale.plan.conflicts).toEqual([]);
    expect(stale.plan.writes).toEqual([]);
    expect(await a.conflicts.count()).toBe(0);
    expect(await b.conflicts.count()).toBe(0);
  });

  it('keeps records of a kind a newer Ponte wrote, and merges them once this version knows the kind', async () => {
    const b = freshDatabase();
    const visit = { id: 'v1', pairingId: 'p1', deleted: false, place: 'El Espinal', stamps: { deleted: '001790000000000-0000-devb', place: '001790000000000-0000-devb' } };
    const file = await writeBundleBytes([{ kind: 'siteVisit', record: visit }], [], { appVersion: '9.0.0', deviceId: 'devb', scope: { type: 'device' } });
    const planned = await readAndPlan(b, file, { now: 1_790_000_000_000 });
    await applyPlan(b, planned);
    expect((await b.laterChanges.toArray()).map((r) => r.kind)).toEqual(['siteVisit']);
  });

  it('refuses a damaged file with its code and writes nothing', async () => {
    const a = freshDatabase();
    await seedPairing(a, 'p1');
    const bytes = new Uint8Array(await (await exportBundle(a, { type: 'device' })).arrayBuffer());
    const b = freshDatabase();
    const cut = bytes.subarray(0, bytes.length - 100);
    await expect(readAndPlan(b, cut)).rejects.toMatchObject({ code: 'truncated' });
    await expect(readAndPlan(b, new TextEncoder().encode('not a zip at all'))).rejects.toBeInstanceOf(ImportError);
    await expect(readAndPlan(b, bytes, { maxBytes: 100 })).rejects.toMatchObject({ code: 'tooLarge' });
    expect(await b.pairings.count()).toBe(0);
  });

  it('replaces everything after a backup of what it replaces, and a restored backup gives the same data', async () => {
    const a = freshDatabase();
    await seedPairing(a, 'p1');
    await updateRecord(a, 'mission', 'p1-mission', 'p1', { findings: 'Notas de campo' });
    const backup = await exportBundle(a, { type: 'device' });
    const b = freshDatabase();
    await seedPairing(b, 'p2', 5);
    const kept: Blob[] = [];
    const planned = await readAndPlan(b, backup);
    await replaceEverything(b, planned, { keepBackup: async (blob) => void kept.push(blob) });
    expect(await everyRecord(b)).toEqual(await everyRecord(a));
    expect((await b.blobs.toCollection().primaryKeys()).sort()).toEqual((await a.blobs.toCollection().primaryKeys()).sort());
    expect(await b.outbox.count()).toBe(0);
    // What was replaced is in the backup it made first.
    expect((await readBundle(kept[0]!)).manifest.pairingIds).toEqual(['p2']);
  });

  it('touches nothing when the backup before replacing fails', async () => {
    const a = freshDatabase();
    await seedPairing(a, 'p1');
    const b = freshDatabase();
    await seedPairing(b, 'p2', 5);
    const planned = await readAndPlan(b, await exportBundle(a, { type: 'device' }));
    await expect(replaceEverything(b, planned, { keepBackup: async () => Promise.reject(new Error('cancelled')) })).rejects.toThrow('cancelled');
    expect((await b.pairings.toArray()).map((p) => p.id)).toEqual(['p2']);
  });
});
