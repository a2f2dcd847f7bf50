import { freshDatabase } from './test-db';
import { createRecord, updateRecord } from './records-repo';
import { ucapTable } from './schema-ucap';
import { newActionFields, newPlanFields } from '../../../shared/ucap/defaults';
import { ValidationError } from '../../../shared/model/validation';

describe('a submitted UCAP', () => {
  it('refuses every change to its content, until it is reopened; its status and versions may still change', async () => {
    const db = freshDatabase();
    const planId = await createRecord(db, 'ucapPlan', 'p1', newPlanFields('EUR'));
    const actionId = await createRecord(db, 'ucapAction', 'p1', newActionFields(0, true));
    await updateRecord(db, 'ucapPlan', planId, 'p1', { status: 'submitted', euAgreed: true, lacAgreed: true });

    const refused = await updateRecord(db, 'ucapAction', actionId, 'p1', { startDate: '2026-03-01' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).errors).toEqual([{ path: '', key: 'ucap:status.readOnly' }]);
    await expect(createRecord(db, 'ucapAction', 'p1', newActionFields(1))).rejects.toBeInstanceOf(ValidationError);
    await expect(updateRecord(db, 'ucapPlan', planId, 'p1', { reportingCurrency: 'USD' })).rejects.toBeInstanceOf(ValidationError);
    expect(await ucapTable(db, 'ucapAction').count()).toBe(1);
    // Another pairing's UCAP is not concerned.
    await expect(createRecord(db, 'ucapAction', 'p2', newActionFields(0))).resolves.toBeTruthy();

    await updateRecord(db, 'ucapPlan', planId, 'p1', { status: 'draft', euAgreed: false, lacAgreed: false });
    await updateRecord(db, 'ucapAction', actionId, 'p1', { startDate: '2026-03-01' });
    expect((await ucapTable(db, 'ucapAction').get(actionId))!.startDate).toBe('2026-03-01');
  });
});
