import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/model/dates';
import type { BackupRecord, MakeBackup } from './auto-backup';
import { DownloadBackupButton } from './DownloadBackupButton';

/** In a tab there is no folder: when the last backup was downloaded, and a button that downloads one. */
export function TabBackupSettings({ record, make }: { record: BackupRecord; make: MakeBackup }) {
  const { t, i18n } = useTranslation('autobackup');
  return (
    <>
      <p className="hint">{t('tab.intro')}</p>
      <p className="backup-last" data-testid="backup-last">
        {record.lastDownloadedAt !== null ? t('tab.last', { time: formatDateTime(record.lastDownloadedAt, i18n.language) }) : t('tab.never')}
      </p>
      <DownloadBackupButton make={make} />
    </>
  );
}
