import { freshDatabase } from './test-db';
import { createRecord, updateRecord } from './records-repo';
import { newStakeholderFields } from '../../../shared/stakeholders/schema';
import { pendingChanges } from './outbox';

describe('fields a device derives for its own indexes', () => {
  it('keeps a folded sort name on every stakeholder, updated with the name, never sent', async () => {
    const db = freshDatabase();
    const ids = [];
    for (const name of ['Ñusta Quispe', 'Ángela Pérez', 'Zoe Bastidas', 'andrés gil']) {
      ids.push(await createRecord(db, 'stakeholder', 'p1', newStakeholderFields({ side: 'lac', name })));
    }
    const inIndexOrder = await db.stakeholders.where('[pairingId+_sortName]').between(['p1', ''], ['p1', '\uffff']).toArray();
    expect(inIndexOrder.map((s) => s.name)).toEqual(['andrés gil', 'Ángela Pérez', 'Ñusta Quispe', 'Zoe Bastidas']);
    await updateRecord(db, 'stakeholder', ids[2]!, 'p1', { name: 'Ana Zoe Bastidas' });
    expect((await db.stakeholders.get(ids[2]!) as unknown as { _sortName: string })._sortName).toBe('ana zoe bastidas');
    expect((await pendingChanges(db)).some((c) => '_sortName' in c.fields)).toBe(false);
  });
});
