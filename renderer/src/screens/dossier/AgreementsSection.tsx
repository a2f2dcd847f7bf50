import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { DateField } from '../../components/fields/DateField';
import { useRecordActions } from '../../hooks/useRecordActions';
import { useDb } from '../../db/db-context';
import { createRecord } from '../../db/records-repo';
import { useSave } from '../../hooks/useSave';
import { newAgreementFields } from '../../../../shared/model/defaults';
import type { Agreement } from '../../../../shared/model/agreement';
import { ValidationError } from '../../../../shared/model/validation';
import { useFieldErrorText } from '../../components/fields/useFieldErrorText';
import { WrittenInField } from '../../components/fields/WrittenInField';

function AgreementEditor({ agreement }: { agreement: Agreement }) {
  const { t } = useTranslation();
  const { update, remove } = useRecordActions('agreement', agreement.id, agreement.pairingId);
  return (
    <article className="agreement" aria-label={agreement.title}>
      <div className="row">
        <TextField className="grow" label={t('agreements.titleField')} value={agreement.title} required onSave={(title) => update({ title })} />
        <DateField label={t('agreements.signedOn')} value={agreement.signedOn} onSave={(signedOn) => update({ signedOn })} />
      </div>
      <TextField label={t('agreements.signatories')} multiline rows={3} value={agreement.signatories} onSave={(signatories) => update({ signatories })} />
      <TextField label={t('agreements.copyLocation')} multiline rows={2} value={agreement.copyLocation} hint={t('agreements.copyLocationHint')} onSave={(copyLocation) => update({ copyLocation })} />
      <WrittenInField value={agreement.writtenIn} onSave={(writtenIn) => update({ writtenIn })} />
      <button type="button" className="danger-link" onClick={() => void remove({ key: 'ui:agreements.deleted', values: { title: agreement.title } })}>
        {t('agreements.delete')}
      </button>
    </article>
  );
}

export function AgreementsSection({ pairingId, agreements }: { pairingId: string; agreements: Agreement[] }) {
  const { t } = useTranslation();
  const db = useDb();
  const save = useSave();
  const errorText = useFieldErrorText();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const sorted = [...agreements].sort((a, b) => (a.signedOn ?? '9999').localeCompare(b.signedOn ?? '9999'));
  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await save(() => createRecord(db, 'agreement', pairingId, newAgreementFields(title)));
      setTitle('');
      setError(undefined);
    } catch (err) {
      if (err instanceof ValidationError) setError(errorText(err.errors[0]));
    }
  };
  return (
    <section aria-labelledby="agreements-heading" className="card">
      <h2 id="agreements-heading">{t('agreements.title')}</h2>
      {sorted.length === 0 ? <p className="hint">{t('agreements.none')}</p> : null}
      {sorted.map((a) => (
        <AgreementEditor key={a.id} agreement={a} />
      ))}
      <form className="inline-add" onSubmit={add} noValidate>
        <div className="field grow">
          <label htmlFor="new-agreement">{t('agreements.newTitle')}</label>
          <input id="new-agreement" dir="auto" value={title} placeholder={t('agreements.placeholder')} onChange={(e) => setTitle(e.target.value)} />
        </div>
        <button type="submit">{t('agreements.add')}</button>
        {error ? <p className="error" role="alert">{error}</p> : null}
      </form>
    </section>
  );
}
