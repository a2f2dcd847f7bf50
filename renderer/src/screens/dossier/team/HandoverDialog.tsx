import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../../components/Modal';
import { PersonFields, EMPTY_PERSON } from './PersonFields';
import { useDb } from '../../../db/db-context';
import { handOver } from '../../../db/team-repo';
import { useSave } from '../../../hooks/useSave';
import { todayIso } from '../../../../../shared/model/dates';
import { ValidationError, type FieldError } from '../../../../../shared/model/validation';
import { useFieldErrorText } from '../../../components/fields/useFieldErrorText';
import { FormDateField } from '../../../components/fields/FormDateField';
import type { Assignment, Position } from '../../../../../shared/model/team';
import type { Person } from '../../../../../shared/model/defaults';
import { FormFooter } from '../../../components/FormFooter';

type Props = { position: Position; outgoing: Assignment; onClose: () => void };

/** The outgoing holder leaves a note and the successor takes the position over, in one step. */
export function HandoverDialog({ position, outgoing, onClose }: Props) {
  const { t } = useTranslation();
  const db = useDb();
  const save = useSave();
  const errorText = useFieldErrorText();
  const [date, setDate] = useState(todayIso());
  const [note, setNote] = useState(outgoing.handoverNote);
  const [successor, setSuccessor] = useState<Person>({ ...EMPTY_PERSON, organisation: outgoing.organisation });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const errorOf = (...paths: string[]) => errorText(errors.find((e) => paths.includes(e.path)));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await save(() => handOver(db, outgoing, { date, note, successor }));
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors);
    }
  };
  const dateError = errorOf('to', 'from');
  return (
    <Modal title={t('team.handoverTitle', { position: position.title })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p className="hint">{t('team.handoverIntro', { name: outgoing.name })}</p>
        <FormDateField label={t('team.handoverDate')} value={date} onChange={setDate} error={dateError} />
        <div className="field">
          <label htmlFor="handover-note">{t('team.handoverNote')}</label>
          <textarea id="handover-note" dir="auto" rows={5} value={note} placeholder={t('team.handoverNotePlaceholder')} onChange={(e) => setNote(e.target.value)} />
          {errorOf('handoverNote') ? <p className="error" role="alert">{errorOf('handoverNote')}</p> : null}
        </div>
        <fieldset>
          <legend>{t('team.successor')}</legend>
          <PersonFields idPrefix="successor" value={successor} onChange={setSuccessor} errors={{ name: errorOf('name'), email: errorOf('email'), phone: errorOf('phone'), organisation: errorOf('organisation') }} />
        </fieldset>
        <FormFooter submitLabel={t('team.handover')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
