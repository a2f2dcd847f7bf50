import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { DateField } from '../../components/fields/DateField';
import { SelectField } from '../../components/fields/SelectField';
import { useRecordActions } from '../../hooks/useRecordActions';
import { isOverdue } from '../../../../shared/missions/follow-ups';
import type { FollowUp } from '../../../../shared/missions/report';
import { FOLLOW_UP_STATUSES } from '../../../../shared/missions/vocab';

/** One follow-up action, editable in place, flagged when its due date has passed. */
export function FollowUpRow({ followUp, today }: { followUp: FollowUp; today: string }) {
  const { t } = useTranslation('missions');
  const { update, remove } = useRecordActions('followUp', followUp.id, followUp.pairingId);
  const overdue = isOverdue(followUp, today);
  return (
    <li className={`missions-follow-up${overdue ? ' missions-overdue' : ''}`} aria-label={followUp.what}>
      <div className="row">
        <TextField className="grow" label={t('followUps.what')} value={followUp.what} required onSave={(what) => update({ what })} />
        <TextField label={t('followUps.owner')} value={followUp.owner} onSave={(owner) => update({ owner })} />
        <DateField label={t('followUps.due')} value={followUp.due} onSave={(due) => update({ due })} />
        <SelectField label={t('followUps.status')} value={followUp.status} options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: t(`followUpStatus.${s}`) }))} onSave={(status) => update({ status })} />
      </div>
      {overdue ? <p className="warning" role="status">{t('followUps.overdue')}</p> : null}
      <button type="button" className="danger-link" onClick={() => void remove({ key: 'missions:followUps.deleted', values: { what: followUp.what } })}>
        {t('followUps.delete')}
      </button>
    </li>
  );
}
