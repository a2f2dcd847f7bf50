import type { PonteDatabase } from './database';
import type { Write } from '../../../shared/sync/local-change';
import { UCAP_TABLE_OF, ucapTable, type UcapKind } from './schema-ucap';
import { agreementWithdrawals, changesAgreedText, pairingsWithTextEdits } from '../../../shared/ucap/agreement-rules';
import { afterContentEdit } from '../../../shared/ucap/workflow';

/**
 * Rules that add writes to a batch, beside the guards that refuse one: what
 * must change with an edit wherever it comes from (editor, restore, import,
 * bin) is decided here, in the edit's own transaction, by a pure function
 * from shared/. The write path reads the rule's tables inside that
 * transaction, so nothing changes between reading and writing.
 */
export type WriteRule = {
  appliesTo(writes: readonly Write[]): boolean;
  /** Names of the tables the rule reads and of those its writes go to. */
  tables: readonly string[];
  /** The writes to add to the batch (none when the rule has nothing to do). */
  extraWrites(db: PonteDatabase, writes: readonly Write[]): Promise<Write[]>;
};

/** Editing an agreed UCAP, or restoring a version of it, withdraws both agreements (shared/ucap/agreement-rules.ts). */
export const ucapAgreementRule: WriteRule = {
  appliesTo: (writes) => pairingsWithTextEdits(writes).length > 0,
  tables: Object.values(UCAP_TABLE_OF),
  async extraWrites(db, writes) {
    const pairings = pairingsWithTextEdits(writes);
    const plans = await ucapTable(db, 'ucapPlan').where('pairingId').anyOf(pairings).toArray();
    if (!plans.some((p) => afterContentEdit(p))) return [];
    // Only when something was agreed: read what the batch writes, so a write of what is there already is no edit.
    const stored = new Map<string, Record<string, unknown>>();
    const candidates = writes.filter((w) => changesAgreedText(w) && pairings.includes(w.pairingId));
    for (const kind of new Set(candidates.map((w) => w.kind))) {
      const ids = candidates.filter((w) => w.kind === kind).map((w) => w.recordId);
      const found = await db.table(UCAP_TABLE_OF[kind as UcapKind]).bulkGet(ids);
      ids.forEach((id, i) => found[i] && stored.set(`${kind}/${id}`, found[i] as Record<string, unknown>));
    }
    return agreementWithdrawals(writes, plans, (w) => stored.get(`${w.kind}/${w.recordId}`)).map((w) => ({ ...w, kind: 'ucapPlan' }));
  },
};

export const WRITE_RULES: readonly WriteRule[] = [ucapAgreementRule];

/**
 * The batch with a rule's writes added: a write to a record the batch
 * already writes is folded into that write (one change per record in the
 * outbox entry), the rule's fields winning.
 */
export function withRuleWrites(writes: readonly Write[], extra: readonly Write[]): Write[] {
  const out = [...writes];
  for (const add of extra) {
    // The last write of that record, so nothing later in the batch undoes the rule's fields.
    let at = out.length - 1;
    while (at >= 0 && !(out[at]!.kind === add.kind && out[at]!.recordId === add.recordId)) at -= 1;
    if (at === -1) out.push(add);
    else out[at] = { ...out[at]!, fields: { ...out[at]!.fields, ...add.fields } };
  }
  return out;
}
