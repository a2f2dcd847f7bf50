import { declarations } from '../kinds/registry';
import type { UcapContent } from './content';
import { LIST_KEYS, type ListKey } from './snapshot';
import { WORKFLOW_FIELDS } from './workflow';

// Restoring a saved UCAP version. Which kind each list of a version holds is
// read from the record declarations (`ucapVersionList`), so a new UCAP kind
// is kept and restored by declaring it, not by editing a table here.

export type RestoreWrite = { kind: string; recordId: string; fields: Record<string, unknown> };

/** The kind behind each list of a version, from the declarations. */
export function kindOfVersionList(): Record<ListKey, string> {
  const out = {} as Record<ListKey, string>;
  for (const d of declarations()) if (d.ucapVersionList) out[d.ucapVersionList as ListKey] = d.kind;
  for (const key of LIST_KEYS) if (!out[key]) throw new Error(`No record kind declares the UCAP version list "${key}"`);
  return out;
}

/**
 * The writes that bring the UCAP back to a snapshot: every record of the
 * snapshot rewritten (and undeleted), every record made since tombstoned.
 * The plan's status is kept: restoring content is not a status change.
 */
export function restoreWrites(current: UcapContent, snapshot: UcapContent): RestoreWrite[] {
  const kindOf = kindOfVersionList();
  const writes: RestoreWrite[] = [];
  // Who signs and who agreed belong to the workflow, not to the text being restored.
  const { id: _planId, pairingId: _p, euSignerId: _es, lacSignerId: _ls, ...planFields } = snapshot.plan;
  for (const field of WORKFLOW_FIELDS) delete (planFields as Record<string, unknown>)[field];
  writes.push({ kind: 'ucapPlan', recordId: current.plan.id, fields: planFields });
  for (const key of LIST_KEYS) {
    const kept = new Set<string>();
    for (const record of snapshot[key] as Record<string, unknown>[]) {
      const { id, pairingId: _pairingId, ...fields } = record;
      kept.add(id as string);
      writes.push({ kind: kindOf[key], recordId: id as string, fields: { ...fields, deleted: false } });
    }
    for (const record of current[key] as { id: string }[]) if (!kept.has(record.id)) writes.push({ kind: kindOf[key], recordId: record.id, fields: { deleted: true } });
  }
  return writes;
}
