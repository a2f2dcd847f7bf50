import { freshDatabase } from '../db/test-db';
import { applyKeptChanges, applyPulledPage } from './apply-remote';
import { newAgreementFields } from '../../../shared/model/defaults';
import { formatStamp } from '../../../shared/clock/hlc';
import type { Change } from '../../../shared/sync/change';

const at = Date.UTC(2026, 10, 24, 10);
const change = (kind: string, recordId: string, fields: Record<string, unknown>, n: number): Change => ({ id: `c${n}`, kind: kind as Change['kind'], recordId, pairingId: 'p1', fields, hlc: formatStamp(at, n, 'dev2') });

describe('pulled changes', () => {
  it('keeps a change of a kind this version does not know, moves the cursor, and applies the known ones', async () => {
    const db = freshDatabase();
    const page = {
      changes: [
        { seq: 1, change: change('agreement', 'a1', newAgreementFields('Memorando'), 1) },
        { seq: 2, change: change('budgetForecast', 'f1', { deleted: false, total: '10' }, 2) },
      ],
      cursor: 2,
      more: false,
      serverTime: at,
    };
    await applyPulledPage(db, 'p1', page, at);
    expect((await db.agreements.get('a1'))?.title).toBe('Memorando');
    expect((await db.syncPairings.get('p1'))?.cursor).toBe(2);
    expect((await db.laterChanges.toArray()).map((r) => [r.id, r.kind])).toEqual([['c2', 'budgetForecast']]);
    // Still unknown: stays kept.
    expect(await applyKeptChanges(db, at)).toBe(0);
    expect(await db.laterChanges.count()).toBe(1);
  });

  it('applies kept changes once their kind is known, in any order with newer ones, and forgets them', async () => {
    const db = freshDatabase();
    // As if an older version had kept these, and this version knows agreements.
    await db.laterChanges.bulkPut([
      { id: 'c5', kind: 'agreement', change: change('agreement', 'a9', { ...newAgreementFields('Acta'), signatories: 'Alcaldía' }, 5) },
    ]);
    await applyPulledPage(db, 'p1', { changes: [{ seq: 1, change: change('agreement', 'a9', { title: 'Acta firmada' }, 9) }], cursor: 1, more: false, serverTime: at }, at);
    expect(await applyKeptChanges(db, at)).toBe(1);
    expect(await db.agreements.get('a9')).toMatchObject({ title: 'Acta firmada', signatories: 'Alcaldía', deleted: false });
    expect(await db.laterChanges.count()).toBe(0);
  });
});
