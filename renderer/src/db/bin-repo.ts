import type { Table } from 'dexie';
import type { PonteDatabase } from './database';
import { writeRecords } from './write-path';
import { declarationOf, declarations } from '../../../shared/kinds/registry';
import { binKinds, childLinks, parentOf } from '../../../shared/kinds/tree';
import type { AnyStored } from '../../../shared/model/records';
import type { Lang } from '../../../shared/i18n/langs';
import { hashesOf, isReferenced } from '../attachments/references';

// The bin holds every record a user deleted, grouped by pairing, each with
// what it takes along. Deleting is a tombstone on one record; what hangs from
// it stays as it was and is hidden with it, so restoring brings the whole
// back and removing for good removes the whole.

export type BinEntry = {
  kind: string;
  id: string;
  pairingId: string;
  label: string;
  /** What goes with it, by kind: records that hang from it and are not in the bin on their own. */
  takesAlong: { kind: string; count: number }[];
};

export type BinGroup = { pairingId: string; pairingLabel: string; pairingDeleted: boolean; entries: BinEntry[] };

type Ref = { kind: string; id: string };
const key = (r: Ref) => `${r.kind}/${r.id}`;

const tableOf = (db: PonteDatabase, kind: string) => db.table(declarationOf(kind)!.table) as Table<AnyStored, string>;

/** The records that hang from one, at any depth (not the record itself). */
async function descendants(db: PonteDatabase, root: Ref & { record: AnyStored }): Promise<(Ref & { record: AnyStored })[]> {
  const out: (Ref & { record: AnyStored })[] = [];
  if (root.kind === 'pairing') {
    for (const d of declarations()) {
      if (d.kind === 'pairing') continue;
      const records = await tableOf(db, d.kind).where('pairingId').equals(root.id).toArray();
      out.push(...records.map((record) => ({ kind: d.kind, id: record.id, record })));
    }
    return out;
  }
  const queue = [root];
  while (queue.length) {
    const node = queue.shift()!;
    for (const link of childLinks(node.kind)) {
      const found = await tableOf(db, link.child.kind).where(link.field).equals(node.id).toArray();
      const mine = link.kindField ? found.filter((r) => r[link.kindField!] === node.kind) : found;
      for (const record of mine) {
        const child = { kind: link.child.kind, id: record.id, record };
        out.push(child);
        queue.push(child);
      }
    }
  }
  return out;
}

/** Is any record above this one deleted? Then the bin shows it with that one, not on its own. */
async function hasDeletedAncestor(db: PonteDatabase, kind: string, record: AnyStored): Promise<boolean> {
  let current: { kind: string; record: AnyStored } = { kind, record };
  for (let depth = 0; depth < 10; depth++) {
    const up = parentOf(current.kind, current.record) ?? (current.kind === 'pairing' ? undefined : { kind: 'pairing', id: current.record.pairingId });
    if (!up) return false;
    const parent = await tableOf(db, up.kind).get(up.id);
    if (!parent) return false;
    if (parent.deleted) return true;
    current = { kind: up.kind, record: parent };
  }
  return false;
}

/** Everything in the bin, grouped by pairing, the pairings' own names first sorted by the caller. */
export async function listBin(db: PonteDatabase, lang: Lang): Promise<BinGroup[]> {
  const groups = new Map<string, BinGroup>();
  const pairingLabel = async (pairingId: string) => {
    const pairing = await db.pairings.get(pairingId);
    return pairing ? declarationOf('pairing')!.describe(pairing as never, lang) : pairingId;
  };
  for (const d of binKinds()) {
    const deleted = await tableOf(db, d.kind).filter((r) => r.deleted === true).toArray();
    for (const record of deleted) {
      if (await hasDeletedAncestor(db, d.kind, record)) continue;
      const along = (await descendants(db, { kind: d.kind, id: record.id, record })).filter((x) => declarationOf(x.kind)?.bin === 'listed' && !x.record.deleted);
      const counts = new Map<string, number>();
      for (const x of along) counts.set(x.kind, (counts.get(x.kind) ?? 0) + 1);
      let group = groups.get(record.pairingId);
      if (!group) groups.set(record.pairingId, (group = { pairingId: record.pairingId, pairingLabel: await pairingLabel(record.pairingId), pairingDeleted: false, entries: [] }));
      if (d.kind === 'pairing') group.pairingDeleted = true;
      group.entries.push({ kind: d.kind, id: record.id, pairingId: record.pairingId, label: d.describe(record as never, lang), takesAlong: [...counts].map(([kind, count]) => ({ kind, count })) });
    }
  }
  return [...groups.values()];
}

