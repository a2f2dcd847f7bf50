import { afterEach } from 'vitest';
import { freshDatabase } from './test-db';
import { createPairing } from './pairings-repo';
import { createRecord, updateRecord } from './records-repo';
import { createMission } from './missions-repo';
import { createStakeholder } from './stakeholders-repo';
import { setWritingLanguage } from './writing-language';
import { pendingChanges } from './outbox';
import { newAgreementFields, newPositionFields } from '../../../shared/model/defaults';
import { ucapTable } from './schema-ucap';
import { missionTables } from './schema-missions';
import { newObjectiveFields } from '../../../shared/ucap/defaults';

// A record made on a device is taken to be written in the interface language
// at that moment (real Dexie on fake-indexeddb, through the one write path).

afterEach(() => setWritingLanguage(null));

async function pairing() {
  const db = freshDatabase();
  const id = await createPairing(db, { name: 'Viana do Castelo', country: 'PT' }, { name: 'São Leopoldo', country: 'BR' });
  return { db, pairing: (await db.pairings.get(id))! };
}

describe('the language a new record is written in', () => {
  it('is the interface language when the record is made, for every kind that has one, and it syncs with the record', async () => {
    setWritingLanguage('pt');
    const { db, pairing: p } = await pairing();
    const positionId = await createRecord(db, 'position', p.id, newPositionFields('lac', 'Coordenação da cooperação'));
    const missionId = await createMission(db, p, 'Missão técnica a São Leopoldo');
    const stakeholderId = await createStakeholder(db, p.id, { side: 'lac', name: 'Universidade do Vale do Rio dos Sinos' });
    expect((await db.positions.get(positionId))!.writtenIn).toBe('pt');
    expect((await missionTables(db).missions.get(missionId))!.writtenIn).toBe('pt');
    expect((await db.table('stakeholders').get(stakeholderId)).writtenIn).toBe('pt');
    const sent = (await pendingChanges(db)).find((c) => c.recordId === positionId)!;
    expect(sent.fields.writtenIn).toBe('pt');
  });

  it('follows the interface language as it changes, and stays with a record when the interface changes afterwards', async () => {
    setWritingLanguage('es');
    const { db, pairing: p } = await pairing();
    const first = await createRecord(db, 'agreement', p.id, newAgreementFields('Memorando de entendimiento'));
    setWritingLanguage('en');
    const second = await createRecord(db, 'agreement', p.id, newAgreementFields('Letter of intent'));
    await updateRecord(db, 'agreement', first, p.id, { copyLocation: 'Archivo municipal' });
    expect((await db.agreements.get(first))!.writtenIn).toBe('es');
    expect((await db.agreements.get(second))!.writtenIn).toBe('en');
  });

  it('is what the write says when it says one, and can be changed later by hand', async () => {
    setWritingLanguage('pt');
    const { db, pairing: p } = await pairing();
    const id = await createRecord(db, 'position', p.id, { ...newPositionFields('eu', 'Relações internacionais'), writtenIn: 'en' });
    expect((await db.positions.get(id))!.writtenIn).toBe('en');
    await updateRecord(db, 'position', id, p.id, { writtenIn: 'es' });
    expect((await db.positions.get(id))!.writtenIn).toBe('es');
  });

  it('is not set on kinds whose texts are kept per language, nor when the device has no interface language', async () => {
    setWritingLanguage('pt');
    const { db, pairing: p } = await pairing();
    expect(p).not.toHaveProperty('writtenIn');
    const objective = await createRecord(db, 'ucapObjective', p.id, newObjectiveFields('general', 0));
    expect(await ucapTable(db, 'ucapObjective').get(objective)).not.toHaveProperty('writtenIn');
    setWritingLanguage(null);
    const position = await createRecord(db, 'position', p.id, newPositionFields('lac', 'Coordenação'));
    expect(await db.positions.get(position)).not.toHaveProperty('writtenIn');
  });
});
