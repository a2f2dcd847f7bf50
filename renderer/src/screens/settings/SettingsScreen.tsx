import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/db-context';
import { useSyncSettings } from '../../hooks/useSyncSettings';
import { TextField } from '../../components/fields/TextField';
import { accountApi } from '../../sync/account-api';
import { activeSession, writeSyncSettings } from '../../sync/sync-settings';
import { AccountForm } from './AccountForm';
import { JoinPairing } from './JoinPairing';
import { ValidationError } from '../../../../shared/model/validation';
import { ScreenSkeleton } from '../../components/ScreenSkeleton';
import { BackupSettings } from '../../backup/BackupSettings';

function checkServerUrl(value: string): void {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return;
  } catch {
    // fall through
  }
  throw new ValidationError([{ path: 'serverUrl', key: 'sync:errors.badUrl' }]);
}

/** Where this device syncs, as whom, and joining a pairing shared by someone else. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const db = useDb();
  const settings = useSyncSettings();
  if (!settings) return <ScreenSkeleton variant="plain" />;
  const session = activeSession(settings);
  return (
    <main className="screen settings-screen">
      <h1>{t('sync:settings.title')}</h1>
      <p className="hint">{t('sync:settings.intro')}</p>
      <section className="card" aria-labelledby="server-heading">
        <h2 id="server-heading">{t('sync:settings.server')}</h2>
        <TextField
          label={t('sync:settings.serverUrl')}
          type="url"
          value={settings.serverUrl}
          hint={t('sync:settings.serverHint')}
          onSave={async (serverUrl) => {
            checkServerUrl(serverUrl);
            await writeSyncSettings(db, { serverUrl: serverUrl.trim() });
          }}
        />
      </section>
      <section className="card" aria-labelledby="account-heading">
        <h2 id="account-heading">{t('sync:settings.account')}</h2>
        {session ? (
          <div className="signed-in">
            <p>{t('sync:account.signedInAs', { name: session.account.name, email: session.account.email })}</p>
            <button
              type="button"
              onClick={() => {
                void accountApi.signOut(settings.serverUrl, session.token).catch(() => undefined);
                void writeSyncSettings(db, { session: null });
              }}
            >
              {t('sync:account.signOut')}
            </button>
          </div>
        ) : (
          <AccountForm serverUrl={settings.serverUrl} />
        )}
      </section>
      {session ? (
        <section className="card" aria-labelledby="join-heading">
          <h2 id="join-heading">{t('sync:join.title')}</h2>
          <p className="hint">{t('sync:join.intro')}</p>
          <JoinPairing serverUrl={settings.serverUrl} session={session} />
        </section>
      ) : null}
      <BackupSettings />
    </main>
  );
}
