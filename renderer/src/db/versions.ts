import type { Transaction } from 'dexie';
import { declarations } from '../../../shared/kinds/registry';
import { BLOB_STORE } from '../attachments/blob-row';

// Every version of the device database, oldest first. Each version's stores
// are written out as they were when it shipped, never recomputed: a database
// opened by a newer app must meet exactly the schema its version declared.
// The latest version must equal what the record declarations and the local
// tables say today (see versions.test.ts), so changing a kind's table or
// indexes without adding a version fails a test instead of a user's upgrade.

export type DbVersion = {
  version: number;
  /** Dexie stores: table → primary key and indexes (null deletes a table). */
  stores: Record<string, string | null>;
  /** Rewrites data written by the version before, inside Dexie's upgrade transaction. */
  upgrade?: (tx: Transaction) => Promise<void>;
};

/** Tables of this device alone, not synced records: the outbox, settings, sync bookkeeping, attachment bytes, what was handed to which partner. */
export const LOCAL_STORES = {
  outbox: 'id, *pairingIds',
  meta: 'key',
  syncPairings: 'pairingId',
  failedChanges: 'id, pairingId',
  blobUploads: 'key, pairingId, sha256',
  laterChanges: 'id, kind, pairingId',
  blobs: BLOB_STORE,
  exchangeLedger: '[partnerKey+pairingId], partnerKey, pairingId',
} as const;

/** The stores the record declarations and the local tables call for now. */
export function declaredStores(): Record<string, string> {
  const records = Object.fromEntries(
    declarations().map((d) => {
      const indexed = [...new Set([...d.indexes, ...d.attachments.map((a) => a.field)])];
      return [d.table, ['id', ...indexed].join(', ')];
    }),
  );
  return { ...records, ...LOCAL_STORES };
}

export const DB_VERSIONS: readonly DbVersion[] = [
  {
    version: 1,
    stores: { pairings: 'id', agreements: 'id, pairingId', positions: 'id, pairingId', assignments: 'id, pairingId, positionId', outbox: 'id, *pairingIds', meta: 'key' },
  },
  {
    // The stakeholder register, technical missions, the UCAP and sync bookkeeping.
    version: 2,
    stores: {
      conflicts: 'id, pairingId, recordRef',
      syncPairings: 'pairingId',
      failedChanges: 'id, pairingId',
      blobUploads: 'key',
      laterChanges: 'id, kind',
      stakeholders: 'id, pairingId, [pairingId+_sortName]',
      missions: 'id, pairingId',
      agendaItems: 'id, pairingId, missionId',
      followUps: 'id, pairingId, missionId',
      personsMet: 'id, pairingId, missionId',
      photos: 'id, pairingId, missionId, sha256',
      blobs: 'sha256',
      ucapPlans: 'id, pairingId',
      ucapObjectives: 'id, pairingId',
      ucapActions: 'id, pairingId',
      ucapIndicators: 'id, pairingId',
      ucapBudgetLines: 'id, pairingId',
      ucapRates: 'id, pairingId',
      ucapRisks: 'id, pairingId',
      ucapCommItems: 'id, pairingId',
      ucapSnapshots: 'id, pairingId',
    },
  },
  {
    // Stores built from the record declarations. New indexes let the bin
    // remove a pairing's or a record's rows of every table: attachment hashes
    // (which bytes are still used), upload rows and set-aside changes by pairing.
    version: 3,
    stores: {
      pairings: 'id',
      agreements: 'id, pairingId',
      positions: 'id, pairingId',
      assignments: 'id, pairingId, positionId',
      missions: 'id, pairingId',
      agendaItems: 'id, pairingId, missionId',
      followUps: 'id, pairingId, missionId',
      personsMet: 'id, pairingId, missionId',
      photos: 'id, pairingId, missionId, sha256, thumbSha256',
      stakeholders: 'id, pairingId, [pairingId+_sortName]',
      ucapPlans: 'id, pairingId',
      ucapObjectives: 'id, pairingId',
      ucapActions: 'id, pairingId',
      ucapIndicators: 'id, pairingId',
      ucapBudgetLines: 'id, pairingId',
      ucapRates: 'id, pairingId',
      ucapRisks: 'id, pairingId',
      ucapCommItems: 'id, pairingId',
      ucapSnapshots: 'id, pairingId',
      conflicts: 'id, pairingId, recordRef',
      // The local tables as version 3 shipped them (written out: LOCAL_STORES has grown since).
      outbox: 'id, *pairingIds',
      meta: 'key',
      syncPairings: 'pairingId',
      failedChanges: 'id, pairingId',
      blobUploads: 'key, pairingId, sha256',
      laterChanges: 'id, kind, pairingId',
      blobs: 'sha256',
    },
    async upgrade(tx) {
      // Rows of version 2 did not say their pairing; the change they hold does.
      await tx.table('laterChanges').toCollection().modify((row: { pairingId?: string; change: { pairingId: string } }) => {
        row.pairingId = row.change.pairingId;
      });
    },
  },
  {
    // The exchange ledger (renderer/src/backup/exchange-ledger.ts): per partner
    // and pairing, the version of each record last handed over in a bundle.
    // A new table only: nothing of version 3 is rewritten.
    version: 4,
    stores: {
      exchangeLedger: '[partnerKey+pairingId], partnerKey, pairingId',
    },
  },
];

/** Versions must run 1, 2, 3… with no gap or repeat, each declaring stores (like tldraw's validateMigrations). */
export function validateVersions(versions: readonly DbVersion[]): void {
  versions.forEach((v, i) => {
    if (v.version !== i + 1) throw new Error(`database version ${v.version} is out of order: expected ${i + 1}`);
    if (Object.keys(v.stores).length === 0) throw new Error(`database version ${v.version} declares no stores`);
  });
}
