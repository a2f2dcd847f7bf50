import type { Table } from 'dexie';
import type { PonteDatabase } from '../db/database';
import { readClock } from '../db/device-clock';
import { declarations } from '../../../shared/kinds/registry';
import type { AnyStored } from '../../../shared/model/records';
import { outboxSeen, withSeenForBundle } from './seen';
import { settingsForBackup } from './device-settings';
import { writeBundle, type BundleAttachment, type BundleRecord } from '../../../shared/bundle/write';
import type { RecordSelection } from './exchange-ledger';

// A device's records as a `.ponte` bundle (docs/bundle-format.md), read from
// Dexie in bounded chunks and streamed into the bundle writer: every kind the
// declarations list, deleted records (the bin) and conflicts included, and the
// attachment bytes the records point to. Device-local tables (outbox, sync
// cursors, the clock, the session) are never part of a bundle: a bundle holds
// no secret.

/**
 * A whole device (a backup), or some pairings to hand to a partner: all their
 * records, or those a selection takes (what changed since the last bundle for
 * that partner, exchange-ledger.ts), with the attachments they point to.
 */
export type ExportScope =
  | { type: 'device' }
  | { type: 'pairings'; pairingIds: readonly string[]; select?: RecordSelection };

export type ExportProgress = { phase: 'records' | 'attachments'; done: number; total: number };

export type ExportOptions = {
  appVersion?: string;
  onProgress?: (progress: ExportProgress) => void;
  /** Records read per Dexie request: bounds what is held besides the kind being written. */
  chunkSize?: number;
  now?: Date;
};

const CHUNK = 500;

const tableOf = (db: PonteDatabase, table: string) => db.table(table) as Table<AnyStored, string>;

/** The primary keys of a table's records in scope (keys only: a few bytes each, read in one request). */
async function keysInScope(db: PonteDatabase, table: string, kind: string, scope: ExportScope): Promise<string[]> {
  const t = tableOf(db, table);
  if (scope.type === 'device') return (await t.toCollection().primaryKeys()) as string[];
  // A pairing is its own pairing: its table has no pairingId index.
  if (kind === 'pairing') return [...scope.pairingIds];
  return (await t.where('pairingId').anyOf([...scope.pairingIds]).primaryKeys()) as string[];
}

/**
 * Writes the bundle and returns it as a Blob (its chunks are held once, as the
 * Blob's parts). The zip is made as the records are read: one kind's lines at
 * a time, one attachment at a time.
 */
export async function exportBundle(db: PonteDatabase, scope: ExportScope, options: ExportOptions = {}): Promise<Blob> {
  const chunkSize = options.chunkSize ?? CHUNK;
  const report = options.onProgress ?? (() => {});
  const clock = await db.transaction('r', db.meta, () => readClock(db));
  const kinds = declarations();
  const keys = new Map<string, string[]>();
  let totalRecords = 0;
  for (const d of kinds) {
    const k = await keysInScope(db, d.table, d.kind, scope);
    keys.set(d.kind, k);
    totalRecords += k.length;
  }
  const blobKeys = scope.type === 'device' ? ((await db.blobs.toCollection().primaryKeys()) as string[]) : null;
  // For pairings, the attachments are the ones the records read point to, known once the records are read.
  const referenced = new Set<string>();

  // Unsent edits say which version each long text replaced: carried as `seen`, so the partner tells a later edit from a concurrent one.
  const seen = await outboxSeen(db, scope.type === 'device' ? null : scope.pairingIds);
  let done = 0;
  async function* records(): AsyncGenerator<BundleRecord> {
    report({ phase: 'records', done, total: totalRecords });
    for (const d of kinds) {
      const ids = keys.get(d.kind)!;
      for (let at = 0; at < ids.length; at += chunkSize) {
        const found = await tableOf(db, d.table).bulkGet(ids.slice(at, at + chunkSize));
        for (const record of found) {
          if (!record) continue; // removed since the keys were read
          if (scope.type === 'pairings') {
            if (scope.select && !scope.select.include(d.kind, record)) continue;
            for (const a of d.attachments) {
              const sha = record[a.field];
              if (typeof sha === 'string') referenced.add(sha);
            }
          }
          yield { kind: d.kind, record: withSeenForBundle(d.kind, record, seen) };
        }
        done += found.length;
        report({ phase: 'records', done, total: totalRecords });
      }
    }
  }

  async function* attachments(): AsyncGenerator<BundleAttachment> {
    const hashes = blobKeys ?? [...referenced].sort();
    let sent = 0;
    report({ phase: 'attachments', done: 0, total: hashes.length });
    for (const sha256 of hashes) {
      // One at a time: a programme's photos are never all in memory.
      const row = await db.blobs.get(sha256);
      sent += 1;
      // Bytes not on this device (not yet pulled) are not in the bundle; the partner fetches them from a server later.
      if (row) yield { sha256, mimeType: row.mimeType, bytes: new Uint8Array(row.bytes) };
      else if (scope.type === 'pairings') scope.select?.lacking(sha256);
      report({ phase: 'attachments', done: sent, total: hashes.length });
    }
  }

  const parts: BlobPart[] = [];
  for await (const chunk of writeBundle(records(), attachments(), {
    appVersion: options.appVersion ?? 'web',
    deviceId: clock.deviceId,
    createdAt: options.now,
    scope: scope.type === 'device' ? { type: 'device' } : { type: 'pairings', pairingIds: scope.pairingIds },
    changesSince: scope.type === 'pairings' ? scope.select?.changesSince : undefined,
    // A backup carries the device's settings (no secret); a partner's file does not.
    settings: scope.type === 'device' ? await settingsForBackup(db) : undefined,
  })) {
    parts.push(chunk as Uint8Array<ArrayBuffer>);
  }
  return new Blob(parts, { type: 'application/zip' });
}

/** A file name for a bundle: `ponte-backup-2026-12-02.ponte`, `ponte-exchange-2026-12-02.ponte`. */
export function bundleFileName(scope: ExportScope, now = new Date()): string {
  return `ponte-${scope.type === 'device' ? 'backup' : 'exchange'}-${now.toISOString().slice(0, 10)}.ponte`;
}
