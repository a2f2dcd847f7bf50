import { tick, type HlcState } from '../clock/hlc';
import { newId } from '../ids';
import { conflictFieldsOf, localizedFieldsOf, splitFieldKey, type AnyStored, type RecordKind } from '../model/records';
import { applyChange } from './merge';
import type { Change } from './change';

/** What a device asks for: set these fields of this record (creating it if new). */
export type Write = {
  kind: RecordKind;
  recordId: string;
  pairingId: string;
  fields: Record<string, unknown>;
  /**
   * A record made now under a fresh id: there is nothing to read or merge.
   * Stored with add, so a wrong claim fails the whole write instead of
   * overwriting a record.
   */
  create?: boolean;
};

/**
 * A localized text is written language by language ("summary.es"), and only
 * the languages whose text changed, so edits of different languages never
 * collide. A language whose text was removed is written as ''.
 */
function expandLocalized(write: Write, existing: AnyStored | undefined): Record<string, unknown> {
  const localized = localizedFieldsOf(write.kind);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(write.fields)) {
    if (!localized.includes(key) || value === null || typeof value !== 'object') {
      out[key] = value;
      continue;
    }
    const next = value as Record<string, string | undefined>;
    const before = ((existing?.[key] as Record<string, string | undefined> | undefined) ?? {});
    for (const lang of new Set([...Object.keys(next), ...Object.keys(before)])) {
      if ((next[lang] ?? '') !== (before[lang] ?? '')) out[`${key}.${lang}`] = next[lang] ?? '';
    }
  }
  return out;
}

/** For long texts, which version the writer replaced: lets the server tell concurrent edits apart. */
function seenStamps(kind: Write['kind'], fields: Record<string, unknown>, existing: AnyStored | undefined): Record<string, string | null> | undefined {
  const conflictFields = conflictFieldsOf(kind);
  const keys = Object.keys(fields).filter((k) => conflictFields.includes(splitFieldKey(k)[0]));
  if (!keys.length) return undefined;
  return Object.fromEntries(keys.map((k) => [k, existing?.stamps[k] ?? null]));
}

/**
 * A device's own edit: stamped by its clock, merged into its copy of the
 * record. Used by the write path and by the simulated devices of the sync
 * property tests, so both make changes the same way.
 */
export function makeLocalChange(clock: HlcState, now: number, write: Write, existing: AnyStored | undefined): { clock: HlcState; change: Change; record: AnyStored } {
  const stamped = tick(clock, now);
  const fields = expandLocalized(write, existing);
  const change: Change = { id: newId(), kind: write.kind, recordId: write.recordId, pairingId: write.pairingId, fields, hlc: stamped.stamp };
  const seen = seenStamps(write.kind, fields, existing);
  if (seen) change.seen = seen;
  return { clock: stamped.state, change, record: applyChange(existing, change).record };
}
