import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, type Session } from '../../sync/account-api';
import { followPairing } from '../../sync/sync-settings';
import { syncErrorText } from '../../sync/error-text';
import { useDb } from '../../db/db-context';
import { useUiStore } from '../../state/ui-store';

/** Enters an invitation code from a pairing's coordinator; the pairing then arrives with the next sync. */
export function JoinPairing({ serverUrl, session }: { serverUrl: string; session: Session }) {
  const { t } = useTranslation();
  const db = useDb();
  const showToast = useUiStore((s) => s.showToast);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const joined = await accountApi.accept(serverUrl, session.token, code.trim());
      await followPairing(db, joined.pairingId, joined.role);
      setCode('');
      showToast({ tone: 'info', message: { key: 'sync:join.joined', values: { role: { key: `sync:roles.${joined.role}` } } } });
    } catch (err) {
      setError(syncErrorText(t, err));
    }
  };
  return (
    <form onSubmit={submit} className="inline-add" aria-label={t('sync:join.title')}>
      <div className="field grow">
        <label htmlFor="invitation-code">{t('sync:join.code')}</label>
        <input id="invitation-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="off" spellCheck={false} />
      </div>
      <button type="submit" disabled={code.trim().length < 6}>
        {t('sync:join.submit')}
      </button>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
