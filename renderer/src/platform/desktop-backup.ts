import type { BackupUpload } from '../../../shared/platform/platform';
import type { WriteBackupRequest, WriteBackupResult } from '../../../shared/platform/backups';

/** The size of each piece of a backup sent to the main process. */
export const BACKUP_CHUNK_BYTES = 8 * 1024 * 1024;

/**
 * Sends a backup to the main process a piece at a time: each piece is read
 * from the Blob only when it is sent, and copied (never a view, which would
 * carry its whole buffer across IPC). A failed piece ends the backup; the main
 * process has removed its temp file by then, and an exception aborts it.
 */
export async function uploadBackup(bridge: BackupUpload, { data, reason }: WriteBackupRequest, chunkBytes = BACKUP_CHUNK_BYTES): Promise<WriteBackupResult> {
  const begun = await bridge.beginBackup({ reason });
  if (begun.status !== 'started') return begun;
  const size = data instanceof Blob ? data.size : data.byteLength;
  try {
    for (let at = 0; at < size; at += chunkBytes) {
      const end = Math.min(size, at + chunkBytes);
      const chunk = data instanceof Blob ? new Uint8Array(await data.slice(at, end).arrayBuffer()) : data.slice(at, end);
      const appended = await bridge.appendBackup({ id: begun.id, chunk });
      if (appended.status === 'failed') return appended;
    }
  } catch (error) {
    await bridge.abortBackup(begun.id).catch(() => undefined);
    throw error;
  }
  return bridge.finishBackup(begun.id);
}
