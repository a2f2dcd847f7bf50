import type { Platform } from '../../../shared/platform/platform';
import type { PonteDatabase } from '../db/database';
import { takeBackup, type BackupProblem } from './auto-backup';

// "Replace everything with a file" removes what is on the device, so it is
// preceded by a backup of it, and nothing is replaced unless that backup was
// kept. On the desktop it goes where the automatic backups go (the backup
// folder, named 'before-replace', counted in its rotation), with no dialog:
// the user asked for one thing, not two. In a tab, which has no folder, the
// user saves it (a download or the save dialog the caller passes).

/** Why the backup before replacing was not kept: the folder's reason, or the user cancelled the save. */
export class BackupNotKept extends Error {
  constructor(
    readonly problem: BackupProblem | 'cancelled',
    readonly detail = '',
  ) {
    super(`the backup before replacing was not kept (${problem}${detail ? `: ${detail}` : ''})`);
    this.name = 'BackupNotKept';
  }
}

export type KeptBackup = { where: 'folder'; name: string } | { where: 'saved' };

/**
 * Keeps `backup` before a replace. Throws BackupNotKept when it was not
 * kept, so the caller (replaceEverything's keepBackup) touches nothing.
 * A daily backup running at that very moment answers instead (one backup at
 * a time): it holds the same data, since nothing was replaced yet.
 */
export async function keepBeforeReplace(
  db: PonteDatabase,
  p: Platform,
  backup: Blob,
  saveElsewhere: (backup: Blob) => Promise<boolean>,
  now: () => number = Date.now,
): Promise<KeptBackup> {
  const outcome = await takeBackup(db, p, async () => backup, 'before-replace', now);
  if (outcome?.status === 'written') return { where: 'folder', name: outcome.name };
  if (outcome?.status === 'failed') throw new BackupNotKept(outcome.code, outcome.message);
  if (!(await saveElsewhere(backup))) throw new BackupNotKept('cancelled');
  return { where: 'saved' };
}
