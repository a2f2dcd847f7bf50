import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi } from '../../sync/account-api';
import { writeSyncSettings } from '../../sync/sync-settings';
import { syncErrorText } from '../../sync/error-text';
import { useDb } from '../../db/db-context';
import { Tabs, tabIdOf } from '../../components/Tabs';

/** Sign in, or create an account, on the sync server. */
export function AccountForm({ serverUrl }: { serverUrl: string }) {
  const { t } = useTranslation();
  const db = useDb();
  const [mode, setMode] = useState<'signIn' | 'register'>('signIn');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!serverUrl.trim()) return setError(t('sync:errors.noServer'));
    setBusy(true);
    setError(undefined);
    try {
      const session = mode === 'signIn' ? await accountApi.signIn(serverUrl, email, password) : await accountApi.register(serverUrl, email, password, name);
      await writeSyncSettings(db, { session });
      setPassword('');
    } catch (err) {
      setError(syncErrorText(t, err, { registering: mode === 'register' }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} className="account-form" aria-label={t(`sync:account.${mode}`)}>
      <Tabs
        label={t('sync:account.modes')}
        options={(['signIn', 'register'] as const).map((m) => ({ value: m, label: t(`sync:account.${m}`) }))}
        selected={mode}
        onSelect={setMode}
        idPrefix="account"
        panelId="account-panel"
      />
      <div role="tabpanel" id="account-panel" aria-labelledby={tabIdOf('account', mode)}>
        {mode === 'register' ? (
          <div className="field">
            <label htmlFor="account-name">{t('sync:account.name')}</label>
            <input id="account-name" dir="auto" value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor="account-email">{t('sync:account.email')}</label>
          <input id="account-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
        </div>
        <div className="field">
          <label htmlFor="account-password">{t('sync:account.password')}</label>
          <input id="account-password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete={mode === 'signIn' ? 'current-password' : 'new-password'} />
          {mode === 'register' ? <p className="hint">{t('sync:account.passwordHint')}</p> : null}
        </div>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy} aria-busy={busy}>
        {t(`sync:account.${mode}`)}
      </button>
    </form>
  );
}
