import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { formatDate } from './format-date';
import { useDb } from '../db/db-context';
import { isDownloadReminderDue, updateBackupRecord, type MakeBackup } from './auto-backup';
import { DownloadBackupButton } from './DownloadBackupButton';
import { makeDeviceBackup } from './make-backup';
import { useBackupFolder } from './useBackupFolder';
import { useBackupRecord } from './useBackupRecord';

/**
 * In a tab (no backup folder), a calm banner when the device holds work and the
 * last downloaded backup is a week old or there is none; "Later" hides it for a day.
 */
export function BackupReminder({ make = makeDeviceBackup }: { make?: MakeBackup }) {
  const { t, i18n } = useTranslation('autobackup');
  const db = useDb();
  const record = useBackupRecord();
  const { folder } = useBackupFolder(null);
  const hasWork = useLiveQuery(async () => (await db.pairings.count()) > 0, [db]);
  if (!record || folder?.status !== 'unavailable' || !hasWork || !isDownloadReminderDue(record, Date.now())) return null;
  return (
    <div className="banner backup-reminder" role="status" data-testid="backup-reminder">
      <p>{record.lastDownloadedAt === null ? t('reminder.never') : t('reminder.old', { time: formatDate(record.lastDownloadedAt, i18n.language) })}</p>
      <DownloadBackupButton make={make} />
      <button type="button" onClick={() => void updateBackupRecord(db, { reminderDismissedAt: Date.now() })}>
        {t('reminder.later')}
      </button>
    </div>
  );
}
