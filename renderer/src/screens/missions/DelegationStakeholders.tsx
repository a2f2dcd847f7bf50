import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/db-context';
import { useStakeholdersById } from '../../hooks/useStakeholdersById';
import { foldForSearch } from '../../../../shared/text/fold';
import { stakeholderLabel } from '../../../../shared/stakeholders/schema';

type Props = { pairingId: string; delegation: readonly string[]; onChange: (delegation: string[]) => void };

const MATCHES = 20;

/**
 * Stakeholders who travel with the delegation. A register can hold tens of
 * thousands: it is searched by the start of a name through an index, never
 * read whole here.
 */
export function DelegationStakeholders({ pairingId, delegation, onChange }: Props) {
  const { t } = useTranslation('missions');
  const db = useDb();
  const inputId = useId();
  const [query, setQuery] = useState('');
  const chosen = useStakeholdersById(delegation);
  const folded = foldForSearch(query.trim());
  const matches = useLiveQuery(
    async () =>
      folded.length < 2
        ? []
        : (await db.stakeholders.where('[pairingId+_sortName]').between([pairingId, folded], [pairingId, `${folded}\uffff`]).limit(MATCHES * 2).toArray())
            .filter((s) => !s.deleted && !delegation.includes(s.id))
            .slice(0, MATCHES),
    [db, pairingId, folded, delegation.join('|')],
  );
  return (
    <div className="missions-delegation-stakeholders">
      <h3>{t('editor.delegationStakeholders')}</h3>
      {chosen.length > 0 ? (
        <ul className="chips" aria-label={t('editor.delegationStakeholders')}>
          {chosen.map((s) => (
            <li key={s.id} className="chip">
              <span dir="auto">{stakeholderLabel(s)}</span>{' '}
              <button type="button" className="icon" aria-label={t('editor.removeFromDelegation', { name: stakeholderLabel(s) })} onClick={() => onChange(delegation.filter((id) => id !== s.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="field">
        <label htmlFor={inputId}>{t('editor.findStakeholder')}</label>
        <input id={inputId} type="search" dir="auto" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </div>
      {matches && matches.length > 0 ? (
        <ul className="missions-stakeholder-matches">
          {matches.map((s) => (
            <li key={s.id}>
              <span dir="auto">{stakeholderLabel(s)}</span>
              <button type="button" onClick={() => onChange([...delegation, s.id])}>
                {t('editor.addToDelegation')}
              </button>
            </li>
          ))}
        </ul>
      ) : folded.length >= 2 && matches ? (
        <p className="hint">{t('editor.noStakeholderMatch')}</p>
      ) : null}
    </div>
  );
}
