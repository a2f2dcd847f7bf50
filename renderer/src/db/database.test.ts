import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { PonteDatabase } from './database';
import { writeRecords } from './write-path';
import { pendingChanges } from './outbox';
import { newPairingFields } from '../../../shared/model/defaults';

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
  it('upgrades a version 1 database to version 2, keeping records, outbox and clock', async () => {
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
    expect(db.verno).toBe(2);
    expect((await db.pairings.get('p1'))?.lac.municipalities[0]?.name).toBe('Cartagena de Indias');
    expect((await pendingChanges(db)).map((c) => c.recordId)).toEqual(['p1']);
    expect((await db.meta.get('clock'))?.value).toEqual(clockBefore);
    expect(await db.conflicts.count()).toBe(0);
    expect(await db.syncPairings.count()).toBe(0);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['conflicts', 'syncPairings', 'failedChanges']));
    db.close();
  });
});
