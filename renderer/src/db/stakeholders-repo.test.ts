import { freshDatabase } from './test-db';
import { createStakeholder, importStakeholders, mergeStakeholders, unmergeStakeholders } from './stakeholders-repo';
import { updateRecord } from './records-repo';
import { newStakeholderFields } from '../../../shared/stakeholders/schema';
import { ValidationError } from '../../../shared/model/validation';

const row = (name: string, extra = {}) => {
  const { deleted: _d, ...fields } = newStakeholderFields({ side: 'lac', name, ...extra });
  return fields;
};

describe('the stakeholder repository', () => {
  it('imports every row in one transaction with one outbox entry', async () => {
    const db = freshDatabase();
    const ids = await importStakeholders(db, 'p1', [row('Ana Lima'), row('José Núñez', { email: 'jose@example.org' })]);
    expect(ids).toHaveLength(2);
    expect((await db.stakeholders.toArray()).map((s) => s.name).sort()).toEqual(['Ana Lima', 'José Núñez']);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.changes).toHaveLength(2);
  });

  it('writes nothing when one row is invalid', async () => {
    const db = freshDatabase();
    await expect(importStakeholders(db, 'p1', [row('Ana Lima'), row('Bad', { power: 9 })])).rejects.toBeInstanceOf(ValidationError);
    expect(await db.stakeholders.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('merges two duplicates in one write: kept record updated, the other a tombstone; undo restores both', async () => {
    const db = freshDatabase();
    const a = await createStakeholder(db, 'p1', { side: 'lac', name: 'José Núñez', phone: '' });
    const b = await createStakeholder(db, 'p1', { side: 'lac', name: 'Jose Nunez', phone: '+57 1' });
    const kept = (await db.stakeholders.get(a))!;
    const other = (await db.stakeholders.get(b))!;
    const before = await db.outbox.count();
    await mergeStakeholders(db, kept, other, { name: 'a', phone: 'b' });
    expect(await db.outbox.count()).toBe(before + 1);
    expect((await db.stakeholders.get(a))!).toMatchObject({ name: 'José Núñez', phone: '+57 1', deleted: false });
    expect((await db.stakeholders.get(b))!.deleted).toBe(true);
    await unmergeStakeholders(db, kept, other);
    expect((await db.stakeholders.get(a))!.phone).toBe('');
    expect((await db.stakeholders.get(b))!.deleted).toBe(false);
  });

  it('refuses an edit that leaves neither a person nor an organisation', async () => {
    const db = freshDatabase();
    const id = await createStakeholder(db, 'p1', { side: 'eu', name: 'Ana' });
    await expect(updateRecord(db, 'stakeholder', id, 'p1', { name: '' })).rejects.toBeInstanceOf(ValidationError);
    expect((await db.stakeholders.get(id))!.name).toBe('Ana');
  });
});
