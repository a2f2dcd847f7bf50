import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readBundle } from '../../../shared/bundle/read';
import { newPairingFields } from '../../../shared/model/defaults';
import { PonteDatabase } from '../db/database';
import { freshDatabase } from '../db/test-db';
import { DB_VERSIONS } from '../db/versions';
import { writeRecords } from '../db/write-path';
import { setPlatform } from '../platform/platform';
import { hasEveryDeclaredTable, makeDeviceBackup } from './make-backup';
import { testPlatform } from './test-platform';

const pairing = (id: string) => ({ kind: 'pairing' as const, recordId: id, pairingId: id, fields: { ...newPairingFields({ id: `${id}-a`, name: 'Porto', country: 'PT' }, { id: `${id}-b`, name: 'Recife', country: 'BR' }) } });

afterEach(() => setPlatform(testPlatform({ desktop: false })));

describe('makeDeviceBackup', () => {
  it('makes the whole device with the app version the platform gives', async () => {
    const p = testPlatform({ desktop: true });
    p.appVersion = async () => '1.4.0';
    setPlatform(p);
    const db = freshDatabase();
    await writeRecords(db, [pairing('p1')]);
    expect(hasEveryDeclaredTable(db)).toBe(true);
    const contents = await readBundle(await makeDeviceBackup(db));
    expect(contents.summary).toMatchObject({ appVersion: '1.4.0', scope: 'device', pairingIds: ['p1'] });
  });

  it('backs up a database still at version 1, which lacks the tables of later kinds', async () => {
    setPlatform(testPlatform({ desktop: true }));
    const old = new PonteDatabase(`ponte-make-old-${Math.random().toString(36).slice(2)}`, DB_VERSIONS.slice(0, 1));
    await old.open();
    await writeRecords(old, [pairing('p-old')]);
    expect(hasEveryDeclaredTable(old)).toBe(false);
    const contents = await readBundle(await makeDeviceBackup(old));
    expect(contents.records.pairing?.map((r) => r.id)).toEqual(['p-old']);
    old.close();
  });
});
