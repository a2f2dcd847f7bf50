import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../db/db-context';
import { platform } from '../platform/platform';
import { downloadBackup, type MakeBackup } from './auto-backup';

/** Makes a backup of the whole device and offers it as a download; says plainly when that fails. */
export function DownloadBackupButton({ make, primary = true }: { make: MakeBackup; primary?: boolean }) {
  const { t } = useTranslation('autobackup');
  const db = useDb();
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        disabled={working}
        onClick={async () => {
          setWorking(true);
          setFailure(null);
          const result = await downloadBackup(db, platform(), make, t('tab.dialogTitle'));
          setWorking(false);
          if (result.status === 'failed') setFailure(result.message);
        }}
      >
        {working ? t('tab.working') : t('tab.download')}
      </button>
      {failure !== null ? (
        <p className="error" role="alert">
          {t('tab.failed', { message: failure })}
        </p>
      ) : null}
    </>
  );
}
