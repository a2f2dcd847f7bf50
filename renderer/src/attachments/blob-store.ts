import type { PonteDatabase } from '../db/database';
import type { BlobRow } from './blob-row';
import { sha256Hex } from './hash';

// Attachment bytes, addressed by their SHA-256: the same bytes are stored once
// however many records point to them, and a sync can later ask "do you have
// this hash?" before sending anything. Not a synced record: no clock, no outbox.

export class AttachmentCorruptError extends Error {
  constructor(readonly sha256: string) {
    super(`attachment ${sha256} does not match its hash`);
    this.name = 'AttachmentCorruptError';
  }
}

export type StoredBytes = { sha256: string; row: Omit<BlobRow, 'addedAt'> & { addedAt?: number } };

/** The row to store for some bytes (hashing happens outside any transaction: crypto is not IndexedDB). */
export async function prepareBlob(bytes: ArrayBuffer, mimeType: string, kind: BlobRow['kind']): Promise<StoredBytes> {
  const sha256 = await sha256Hex(bytes);
  return { sha256, row: { sha256, bytes, mimeType, size: bytes.byteLength, kind } };
}

/** Stores prepared bytes unless that hash is already there. Call inside a transaction that includes `blobs`. */
export async function putPrepared(db: PonteDatabase, prepared: StoredBytes, now = Date.now()): Promise<boolean> {
  return (await putPreparedAll(db, [prepared], now)) === 1;
}

/** Many at once, in the caller's transaction, with two requests in all (a restore's thousands of photos): how many were new. */
export async function putPreparedAll(db: PonteDatabase, prepared: readonly StoredBytes[], now = Date.now()): Promise<number> {
  const there = await db.blobs.bulkGet(prepared.map((p) => p.sha256));
  const rows = prepared.filter((_, i) => !there[i]).map((p) => ({ ...p.row, addedAt: now }));
  await db.blobs.bulkPut(rows);
  return rows.length;
}

/** Hashes and stores bytes once; returns their hash. */
export async function putBlob(db: PonteDatabase, bytes: ArrayBuffer, mimeType: string, kind: BlobRow['kind'] = 'original'): Promise<string> {
  const prepared = await prepareBlob(bytes, mimeType, kind);
  await db.transaction('rw', db.blobs, () => putPrepared(db, prepared));
  return prepared.sha256;
}

/** The bytes of a hash, checked against it: a damaged file is refused, not shown. Undefined when not on this device (yet). */
export async function readBlob(db: PonteDatabase, sha256: string): Promise<BlobRow | undefined> {
  const row = await db.blobs.get(sha256);
  if (!row) return undefined;
  if ((await sha256Hex(row.bytes)) !== sha256) throw new AttachmentCorruptError(sha256);
  return row;
}

/** Bytes the attachments take on this device, originals and thumbnails. */
export async function storageUsed(db: PonteDatabase): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  await db.blobs.each((row) => {
    bytes += row.size;
    files += 1;
  });
  return { bytes, files };
}
