import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { PonteDatabase } from './database';
import { DB_VERSIONS } from './versions';
import { ucapTable } from './schema-ucap';
import { startPlan } from './ucap-repo';

// The UCAP tables joined version 2 after devices had already opened version 2
// without them: such a database must open and gain the tables, data kept.

describe('the UCAP tables', () => {
  it('are added to a version 2 database that was created without them', async () => {
    const name = `ponte-ucap-upgrade-${Math.random().toString(36).slice(2)}`;
    const before = new Dexie(name);
    before.version(1).stores({ pairings: 'id', agreements: 'id, pairingId', positions: 'id, pairingId', assignments: 'id, pairingId, positionId', outbox: 'id, *pairingIds', meta: 'key' });
    before.version(2).stores(Object.fromEntries(Object.entries(DB_VERSIONS[1]!.stores).filter(([table]) => !table.startsWith('ucap'))));
    await before.open();
    await before.table('meta').put({ key: 'kept', value: 42 });
    before.close();

    const db = new PonteDatabase(name);
    await db.open();
    expect((await db.meta.get('kept'))?.value).toBe(42);
    const id = await startPlan(db, 'p1');
    expect((await ucapTable(db, 'ucapPlan').get(id))?.status).toBe('draft');
    expect(await startPlan(db, 'p1')).toBe(id);
    db.close();
  });
});
