import type { Platform } from '../../../shared/platform/platform';
import type { BackupFile, BackupFolderStatus, WriteBackupRequest, WriteBackupResult } from '../../../shared/platform/backups';
import type { SaveFileRequest, SaveFileResult } from '../../../shared/platform/platform';

/** A platform for tests: a backup folder in memory (or none, as in a tab), and a recorded save dialog. */
export type TestPlatform = Platform & {
  written: { reason: WriteBackupRequest['reason']; data: Uint8Array; at: number }[];
  saved: SaveFileRequest[];
  /** What the next writes answer; 'ok' writes. */
  nextWrite: WriteBackupResult | 'ok';
  folder: BackupFolderStatus;
  chooseAnswer: string | null;
  openedFolder: number;
};

export function testPlatform(options: { desktop: boolean; now?: () => number; saveAnswer?: SaveFileResult }): TestPlatform {
  const now = options.now ?? Date.now;
  const files: BackupFile[] = [];
  const p: TestPlatform = {
    kind: options.desktop ? 'electron' : 'browser',
    written: [],
    saved: [],
    nextWrite: 'ok',
    chooseAnswer: null,
    openedFolder: 0,
    folder: { status: 'available', folder: '/home/ana/Documents/Ponte backups', isDefaultFolder: true, keep: 10, backups: files },
    async saveFile(request) {
      p.saved.push(request);
      return options.saveAnswer ?? { status: 'saved' };
    },
    async openExternal() {},
    async appVersion() {
      return 'test';
    },
    systemLanguages: () => ['en'],
    isOnline: () => true,
    onOnlineChange: () => () => undefined,
    async backupStatus() {
      return options.desktop ? { ...p.folder, backups: [...files] } : { status: 'unavailable' };
    },
    async writeBackup(request) {
      if (!options.desktop) return { status: 'unavailable' };
      if (p.nextWrite !== 'ok') return p.nextWrite;
      const at = Math.floor(now() / 1000) * 1000;
      const data = request.data instanceof Blob ? new Uint8Array(await request.data.arrayBuffer()) : request.data;
      p.written.push({ reason: request.reason, data, at });
      const file = { name: `ponte-backup-${at}-${request.reason}.ponte`, at, bytes: data.byteLength };
      files.unshift(file);
      return { status: 'written', file, removed: [] };
    },
    async chooseBackupFolder() {
      if (!options.desktop) return { status: 'unavailable' };
      if (p.chooseAnswer === null) return { status: 'cancelled' };
      p.folder = { ...p.folder, folder: p.chooseAnswer, isDefaultFolder: false };
      return { status: 'chosen', folder: p.chooseAnswer };
    },
    async openBackupFolder() {
      if (!options.desktop) return { status: 'unavailable' };
      p.openedFolder += 1;
      return { status: 'opened' };
    },
    async setBackupKeep(keep) {
      if (!options.desktop) return { status: 'unavailable' };
      p.folder = { ...p.folder, keep };
      return { status: 'saved', keep };
    },
  };
  return p;
}
