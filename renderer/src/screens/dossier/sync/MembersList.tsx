import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { accountApi, type Session } from '../../../sync/account-api';
import { syncErrorText } from '../../../sync/error-text';
import { ROLES, type Role } from '../../../../../shared/sync/protocol';

type Member = { accountId: string; email: string; name: string; role: Role };

/** The coordinator's view of who belongs to the pairing: change roles, remove, invite. */
export function MembersList({ serverUrl, session, pairingId }: { serverUrl: string; session: Session; pairingId: string }) {
  const { t } = useTranslation();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [inviteRole, setInviteRole] = useState<Role>('editor');
  const [invitation, setInvitation] = useState<{ code: string; role: Role; expiresAt: string } | null>(null);
  const load = () =>
    accountApi.members(serverUrl, session.token, pairingId).then(
      (r) => setMembers(r.members),
      (e: unknown) => setError(syncErrorText(t, e)),
    );
  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [serverUrl, session.token, pairingId]);
  const act = async (run: () => Promise<unknown>) => {
    setError(undefined);
    try {
      await run();
      await load();
    } catch (e) {
      setError(syncErrorText(t, e));
    }
  };
  return (
    <div className="members">
      <h3>{t('sync:members.title')}</h3>
      {members === null && !error ? <p className="hint">{t('sync:members.loading')}</p> : null}
      <ul className="member-list">
        {(members ?? []).map((m) => (
          <li key={m.accountId}>
            <span dir="auto">
              {m.name} <span className="muted">{m.email}</span>
            </span>
            {m.accountId === session.account.id ? (
              <span className="chip">{t(`sync:roles.${m.role}`)}</span>
            ) : (
              <>
                <select aria-label={t('sync:members.roleOf', { name: m.name })} value={m.role} onChange={(e) => void act(() => accountApi.setRole(serverUrl, session.token, pairingId, m.accountId, e.target.value as Role))}>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`sync:roles.${r}`)}
                    </option>
                  ))}
                </select>
                <button type="button" className="danger-link" onClick={() => void act(() => accountApi.remove(serverUrl, session.token, pairingId, m.accountId))}>
                  {t('sync:members.remove')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <div className="field">
          <label htmlFor="invite-role">{t('sync:members.inviteAs')}</label>
          <select id="invite-role" value={inviteRole} onChange={(e) => setInviteRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`sync:roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" onClick={() => void act(async () => setInvitation(await accountApi.invite(serverUrl, session.token, pairingId, inviteRole)))}>
          {t('sync:members.invite')}
        </button>
      </div>
      {invitation ? (
        <p className="invitation" role="status">
          {t('sync:members.code', { role: t(`sync:roles.${invitation.role}`) })} <code data-testid="invitation-code">{invitation.code}</code>
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
