import type { AnyStored } from '../model/records';
import { IDENTITY_FIELDS, localizedFieldsOf, splitFieldKey } from '../model/records';
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

/**
 * The field keys a change sets, with a per-language text written whole (as
 * versions before its declaration said so did) read as one key per language:
 * the merge then never depends on the order whole and per-language edits arrive.
 */
export function fieldEntries(change: Pick<Change, 'kind' | 'fields'>): [string, unknown][] {
  const localized = localizedFieldsOf(change.kind);
  // A plain loop: flatMap's array per field was most of a server merge's time (bench/sync-load's profile).
  const entries: [string, unknown][] = [];
  for (const key in change.fields) {
    if (!Object.hasOwn(change.fields, key)) continue;
    const value = change.fields[key];
    if (localized.includes(key) && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const lang in value) if (Object.hasOwn(value, lang)) entries.push([`${key}.${lang}`, (value as Record<string, unknown>)[lang]]);
    } else entries.push([key, value]);
  }
  return entries;
}

export function applyChange(existing: AnyStored | undefined, change: Change): MergeResult {
  const record: AnyStored = existing
    ? { ...existing, stamps: { ...existing.stamps } }
    : { id: change.recordId, pairingId: change.pairingId, deleted: false, stamps: {} };
  const applied: string[] = [];
  const lost: { field: string; value: unknown }[] = [];
  const localized = localizedFieldsOf(change.kind);
  for (const [field, value] of fieldEntries(change)) {
    const [base, lang] = splitFieldKey(field);
    if ((IDENTITY_FIELDS as readonly string[]).includes(base) || base === 'stamps') continue;
    // Only a localized text merges per language ("summary.pt"); any other dotted key is not a field.
    if (lang !== null && !localized.includes(base)) continue;
    const current = record.stamps[field];
    if (current === undefined || change.hlc > current) {
      if (lang === null) record[field] = value;
      else record[base] = { ...((record[base] as Record<string, unknown> | undefined) ?? {}), [lang]: value };
      record.stamps[field] = change.hlc;
      applied.push(field);
    } else if (change.hlc < current) {
      lost.push({ field, value });
    }
  }
  // A localized text with no language written yet is an empty text, the same on every replica.
  for (const field of localized) if (record[field] === undefined || record[field] === null || typeof record[field] !== 'object') record[field] = {};
  return { record, applied, lost };
}
