import { z } from 'zod';
import { fieldValue, type AnyStored } from '../model/records';
import type { Change } from './change';

// A pull sends each changed record's latest state with its per-field stamps,
// not every change that led there: a device that was away for weeks, or joins
// a pairing late, receives what is, not all that was. The device merges that
// state with the one merge there is, by reading it back as changes.

/** A record as the server keeps it: its fields, and the stamp each field was last written with. */
export const storedRecordSchema = z.looseObject({
  id: z.string().min(1).max(64),
  pairingId: z.string().min(1).max(64),
  deleted: z.boolean(),
  stamps: z.record(z.string(), z.string().max(64)),
});

/**
 * The changes that rebuild a record's state: one per stamp, setting the fields
 * last written with it. Merging them is merging the state field by field.
 */
export function changesOfRecord(kind: string, record: AnyStored): Change[] {
  const byStamp = new Map<string, Record<string, unknown>>();
  for (const [field, stamp] of Object.entries(record.stamps)) {
    let fields = byStamp.get(stamp);
    if (!fields) byStamp.set(stamp, (fields = {}));
    fields[field] = fieldValue(record, field);
  }
  return [...byStamp].map(([hlc, fields]) => ({ id: `${hlc}/${kind}/${record.id}`, kind, recordId: record.id, pairingId: record.pairingId, fields, hlc }));
}
