import { freshDatabase } from './test-db';
import { createPairing } from './pairings-repo';
import { createRecord, setDeleted } from './records-repo';
import { addAgendaItem, createMission } from './missions-repo';
import { createStakeholder } from './stakeholders-repo';
import { emptyWholeBin, listBin, removeFromBin, restoreFromBin } from './bin-repo';
import { pendingChanges } from './outbox';
import { putBlob } from '../attachments/blob-store';
import type { PonteDatabase } from './database';

async function missionWithPhoto(db: PonteDatabase, bytes = 'photo bytes') {
  const pairingId = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
  const pairing = (await db.pairings.get(pairingId))!;
  const missionId = await createMission(db, pairing, 'Misión técnica a Cartagena');
  const mission = (await db.table('missions').get(missionId))!;
  const itemId = await addAgendaItem(db, mission, '2026-06-08', 'Visita a El Espinal');
  const sha256 = await putBlob(db, new TextEncoder().encode(bytes).buffer as ArrayBuffer, 'image/jpeg');
  const thumbSha256 = await putBlob(db, new TextEncoder().encode(`${bytes} (thumb)`).buffer as ArrayBuffer, 'image/jpeg', 'thumbnail');
  const photoId = await createRecord(db, 'photo', pairingId, {
    deleted: false, missionId, sha256, thumbSha256, mimeType: 'image/jpeg', size: 11, width: 4, height: 3, fileName: 'espinal.jpg', caption: 'La plaza', agendaItemId: itemId,
  });
  await db.blobUploads.put({ key: `${pairingId}/${sha256}`, pairingId, sha256, at: 1 });
  return { pairingId, missionId, itemId, photoId, sha256, thumbSha256 };
}

describe('the bin', () => {
  it('shows a deleted mission once, with what it takes along, and restores it whole', async () => {
    const db = freshDatabase();
    const m = await missionWithPhoto(db);
    await setDeleted(db, 'mission', m.missionId, m.pairingId, true);
    const [group] = await listBin(db, 'es');
    expect(group).toMatchObject({ pairingId: m.pairingId, pairingLabel: 'Cartagena de Indias – Málaga', pairingDeleted: false });
    expect(group!.entries).toEqual([
      { kind: 'mission', id: m.missionId, pairingId: m.pairingId, label: 'Misión técnica a Cartagena', takesAlong: expect.arrayContaining([{ kind: 'agendaItem', count: 1 }, { kind: 'photo', count: 1 }]) },
    ]);
    await restoreFromBin(db, group!.entries[0]!);
    expect(await listBin(db, 'es')).toEqual([]);
    expect((await db.table('missions').get(m.missionId))?.deleted).toBe(false);
    expect(await db.table('agendaItems').get(m.itemId)).toBeDefined();
    expect(await db.blobs.get(m.sha256)).toBeDefined();
  });

  it('holds everything a user can delete: stakeholders, agenda items, UCAP items, team', async () => {
    const db = freshDatabase();
    const m = await missionWithPhoto(db);
    const stakeholder = await createStakeholder(db, m.pairingId, { side: 'lac', name: 'Camila Restrepo' });
    const action = await createRecord(db, 'ucapAction', m.pairingId, {
      deleted: false, title: { es: 'Huerta comunitaria' }, description: {}, pilot: true, leadSide: 'both', partners: '', startDate: null, endDate: null, status: 'planned', deliverables: {}, objectiveIds: [], order: 0,
    });
    await setDeleted(db, 'stakeholder', stakeholder, m.pairingId, true);
    await setDeleted(db, 'agendaItem', m.itemId, m.pairingId, true);
    await setDeleted(db, 'ucapAction', action, m.pairingId, true);
    const [group] = await listBin(db, 'es');
    expect(group!.entries.map((e) => [e.kind, e.label]).sort()).toEqual([
      ['agendaItem', 'Visita a El Espinal'],
      ['stakeholder', 'Camila Restrepo'],
      ['ucapAction', 'Huerta comunitaria'],
    ]);
  });

  it('removes a mission for good with its agenda, photos, their bytes, upload rows and set-aside changes; keeps bytes another photo uses', async () => {
    const db = freshDatabase();
    const m = await missionWithPhoto(db);
    const other = await missionWithPhoto(db, 'other photo');
    // The same thumbnail bytes are used by a photo that stays.
    await createRecord(db, 'photo', other.pairingId, {
      deleted: false, missionId: other.missionId, sha256: other.sha256, thumbSha256: m.thumbSha256, mimeType: 'image/jpeg', size: 1, width: 1, height: 1, fileName: '', caption: '', agendaItemId: null,
    });
    const change = (await pendingChanges(db, m.pairingId)).find((c) => c.recordId === m.itemId)!;
    await db.failedChanges.put({ id: 'f1', pairingId: m.pairingId, change, reason: 'notMember', at: 1 });
    await db.laterChanges.put({ id: 'l1', kind: 'agendaItem', pairingId: m.pairingId, change: { ...change, id: 'l1' } });
    await setDeleted(db, 'mission', m.missionId, m.pairingId, true);

    expect(await emptyWholeBin(db, 'en')).toBe(1);
    expect(await db.table('missions').get(m.missionId)).toBeUndefined();
    expect(await db.table('agendaItems').get(m.itemId)).toBeUndefined();
    expect(await db.table('photos').get(m.photoId)).toBeUndefined();
    expect(await db.blobs.get(m.sha256)).toBeUndefined();
    expect(await db.blobs.get(m.thumbSha256)).toBeDefined();
    expect(await db.blobUploads.where('sha256').equals(m.sha256).count()).toBe(0);
    expect(await db.failedChanges.count()).toBe(0);
    expect(await db.laterChanges.count()).toBe(0);
    // The rest of the pairing and the other mission stay, and the tombstone still goes out.
    expect(await db.pairings.get(m.pairingId)).toBeDefined();
    expect(await db.blobs.get(other.sha256)).toBeDefined();
    expect((await pendingChanges(db, m.pairingId)).some((c) => c.recordId === m.missionId && c.fields.deleted === true)).toBe(true);
  });

  it('removes a pairing with all it holds, and does nothing for an entry restored meanwhile', async () => {
    const db = freshDatabase();
    const m = await missionWithPhoto(db);
    await db.syncPairings.put({ pairingId: m.pairingId, cursor: 1, lastSyncedAt: null, error: null, role: 'editor' });
    await setDeleted(db, 'pairing', m.pairingId, m.pairingId, true);
    const [group] = await listBin(db, 'pt');
    expect(group!.pairingDeleted).toBe(true);
    expect(group!.entries).toHaveLength(1);
    await setDeleted(db, 'pairing', m.pairingId, m.pairingId, false);
    expect(await removeFromBin(db, group!.entries)).toBe(0);
    expect(await db.table('photos').count()).toBe(1);
    await setDeleted(db, 'pairing', m.pairingId, m.pairingId, true);
    expect(await removeFromBin(db, group!.entries)).toBe(1);
    for (const table of ['pairings', 'missions', 'agendaItems', 'photos', 'blobs', 'blobUploads', 'syncPairings']) expect(await db.table(table).count(), table).toBe(0);
  });
});
