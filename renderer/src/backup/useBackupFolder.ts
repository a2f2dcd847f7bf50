import { useCallback, useEffect, useState } from 'react';
import type { BackupFolderStatus, BackupUnavailable } from '../../../shared/platform/backups';
import { platform } from '../platform/platform';

/**
 * The backup folder as the main process sees it (where, how many kept, what is
 * in it), or 'unavailable' in a tab. Asked again whenever `version` changes
 * (pass the time of the last outcome) and after `refresh()`.
 */
export function useBackupFolder(version: unknown): { folder: BackupFolderStatus | BackupUnavailable | undefined; refresh: () => void } {
  const [folder, setFolder] = useState<BackupFolderStatus | BackupUnavailable>();
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let live = true;
    platform()
      .backupStatus()
      .then((status) => live && setFolder(status))
      .catch(() => live && setFolder({ status: 'unavailable' }));
    return () => {
      live = false;
    };
  }, [version, asked]);
  const refresh = useCallback(() => setAsked((n) => n + 1), []);
  return { folder, refresh };
}
