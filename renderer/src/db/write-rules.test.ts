import { freshDatabase } from './test-db';
import { createRecord, updateRecord } from './records-repo';
import { changeStatus, restoreSnapshot, saveSnapshot } from './ucap-repo';
import { ucapTable } from './schema-ucap';
import { pendingChanges } from './outbox';
import { writeRecords } from './write-path';
import { newActionFields, newPlanFields } from '../../../shared/ucap/defaults';
import type { UcapContent } from '../../../shared/ucap/content';
import type { PonteDatabase } from './database';

const EU = 'Rocío Martín <r.martin@malaga.example>';
const LAC = 'Mateo Díaz <m.diaz@cartagena.example>';

async function agreedPlan(db: PonteDatabase, pairingId = 'p1') {
  const planId = await createRecord(db, 'ucapPlan', pairingId, { ...newPlanFields('EUR'), context: { en: 'The text both sides read.' } });
  const actionId = await createRecord(db, 'ucapAction', pairingId, newActionFields(0, true));
  await updateRecord(db, 'ucapPlan', planId, pairingId, { status: 'agreed', euAgreed: true, lacAgreed: true, euAgreedBy: EU, lacAgreedBy: LAC });
  return { planId, actionId };
}

async function contentOf(db: PonteDatabase, pairingId: string): Promise<UcapContent> {
  const live = async (kind: Parameters<typeof ucapTable>[1]) => (await ucapTable(db, kind).where('pairingId').equals(pairingId).toArray()).filter((r) => !r.deleted);
  const [plan] = await live('ucapPlan');
  return { plan, objectives: await live('ucapObjective'), actions: await live('ucapAction'), indicators: await live('ucapIndicator'), budgetLines: await live('ucapBudgetLine'), rates: await live('ucapRate'), risks: await live('ucapRisk'), commItems: await live('ucapCommItem') } as UcapContent;
}

const agreementsOf = async (db: PonteDatabase, planId: string) => {
  const p = (await ucapTable(db, 'ucapPlan').get(planId))!;
  return { status: p.status, euAgreed: p.euAgreed, lacAgreed: p.lacAgreed, euAgreedBy: p.euAgreedBy, lacAgreedBy: p.lacAgreedBy };
};
const WITHDRAWN = { status: 'in-review', euAgreed: false, lacAgreed: false, euAgreedBy: '', lacAgreedBy: '' };

describe('the rule step of the write path: editing an agreed UCAP withdraws both agreements', () => {
  it('holds for an edit made through the records repository, not only through the editor', async () => {
    const db = freshDatabase();
    const { planId, actionId } = await agreedPlan(db);
    const before = (await pendingChanges(db)).length;
    await updateRecord(db, 'ucapAction', actionId, 'p1', { startDate: '2026-03-01' });
    expect(await agreementsOf(db, planId)).toEqual(WITHDRAWN);
    // In the same transaction: the one outbox entry of the edit carries the withdrawal too.
    const entries = await db.outbox.toArray();
    const last = entries.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1)).at(-1)!;
    expect(last.changes.map((c) => `${c.kind}/${c.recordId}`).sort()).toEqual([`ucapAction/${actionId}`, `ucapPlan/${planId}`].sort());
    expect((await pendingChanges(db)).length).toBe(before + 2);
  });

  it('holds for an edit of the plan\'s own text, in one change of the plan', async () => {
    const db = freshDatabase();
    const { planId } = await agreedPlan(db);
    const [change, ...more] = await writeRecords(db, [{ kind: 'ucapPlan', recordId: planId, pairingId: 'p1', fields: { context: { en: 'Another text.' } } }]);
    expect(more).toEqual([]);
    expect(change!.fields).toMatchObject({ 'context.en': 'Another text.', euAgreed: false, lacAgreed: false });
    expect(await agreementsOf(db, planId)).toEqual(WITHDRAWN);
  });

  it('holds when an older version is restored', async () => {
    const db = freshDatabase();
    const planId = await createRecord(db, 'ucapPlan', 'p1', { ...newPlanFields('EUR'), context: { en: 'A first text.' } });
    await saveSnapshot(db, await contentOf(db, 'p1'), 'Before the workshop');
    await updateRecord(db, 'ucapPlan', planId, 'p1', { context: { en: 'The text both sides read.' } });
    await updateRecord(db, 'ucapPlan', planId, 'p1', { status: 'agreed', euAgreed: true, lacAgreed: true, euAgreedBy: EU, lacAgreedBy: LAC });
    expect((await agreementsOf(db, planId)).euAgreed).toBe(true);
    const snapshot = (await ucapTable(db, 'ucapSnapshot').toArray())[0]!;
    await restoreSnapshot(db, await contentOf(db, 'p1'), snapshot.content, 'Backup');
    expect(await agreementsOf(db, planId)).toEqual(WITHDRAWN);
  });

  it('leaves the agreements of a status step, another pairing, and a plan written whole with its items alone', async () => {
    const db = freshDatabase();
    const { planId } = await agreedPlan(db);
    const other = await agreedPlan(db, 'p2');
    await updateRecord(db, 'ucapAction', other.actionId, 'p2', { startDate: '2026-03-01' });
    expect((await agreementsOf(db, planId)).euAgreed).toBe(true);
    // A status step and the version it saves are not an edit of the text.
    await changeStatus(db, await contentOf(db, 'p1'), { status: 'submitted' }, 'Submitted');
    expect(await agreementsOf(db, planId)).toMatchObject({ status: 'submitted', euAgreed: true, lacAgreed: true });
    // Choosing who signs is not an edit of the text either.
    await changeStatus(db, await contentOf(db, 'p1'), { status: 'agreed' }, 'Back');
    await updateRecord(db, 'ucapPlan', planId, 'p1', { euSignerId: null });
    expect((await agreementsOf(db, planId)).euAgreed).toBe(true);
    // A plan arriving whole with its items (the sample programme) keeps the agreement it comes with.
    await writeRecords(db, [
      { kind: 'ucapPlan', recordId: 'p3-plan', pairingId: 'p3', fields: { ...newPlanFields('EUR'), status: 'in-review', euAgreed: true, euAgreedBy: EU } },
      { kind: 'ucapAction', recordId: 'p3-a1', pairingId: 'p3', fields: newActionFields(0) },
    ]);
    expect(await agreementsOf(db, 'p3-plan')).toMatchObject({ status: 'in-review', euAgreed: true, euAgreedBy: EU });
  });
});

describe('a write that changes nothing', () => {
  it('is no edit: saving texts as they are, or restoring a version equal to now, keeps the agreements', async () => {
    const db = freshDatabase();
    const { planId, actionId } = await agreedPlan(db);
    const action = (await ucapTable(db, 'ucapAction').get(actionId))!;
    await updateRecord(db, 'ucapPlan', planId, 'p1', { context: { en: 'The text both sides read.', es: '' } });
    await updateRecord(db, 'ucapAction', actionId, 'p1', { title: action.title, startDate: action.startDate });
    const now = await contentOf(db, 'p1');
    await saveSnapshot(db, now, 'As agreed');
    const snapshot = (await ucapTable(db, 'ucapSnapshot').toArray())[0]!;
    await restoreSnapshot(db, await contentOf(db, 'p1'), snapshot.content, 'Backup');
    expect(await agreementsOf(db, planId)).toMatchObject({ status: 'agreed', euAgreed: true, lacAgreed: true });
    // One word more is an edit.
    await updateRecord(db, 'ucapPlan', planId, 'p1', { context: { en: 'The text both sides read!' } });
    expect(await agreementsOf(db, planId)).toEqual(WITHDRAWN);
  });
});
