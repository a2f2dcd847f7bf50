import { freshDatabase } from './test-db';
import { createPairing } from './pairings-repo';
import { emptyWholeBin } from './bin-repo';
import { createRecord, setDeleted } from './records-repo';
import { handOver } from './team-repo';
import { newAssignmentFields, newPositionFields } from '../../../shared/model/defaults';
import { positionHolders } from '../../../shared/model/team';
import { ValidationError } from '../../../shared/model/validation';
import { pendingChanges } from './outbox';
import { ucapTable } from './schema-ucap';
import { newPlanFields } from '../../../shared/ucap/defaults';
import { newStakeholderFields } from '../../../shared/stakeholders/schema';

describe('repositories', () => {
  it('creates a pairing whose sides each lead with their first municipality', async () => {
    const db = freshDatabase();
    const id = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
    const p = (await db.pairings.get(id))!;
    expect(p.pairingId).toBe(id);
    expect(p.eu.leadId).toBe(p.eu.municipalities[0]!.id);
    expect(p.lac.municipalities[0]!.name).toBe('Cartagena de Indias');
    expect(p.status).toBe('in-preparation');
  });

  it('refuses a pairing with an empty municipality name and writes nothing', async () => {
    const db = freshDatabase();
    await expect(createPairing(db, { name: '', country: 'ES' }, { name: 'Rosario', country: 'AR' })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.pairings.count()).toBe(0);
  });

  it('hands a position over: the holder ends the day before with a note, the successor starts on the day', async () => {
    const db = freshDatabase();
    const pairingId = await createPairing(db, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
    const positionId = await createRecord(db, 'position', pairingId, newPositionFields('eu', 'International relations officer', 'Municipality of Málaga'));
    const person = { name: 'Lucía Romero', email: 'lucia@example.org', phone: '', organisation: 'Ayuntamiento de Málaga' };
    const firstId = await createRecord(db, 'assignment', pairingId, newAssignmentFields(positionId, person, '2026-01-10'));
    await handOver(db, { id: firstId, pairingId, positionId }, { date: '2026-06-01', note: 'Contacts of the El Espinal committee are in the shared folder.', successor: { ...person, name: 'Andrés Gil' } });
    const all = await db.assignments.toArray();
    const { current, history } = positionHolders(positionId, all, '2026-07-01');
    expect(current.map((a) => a.name)).toEqual(['Andrés Gil']);
    expect(history.map((a) => a.name)).toEqual(['Andrés Gil', 'Lucía Romero']);
    expect(positionHolders(positionId, all, '2026-06-01').current.map((a) => a.name)).toEqual(['Andrés Gil']);
    expect(positionHolders(positionId, all, '2026-05-31').current.map((a) => a.name)).toEqual(['Lucía Romero']);
    expect(history[1]).toMatchObject({ to: '2026-05-31', handoverNote: expect.stringContaining('El Espinal') });
  });

  it('refuses a handover dated before the holder started, leaving both records untouched', async () => {
    const db = freshDatabase();
    const pairingId = await createPairing(db, { name: 'Porto', country: 'PT' }, { name: 'Pereira', country: 'CO' });
    const positionId = await createRecord(db, 'position', pairingId, newPositionFields('lac', 'Planning lead'));
    const person = { name: 'Ana', email: '', phone: '', organisation: '' };
    const firstId = await createRecord(db, 'assignment', pairingId, newAssignmentFields(positionId, person, '2026-05-01'));
    await expect(handOver(db, { id: firstId, pairingId, positionId }, { date: '2026-04-01', note: '', successor: { ...person, name: 'Bruno' } })).rejects.toBeInstanceOf(ValidationError);
    const all = await db.assignments.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]!.to).toBeNull();
  });

  it('empties the bin of every kind of record of the pairing, and stops syncing it', async () => {
    const db = freshDatabase();
    const gone = await createPairing(db, { name: 'Genova', country: 'IT' }, { name: 'Rosario', country: 'AR' });
    const keep = await createPairing(db, { name: 'Madrid', country: 'ES' }, { name: 'Buenos Aires', country: 'AR' });
    for (const pairingId of [gone, keep]) {
      await createRecord(db, 'stakeholder', pairingId, newStakeholderFields({ side: 'lac', name: 'Ana' }));
      await createRecord(db, 'ucapPlan', pairingId, newPlanFields('EUR'));
    }
    await db.syncPairings.put({ pairingId: gone, cursor: 3, lastSyncedAt: null, error: null, role: 'editor' });
    await setDeleted(db, 'pairing', gone, gone, true);
    await emptyWholeBin(db, 'en');
    expect(await db.stakeholders.where('pairingId').equals(gone).count()).toBe(0);
    expect(await ucapTable(db, 'ucapPlan').where('pairingId').equals(gone).count()).toBe(0);
    expect(await db.syncPairings.get(gone)).toBeUndefined();
    expect(await db.stakeholders.where('pairingId').equals(keep).count()).toBe(1);
    expect(await ucapTable(db, 'ucapPlan').where('pairingId').equals(keep).count()).toBe(1);
  });

  it('keeps a deleted pairing as a tombstone until the bin is emptied, then removes it with its records', async () => {
    const db = freshDatabase();
    const keep = await createPairing(db, { name: 'Madrid', country: 'ES' }, { name: 'Buenos Aires', country: 'AR' });
    const gone = await createPairing(db, { name: 'Genova', country: 'IT' }, { name: 'Rosario', country: 'AR' });
    await createRecord(db, 'position', gone, newPositionFields('eu', 'Coordinator'));
    await setDeleted(db, 'pairing', gone, gone, true);
    expect((await db.pairings.get(gone))?.deleted).toBe(true);
    await setDeleted(db, 'pairing', gone, gone, false);
    expect((await db.pairings.get(gone))?.deleted).toBe(false);
    await setDeleted(db, 'pairing', gone, gone, true);
    expect(await emptyWholeBin(db, 'en')).toBe(1);
    expect(await db.pairings.get(gone)).toBeUndefined();
    expect(await db.positions.where('pairingId').equals(gone).count()).toBe(0);
    expect(await db.pairings.get(keep)).toBeDefined();
    expect((await pendingChanges(db, gone)).some((c) => c.fields.deleted === true)).toBe(true);
  });
});
