import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  backupSessionsFor,
  handleAbortBackup,
  handleAppendBackup,
  handleBackupStatus,
  handleBeginBackup,
  handleChooseBackupFolder,
  handleFinishBackup,
  handleOpenBackupFolder,
  handleSetBackupKeep,
  type BackupDeps,
  type OpenFolderDialogOptions,
} from './ipc-handlers';
import { appendBackupRequestSchema, backupIdSchema, backupKeepSchema, beginBackupRequestSchema, chooseBackupFolderRequestSchema, MAX_BACKUP_CHUNK_BYTES } from './ipc-schemas';
import type { BeginBackupResult, WriteBackupResult } from '../../shared/platform/backups';

let dir: string;
// One set of sessions per test, as the app keeps one for its whole life.
let sessions: ReturnType<typeof backupSessionsFor> | undefined;
beforeEach(async () => {
  sessions = undefined;
  dir = await mkdtemp(join(tmpdir(), 'ponte-ipc-backups-'));
  await mkdir(join(dir, 'userData'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function deps(answer: { canceled: boolean; filePaths: string[] } = { canceled: true, filePaths: [] }): BackupDeps & { asked: OpenFolderDialogOptions[]; opened: string[] } {
  const asked: OpenFolderDialogOptions[] = [];
  const opened: string[] = [];
  const place = { settingsFile: join(dir, 'userData', 'backup-settings.json'), documentsDir: join(dir, 'Documents') };
  return {
    asked,
    opened,
    openPath: async (path) => {
      opened.push(path);
      return '';
    },
    ...place,
    sessions: sessions ?? (sessions = backupSessionsFor(place, () => new Date('2026-12-02T19:36:00Z'))),
    showOpenDialog: async (options) => {
      asked.push(options);
      return answer;
    },
  };
}

describe('the backup IPC schemas', () => {
  it('accept a begin with a known reason only', () => {
    expect(beginBackupRequestSchema.safeParse({ reason: 'daily' }).success).toBe(true);
    expect(beginBackupRequestSchema.safeParse({ reason: 'weekly' }).success).toBe(false);
    expect(beginBackupRequestSchema.safeParse({ reason: 'daily', folder: '/etc' }).success).toBe(false);
  });

  it('accept a piece of bytes for a well-formed id, within the size cap', () => {
    const id = '0123456789abcdef01234567';
    expect(appendBackupRequestSchema.safeParse({ id, chunk: new Uint8Array([1]) }).success).toBe(true);
    expect(appendBackupRequestSchema.safeParse({ id, chunk: new Uint8Array(0) }).success).toBe(false);
    expect(appendBackupRequestSchema.safeParse({ id, chunk: [1, 2] }).success).toBe(false);
    expect(appendBackupRequestSchema.safeParse({ id: '../x', chunk: new Uint8Array([1]) }).success).toBe(false);
    const buffer = new ArrayBuffer(MAX_BACKUP_CHUNK_BYTES + 1);
    expect(appendBackupRequestSchema.safeParse({ id, chunk: new Uint8Array(buffer) }).success).toBe(false);
    expect(appendBackupRequestSchema.safeParse({ id, chunk: new Uint8Array(buffer, 1) }).success).toBe(true);
    expect(backupIdSchema.safeParse(id).success).toBe(true);
    expect(backupIdSchema.safeParse(id.toUpperCase()).success).toBe(false);
    expect(backupIdSchema.safeParse(42).success).toBe(false);
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
  it('write a backup sent in pieces into the default folder, and list it', async () => {
    const d = deps();
    const begun = (await handleBeginBackup(d, { reason: 'daily' })) as Extract<BeginBackupResult, { status: 'started' }>;
    expect(begun.status).toBe('started');
    // While it is being written, only a temp file that is not a backup is in the folder.
    expect((await handleBackupStatus(d)).backups).toEqual([]);
    expect(await handleAppendBackup(d, { id: begun.id, chunk: new Uint8Array([7, 7]) })).toEqual({ status: 'ok' });
    expect(await handleAppendBackup(d, { id: begun.id, chunk: new Uint8Array([8]) })).toEqual({ status: 'ok' });
    const result = await handleFinishBackup(d, begun.id);
    expect(result).toMatchObject({ status: 'written', file: { name: 'ponte-backup-2026-12-02-193600Z-daily.ponte', bytes: 3 } });
    const folder = join(dir, 'Documents', 'Ponte backups');
    expect(await handleBackupStatus(d)).toEqual({
      status: 'available',
      folder,
      isDefaultFolder: true,
      keep: 10,
      backups: [{ name: 'ponte-backup-2026-12-02-193600Z-daily.ponte', at: Date.parse('2026-12-02T19:36:00Z'), bytes: 3 }],
    });
    expect(new Uint8Array(await readFile(join(folder, 'ponte-backup-2026-12-02-193600Z-daily.ponte')))).toEqual(new Uint8Array([7, 7, 8]));
    expect(await readdir(folder)).toEqual(['ponte-backup-2026-12-02-193600Z-daily.ponte']);
  });

  it('an aborted backup leaves nothing in the folder, and its id is dead', async () => {
    const d = deps();
    const begun = (await handleBeginBackup(d, { reason: 'manual' })) as Extract<BeginBackupResult, { status: 'started' }>;
    await handleAppendBackup(d, { id: begun.id, chunk: new Uint8Array([1]) });
    await handleAbortBackup(d, begun.id);
    expect(await readdir(join(dir, 'Documents', 'Ponte backups'))).toEqual([]);
    expect(await handleAppendBackup(d, { id: begun.id, chunk: new Uint8Array([1]) })).toMatchObject({ status: 'failed' });
    expect((await handleFinishBackup(d, begun.id)) as WriteBackupResult).toMatchObject({ status: 'failed' });
  });

  it('a backup with no bytes is refused and leaves nothing', async () => {
    const d = deps();
    const begun = (await handleBeginBackup(d, { reason: 'daily' })) as Extract<BeginBackupResult, { status: 'started' }>;
    expect(await handleFinishBackup(d, begun.id)).toMatchObject({ status: 'failed' });
    expect(await readdir(join(dir, 'Documents', 'Ponte backups'))).toEqual([]);
  });

  it('a temp file a crash left behind is removed at the next backup', async () => {
    const folder = join(dir, 'Documents', 'Ponte backups');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, '.ponte-backup-0123456789abcdef01234567.tmp'), 'half');
    await writeFile(join(folder, 'notes.tmp'), 'the user’s');
    const d = deps();
    const begun = (await handleBeginBackup(d, { reason: 'daily' })) as Extract<BeginBackupResult, { status: 'started' }>;
    await handleAppendBackup(d, { id: begun.id, chunk: new Uint8Array([1]) });
    await handleFinishBackup(d, begun.id);
    expect((await readdir(folder)).sort()).toEqual(['notes.tmp', 'ponte-backup-2026-12-02-193600Z-daily.ponte']);
  });

  it('throw on malformed backup requests and write nothing', async () => {
    await expect(handleBeginBackup(deps(), { reason: 'hourly' })).rejects.toThrow(/begin-backup request/);
    await expect(handleBeginBackup(deps(), undefined)).rejects.toThrow(/begin-backup request/);
    await expect(handleAppendBackup(deps(), { id: 'x', chunk: new Uint8Array([1]) })).rejects.toThrow(/append-backup request/);
    await expect(handleFinishBackup(deps(), '../../etc')).rejects.toThrow(/backup id/);
    await expect(handleAbortBackup(deps(), 5)).rejects.toThrow(/backup id/);
    expect(await readdir(dir)).toEqual(['userData']);
  });

  it('open the folder dialog on the current folder and remember a writable choice', async () => {
    const chosen = join(dir, 'USB');
    await mkdir(chosen);
    const d = deps({ canceled: false, filePaths: [chosen] });
    expect(await handleChooseBackupFolder(d, { dialogTitle: 'Backup folder' })).toEqual({ status: 'chosen', folder: chosen });
    expect(d.asked).toEqual([{ defaultPath: join(dir, 'Documents', 'Ponte backups'), properties: ['openDirectory', 'createDirectory'], title: 'Backup folder' }]);
    expect(await handleBackupStatus(d)).toMatchObject({ folder: chosen, isDefaultFolder: false });
    const begun = (await handleBeginBackup(d, { reason: 'manual' })) as Extract<BeginBackupResult, { status: 'started' }>;
    await handleAppendBackup(d, { id: begun.id, chunk: new Uint8Array([1]) });
    await handleFinishBackup(d, begun.id);
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

  it('show the backup folder in the file manager, making the default one first; a chosen folder that is gone is said', async () => {
    const d = deps();
    expect(await handleOpenBackupFolder(d)).toEqual({ status: 'opened' });
    expect(d.opened).toEqual([join(dir, 'Documents', 'Ponte backups')]);
    expect(await readdir(join(dir, 'Documents'))).toEqual(['Ponte backups']);
    const gone = join(dir, 'USB');
    await mkdir(gone);
    await handleChooseBackupFolder(deps({ canceled: false, filePaths: [gone] }), {});
    await rm(gone, { recursive: true });
    const again = deps();
    expect(await handleOpenBackupFolder(again)).toMatchObject({ status: 'failed', code: 'folder-missing' });
    expect(again.opened).toEqual([]);
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
