import type { PonteDatabase } from '../db/database';
import { declarations } from '../../../shared/kinds/registry';
import type { AnyStored } from '../../../shared/model/records';
import type { BlobRow } from './blob-row';

// Which attachment bytes the records point to, read from the declarations'
// attachment fields: a new kind with a file (a signed agreement, say) is
// synced and cleaned up by declaring its hash field, not by editing this file.

export type AttachmentRef = { pairingId: string; sha256: string; role: BlobRow['kind']; mimeType: string | null };

const withAttachments = () => declarations().filter((d) => d.attachments.length > 0);

/** Every attachment the live records of these pairings point to. */
export async function attachmentRefs(db: PonteDatabase, pairingIds: readonly string[]): Promise<AttachmentRef[]> {
  const refs: AttachmentRef[] = [];
  for (const d of withAttachments()) {
    const records = (await db.table(d.table).where('pairingId').anyOf([...pairingIds]).toArray()) as AnyStored[];
    for (const record of records) {
      if (record.deleted) continue;
      for (const a of d.attachments) {
        const sha256 = record[a.field];
        if (typeof sha256 !== 'string') continue;
        const mime = a.mimeField ? record[a.mimeField] : null;
        refs.push({ pairingId: record.pairingId, sha256, role: a.role, mimeType: typeof mime === 'string' ? mime : null });
      }
    }
  }
  return refs;
}

/** The attachment hashes a set of records holds. */
export function hashesOf(kind: string, records: readonly AnyStored[]): string[] {
  const d = withAttachments().find((x) => x.kind === kind);
  if (!d) return [];
  return records.flatMap((r) => d.attachments.map((a) => r[a.field]).filter((h): h is string => typeof h === 'string'));
}

/** The tables an attachment check reads, for the caller's transaction. */
export function attachmentTables(db: PonteDatabase) {
  return withAttachments().map((d) => db.table(d.table));
}

/** Does any record still on this device (deleted or not: a deleted one can be restored) point to these bytes? */
export async function isReferenced(db: PonteDatabase, sha256: string): Promise<boolean> {
  for (const d of withAttachments()) {
    for (const a of d.attachments) if ((await db.table(d.table).where(a.field).equals(sha256).count()) > 0) return true;
  }
  return false;
}
