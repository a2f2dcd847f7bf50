import { tick, type HlcState } from '../clock/hlc';
import { newId } from '../ids';
import { CONFLICT_FIELDS, type AnyStored, type RecordKind } from '../model/records';
import { applyChange } from './merge';
import type { Change } from './change';

/** What a device asks for: set these fields of this record (creating it if new). */
export type Write = {
  kind: RecordKind;
  recordId: string;
  pairingId: string;
  fields: Record<string, unknown>;
};

/** For long texts, which version the writer replaced: lets the server tell concurrent edits apart. */
function seenStamps(write: Write, existing: AnyStored | undefined): Record<string, string | null> | undefined {
  const fields = CONFLICT_FIELDS[write.kind]?.filter((f) => f in write.fields);
  if (!fields?.length) return undefined;
  return Object.fromEntries(fields.map((f) => [f, existing?.stamps[f] ?? null]));
}

/**
 * A device's own edit: stamped by its clock, merged into its copy of the
 * record. Used by the write path and by the simulated devices of the sync
 * property tests, so both make changes the same way.
 */
export function makeLocalChange(clock: HlcState, now: number, write: Write, existing: AnyStored | undefined): { clock: HlcState; change: Change; record: AnyStored } {
  const stamped = tick(clock, now);
  const change: Change = { id: newId(), kind: write.kind, recordId: write.recordId, pairingId: write.pairingId, fields: write.fields, hlc: stamped.stamp };
  const seen = seenStamps(write, existing);
  if (seen) change.seen = seen;
  return { clock: stamped.state, change, record: applyChange(existing, change).record };
}
