import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { PonteDatabase } from './database';
import { writeRecords } from './write-path';
import { pendingChanges } from './outbox';
import { newPairingFields } from '../../../shared/model/defaults';
import { DB_VERSIONS } from './versions';

// One test per schema version: a database written by the version before is
// opened by the current code, and its data is all there.

const V1_STORES = {
  pairings: 'id',
  agreements: 'id, pairingId',
  positions: 'id, pairingId',
  assignments: 'id, pairingId, positionId',
  outbox: 'id, *pairingIds',
  meta: 'key',
};

describe('database versions', () => {
  it('upgrades a version 1 database to the latest version, keeping records, outbox and clock', async () => {
    const name = `ponte-upgrade-${Math.random().toString(36).slice(2)}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    // Written as version 1 code wrote it: through the write path of that schema.
    const asV1 = Object.assign(v1, { tableOf: (kind: string) => v1.table(`${kind}s`), outbox: v1.table('outbox'), meta: v1.table('meta') }) as unknown as PonteDatabase;
    await writeRecords(asV1, [{ kind: 'pairing', recordId: 'p1', pairingId: 'p1', fields: { ...newPairingFields({ id: 'm1', name: 'Málaga', country: 'ES' }, { id: 'm2', name: 'Cartagena de Indias', country: 'CO' }) } }]);
    const clockBefore = (await v1.table('meta').get('clock')).value;
    v1.close();

    const db = new PonteDatabase(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSIONS.length);
    expect((await db.pairings.get('p1'))?.lac.municipalities[0]?.name).toBe('Cartagena de Indias');
    expect((await pendingChanges(db)).map((c) => c.recordId)).toEqual(['p1']);
    expect((await db.meta.get('clock'))?.value).toEqual(clockBefore);
    expect(await db.conflicts.count()).toBe(0);
    expect(await db.syncPairings.count()).toBe(0);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['conflicts', 'syncPairings', 'failedChanges']));
    db.close();
  });

  it('upgrades a version 2 database with data in every table to version 3, every row kept and newly indexed', async () => {
    const name = `ponte-upgrade-v2-${Math.random().toString(36).slice(2)}`;
    const v2 = new Dexie(name);
    for (const v of DB_VERSIONS.slice(0, 2)) v2.version(v.version).stores(v.stores);
    await v2.open();
    const tables = v2.tables.map((t) => t.name).sort();
    const sha = 'a'.repeat(64);
    const thumb = 'b'.repeat(64);
    const change = { id: 'ch1', kind: 'futureKind', recordId: 'f1', pairingId: 'p1', fields: { x: 1 }, hlc: '000000000000001-0000-dev' };
    const rows: Record<string, Record<string, unknown>> = {
      outbox: { id: 'o1', pairingIds: ['p1'], changes: [], createdAt: 1 },
      meta: { key: 'kept', value: 42 },
      syncPairings: { pairingId: 'p1', cursor: 7, lastSyncedAt: 1, error: null, role: 'editor' },
      failedChanges: { id: 'fc1', pairingId: 'p1', change, reason: 'notMember', at: 1 },
      blobUploads: { key: `p1/${sha}`, pairingId: 'p1', sha256: sha, at: 1 },
      laterChanges: { id: 'ch1', kind: 'futureKind', change },
      blobs: { sha256: sha, bytes: new ArrayBuffer(3), mimeType: 'image/jpeg', size: 3, kind: 'original', addedAt: 1 },
      photos: { id: 'ph1', pairingId: 'p1', missionId: 'm1', sha256: sha, thumbSha256: thumb, deleted: false, stamps: {} },
    };
    for (const table of tables) {
      const row = rows[table] ?? { id: `${table}-1`, pairingId: 'p1', missionId: 'm1', positionId: 'pos1', recordRef: 'r1', _sortName: 'x', deleted: false, stamps: {} };
      await v2.table(table).put(row);
    }
    v2.close();

    const db = new PonteDatabase(name, DB_VERSIONS.slice(0, 3));
    await db.open();
    expect(db.verno).toBe(3);
    for (const table of tables) expect(await db.table(table).count(), table).toBe(1);
    expect((await db.meta.get('kept'))?.value).toBe(42);
    expect(await db.laterChanges.where('pairingId').equals('p1').primaryKeys()).toEqual(['ch1']);
    expect(await db.blobUploads.where('sha256').equals(sha).count()).toBe(1);
    expect(await db.blobUploads.where('pairingId').equals('p1').count()).toBe(1);
    expect(await db.table('photos').where('thumbSha256').equals(thumb).count()).toBe(1);
    db.close();
  });

  it('upgrades a version 3 database with data in every table to version 4, every row kept, with an empty exchange ledger', async () => {
    const name = `ponte-upgrade-v3-${Math.random().toString(36).slice(2)}`;
    const v3 = new PonteDatabase(name, DB_VERSIONS.slice(0, 3));
    await v3.open();
    await writeRecords(v3, [{ kind: 'pairing', recordId: 'p1', pairingId: 'p1', fields: { ...newPairingFields({ id: 'm1', name: 'Málaga', country: 'ES' }, { id: 'm2', name: 'Cartagena de Indias', country: 'CO' }) } }]);
    const sha = 'a'.repeat(64);
    const rows: Record<string, Record<string, unknown>> = {
      outbox: { id: 'o-extra', pairingIds: ['p1'], changes: [], createdAt: 1 },
      meta: { key: 'kept', value: 42 },
      syncPairings: { pairingId: 'p1', cursor: 7, lastSyncedAt: 1, error: null, role: 'editor' },
      failedChanges: { id: 'fc1', pairingId: 'p1', change: { id: 'ch1' }, reason: 'notMember', at: 1 },
      blobUploads: { key: `p1/${sha}`, pairingId: 'p1', sha256: sha, at: 1 },
      laterChanges: { id: 'ch1', kind: 'futureKind', pairingId: 'p1', change: { id: 'ch1' } },
      blobs: { sha256: sha, bytes: new ArrayBuffer(3), mimeType: 'image/jpeg', size: 3, kind: 'original', addedAt: 1 },
      pairings: { id: 'p-extra', deleted: false, stamps: {} },
    };
    const tables = v3.tables.map((t) => t.name).sort();
    expect(tables).not.toContain('exchangeLedger');
    for (const table of tables) {
      await v3.table(table).put(rows[table] ?? { id: `${table}-1`, pairingId: 'p1', missionId: 'm1', positionId: 'pos1', recordRef: 'r1', _sortName: 'x', thumbSha256: sha, deleted: false, stamps: {} });
    }
    const counts = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await v3.table(t).count()] as const)));
    const clockBefore = (await v3.meta.get('clock'))?.value;
    v3.close();

    const db = new PonteDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    for (const table of tables) expect(await db.table(table).count(), table).toBe(counts[table]);
    expect((await db.pairings.get('p1'))?.lac.municipalities[0]?.name).toBe('Cartagena de Indias');
    expect((await pendingChanges(db)).map((c) => c.recordId)).toEqual(['p1']);
    expect((await db.meta.get('clock'))?.value).toEqual(clockBefore);
    expect(await db.exchangeLedger.count()).toBe(0);
    await db.exchangeLedger.put({ partnerKey: 'cartagena', pairingId: 'p1', partner: 'Cartagena', sentAt: 1, records: { 'pairing/p1': 'x' } });
    expect(await db.exchangeLedger.where('partnerKey').equals('cartagena').count()).toBe(1);
    expect(await db.exchangeLedger.where('pairingId').equals('p1').count()).toBe(1);
    db.close();
  });
});
