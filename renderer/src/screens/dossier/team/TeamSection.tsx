import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PositionCard } from './PositionCard';
import { useDb } from '../../../db/db-context';
import { createRecord } from '../../../db/records-repo';
import { useSave } from '../../../hooks/useSave';
import { newPositionFields } from '../../../../../shared/model/defaults';
import { positionHolders, type Assignment, type Position } from '../../../../../shared/model/team';
import type { Side } from '../../../../../shared/model/vocabularies';
import { todayIso } from '../../../../../shared/model/dates';
import { ValidationError } from '../../../../../shared/model/validation';
import { useFieldErrorText } from '../../../components/fields/useFieldErrorText';

type Props = { pairingId: string; positions: Position[]; assignments: Assignment[] };

function AddPosition({ pairingId, side }: { pairingId: string; side: Side }) {
  const { t } = useTranslation();
  const db = useDb();
  const save = useSave();
  const errorText = useFieldErrorText();
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [error, setError] = useState<string | undefined>();
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await save(() => createRecord(db, 'position', pairingId, newPositionFields(side, title, organisation)));
      setTitle('');
      setOrganisation('');
      setError(undefined);
    } catch (err) {
      if (err instanceof ValidationError) setError(errorText(err.errors[0]));
    }
  };
  return (
    // Named with its side: two forms (landmarks) with one name would be told apart by nothing.
    <form className="inline-add" onSubmit={submit} noValidate aria-label={t('team.addPositionFor', { side: t(`vocab:side.${side}`) })}>
      <div className="field">
        <label htmlFor={`new-position-${side}`}>{t('team.newPositionTitle')}</label>
        <input id={`new-position-${side}`} dir="auto" value={title} placeholder={t('team.positionPlaceholder')} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`new-position-org-${side}`}>{t('team.positionOrganisation')}</label>
        <input id={`new-position-org-${side}`} dir="auto" value={organisation} onChange={(e) => setOrganisation(e.target.value)} />
      </div>
      <button type="submit">{t('team.addPosition')}</button>
      {error ? <p className="error" role="alert">{error}</p> : null}
    </form>
  );
}

/** Positions that outlive the people in them, on each side (in the order of the pairing's name), vacancies flagged. */
export function TeamSection({ pairingId, positions, assignments }: Props) {
  const { t, i18n } = useTranslation();
  const collator = new Intl.Collator(i18n.language);
  const today = todayIso();
  const vacancies = positions.filter((p) => positionHolders(p.id, assignments, today).current.length === 0).length;
  return (
    <section aria-labelledby="team-heading" className="card">
      <h2 id="team-heading">{t('team.title')}</h2>
      <p className="hint">{t('team.intro')}</p>
      {vacancies > 0 ? (
        <p className="warning" role="status">
          {t('team.vacancies', { count: vacancies })}
        </p>
      ) : null}
      <div className="two-columns">
        {(['lac', 'eu'] as const).map((side) => (
          <div key={side} className="team-side">
            <h3>{t(`vocab:side.${side}`)}</h3>
            {positions
              .filter((p) => p.side === side)
              .sort((a, b) => collator.compare(a.title, b.title))
              .map((p) => (
                <PositionCard key={p.id} position={p} assignments={assignments} />
              ))}
            <AddPosition pairingId={pairingId} side={side} />
          </div>
        ))}
      </div>
    </section>
  );
}
