import { useTranslation } from 'react-i18next';
import type { MakeBackup } from './auto-backup';
import { makeDeviceBackup } from './make-backup';
import { useBackupFolder } from './useBackupFolder';
import { useBackupRecord } from './useBackupRecord';
import { DesktopBackupSettings } from './DesktopBackupSettings';
import { TabBackupSettings } from './TabBackupSettings';

/** The backups card of the settings screen: the desktop's folder, or the tab's downloads. */
export function BackupSettings({ make = makeDeviceBackup }: { make?: MakeBackup }) {
  const { t } = useTranslation('autobackup');
  const record = useBackupRecord();
  const { folder, refresh } = useBackupFolder(record?.lastOutcome?.at);
  return (
    <section className="card backup-settings" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('settings.title')}</h2>
      {record === undefined || folder === undefined ? null : folder.status === 'available' ? (
        <DesktopBackupSettings folder={folder} record={record} make={make} refresh={refresh} />
      ) : (
        <TabBackupSettings record={record} make={make} />
      )}
    </section>
  );
}
