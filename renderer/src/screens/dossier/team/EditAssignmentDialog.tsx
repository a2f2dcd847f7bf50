import { useTranslation } from 'react-i18next';
import { Modal } from '../../../components/Modal';
import { TextField } from '../../../components/fields/TextField';
import { DateField } from '../../../components/fields/DateField';
import { WrittenInField } from '../../../components/fields/WrittenInField';
import { useRecordActions } from '../../../hooks/useRecordActions';
import type { Assignment } from '../../../../../shared/model/team';

/** Corrects an assignment; every field saves itself. */
export function EditAssignmentDialog({ assignment, onClose }: { assignment: Assignment; onClose: () => void }) {
  const { t } = useTranslation();
  const { update, remove } = useRecordActions('assignment', assignment.id, assignment.pairingId);
  return (
    <Modal
      title={t('team.editTitle', { name: assignment.name })}
      onClose={onClose}
      footer={
        <>
          <button
            type="button"
            className="danger"
            onClick={() => {
              onClose();
              void remove({ key: 'ui:team.assignmentDeleted', values: { name: assignment.name } });
            }}
          >
            {t('team.deleteAssignment')}
          </button>
          <button type="button" className="primary" onClick={onClose}>
            {t('common.done')}
          </button>
        </>
      }
    >
      <TextField label={t('person.name')} value={assignment.name} required onSave={(name) => update({ name })} />
      <TextField label={t('person.email')} type="email" value={assignment.email} onSave={(email) => update({ email })} />
      <TextField label={t('person.phone')} type="tel" value={assignment.phone} onSave={(phone) => update({ phone })} />
      <TextField label={t('person.organisation')} value={assignment.organisation} onSave={(organisation) => update({ organisation })} />
      <div className="row">
        <DateField label={t('team.from')} required value={assignment.from} onSave={(from) => update({ from })} />
        <DateField label={t('team.to')} value={assignment.to} onSave={(to) => update({ to })} />
      </div>
      <TextField label={t('team.handoverNote')} multiline value={assignment.handoverNote} onSave={(handoverNote) => update({ handoverNote })} />
      <WrittenInField value={assignment.writtenIn} onSave={(writtenIn) => update({ writtenIn })} />
    </Modal>
  );
}
