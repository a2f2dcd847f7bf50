import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handleBackupStatus, handleChooseBackupFolder, handleSetBackupKeep, handleWriteBackup, type BackupDeps, type OpenFolderDialogOptions } from './ipc-handlers';
import { backupKeepSchema, chooseBackupFolderRequestSchema, MAX_BACKUP_BYTES, writeBackupRequestSchema } from './ipc-schemas';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ponte-ipc-backups-'));
  await mkdir(join(dir, 'userData'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function deps(answer: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] }): BackupDeps & { asked: OpenFolderDialogOptions[] } {
  const asked: OpenFolderDialogOptions[] = [];
  return {
    asked,
    settingsFile: join(dir, 'userData', 'backup-settings.json'),
    documentsDir: join(dir, 'Documents'),
    now: () => new Date('2026-12-02T19:36:00Z'),
    showOpenDialog: async (options) => {
      asked.push(options);
      return answer;
    },
  };
}

describe('the backup IPC schemas', () => {
  it('accept a write request of bytes and a known reason only', () => {
    expect(writeBackupRequestSchema.safeParse({ data: new Uint8Array([1]), reason: 'daily' }).success).toBe(true);
    expect(writeBackupRequestSchema.safeParse({ data: new Uint8Array([1]), reason: 'weekly' }).success).toBe(false);
    expect(writeBackupRequestSchema.safeParse({ data: new Uint8Array(0), reason: 'daily' }).success).toBe(false);
    expect(writeBackupRequestSchema.safeParse({ data: [1, 2], reason: 'daily' }).success).toBe(false);
    expect(writeBackupRequestSchema.safeParse({ data: new Uint8Array([1]), reason: 'daily', folder: '/etc' }).success).toBe(false);
    const buffer = new ArrayBuffer(MAX_BACKUP_BYTES + 1);
    expect(writeBackupRequestSchema.safeParse({ data: new Uint8Array(buffer), reason: 'daily' }).success).toBe(false);
    expect(writeBackupRequestSchema.safeParse({ data: new Uint8Array(buffer, 1), reason: 'daily' }).success).toBe(true);
  });

  it('let the page give a dialog title but never a path', () => {
    expect(chooseBackupFolderRequestSchema.safeParse({}).success).toBe(true);
    expect(chooseBackupFolderRequestSchema.safeParse({ dialogTitle: 'Pasta das cópias' }).success).toBe(true);
    expect(chooseBackupFolderRequestSchema.safeParse({ defaultPath: '/etc' }).success).toBe(false);
    expect(chooseBackupFolderRequestSchema.safeParse({ dialogTitle: 't'.repeat(201) }).success).toBe(false);
  });

  it.each([0, -1, 101, 2.5, '3', null, Number.NaN])('refuse keeping %j backups', (keep) => {
    expect(backupKeepSchema.safeParse(keep).success).toBe(false);
  });

  it('accept keeping 1 to 100', () => {
    expect(backupKeepSchema.safeParse(1).success).toBe(true);
    expect(backupKeepSchema.safeParse(100).success).toBe(true);
  });
});

describe('the backup handlers', () => {
  it('write a backup into the default folder and list it', async () => {
    const d = deps();
    const result = await handleWriteBackup(d, { data: new Uint8Array([7, 7]), reason: 'daily' });
    expect(result).toMatchObject({ status: 'written', file: { name: 'ponte-backup-2026-12-02-193600Z-daily.ponte', bytes: 2 } });
    expect(await handleBackupStatus(d)).toEqual({
      status: 'available',
      folder: join(dir, 'Documents', 'Ponte backups'),
      isDefaultFolder: true,
      keep: 10,
      backups: [{ name: 'ponte-backup-2026-12-02-193600Z-daily.ponte', at: Date.parse('2026-12-02T19:36:00Z'), bytes: 2 }],
    });
  });

  it('throw on a malformed write request and write nothing', async () => {
    await expect(handleWriteBackup(deps(), { data: 'bytes', reason: 'daily' })).rejects.toThrow(/write-backup request/);
    await expect(handleWriteBackup(deps(), undefined)).rejects.toThrow(/write-backup request/);
    expect(await readdir(dir)).toEqual(['userData']);
  });

  it('open the folder dialog on the current folder and remember a writable choice', async () => {
    const chosen = join(dir, 'USB');
    await mkdir(chosen);
    const d = deps({ canceled: false, filePaths: [chosen] });
    expect(await handleChooseBackupFolder(d, { dialogTitle: 'Backup folder' })).toEqual({ status: 'chosen', folder: chosen });
    expect(d.asked).toEqual([{ defaultPath: join(dir, 'Documents', 'Ponte backups'), properties: ['openDirectory', 'createDirectory'], title: 'Backup folder' }]);
    expect(await handleBackupStatus(d)).toMatchObject({ folder: chosen, isDefaultFolder: false });
    await handleWriteBackup(d, { data: new Uint8Array([1]), reason: 'manual' });
    expect(await readdir(chosen)).toEqual(['ponte-backup-2026-12-02-193600Z-manual.ponte']);
  });

  it('leave the folder as it was when the dialog is cancelled or the choice is not a folder', async () => {
    expect(await handleChooseBackupFolder(deps(), {})).toEqual({ status: 'cancelled' });
    const gone = join(dir, 'gone');
    expect(await handleChooseBackupFolder(deps({ canceled: false, filePaths: [gone] }), {})).toMatchObject({ status: 'failed', code: 'folder-missing' });
    expect(await handleBackupStatus(deps())).toMatchObject({ isDefaultFolder: true });
  });

  it('refuse a choose-folder request with fields of its own before showing a dialog', async () => {
    const d = deps();
    await expect(handleChooseBackupFolder(d, { defaultPath: '/' })).rejects.toThrow(/choose-folder request/);
    expect(d.asked).toEqual([]);
  });

  it('remember how many backups to keep, and refuse a bad number', async () => {
    const d = deps();
    expect(await handleSetBackupKeep(d, 3)).toEqual({ status: 'saved', keep: 3 });
    expect(await handleBackupStatus(d)).toMatchObject({ keep: 3 });
    await expect(handleSetBackupKeep(d, 0)).rejects.toThrow(/number of backups/);
    await expect(handleSetBackupKeep(d, '5')).rejects.toThrow(/number of backups/);
    expect(await handleBackupStatus(d)).toMatchObject({ keep: 3 });
  });
});
