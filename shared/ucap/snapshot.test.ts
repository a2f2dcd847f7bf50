import { diffSnapshots, snapshotContent, ucapSnapshotSchema } from './snapshot';
import { restoreWrites } from './restore';
import type { UcapContent } from './content';
import { newActionFields, newPlanFields, newRiskFields } from './defaults';

const P = 'p1';
const rec = <T,>(id: string, fields: T) => ({ id, pairingId: P, ...fields });

function base(): UcapContent {
  return {
    plan: { ...rec('plan', { ...newPlanFields('EUR'), context: { es: 'Contexto' } }), stamps: { status: 'x' } } as UcapContent['plan'],
    objectives: [],
    actions: [rec('a1', { ...newActionFields(0), title: { es: 'Plaza' } }), rec('a2', { ...newActionFields(1), title: { es: 'Talleres' } })],
    indicators: [],
    budgetLines: [],
    rates: [],
    risks: [rec('k1', { ...newRiskFields('externality', 0), title: { es: 'Gentrificación' } })],
    commItems: [],
  };
}

describe('snapshots of the UCAP', () => {
  it('keeps the content without clock stamps, valid as a record', () => {
    const content = snapshotContent(base());
    expect('stamps' in content.plan).toBe(false);
    const record = { id: 's1', pairingId: P, deleted: false, name: 'Versión 1', takenAt: 1, status: 'draft', content };
    expect(ucapSnapshotSchema.safeParse(record).success).toBe(true);
  });

  it('compares two versions section by section', () => {
    const before = snapshotContent(base());
    const after = snapshotContent(base());
    after.plan.context = { es: 'Contexto nuevo' };
    after.actions[0]!.status = 'done';
    after.actions[0]!.description = { en: 'Trees and benches' };
    after.actions.splice(1, 1);
    after.actions.push(rec('a3', { ...newActionFields(2, true), title: { es: 'Piloto El Espinal' } }));
    after.risks = [];
    expect(diffSnapshots(before, after, 'es')).toEqual([
      { section: 'context', entries: [{ change: 'changed', label: '', field: 'context', texts: [{ field: 'context', lang: 'es', before: 'Contexto', after: 'Contexto nuevo' }] }] },
      {
        section: 'actions',
        entries: [
          // The texts that changed, for the compare to show word by word (the status is not a text).
          { change: 'changed', label: 'Plaza', field: null, texts: [{ field: 'description', lang: 'en', before: '', after: 'Trees and benches' }] },
          { change: 'added', label: 'Piloto El Espinal', field: null, texts: [] },
          { change: 'removed', label: 'Talleres', field: null, texts: [] },
        ],
      },
      { section: 'risks', entries: [{ change: 'removed', label: 'Gentrificación', field: null, texts: [] }] },
    ]);
    expect(diffSnapshots(before, snapshotContent(base()), 'es')).toEqual([]);
  });

  it('a language set to empty text is no change', () => {
    const before = snapshotContent(base());
    const after = snapshotContent(base());
    after.plan.context = { es: 'Contexto', pt: '' };
    expect(diffSnapshots(before, after, 'es')).toEqual([]);
  });

  it('restores: rewrites what the version had, tombstones what came after, keeps the status', () => {
    const snapshot = snapshotContent(base());
    const current = base();
    current.plan.status = 'in-review';
    current.actions.push(rec('a9', { ...newActionFields(2), title: { es: 'Nueva' } }));
    const writes = restoreWrites(current, snapshot);
    expect(writes[0]).toMatchObject({ kind: 'ucapPlan', recordId: 'plan', fields: { context: { es: 'Contexto' } } });
    expect('status' in writes[0]!.fields).toBe(false);
    expect(writes.filter((w) => w.kind === 'ucapAction').map((w) => [w.recordId, w.fields.deleted])).toEqual([['a1', false], ['a2', false], ['a9', true]]);
  });
});
