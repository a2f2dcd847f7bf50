import Dexie, { type Table } from 'dexie';
import type { RecordKind, Stored } from '../../../shared/model/records';
import type { Change } from '../../../shared/sync/change';
import { STAKEHOLDER_TABLES } from './schema-stakeholders';
import { MISSION_TABLES, MISSION_TABLE_OF } from './schema-missions';
import { UCAP_TABLES, UCAP_TABLE_OF } from './schema-ucap';

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
export type LaterChangeRow = { id: string; kind: string; change: Change };

/** An attachment this device has sent to the server for a pairing (so it is not sent again). */
export type BlobUploadRow = { key: string; pairingId: string; sha256: string; at: number };

/** A change the server refused for good (e.g. no longer a member): kept and shown, never silently dropped. */
export type FailedChangeRow = { id: string; pairingId: string; change: Change; reason: string; at: number };

/** The table that holds each kind of record. */
export const TABLE_OF = {
  pairing: 'pairings',
  agreement: 'agreements',
  position: 'positions',
  assignment: 'assignments',
  ...MISSION_TABLE_OF,
  ...UCAP_TABLE_OF,
  stakeholder: 'stakeholders',
  conflict: 'conflicts',
} as const satisfies Record<RecordKind, string>;

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

  constructor(name = 'ponte') {
    super(name);
    // Version 1. Each later version gets a test that upgrades a database
    // written by the one before (see database.test.ts). Booleans cannot be
    // IndexedDB keys, so `deleted` is filtered in memory, never indexed.
    this.version(1).stores({
      pairings: 'id',
      agreements: 'id, pairingId',
      positions: 'id, pairingId',
      assignments: 'id, pairingId, positionId',
      outbox: 'id, *pairingIds',
      meta: 'key',
    });
    // Version 2: the stakeholder register and technical missions, each
    // declaring its own tables (Dexie merges stores() of one version).
    this.version(2).stores({
      conflicts: 'id, pairingId, recordRef',
      syncPairings: 'pairingId',
      failedChanges: 'id, pairingId',
      blobUploads: 'key',
      laterChanges: 'id, kind',
      ...STAKEHOLDER_TABLES,
      ...MISSION_TABLES,
      ...UCAP_TABLES,
    });
  }

  /** The table of a kind. Dexie keeps one Table object per place, so always reach tables through this or the named fields. */
  tableOf<K extends RecordKind>(kind: K): Table<Stored<K>, string> {
    return (this as unknown as Record<string, Table<Stored<K>, string>>)[TABLE_OF[kind]]!;
  }
}
