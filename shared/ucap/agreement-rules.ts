import type { UcapPlan } from './plan';
import { WORKFLOW_FIELDS, afterContentEdit } from './workflow';

// "An agreement was given to the text as it was": the rule that editing an
// agreed UCAP, or restoring an older version of it, withdraws both sides'
// agreements. A pure function of a batch of writes and the plans it touches,
// so the device's write path runs it in the transaction of the edit, whatever
// screen, repository or import the edit comes from.

/** A write as the rule sees it: a record kind and id, its pairing, the fields set. */
export type RuleWrite = { kind: string; recordId: string; pairingId: string; fields: Record<string, unknown> };

export type RulePlan = Pick<UcapPlan, 'id' | 'pairingId' | 'deleted' | 'status' | 'euAgreed' | 'lacAgreed' | 'euAgreedBy' | 'lacAgreedBy'>;

/** The plan's fields that are not the text the sides agreed to: the workflow itself and who signs. */
const NOT_AGREED_TEXT: ReadonlySet<string> = new Set([...WORKFLOW_FIELDS, 'euSignerId', 'lacSignerId']);

/** A plan write without its workflow fields: what is compared with the stored plan. */
const stripWorkflow = (w: RuleWrite): RuleWrite => (w.kind === 'ucapPlan' ? { ...w, fields: Object.fromEntries(Object.entries(w.fields).filter(([f]) => !NOT_AGREED_TEXT.has(f))) } : w);

/** Whether a write changes what the sides agreed to: any UCAP record but a saved version; on the plan, any field but the workflow's. */
export function changesAgreedText(write: Pick<RuleWrite, 'kind' | 'fields'>): boolean {
  if (!write.kind.startsWith('ucap') || write.kind === 'ucapSnapshot') return false;
  return write.kind !== 'ucapPlan' || Object.keys(write.fields).some((f) => !NOT_AGREED_TEXT.has(f));
}

/** The pairings whose UCAP text a batch may change: the plans (and records) the rule has to read. */
export function pairingsWithTextEdits(writes: readonly RuleWrite[]): string[] {
  return [...new Set(writes.filter(changesAgreedText).map((w) => w.pairingId))];
}

const sameValue = (a: unknown, b: unknown): boolean => {
  // A per-language text: a language set to '' is the same as one never written.
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    return [...new Set([...Object.keys(x), ...Object.keys(y)])].every((k) => sameValue(x[k] ?? '', y[k] ?? ''));
  }
  return JSON.stringify(a) === JSON.stringify(b);
};

/**
 * Whether a write would change the record as stored: a write of what is
 * already there (the sample loaded again, a version equal to now restored,
 * a field saved as it was) is no edit of the agreed text.
 */
export function changesStored(write: Pick<RuleWrite, 'fields'>, stored: Record<string, unknown> | undefined): boolean {
  if (!stored) return true;
  return Object.entries(write.fields).some(([field, value]) => !sameValue(value, stored[field]));
}

/**
 * The writes that withdraw the agreements a batch invalidates. `plans` are
 * the stored plans of the pairings the batch edits, as they were before it.
 * A plan is judged as the batch leaves it, so a batch that withdraws by
 * itself needs nothing more; a plan the batch brings whole (not stored yet,
 * like the sample programme's) keeps the agreement it comes with. Given
 * `stored` (each written record as stored), writes that change nothing are
 * no edit.
 */
export function agreementWithdrawals(writes: readonly RuleWrite[], plans: readonly RulePlan[], stored?: (write: RuleWrite) => Record<string, unknown> | undefined): RuleWrite[] {
  const edited = new Set(pairingsWithTextEdits(stored ? writes.filter((w) => changesStored(stripWorkflow(w), stored(w))) : writes));
  const out: RuleWrite[] = [];
  for (const plan of plans) {
    if (!edited.has(plan.pairingId)) continue;
    const after: RulePlan = Object.assign({}, plan, ...writes.filter((w) => w.kind === 'ucapPlan' && w.recordId === plan.id).map((w) => w.fields));
    if (after.deleted) continue;
    const reset = afterContentEdit(after);
    if (reset) out.push({ kind: 'ucapPlan', recordId: plan.id, pairingId: plan.pairingId, fields: reset });
  }
  return out;
}
