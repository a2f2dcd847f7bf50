import { declarations } from '../../../shared/kinds/registry';
import type { AnyStored } from '../../../shared/model/records';
import { writeBundle, type BundleAttachment, type BundleRecord } from '../../../shared/bundle/write';
import type { PonteDatabase } from '../db/database';
import { readClock } from '../db/device-clock';
import type { BlobRow } from '../attachments/blob-row';

// The whole device as a `.ponte` bundle, for a database still at an older
// schema: the backup taken before an upgrade. It reads only the tables that
// database has (exportBundle, which makes every other backup, reads every
// declared kind's table, and a newer kind's is not there yet), a table and a
// blob at a time, through the shared bundle writer into a Blob.

async function* deviceRecords(db: PonteDatabase): AsyncGenerator<BundleRecord> {
  const present = new Set(db.tables.map((t) => t.name));
  for (const declaration of declarations()) {
    // A database opened at an older version (the backup before an upgrade) may lack a newer kind's table.
    if (!present.has(declaration.table)) continue;
    const rows = (await db.table(declaration.table).toArray()) as AnyStored[];
    for (const record of rows) yield { kind: declaration.kind, record };
  }
}

async function* deviceAttachments(db: PonteDatabase): AsyncGenerator<BundleAttachment> {
  if (!db.tables.some((t) => t.name === 'blobs')) return;
  const keys = (await db.blobs.toCollection().primaryKeys()) as string[];
  for (const sha256 of keys) {
    const row: BlobRow | undefined = await db.blobs.get(sha256);
    if (row) yield { sha256: row.sha256, mimeType: row.mimeType, bytes: new Uint8Array(row.bytes) };
  }
}

export async function deviceBundle(db: PonteDatabase, appVersion: string): Promise<Blob> {
  const { deviceId } = await readClock(db);
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  for await (const chunk of writeBundle(deviceRecords(db), deviceAttachments(db), { appVersion, deviceId, scope: { type: 'device' } })) {
    chunks.push(chunk as Uint8Array<ArrayBuffer>);
  }
  return new Blob(chunks, { type: 'application/octet-stream' });
}
