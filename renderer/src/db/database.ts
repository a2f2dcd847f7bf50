import Dexie, { type Table } from 'dexie';
import type { RecordKind, Stored } from '../../../shared/model/records';
import type { Change } from '../../../shared/sync/change';
import { KINDS, declarationOf } from '../../../shared/kinds/registry';
import type { BlobRow } from '../attachments/blob-row';
import { DB_VERSIONS, validateVersions, type DbVersion } from './versions';

/**
 * The changes of one write-path transaction, waiting to be sent. Each change
 * keeps its own id (sync applies each once); grouping them per transaction
 * keeps the outbox to one IndexedDB write per batch instead of one per record,
 * and hands sync the same atomic unit the device wrote. Ids are UUID v7, so
 * the table's order is the order the changes were made.
 */
export type OutboxEntry = { id: string; pairingIds: string[]; changes: Change[]; createdAt: number };

export type MetaRow = { key: string; value: unknown };

/** A pairing this device syncs: how far it has pulled, when it last synced, what went wrong. */
export type SyncPairingRow = { pairingId: string; cursor: number; lastSyncedAt: number | null; error: string | null; role: string | null };

/** A pulled change of a kind this version of Ponte does not know yet: kept, applied after an upgrade. */
export type LaterChangeRow = { id: string; kind: string; pairingId: string; change: Change };

/** An attachment this device has sent to the server for a pairing (so it is not sent again). */
export type BlobUploadRow = { key: string; pairingId: string; sha256: string; at: number };

/** A change the server refused for good (e.g. no longer a member): kept and shown, never silently dropped. */
export type FailedChangeRow = { id: string; pairingId: string; change: Change; reason: string; at: number };

/**
 * What this device last handed to one partner of one pairing in a bundle
 * (renderer/src/backup/exchange-ledger.ts): device-local, never synced and
 * never in a bundle. `partnerKey` is the partner's name folded for comparing;
 * `records` maps `kind/id` to the version of the record sent (record-version.ts).
 */
export type ExchangeLedgerRow = { partnerKey: string; pairingId: string; partner: string; sentAt: number; records: Record<string, string> };

/** The table that holds each kind of record, from the declarations. */
export const TABLE_OF = Object.fromEntries(KINDS.map((k) => [k.kind, k.table])) as { [K in RecordKind]: string };

export class PonteDatabase extends Dexie {
  declare pairings: Table<Stored<'pairing'>, string>;
  declare agreements: Table<Stored<'agreement'>, string>;
  declare positions: Table<Stored<'position'>, string>;
  declare assignments: Table<Stored<'assignment'>, string>;
  declare stakeholders: Table<Stored<'stakeholder'>, string>;
  declare conflicts: Table<Stored<'conflict'>, string>;
  declare outbox: Table<OutboxEntry, string>;
  declare meta: Table<MetaRow, string>;
  declare syncPairings: Table<SyncPairingRow, string>;
  declare failedChanges: Table<FailedChangeRow, string>;
  declare blobUploads: Table<BlobUploadRow, string>;
  declare laterChanges: Table<LaterChangeRow, string>;
  declare exchangeLedger: Table<ExchangeLedgerRow, [string, string]>;

  declare blobs: Table<BlobRow, string>;

  /** `versions` is for tests that stand for a later app version; the app always opens DB_VERSIONS. */
  constructor(name = 'ponte', versions: readonly DbVersion[] = DB_VERSIONS) {
    super(name);
    validateVersions(versions);
    // Booleans cannot be IndexedDB keys, so `deleted` is filtered in memory, never indexed.
    for (const v of versions) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }

  /** The table of a kind. Dexie keeps one Table object per place, so always reach tables through this or the named fields. */
  tableOf<K extends RecordKind>(kind: K): Table<Stored<K>, string> {
    const declaration = declarationOf(kind);
    if (!declaration) throw new Error(`unknown record kind: ${kind}`);
    return (this as unknown as Record<string, Table<Stored<K>, string>>)[declaration.table] ?? (this.table(declaration.table) as unknown as Table<Stored<K>, string>);
  }
}
