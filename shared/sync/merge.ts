import type { AnyStored } from '../model/records';
import { IDENTITY_FIELDS } from '../model/records';
import type { Change } from './change';

// The one merge, run by the device for its own writes, and by every device and
// the server for changes from elsewhere: per field, the higher clock stamp wins.
// Stamps end with the device id, so equal wall times still order the same way
// everywhere, and applying the same change again changes nothing.

export type MergeResult = {
  record: AnyStored;
  /** Fields whose value this change set. */
  applied: string[];
  /** Fields where this change lost to a newer stamp already there, with the losing value. */
  lost: { field: string; value: unknown }[];
};

export function applyChange(existing: AnyStored | undefined, change: Change): MergeResult {
  const record: AnyStored = existing
    ? { ...existing, stamps: { ...existing.stamps } }
    : { id: change.recordId, pairingId: change.pairingId, deleted: false, stamps: {} };
  const applied: string[] = [];
  const lost: { field: string; value: unknown }[] = [];
  for (const [field, value] of Object.entries(change.fields)) {
    if ((IDENTITY_FIELDS as readonly string[]).includes(field) || field === 'stamps') continue;
    const current = record.stamps[field];
    if (current === undefined || change.hlc > current) {
      record[field] = value;
      record.stamps[field] = change.hlc;
      applied.push(field);
    } else if (change.hlc < current) {
      lost.push({ field, value });
    }
  }
  return { record, applied, lost };
}
