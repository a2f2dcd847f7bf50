import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupFileName,
  backupStatus,
  checkWritableFolder,
  defaultBackupFolder,
  failureCode,
  listBackups,
  parseBackupFileName,
  parseBackupSettings,
  readBackupSettings,
  realIo,
  rememberFolder,
  rememberKeep,
  rotateBackups,
  writeBackupFile,
  writeBackupInPlace,
  type BackupIo,
  type BackupPlace,
} from './backups';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ponte-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (...values: number[]) => new Uint8Array(values);
const at = (iso: string) => new Date(iso);

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('backup file names', () => {
  it('say the UTC time and the reason, and read back to the same second', () => {
    const name = backupFileName(at('2026-12-02T19:36:05.789Z'), 'daily');
    expect(name).toBe('ponte-backup-2026-12-02-193605Z-daily.ponte');
    expect(parseBackupFileName(name)).toEqual({ at: Date.parse('2026-12-02T19:36:05Z'), reason: 'daily', n: 0 });
    expect(parseBackupFileName('ponte-backup-2026-12-02-193605Z-before-replace.ponte')).toMatchObject({ reason: 'before-replace' });
    expect(parseBackupFileName(backupFileName(at('2027-01-09T03:04:00Z'), 'before-upgrade', 2))).toEqual({
      at: Date.parse('2027-01-09T03:04:00Z'),
      reason: 'before-upgrade',
      n: 2,
    });
  });

  it.each(['notes.ponte', 'ponte-backup-2026-12-02-193605Z-daily.ponte.tmp', 'ponte-backup-2026-13-02-193605Z-daily.ponte', 'ponte-backup-2026-02-30-000000Z-daily.ponte', 'ponte-backup-2026-12-02-193605Z-weekly.ponte'])(
    'are not read into %j',
    (name) => {
      expect(parseBackupFileName(name)).toBeNull();
    },
  );
});

describe('failure codes', () => {
  it.each([
    ['ENOSPC', 'no-space'],
    ['EDQUOT', 'no-space'],
    ['EACCES', 'no-permission'],
    ['EPERM', 'no-permission'],
    ['EROFS', 'no-permission'],
    ['ENOENT', 'folder-missing'],
    ['ENOTDIR', 'folder-missing'],
    ['EIO', 'unknown'],
  ])('%s is said as %s', (code, said) => {
    expect(failureCode(errno(code))).toBe(said);
  });

  it('something that is not an error is unknown', () => {
    expect(failureCode('boom')).toBe('unknown');
    expect(failureCode(null)).toBe('unknown');
  });
});