/** Brings a record back from the bin, with everything it took along. */
export async function restoreFromBin(db: PonteDatabase, entry: Pick<BinEntry, 'kind' | 'id' | 'pairingId'>): Promise<void> {
  await writeRecords(db, [{ kind: entry.kind as never, recordId: entry.id, pairingId: entry.pairingId, fields: { deleted: false } }]);
}

/**
 * Removes records in the bin from this device for good, with everything that
 * hangs from them, their conflicts, the changes set aside about them, and the
 * attachment bytes (and upload rows) no other record points to. Their
 * tombstones stay in the outbox, so the deletion still reaches other devices.
 * A pairing removed also stops being synced. Returns how many entries went.
 */
export async function removeFromBin(db: PonteDatabase, entries: readonly Pick<BinEntry, 'kind' | 'id' | 'pairingId'>[]): Promise<number> {
  const recordTables = declarations().map((d) => db.table(d.table));
  const local = [db.blobs, db.blobUploads, db.failedChanges, db.laterChanges, db.syncPairings];
  return db.transaction('rw', [...recordTables, ...local], async () => {
    const gone = new Map<string, Ref & { record: AnyStored }>();
    let removed = 0;
    for (const entry of entries) {
      const record = await tableOf(db, entry.kind).get(entry.id);
      if (!record?.deleted) continue; // restored meanwhile, or gone already: nothing to remove
      removed += 1;
      const root = { kind: entry.kind, id: entry.id, record };
      for (const x of [root, ...(await descendants(db, root))]) gone.set(key(x), x);
    }
    // Conflicts kept for any removed record go too, whatever kind they hang from.
    const refs = [...gone.values()].map((x) => x.id);
    for (const conflict of await db.conflicts.where('recordRef').anyOf(refs).toArray()) gone.set(key({ kind: 'conflict', id: conflict.id }), { kind: 'conflict', id: conflict.id, record: conflict as AnyStored });

    const hashes = new Set<string>();
    for (const d of declarations()) {
      const ofKind = [...gone.values()].filter((x) => x.kind === d.kind);
      if (ofKind.length === 0) continue;
      for (const h of hashesOf(d.kind, ofKind.map((x) => x.record))) hashes.add(h);
      await tableOf(db, d.kind).bulkDelete(ofKind.map((x) => x.id));
    }
    const goneIds = new Set(refs);
    const pairings = new Set(entries.filter((e) => e.kind === 'pairing' && gone.has(key(e))).map((e) => e.id));
    for (const table of [db.failedChanges, db.laterChanges] as Table<{ id: string; pairingId: string; change: { recordId: string } }, string>[]) {
      await table.filter((row) => pairings.has(row.pairingId) || goneIds.has(row.change.recordId)).delete();
    }
    for (const sha256 of hashes) {
      if (await isReferenced(db, sha256)) continue;
      await db.blobs.delete(sha256);
      await db.blobUploads.where('sha256').equals(sha256).delete();
    }
    if (pairings.size) {
      await db.blobUploads.where('pairingId').anyOf([...pairings]).delete();
      await db.syncPairings.bulkDelete([...pairings]);
    }
    return removed;
  });
}

/** Everything in the bin, for "Empty the bin". */
export async function emptyWholeBin(db: PonteDatabase, lang: Lang): Promise<number> {
  const groups = await listBin(db, lang);
  return removeFromBin(db, groups.flatMap((g) => g.entries));
}
