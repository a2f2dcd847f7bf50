import { freshDatabase } from '../db/test-db';
import { readBundle } from '../../../shared/bundle/read';
import { seedPairing, everyRecord } from './test-device';
import { testPlatform } from './test-platform';
import { readBackupRecord } from './auto-backup';
import { BackupNotKept, keepBeforeReplace } from './before-replace';
import { exportBundle, readAndPlan, replaceEverything } from './index';

// A device holding pairing p2 is replaced with a file holding p1: what p2 was must be kept first.
async function deviceAndFile() {
  const a = freshDatabase();
  await seedPairing(a, 'p1');
  const b = freshDatabase();
  await seedPairing(b, 'p2', 5);
  return { a, b, planned: await readAndPlan(b, await exportBundle(a, { type: 'device' })) };
}

describe('the backup before "replace everything"', () => {
  it('on the desktop goes into the backup folder as before-replace, with no dialog, and is remembered', async () => {
    const { a, b, planned } = await deviceAndFile();
    const p = testPlatform({ desktop: true, now: () => Date.UTC(2026, 11, 3, 9) });
    let kept: Awaited<ReturnType<typeof keepBeforeReplace>> | undefined;
    await replaceEverything(b, planned, {
      keepBackup: async (blob) => void (kept = await keepBeforeReplace(b, p, blob, async () => Promise.reject(new Error('no dialog on the desktop')))),
    });
    expect(p.saved).toEqual([]);
    expect(p.written.map((w) => w.reason)).toEqual(['before-replace']);
    expect(kept).toEqual({ where: 'folder', name: expect.stringContaining('before-replace') });
    // The file in the folder holds what was replaced; the device now holds the file's data.
    expect((await readBundle(p.written[0]!.data)).manifest.pairingIds).toEqual(['p2']);
    expect(await everyRecord(b)).toEqual(await everyRecord(a));
    expect((await readBackupRecord(b)).lastOutcome).toMatchObject({ status: 'written', reason: 'before-replace' });
  });

  it('on the desktop replaces nothing when the folder cannot take it, and says why', async () => {
    const { b, planned } = await deviceAndFile();
    const p = testPlatform({ desktop: true });
    p.nextWrite = { status: 'failed', code: 'no-space', message: 'ENOSPC' };
    const saveElsewhere = vi.fn(async () => true);
    const replacing = replaceEverything(b, planned, { keepBackup: async (blob) => void (await keepBeforeReplace(b, p, blob, saveElsewhere)) });
    await expect(replacing).rejects.toMatchObject({ name: 'BackupNotKept', problem: 'no-space' });
    expect(saveElsewhere).not.toHaveBeenCalled();
    expect((await b.pairings.toArray()).map((r) => r.id)).toEqual(['p2']);
  });

  it('in a tab is saved by the user, and a cancelled save replaces nothing', async () => {
    const { a, b, planned } = await deviceAndFile();
    const p = testPlatform({ desktop: false });
    const cancelled = replaceEverything(b, planned, { keepBackup: async (blob) => void (await keepBeforeReplace(b, p, blob, async () => false)) });
    await expect(cancelled).rejects.toBeInstanceOf(BackupNotKept);
    expect((await b.pairings.toArray()).map((r) => r.id)).toEqual(['p2']);
    const saved: Blob[] = [];
    await replaceEverything(b, planned, { keepBackup: async (blob) => void (await keepBeforeReplace(b, p, blob, async (backup) => (saved.push(backup), true))) });
    expect(p.written).toEqual([]);
    expect((await readBundle(saved[0]!)).manifest.pairingIds).toEqual(['p2']);
    expect(await everyRecord(b)).toEqual(await everyRecord(a));
  });
});