describe('writeBackupFile', () => {
  it('writes the bytes under a dated name and leaves no temporary file', async () => {
    const result = await writeBackupFile({ folder: dir, createFolder: false, keep: 10, data: bytes(1, 2, 3), reason: 'daily', now: at('2026-12-02T19:36:00Z') });
    expect(result).toEqual({
      status: 'written',
      file: { name: 'ponte-backup-2026-12-02-193600Z-daily.ponte', at: Date.parse('2026-12-02T19:36:00Z'), bytes: 3 },
      removed: [],
    });
    expect(await readdir(dir)).toEqual(['ponte-backup-2026-12-02-193600Z-daily.ponte']);
    expect(new Uint8Array(await readFile(join(dir, 'ponte-backup-2026-12-02-193600Z-daily.ponte')))).toEqual(bytes(1, 2, 3));
  });

  it('two backups in the same second both stay', async () => {
    const input = { folder: dir, createFolder: false, keep: 10, reason: 'manual' as const, now: at('2026-12-02T19:36:00Z') };
    await writeBackupFile({ ...input, data: bytes(1) });
    const second = await writeBackupFile({ ...input, data: bytes(2) });
    expect(second.status === 'written' && second.file.name).toBe('ponte-backup-2026-12-02-193600Z-manual-1.ponte');
    expect((await listBackups(dir)).map((b) => b.name)).toEqual(['ponte-backup-2026-12-02-193600Z-manual-1.ponte', 'ponte-backup-2026-12-02-193600Z-manual.ponte']);
  });

  it('keeps the newest N, removing the oldest, and never touches files that are not backups', async () => {
    await writeFile(join(dir, 'my notes.txt'), 'mine');
    await writeFile(join(dir, 'ponte-export.ponte'), 'a bundle the user saved here');
    const written: string[] = [];
    for (let day = 1; day <= 5; day++) {
      const result = await writeBackupFile({ folder: dir, createFolder: false, keep: 3, data: bytes(day), reason: 'daily', now: at(`2026-11-0${day}T08:00:00Z`) });
      if (result.status !== 'written') throw new Error(result.status);
      written.push(result.file.name);
      if (day === 4) expect(result.removed).toEqual([written[0]]);
    }
    const left = await listBackups(dir);
    expect(left.map((b) => b.name)).toEqual([written[4], written[3], written[2]]);
    expect(left.map((b) => b.at)).toEqual([Date.parse('2026-11-05T08:00:00Z'), Date.parse('2026-11-04T08:00:00Z'), Date.parse('2026-11-03T08:00:00Z')]);
    expect((await readdir(dir)).sort()).toEqual([...written.slice(2), 'my notes.txt', 'ponte-export.ponte'].sort());
  });

  it('orders by the time in the name, not by the order files were written', async () => {
    await writeBackupFile({ folder: dir, createFolder: false, keep: 10, data: bytes(1), reason: 'daily', now: at('2026-11-05T08:00:00Z') });
    await writeBackupFile({ folder: dir, createFolder: false, keep: 2, data: bytes(2), reason: 'before-upgrade', now: at('2026-11-01T08:00:00Z') });
    await writeBackupFile({ folder: dir, createFolder: false, keep: 2, data: bytes(3), reason: 'daily', now: at('2026-11-03T08:00:00Z') });
    expect((await listBackups(dir)).map((b) => b.name)).toEqual(['ponte-backup-2026-11-05-080000Z-daily.ponte', 'ponte-backup-2026-11-03-080000Z-daily.ponte']);
  });

  it('makes the default folder when it is missing', async () => {
    const folder = defaultBackupFolder(join(dir, 'Documents'));
    const result = await writeBackupFile({ folder, createFolder: true, keep: 10, data: bytes(9), reason: 'daily', now: at('2026-12-02T00:00:00Z') });
    expect(result.status).toBe('written');
    expect(await readdir(folder)).toEqual(['ponte-backup-2026-12-02-000000Z-daily.ponte']);
  });

  it('says folder-missing when a chosen folder is gone (a USB stick taken out), and makes nothing', async () => {
    const folder = join(dir, 'stick', 'Ponte');
    const result = await writeBackupFile({ folder, createFolder: false, keep: 10, data: bytes(9), reason: 'daily', now: at('2026-12-02T00:00:00Z') });
    expect(result).toMatchObject({ status: 'failed', code: 'folder-missing' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('says folder-missing when the folder path is a file', async () => {
    await writeFile(join(dir, 'not-a-folder'), 'x');
    const result = await writeBackupFile({ folder: join(dir, 'not-a-folder'), createFolder: true, keep: 10, data: bytes(9), reason: 'daily', now: at('2026-12-02T00:00:00Z') });
    expect(result).toMatchObject({ status: 'failed', code: 'folder-missing' });
  });

  // This machine runs tests as root, for whom chmod 555 does not stop a write;
  // the file operations are given the very errors the disk would raise.
  it.each([
    ['ENOSPC', 'no-space'],
    ['EACCES', 'no-permission'],
    ['EROFS', 'no-permission'],
  ] as const)('a write refused with %s is said as %s, and leaves no partial file and the old backups intact', async (code, said) => {
    await writeBackupFile({ folder: dir, createFolder: false, keep: 1, data: bytes(1), reason: 'daily', now: at('2026-12-01T00:00:00Z') });
    const failing: BackupIo = {
      ...realIo,
      async create(path) {
        const real = await realIo.create(path);
        return {
          ...real,
          write: async (data: Uint8Array) => {
            await real.write(data.subarray(0, 1)); // half written, then the disk refuses
            throw errno(code);
          },
          sync: () => real.sync(),
          close: () => real.close(),
        };
      },
    };
    const result = await writeBackupFile({ folder: dir, createFolder: false, keep: 1, data: bytes(2, 2, 2), reason: 'daily', now: at('2026-12-02T00:00:00Z'), io: failing });
    expect(result).toEqual({ status: 'failed', code: said, message: `${code}: simulated` });
    expect(await readdir(dir)).toEqual(['ponte-backup-2026-12-01-000000Z-daily.ponte']);
  });

  it('a rename that fails leaves no temporary file behind', async () => {
    const failing: BackupIo = { ...realIo, rename: async () => Promise.reject(errno('EPERM')) };
    const result = await writeBackupFile({ folder: dir, createFolder: false, keep: 3, data: bytes(2), reason: 'daily', now: at('2026-12-02T00:00:00Z'), io: failing });
    expect(result).toMatchObject({ status: 'failed', code: 'no-permission' });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('rotateBackups', () => {
  it('keeps going when one old backup cannot be removed', async () => {
    for (let day = 1; day <= 3; day++) {
      await writeBackupFile({ folder: dir, createFolder: false, keep: 10, data: bytes(day), reason: 'daily', now: at(`2026-11-0${day}T00:00:00Z`) });
    }
    const stuck = 'ponte-backup-2026-11-01-000000Z-daily.ponte';
    const removed = await rotateBackups(dir, 1, { unlink: (path) => (path.endsWith(stuck) ? Promise.reject(errno('EBUSY')) : realIo.unlink(path)) });
    expect(removed).toEqual(['ponte-backup-2026-11-02-000000Z-daily.ponte']);
    expect((await readdir(dir)).sort()).toEqual([stuck, 'ponte-backup-2026-11-03-000000Z-daily.ponte']);
  });
});

describe('the remembered folder and number', () => {
  const place = (): BackupPlace => ({ settingsFile: join(dir, 'userData', 'backup-settings.json'), documentsDir: join(dir, 'Documents') });

  beforeEach(async () => {
    await mkdir(join(dir, 'userData'));
  });

  it('start as the default folder under Documents, keeping 10, with no problem before the first backup', async () => {
    expect(await backupStatus(place())).toEqual({ status: 'available', folder: join(dir, 'Documents', 'Ponte backups'), isDefaultFolder: true, keep: 10, backups: [] });
  });

  it('bad or foreign settings files give the defaults', () => {
    expect(parseBackupSettings('{')).toEqual({ folder: null, keep: 10 });
    expect(parseBackupSettings(JSON.stringify({ folder: '/x', keep: 0 }))).toEqual({ folder: null, keep: 10 });
    expect(parseBackupSettings(JSON.stringify({ folder: '/x', keep: 4 }))).toEqual({ folder: '/x', keep: 4 });
  });

  it('a chosen folder and N are remembered, and the next backup goes there and rotates by N', async () => {
    const chosen = join(dir, 'Elsewhere');
    await mkdir(chosen);
    await rememberFolder(place(), chosen);
    await rememberKeep(place(), 2);
    expect(await readBackupSettings(place().settingsFile)).toEqual({ folder: chosen, keep: 2 });
    for (let day = 1; day <= 3; day++) await writeBackupInPlace(place(), bytes(day), 'daily', at(`2026-11-0${day}T00:00:00Z`));
    const status = await backupStatus(place());
    expect(status).toMatchObject({ folder: chosen, isDefaultFolder: false, keep: 2 });
    expect(status.backups.map((b) => [b.name, b.bytes])).toEqual([
      ['ponte-backup-2026-11-03-000000Z-daily.ponte', 1],
      ['ponte-backup-2026-11-02-000000Z-daily.ponte', 1],
    ]);
  });

  it('choosing the default folder again forgets the chosen one', async () => {
    await rememberFolder(place(), join(dir, 'Elsewhere'));
    await rememberFolder(place(), defaultBackupFolder(place().documentsDir));
    expect(await readBackupSettings(place().settingsFile)).toEqual({ folder: null, keep: 10 });
  });

  it('a chosen folder that has gone is a problem the status says', async () => {
    await rememberFolder(place(), join(dir, 'gone'));
    expect(await backupStatus(place())).toMatchObject({ isDefaultFolder: false, backups: [], problem: 'folder-missing' });
    expect(await writeBackupInPlace(place(), bytes(1), 'daily', at('2026-12-02T00:00:00Z'))).toMatchObject({ status: 'failed', code: 'folder-missing' });
  });
});

describe('checkWritableFolder', () => {
  it('accepts a folder and refuses a file or a missing path', async () => {
    await writeFile(join(dir, 'file'), 'x');
    expect(await checkWritableFolder(dir)).toEqual({ status: 'ok' });
    expect(await checkWritableFolder(join(dir, 'file'))).toMatchObject({ status: 'failed', code: 'folder-missing' });
    expect(await checkWritableFolder(join(dir, 'nope'))).toMatchObject({ status: 'failed', code: 'folder-missing' });
  });
});
