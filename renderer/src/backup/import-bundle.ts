import type { Table } from 'dexie';
import type { PonteDatabase } from '../db/database';
import { readClock, saveClock } from '../db/device-clock';
import { withLocalFields } from '../db/local-fields';
import { putPreparedAll } from '../attachments/blob-store';
import { declarationOf, declarations } from '../../../shared/kinds/registry';
import type { AnyStored, RecordKind } from '../../../shared/model/records';
import { ClockDriftError, receive, tick, type HlcState } from '../../../shared/clock/hlc';
import { BundleError, BUNDLE_DAMAGES, type BundleDamage } from '../../../shared/bundle/format';
import { readBundle, type BundleContents, type BundleSummary } from '../../../shared/bundle/read';
import { planImport, type ImportPlan } from '../../../shared/bundle/plan-import';
import { applyChange } from '../../../shared/sync/merge';
import { changesOfRecord } from '../../../shared/sync/record-state';
import type { BlobRow } from '../attachments/blob-row';
import { exportBundle } from './export-bundle';
import { outboxSeen, storedSeen, withSeenForBundle } from './seen';
import { restoreSettings } from './device-settings';

// Opening a bundle and bringing it into this device: read and check all of
// it (any damage is a typed error and nothing is written), plan what merging
// it would change with the one merge (shared/bundle/plan-import.ts), then
// write exactly that in Dexie transactions of bounded size, each record merged
// once more into what the device holds at that moment, so an edit made while
// the plan was on screen is never overwritten. Like a pull, an import puts
// nothing in the outbox: the records keep their ids and stamps, and whichever
// device wrote them sends them to a server itself.

/** Why a file cannot be imported: one of the bundle's damage codes, or a clock far ahead, or a file that cannot be read at all. */
export type ImportErrorCode = BundleDamage | 'clockAhead' | 'unreadable';
export const IMPORT_ERROR_CODES: readonly ImportErrorCode[] = [...BUNDLE_DAMAGES, 'clockAhead', 'unreadable'];

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
    this.name = 'ImportError';
  }
}

export type PlannedImport = {
  summary: BundleSummary;
  plan: ImportPlan;
  contents: BundleContents;
  /** The device's clock after the stamps the plan made for its conflicts. */
  clock: HlcState;
};

export type ImportProgress = { phase: 'records' | 'attachments' | 'backup' | 'clearing'; done: number; total: number };

export type ReadOptions = { maxBytes?: number; now?: number };

/** Records written per transaction: a thousand keeps each short (tens of ms), and the interface breathes between them. */
const WRITE_CHUNK = 1000;
/** Attachment bytes stored per transaction. */
const BLOB_CHUNK_BYTES = 8 * 1024 * 1024;

const tableOf = (db: PonteDatabase, kind: string) => db.table(declarationOf(kind)!.table) as Table<AnyStored, string>;

async function readChecked(file: Blob | Uint8Array, maxBytes: number | undefined): Promise<BundleContents> {
  try {
    return await readBundle(file, { maxBytes });
  } catch (error) {
    if (error instanceof BundleError) throw new ImportError(error.code, error.detail);
    throw new ImportError('unreadable', error instanceof Error ? error.message : String(error));
  }
}

/** This device's copies of the records the file names, and its conflicts of those pairings, read a chunk at a time. */
async function currentRecords(db: PonteDatabase, contents: BundleContents): Promise<Map<string, AnyStored>> {
  const current = new Map<string, AnyStored>();
  for (const [kind, list] of Object.entries(contents.records) as [RecordKind, AnyStored[]][]) {
    const ids = list.map((r) => r.id);
    for (let at = 0; at < ids.length; at += 1000) {
      const found = await tableOf(db, kind).bulkGet(ids.slice(at, at + 1000));
      for (const r of found) if (r) current.set(`${kind}/${r.id}`, r);
    }
  }
  const conflicts = await db.conflicts.where('pairingId').anyOf(contents.manifest.pairingIds).toArray();
  for (const c of conflicts) current.set(`conflict/${c.id}`, c as AnyStored);
  // What this device knows its long texts' writers had seen: the plan tells an old file's text, replaced knowingly here, from a concurrent one.
  const seen = await outboxSeen(db, contents.manifest.pairingIds);
  for (const [key, record] of current) current.set(key, withSeenForBundle(key.slice(0, key.indexOf('/')), record, seen));
  return current;
}

