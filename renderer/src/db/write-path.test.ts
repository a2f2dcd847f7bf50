import { freshDatabase } from './test-db';
import { writeRecords, type Write } from './write-path';
import { ValidationError } from '../../../shared/model/validation';
import { compareStamps } from '../../../shared/clock/hlc';
import { pendingChanges } from './outbox';

const agreement = (id: string, title: string): Write => ({
  kind: 'agreement',
  recordId: id,
  pairingId: 'p1',
  fields: { deleted: false, title, signedOn: null, signatories: '', copyLocation: '' },
});

describe('the one write path', () => {
  it('writes the record and its outbox entry together, stamped per field', async () => {
    const db = freshDatabase();
    const [change] = await writeRecords(db, [agreement('a1', 'Memorandum of understanding')]);
    const stored = await db.agreements.get('a1');
    expect(stored?.title).toBe('Memorandum of understanding');
    expect(stored?.stamps.title).toBe(change!.hlc);
    const outbox = await pendingChanges(db);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ id: change!.id, recordId: 'a1', pairingId: 'p1', fields: { title: 'Memorandum of understanding' } });
  });

  it('leaves no record behind when the outbox write fails', async () => {
    const db = freshDatabase();
    const original = db.outbox.add.bind(db.outbox);
    db.outbox.add = (() => Promise.reject(new Error("disk full"))) as unknown as typeof db.outbox.add;
    await expect(writeRecords(db, [agreement('a1', 'Signed')])).rejects.toThrow('disk full');
    db.outbox.add = original;
    expect(await db.agreements.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.meta.get('clock')).toBeUndefined();
  });

  it('leaves no outbox entry behind when the record write fails', async () => {
    const db = freshDatabase();
    const table = db.agreements;
    const original = table.bulkPut.bind(table);
    table.bulkPut = (() => Promise.reject(new Error("quota"))) as unknown as typeof table.bulkPut;
    await expect(writeRecords(db, [agreement('a1', 'Signed')])).rejects.toThrow('quota');
    table.bulkPut = original;
    expect(await db.outbox.count()).toBe(0);
    expect(await db.agreements.count()).toBe(0);
  });

  it('gives every change of a batch its own id, in the order written', async () => {
    const db = freshDatabase();
    const changes = await writeRecords(db, [agreement('a1', 'One'), agreement('a2', 'Two'), { ...agreement('a3', 'Three'), pairingId: 'p2' }]);
    expect(new Set(changes.map((c) => c.id)).size).toBe(3);
    expect((await pendingChanges(db)).map((c) => c.recordId)).toEqual(['a1', 'a2', 'a3']);
    expect((await pendingChanges(db, 'p2')).map((c) => c.recordId)).toEqual(['a3']);
    expect(changes.map((c) => c.hlc)).toEqual([...changes.map((c) => c.hlc)].sort());
  });

  it('writes nothing of a batch when one record in it is invalid', async () => {
    const db = freshDatabase();
    const error = await writeRecords(db, [agreement('a1', 'Fine'), agreement('a2', '   ')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).errors).toEqual([{ path: 'title', key: 'required' }]);
    expect(await db.agreements.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an edit that would leave a record invalid and keeps the last good value', async () => {
    const db = freshDatabase();
    await writeRecords(db, [agreement('a1', 'Good title')]);
    await expect(writeRecords(db, [{ kind: 'agreement', recordId: 'a1', pairingId: 'p1', fields: { title: 'x'.repeat(1_000_001) } }])).rejects.toBeInstanceOf(ValidationError);
    expect((await db.agreements.get('a1'))?.title).toBe('Good title');
    expect(await db.outbox.count()).toBe(1);
  });

  it('updates only the fields given and restamps only those', async () => {
    const db = freshDatabase();
    await writeRecords(db, [agreement('a1', 'Title')]);
    const before = (await db.agreements.get('a1'))!;
    await writeRecords(db, [{ kind: 'agreement', recordId: 'a1', pairingId: 'p1', fields: { signatories: 'Mayor of Málaga' } }]);
    const after = (await db.agreements.get('a1'))!;
    expect(after.title).toBe('Title');
    expect(after.signatories).toBe('Mayor of Málaga');
    expect(after.stamps.title).toBe(before.stamps.title);
    expect(compareStamps(after.stamps.signatories!, before.stamps.signatories!)).toBe(1);
  });

  it('adds records made under fresh ids without looking for them, and refuses the claim for an id that exists, writing nothing', async () => {
    const db = freshDatabase();
    await writeRecords(db, [{ ...agreement('a1', 'Memorandum'), create: true }, { ...agreement('a2', 'Annex'), create: true }]);
    expect((await db.agreements.get('a2'))?.title).toBe('Annex');
    const before = await pendingChanges(db);
    // A wrong "create" must not overwrite what is there, and takes the rest of its batch with it.
    await expect(writeRecords(db, [{ ...agreement('a3', 'Other'), create: true }, { ...agreement('a1', 'Overwritten'), create: true }])).rejects.toThrow();
    expect((await db.agreements.get('a1'))?.title).toBe('Memorandum');
    expect(await db.agreements.get('a3')).toBeUndefined();
    expect(await pendingChanges(db)).toEqual(before);
  });

  it('refuses to move a record to another pairing', async () => {
    const db = freshDatabase();
    await writeRecords(db, [agreement('a1', 'Title')]);
    await expect(writeRecords(db, [{ ...agreement('a1', 'Title'), pairingId: 'p2' }])).rejects.toBeInstanceOf(ValidationError);
    expect((await db.agreements.get('a1'))?.pairingId).toBe('p1');
  });

  it('keeps stamps increasing across writes, even when the wall clock goes back', async () => {
    const db = freshDatabase();
    const [first] = await writeRecords(db, [agreement('a1', 'One')], () => 5_000_000);
    const [second] = await writeRecords(db, [agreement('a1', 'Two')], () => 1_000);
    expect(compareStamps(second!.hlc, first!.hlc)).toBe(1);
    expect((await db.agreements.get('a1'))?.title).toBe('Two');
  });

  it('stores text that looks like markup, emoji and right-to-left text exactly as typed', async () => {
    const db = freshDatabase();
    const hostile = '<script>alert("x")</script> <b>bold</b> 🙂👩🏽‍🌾 مرحبا بالعالم';
    await writeRecords(db, [agreement('a1', hostile)]);
    expect((await db.agreements.get('a1'))?.title).toBe(hostile);
  });
});
