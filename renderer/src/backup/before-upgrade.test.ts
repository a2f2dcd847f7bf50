import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { PonteDatabase } from '../db/database';
import { DB_VERSIONS } from '../db/versions';
import { NEWER_DB_VERSIONS } from '../../../test/newer-version';
import { readBackupRecord, type MakeBackup } from './auto-backup';
import { openDeviceDatabase, storedVersion } from './before-upgrade';
import { testPlatform } from './test-platform';

const uniqueName = () => `ponte-before-upgrade-${Math.random().toString(36).slice(2)}`;

/** A stand-in for the bundle writer: the version it saw and the pairings it read. */
function recordingMake() {
  const seen: { verno: number; pairings: string[]; tables: string[] }[] = [];
  const make: MakeBackup = async (db) => {
    seen.push({ verno: db.verno, pairings: (await db.pairings.toArray()).map((p) => p.id), tables: db.tables.map((t) => t.name) });
    return new Uint8Array([1, 2, 3]);
  };
  return { seen, make };
}

async function deviceAt(name: string, versions: typeof DB_VERSIONS) {
  const db = new PonteDatabase(name, versions);
  await db.open();
  await db.pairings.put({ id: 'p-malaga' } as never);
  db.close();
}

describe('storedVersion', () => {
  it('is null on a new device and the stored version otherwise', async () => {
    const name = uniqueName();
    expect(await storedVersion(name)).toBeNull();
    await deviceAt(name, DB_VERSIONS.slice(0, 2));
    expect(await storedVersion(name)).toBe(2);
  });
});

describe('openDeviceDatabase', () => {
  it('backs up the old data as the old version stored it, then upgrades', async () => {
    const name = uniqueName();
    await deviceAt(name, DB_VERSIONS);
    const p = testPlatform({ desktop: true });
    const { seen, make } = recordingMake();
    const opened = await openDeviceDatabase({ name, versions: NEWER_DB_VERSIONS, platform: p, make });
    // The backup read the database before the newer version's table existed.
    expect(seen).toEqual([{ verno: DB_VERSIONS.length, pairings: ['p-malaga'], tables: expect.not.arrayContaining(['siteVisits']) as unknown as string[] }]);
    expect(p.written.map((w) => w.reason)).toEqual(['before-upgrade']);
    expect(opened.beforeUpgrade).toMatchObject({ from: DB_VERSIONS.length, to: NEWER_DB_VERSIONS.length, outcome: { status: 'written' } });
    await opened.db.open();
    expect(opened.db.verno).toBe(NEWER_DB_VERSIONS.length);
    expect(opened.db.tables.map((t) => t.name)).toContain('siteVisits');
    expect(await opened.db.pairings.get('p-malaga')).toBeDefined();
    // What the backup gave is remembered across the upgrade, for the settings screen.
    expect((await readBackupRecord(opened.db)).lastOutcome).toMatchObject({ status: 'written', reason: 'before-upgrade' });
    opened.db.close();
  });

  it('a version 2 device is backed up at version 2, and its upgrade to 3 still runs', async () => {
    const name = uniqueName();
    await deviceAt(name, DB_VERSIONS.slice(0, 2));
    const p = testPlatform({ desktop: true });
    const { seen, make } = recordingMake();
    const opened = await openDeviceDatabase({ name, platform: p, make });
    expect(seen.map((s) => s.verno)).toEqual([2]);
    await opened.db.open();
    expect(opened.db.verno).toBe(DB_VERSIONS.length);
    opened.db.close();
  });

  it('a failed backup is remembered plainly and does not stop the upgrade', async () => {
    const name = uniqueName();
    await deviceAt(name, DB_VERSIONS);
    const p = testPlatform({ desktop: true });
    p.nextWrite = { status: 'failed', code: 'no-space', message: 'ENOSPC' };
    const opened = await openDeviceDatabase({ name, versions: NEWER_DB_VERSIONS, platform: p, make: recordingMake().make });
    expect(opened.beforeUpgrade?.outcome).toMatchObject({ status: 'failed', code: 'no-space', reason: 'before-upgrade' });
    await opened.db.open();
    expect(opened.db.verno).toBe(NEWER_DB_VERSIONS.length);
    expect((await readBackupRecord(opened.db)).lastOutcome).toMatchObject({ status: 'failed', code: 'no-space' });
    opened.db.close();
  });

  it('takes no backup on a new device, on a device already up to date, or in a tab', async () => {
    const fresh = uniqueName();
    const current = uniqueName();
    const inTab = uniqueName();
    await deviceAt(current, DB_VERSIONS);
    await deviceAt(inTab, DB_VERSIONS);
    const { seen, make } = recordingMake();
    const desktop = testPlatform({ desktop: true });
    for (const [name, p, versions] of [[fresh, desktop, DB_VERSIONS], [current, desktop, DB_VERSIONS], [inTab, testPlatform({ desktop: false }), NEWER_DB_VERSIONS]] as const) {
      const opened = await openDeviceDatabase({ name, versions, platform: p, make });
      expect(opened.beforeUpgrade).toBeNull();
      await opened.db.open();
      expect(opened.db.verno).toBe(versions.length);
      opened.db.close();
    }
    expect(seen).toEqual([]);
    expect(desktop.written).toEqual([]);
  });
});