function highestStamp(contents: BundleContents): string | null {
  let highest: string | null = null;
  for (const list of Object.values(contents.records)) for (const r of list ?? []) for (const s of Object.values(r.stamps)) if (highest === null || s > highest) highest = s;
  return highest;
}

function planAgainst(contents: BundleContents, clock: HlcState, now: number, current: (kind: RecordKind, id: string) => AnyStored | undefined): { plan: ImportPlan; clock: HlcState } {
  const highest = highestStamp(contents);
  try {
    // The clock passes every stamp the file holds, so edits made after the import order after it; a stamp far ahead is refused here, before anything is written.
    if (highest) clock = receive(clock, highest, now);
  } catch (error) {
    if (error instanceof ClockDriftError) throw new ImportError('clockAhead', error.message);
    throw new ImportError('invalidRecord', error instanceof Error ? error.message : String(error));
  }
  const plan = planImport({
    records: contents.records,
    current,
    stamp: () => {
      const t = tick(clock, now);
      clock = t.state;
      return t.stamp;
    },
  });
  return { plan, clock };
}

/** Reads and checks a bundle and works out what merging it would change here. Writes nothing. */
export async function readAndPlan(db: PonteDatabase, file: Blob | Uint8Array, options: ReadOptions = {}): Promise<PlannedImport> {
  const contents = await readChecked(file, options.maxBytes);
  const now = options.now ?? Date.now();
  const current = await currentRecords(db, contents);
  const clock = await db.transaction('r', db.meta, () => readClock(db));
  const planned = planAgainst(contents, clock, now, (kind, id) => current.get(`${kind}/${id}`));
  return { summary: contents.summary, contents, ...planned };
}

/** The role each attachment plays, from the declarations: a thumbnail is kept as one. */
function rolesOf(contents: BundleContents): Map<string, BlobRow['kind']> {
  const roles = new Map<string, BlobRow['kind']>();
  for (const d of declarations()) {
    for (const r of contents.records[d.kind as RecordKind] ?? []) {
      for (const a of d.attachments) {
        const sha = r[a.field];
        if (typeof sha === 'string' && !roles.has(sha)) roles.set(sha, a.role);
      }
    }
  }
  return roles;
}

async function storeAttachments(db: PonteDatabase, contents: BundleContents, report: (p: ImportProgress) => void): Promise<number> {
  const roles = rolesOf(contents);
  const list = contents.attachments;
  const have = new Set((await db.blobs.where('sha256').anyOf(list.map((a) => a.sha256)).primaryKeys()) as string[]);
  const missing = list.filter((a) => !have.has(a.sha256));
  let done = list.length - missing.length;
  report({ phase: 'attachments', done, total: list.length });
  let stored = 0;
  for (let at = 0; at < missing.length; ) {
    // Bytes are read (and were checked by the reader) outside the transaction: IndexedDB commits a transaction that waits on anything else.
    const batch: { sha256: string; row: Omit<BlobRow, 'addedAt'> }[] = [];
    let bytes = 0;
    while (at < missing.length && (batch.length === 0 || bytes < BLOB_CHUNK_BYTES)) {
      const a = missing[at++]!;
      const data = await a.read();
      // A view of a larger buffer (a bundle in memory) is copied; bytes read alone from a file are kept as they are.
      const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
      const buffer = (whole ? data.buffer : data.slice().buffer) as ArrayBuffer;
      batch.push({ sha256: a.sha256, row: { sha256: a.sha256, bytes: buffer, mimeType: a.mimeType, size: a.size, kind: roles.get(a.sha256) ?? 'original' } });
      bytes += a.size;
    }
    // Bytes that arrived meanwhile (a photo synced) are left as they are.
    await db.transaction('rw', db.blobs, async () => {
      stored += await putPreparedAll(db, batch);
    });
    done += batch.length;
    report({ phase: 'attachments', done, total: list.length });
  }
  return stored;
}

/** Records of kinds a newer Ponte wrote: kept aside as sync keeps such changes, and merged after an upgrade (applyKeptChanges). */
async function keepForLater(db: PonteDatabase, contents: BundleContents): Promise<void> {
  const rows = contents.later.flatMap(({ kind, record }) => changesOfRecord(kind, record).map((change) => ({ id: change.id, kind, pairingId: change.pairingId, change })));
  for (let at = 0; at < rows.length; at += WRITE_CHUNK) {
    const chunk = rows.slice(at, at + WRITE_CHUNK);
    await db.transaction('rw', db.laterChanges, () => db.laterChanges.bulkPut(chunk));
  }
}

