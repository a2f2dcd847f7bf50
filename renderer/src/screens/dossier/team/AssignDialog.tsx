import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../../components/Modal';
import { PersonFields, EMPTY_PERSON } from './PersonFields';
import { useDb } from '../../../db/db-context';
import { createRecord } from '../../../db/records-repo';
import { useSave } from '../../../hooks/useSave';
import { newAssignmentFields, type Person } from '../../../../../shared/model/defaults';
import { todayIso } from '../../../../../shared/model/dates';
import { ValidationError, type FieldError } from '../../../../../shared/model/validation';
import { useFieldErrorText } from '../../../components/fields/useFieldErrorText';
import { FormDateField } from '../../../components/fields/FormDateField';
import type { Position } from '../../../../../shared/model/team';
import { FormFooter } from '../../../components/FormFooter';

/** Puts a person in a position from a date. */
export function AssignDialog({ position, onClose }: { position: Position; onClose: () => void }) {
  const { t } = useTranslation();
  const db = useDb();
  const save = useSave();
  const errorText = useFieldErrorText();
  const [person, setPerson] = useState<Person>(EMPTY_PERSON);
  const [from, setFrom] = useState(todayIso());
  const [errors, setErrors] = useState<FieldError[]>([]);
  const errorOf = (path: string) => errorText(errors.find((e) => e.path === path));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await save(() => createRecord(db, 'assignment', position.pairingId, newAssignmentFields(position.id, person, from)));
      onClose();
    } catch (error) {
      if (error instanceof ValidationError) setErrors(error.errors);
    }
  };
  return (
    <Modal title={t('team.assignTitle', { position: position.title })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <PersonFields idPrefix="assign" value={person} onChange={setPerson} errors={{ name: errorOf('name'), email: errorOf('email'), phone: errorOf('phone'), organisation: errorOf('organisation') }} />
        <FormDateField label={t('team.from')} value={from} onChange={setFrom} error={errorOf('from')} />
        <FormFooter submitLabel={t('team.assign')} onCancel={onClose} />
      </form>
    </Modal>
  );
}
