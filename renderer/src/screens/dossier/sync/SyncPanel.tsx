import { formatDateTime } from '../../../../../shared/model/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../../db/db-context';
import { pendingChanges } from '../../../db/outbox';
import { useSyncSettings } from '../../../hooks/useSyncSettings';
import { routeHref } from '../../../hooks/useRoute';
import { accountApi } from '../../../sync/account-api';
import { activeSession, followPairing } from '../../../sync/sync-settings';
import { syncErrorText } from '../../../sync/error-text';
import { useUiStore } from '../../../state/ui-store';
import { MembersList } from './MembersList';
import { FailedChanges } from './FailedChanges';

/** Per pairing: is it synced, when last, how many changes wait, what went wrong; sharing and members. */
export function SyncPanel({ pairingId }: { pairingId: string }) {
  const { t, i18n } = useTranslation();
  const db = useDb();
  const settings = useSyncSettings();
  const engine = useUiStore((s) => s.sync);
  const state = useLiveQuery(async () => ({
    row: (await db.syncPairings.get(pairingId)) ?? null,
    waiting: (await pendingChanges(db, pairingId)).length,
    failed: await db.failedChanges.where('pairingId').equals(pairingId).count(),
  }), [db, pairingId]);
  const [error, setError] = useState<string | undefined>();
  if (!settings || !state) return null;
  const session = activeSession(settings);
  const { row, waiting, failed } = state;
  const share = async () => {
    setError(undefined);
    try {
      const shared = await accountApi.share(settings.serverUrl, session!.token, pairingId);
      await followPairing(db, pairingId, shared.role);
    } catch (e) {
      setError(syncErrorText(t, e));
    }
  };
  const when = (ms: number) => formatDateTime(ms, i18n.language);
  return (
    <section className="card sync-panel" aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t('sync:panel.title')}</h2>
      {!row ? (
        session ? (
          <>
            <p className="hint">{t('sync:panel.notShared')}</p>
            <button type="button" onClick={() => void share()}>
              {t('sync:panel.share')}
            </button>
          </>
        ) : (
          <p className="hint">
            {t('sync:panel.signedOut')} <a href={routeHref({ screen: 'settings' })}>{t('sync:panel.toSettings')}</a>
          </p>
        )
      ) : (
        <>
          <p role="status" data-testid="sync-status" className={waiting === 0 && !row.error ? 'synced' : 'waiting'}>
            {waiting === 0 ? t('sync:panel.synced') : t('sync:panel.waiting', { count: waiting })}
            {row.lastSyncedAt ? ` · ${t('sync:panel.lastSynced', { when: when(row.lastSyncedAt) })}` : ` · ${t('sync:panel.never')}`}
            {row.role ? ` · ${t(`sync:roles.${row.role}`)}` : ''}
          </p>
          {row.error ? <p className="error">{t(`sync:reasons.${row.error}`)}</p> : null}
          {engine.lastError ? <p className="warning">{t(`sync:engine.${engine.lastError}`)}</p> : null}
          {failed > 0 ? <FailedChanges pairingId={pairingId} /> : null}
          {session && row.role === 'coordinator' ? <MembersList serverUrl={settings.serverUrl} session={session} pairingId={pairingId} /> : null}
        </>
      )}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
