import type { PonteDatabase } from '../db/database';
import { writeRecords } from '../db/write-path';
import { putBlob } from '../attachments/blob-store';
import { seedRecords } from '../../../shared/kinds/seeds';

// A device holding one record of every kind of a pairing, with its photo's
// bytes stored: what the backup tests export, import and compare.

export const photoBytes = (n: number) => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, n, n + 1, n + 2, 0xff, 0xd9]);

export async function seedPairing(db: PonteDatabase, pairingId: string, n = 1): Promise<{ photo: string; thumb: string }> {
  const photo = await putBlob(db, photoBytes(n).buffer, 'image/jpeg', 'original');
  const thumb = await putBlob(db, photoBytes(n + 100).buffer, 'image/jpeg', 'thumbnail');
  const writes = seedRecords(pairingId).map((s) => ({
    kind: s.kind,
    recordId: s.id,
    pairingId,
    fields: s.kind === 'photo' ? { ...s.fields, sha256: photo, thumbSha256: thumb } : s.fields,
  }));
  await writeRecords(db, writes);
  return { photo, thumb };
}

/** Every record of every synced table, sorted, without what a device knows of its writers (`_seenAt`, kept by imports): what two devices compare. */
export async function everyRecord(db: PonteDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (['outbox', 'meta', 'syncPairings', 'failedChanges', 'blobUploads', 'laterChanges', 'blobs', 'exchangeLedger'].includes(table.name)) continue;
    const rows = (await table.toArray()) as { id: string; _seenAt?: unknown }[];
    out[table.name] = rows.map(({ _seenAt, ...row }) => row).sort((a, b) => a.id.localeCompare(b.id));
  }
  return out;
}