/**
 * Writes a plan: each record merged into the device's copy as it is now (the
 * merge is per field and idempotent, so merging the planned record again
 * changes only what the plan changes, and never undoes a newer edit), in
 * transactions of up to a thousand records, then the attachment bytes.
 */
export async function applyPlan(db: PonteDatabase, planned: PlannedImport, onProgress: (p: ImportProgress) => void = () => {}): Promise<{ records: number; attachments: number }> {
  const writes = planned.plan.writes;
  onProgress({ phase: 'records', done: 0, total: writes.length });
  for (let at = 0; at < writes.length; at += WRITE_CHUNK) {
    const chunk = writes.slice(at, at + WRITE_CHUNK);
    const kinds = [...new Set(chunk.map((w) => w.kind))];
    await db.transaction('rw', [...kinds.map((k) => tableOf(db, k)), db.meta], async () => {
      for (const kind of kinds) {
        const ofKind = chunk.filter((w) => w.kind === kind).map((w) => w.record);
        const found = await tableOf(db, kind).bulkGet(ofKind.map((r) => r.id));
        const merged = ofKind.map((incoming, i) => {
          let record = found[i];
          // Still another pairing's record here: left alone, as the plan would have.
          if (record && record.pairingId !== incoming.pairingId) return null;
          const here = record;
          // Nothing here: the planned record is the merge of all its stamps into nothing already (the planner built it so).
          if (!here) return withLocalFields(kind, storedSeen(incoming, undefined, incoming));
          for (const change of changesOfRecord(kind, incoming)) record = applyChange(record, change).record;
          return withLocalFields(kind, storedSeen(record!, here, incoming));
        });
        await tableOf(db, kind).bulkPut(merged.filter((r): r is AnyStored => r !== null));
      }
      // The clock is saved with the data it stamps: past every stamp imported and every conflict the plan stamped.
      const clock = await readClock(db);
      if (planned.clock.millis > clock.millis || (planned.clock.millis === clock.millis && planned.clock.counter > clock.counter)) {
        await saveClock(db, { ...planned.clock, deviceId: clock.deviceId });
      }
    });
    onProgress({ phase: 'records', done: Math.min(at + WRITE_CHUNK, writes.length), total: writes.length });
  }
  await keepForLater(db, planned.contents);
  if (planned.contents.manifest.scope === 'device') await restoreSettings(db, planned.contents.settings);
  const attachments = await storeAttachments(db, planned.contents, onProgress);
  return { records: writes.length, attachments };
}

/** Tables whose rows are this device's records and bytes: what "replace everything" empties. */
const RECORD_TABLES = () => declarations().map((d) => d.table);

/**
 * Replaces everything on this device with the file: first a backup of what it
 * replaces, handed to `keepBackup` (which must succeed, or nothing is
 * touched), then every record, attachment and pending change is removed and
 * the file is brought in as into an empty device. The session, the clock and
 * the sync settings stay; sync cursors go back to the start so a later sync
 * fetches again what the server holds.
 */
export async function replaceEverything(
  db: PonteDatabase,
  planned: PlannedImport,
  options: { keepBackup: (backup: Blob) => Promise<void>; appVersion?: string; onProgress?: (p: ImportProgress) => void; now?: number },
): Promise<{ records: number; attachments: number }> {
  const onProgress = options.onProgress ?? (() => {});
  const now = options.now ?? Date.now();
  onProgress({ phase: 'backup', done: 0, total: 1 });
  await options.keepBackup(await exportBundle(db, { type: 'device' }, { appVersion: options.appVersion }));
  onProgress({ phase: 'backup', done: 1, total: 1 });
  const clock = await db.transaction('r', db.meta, () => readClock(db));
  const fresh = planAgainst(planned.contents, clock, now, () => undefined);
  onProgress({ phase: 'clearing', done: 0, total: 1 });
  const tables = [...RECORD_TABLES(), 'blobs', 'outbox', 'failedChanges', 'laterChanges', 'blobUploads'];
  for (const name of tables) {
    // One table per transaction: clearing is one request each, and a programme's photos are not all held in one.
    await db.transaction('rw', db.table(name), () => db.table(name).clear());
  }
  await db.transaction('rw', db.syncPairings, async () => {
    await db.syncPairings.toCollection().modify({ cursor: 0 });
  });
  onProgress({ phase: 'clearing', done: 1, total: 1 });
  return applyPlan(db, { ...planned, ...fresh }, onProgress);
}
