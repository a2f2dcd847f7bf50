import { createClock } from '../clock/hlc';
import { seedRecords } from '../kinds/seeds';
import type { AnyStored, RecordKind } from '../model/records';
import { makeLocalChange } from '../sync/local-change';
import { sha256Hex } from './format';
import { stampedRecords } from './stamped';
import type { BundleAttachment, BundleRecord } from './write';

// Records of every declared kind with real stamps, and attachments they point
// to, for the bundle's tests.

export const PHOTO_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);
export const THUMB_BYTES = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 8, 0xff, 0xd9]);

export async function everyKind(pairingId: string, deviceId = 'deva', startAt = 1_790_000_000_000): Promise<{ records: BundleRecord[]; attachments: BundleAttachment[] }> {
  const photo = await sha256Hex(PHOTO_BYTES);
  const thumb = await sha256Hex(THUMB_BYTES);
  const writes = seedRecords(pairingId).map((s) => ({
    kind: s.kind,
    recordId: s.id,
    pairingId,
    fields: s.kind === 'photo' ? { ...s.fields, sha256: photo, thumbSha256: thumb } : s.fields,
  }));
  // Conflicts are made by a server's merge, never by a seed: one, as a pull brings it.
  writes.push({
    kind: 'conflict',
    recordId: `conflict-${pairingId}`,
    pairingId,
    fields: { deleted: false, recordKind: 'mission', recordRef: `${pairingId}-mission`, field: 'findings', losingValue: 'Texto perdido', losingHlc: '001790000000000-0000-devb', winningHlc: '001790000000001-0000-deva' },
  });
  return {
    records: stampedRecords(writes, deviceId, startAt),
    attachments: [
      { sha256: photo, mimeType: 'image/jpeg', bytes: PHOTO_BYTES },
      { sha256: thumb, mimeType: 'image/jpeg', bytes: THUMB_BYTES },
    ],
  };
}

/** The record after one device's edit of some fields, stamped by that device's clock at `now`. */
export function edited(kind: RecordKind, record: AnyStored, fields: Record<string, unknown>, deviceId: string, now: number): AnyStored {
  return makeLocalChange(createClock(deviceId), now, { kind, recordId: record.id, pairingId: record.pairingId, fields }, record).record;
}
