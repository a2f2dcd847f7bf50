import { createClock } from '../clock/hlc';
import { RECORD_KINDS, type AnyStored } from '../model/records';
import { makeLocalChange, type Write } from '../sync/local-change';
import type { BundleRecord } from './write';

/**
 * Writes made as one device makes them (stamped by its clock, merged with the
 * one merge), as stored records grouped by kind the way a bundle takes them:
 * how the sample bundle and the tests get records with real stamps.
 */
export function stampedRecords(writes: readonly Write[], deviceId: string, startAt: number): BundleRecord[] {
  let clock = createClock(deviceId);
  const byKey = new Map<string, BundleRecord>();
  writes.forEach((write, i) => {
    const key = `${write.kind}/${write.recordId}`;
    const made = makeLocalChange(clock, startAt + i, write, byKey.get(key)?.record);
    clock = made.clock;
    byKey.set(key, { kind: write.kind, record: made.record as AnyStored });
  });
  const order = new Map(RECORD_KINDS.map((k, i) => [k as string, i]));
  return [...byKey.values()].sort((a, b) => (order.get(a.kind) ?? 0) - (order.get(b.kind) ?? 0));
}
