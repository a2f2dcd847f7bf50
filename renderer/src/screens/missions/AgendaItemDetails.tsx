import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
import { DateField } from '../../components/fields/DateField';
import { useRecordActions } from '../../hooks/useRecordActions';
import { platform } from '../../platform/platform';
import { isExternalWebUrl } from '../../../../shared/platform/external-url';
import type { AgendaItem } from '../../../../shared/missions/agenda-item';

type Props = {
  item: AgendaItem;
  delegation: { id: string; label: string }[];
  onMoveToDay: (date: string) => Promise<void>;
};

/** What an agenda item holds besides its time and title: where, who, notes, its day, and deleting it. */
export function AgendaItemDetails({ item, delegation, onMoveToDay }: Props) {
  const { t } = useTranslation('missions');
  const { update, remove } = useRecordActions('agendaItem', item.id, item.pairingId);
  return (
    <>
      <div className="row">
        <TextField className="grow" label={t('agenda.venue')} value={item.venue} onSave={(venue) => update({ venue })} />
        <TextField className="grow" label={t('agenda.address')} value={item.address} onSave={(address) => update({ address })} />
      </div>
      <div className="row">
        <TextField className="grow" type="url" label={t('agenda.mapUrl')} value={item.mapUrl} placeholder="https://" onSave={(mapUrl) => update({ mapUrl: mapUrl.trim() })} />
        {isExternalWebUrl(item.mapUrl) ? (
          <button type="button" className="missions-map" onClick={() => void platform().openExternal(item.mapUrl)}>
            {t('agenda.openMap')}
          </button>
        ) : null}
      </div>
      <DateField label={t('agenda.day')} required value={item.date} onSave={async (date) => (date && date !== item.date ? onMoveToDay(date) : undefined)} />
      <TextField label={t('agenda.hosts')} value={item.hosts} onSave={(hosts) => update({ hosts })} />
      {delegation.length > 0 ? (
        <CheckboxGroup
          legend={t('agenda.participants')}
          columns={2}
          options={delegation.map((d) => ({ value: d.id, label: d.label }))}
          selected={item.participants}
          onChange={(participants) => void update({ participants }).catch(() => undefined)}
        />
      ) : null}
      <TextField label={t('agenda.notes')} multiline rows={2} value={item.notes} onSave={(notes) => update({ notes })} />
      <button type="button" className="danger-link" onClick={() => void remove({ key: 'missions:agenda.deleted', values: { title: item.title } })}>
        {t('agenda.delete')}
      </button>
    </>
  );
}
