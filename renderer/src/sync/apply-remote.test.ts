import { freshDatabase } from '../db/test-db';
import { applyKeptChanges, applyPulledPage } from './apply-remote';
import { newAgreementFields } from '../../../shared/model/defaults';
import { formatStamp } from '../../../shared/clock/hlc';
import type { Change } from '../../../shared/sync/change';
import { applyChange } from '../../../shared/sync/merge';
import type { AnyStored } from '../../../shared/model/records';

const at = Date.UTC(2026, 10, 24, 10);
const change = (kind: string, recordId: string, fields: Record<string, unknown>, n: number): Change => ({ id: `c${n}`, kind: kind as Change['kind'], recordId, pairingId: 'p1', fields, hlc: formatStamp(at, n, 'dev2') });
/** A record as the server sends it: the state these changes leave. */
const pulled = (seq: number, ...changes: Change[]) => ({
  seq,
  kind: changes[0]!.kind,
  record: changes.reduce<AnyStored | undefined>((record, c) => applyChange(record, c).record, undefined)!,
});

describe('pulled changes', () => {
  it('keeps a change of a kind this version does not know, moves the cursor, and applies the known ones', async () => {
    const db = freshDatabase();
    const page = {
      records: [pulled(1, change('agreement', 'a1', newAgreementFields('Memorando'), 1)), pulled(2, change('budgetForecast', 'f1', { deleted: false, total: '10' }, 2))],
      cursor: 2,
      more: false,
      serverTime: at,
    };
    await applyPulledPage(db, 'p1', page, at);
    expect((await db.agreements.get('a1'))?.title).toBe('Memorando');
    expect((await db.syncPairings.get('p1'))?.cursor).toBe(2);
    const kept = await db.laterChanges.toArray();
    expect(kept.map((r) => [r.kind, r.change.recordId, r.change.fields])).toEqual([['budgetForecast', 'f1', { deleted: false, total: '10' }]]);
    // Still unknown: stays kept.
    expect(await applyKeptChanges(db, at)).toBe(0);
    expect(await db.laterChanges.count()).toBe(1);
  });

  it('merges a pulled record field by field, so a newer local value stays and an older one gives way', async () => {
    const db = freshDatabase();
    await applyPulledPage(db, 'p1', { records: [pulled(1, change('agreement', 'a2', newAgreementFields('Memorando'), 1))], cursor: 1, more: false, serverTime: at }, at);
    // This device then wrote the title at stamp 20; the server's record has a newer signatories (30) and an older title (10).
    const local = change('agreement', 'a2', { title: 'Título local' }, 20);
    await db.agreements.put(applyChange((await db.agreements.get('a2')) as AnyStored, local).record as never);
    const server = pulled(2, change('agreement', 'a2', newAgreementFields('Memorando'), 1), change('agreement', 'a2', { title: 'Título antiguo' }, 10), change('agreement', 'a2', { signatories: 'Alcaldía de Málaga' }, 30));
    await applyPulledPage(db, 'p1', { records: [server], cursor: 2, more: false, serverTime: at }, at);
    expect(await db.agreements.get('a2')).toMatchObject({ title: 'Título local', signatories: 'Alcaldía de Málaga' });
  });

  it('applies kept changes once their kind is known, in any order with newer ones, and forgets them', async () => {
    const db = freshDatabase();
    // As if an older version had kept these, and this version knows agreements.
    await db.laterChanges.bulkPut([
      { id: 'c5', kind: 'agreement', pairingId: 'p1', change: change('agreement', 'a9', { ...newAgreementFields('Acta'), signatories: 'Alcaldía' }, 5) },
    ]);
    await applyPulledPage(db, 'p1', { records: [pulled(1, change('agreement', 'a9', { title: 'Acta firmada' }, 9))], cursor: 1, more: false, serverTime: at }, at);
    expect(await applyKeptChanges(db, at)).toBe(1);
    expect(await db.agreements.get('a9')).toMatchObject({ title: 'Acta firmada', signatories: 'Alcaldía', deleted: false });
    expect(await db.laterChanges.count()).toBe(0);
  });
});
