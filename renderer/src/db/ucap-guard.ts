import type { WriteGuard } from './write-guards';
import { UCAP_TABLE_OF, ucapTable } from './schema-ucap';
import { WORKFLOW_FIELDS } from '../../../shared/ucap/workflow';

const isUcapContent = (w: { kind: string; fields: Record<string, unknown> }) =>
  w.kind.startsWith('ucap') && w.kind !== 'ucapSnapshot' && !(w.kind === 'ucapPlan' && Object.keys(w.fields).every((f) => WORKFLOW_FIELDS.has(f)));

/** A submitted UCAP is read-only until reopened: not only in the editor, on every write. */
export const ucapSubmittedGuard: WriteGuard = {
  appliesTo: (writes) => writes.some(isUcapContent),
  tables: [UCAP_TABLE_OF.ucapPlan],
  async check(db, writes) {
    const pairings = [...new Set(writes.filter(isUcapContent).map((w) => w.pairingId))];
    for (const pairingId of pairings) {
      const plans = await ucapTable(db, 'ucapPlan').where('pairingId').equals(pairingId).toArray();
      if (plans.some((p) => !p.deleted && p.status === 'submitted')) return [{ path: '', key: 'ucap:status.readOnly' }];
    }
    return [];
  },
};
