import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { useDb } from '../../db/db-context';
import { addFollowUp, addPersonMet } from '../../db/missions-repo';
import { useRecordActions } from '../../hooks/useRecordActions';
import { AddByName } from './AddByName';
import { FollowUpRow } from './FollowUpRow';
import { formatDay } from './format';
import { agendaDays } from '../../../../shared/missions/agenda-rules';
import type { AgendaItem } from '../../../../shared/missions/agenda-item';
import type { Mission } from '../../../../shared/missions/mission';
import type { FollowUp, PersonMet } from '../../../../shared/missions/report';
import { sortFollowUps } from '../../../../shared/missions/follow-ups';
import { todayIso } from '../../../../shared/model/dates';

function FieldNotes({ item }: { item: AgendaItem }) {
  const { t } = useTranslation('missions');
  const { update } = useRecordActions('agendaItem', item.id, item.pairingId);
  return <TextField label={t('report.notesFor', { start: item.start, title: item.title })} multiline rows={3} value={item.fieldNotes} onSave={(fieldNotes) => update({ fieldNotes })} />;
}

function PersonMetRow({ person }: { person: PersonMet }) {
  const { t } = useTranslation('missions');
  const { update, remove } = useRecordActions('personMet', person.id, person.pairingId);
  return (
    <li className="missions-person" aria-label={person.name}>
      <div className="row">
        <TextField className="grow" label={t('persons.name')} value={person.name} required onSave={(name) => update({ name })} />
        <TextField label={t('persons.role')} value={person.role} onSave={(role) => update({ role })} />
        <TextField label={t('persons.organisation')} value={person.organisation} onSave={(organisation) => update({ organisation })} />
        <TextField type="email" label={t('persons.email')} value={person.email} onSave={(email) => update({ email })} />
      </div>
      <button type="button" className="danger-link" onClick={() => void remove({ key: 'missions:persons.deleted', values: { name: person.name } })}>
        {t('persons.delete')}
      </button>
    </li>
  );
}

type Props = { mission: Mission; items: AgendaItem[]; followUps: FollowUp[]; personsMet: PersonMet[]; update: (fields: Partial<Mission>) => Promise<void> };

/** The mission report: notes per agenda item, findings, persons met and follow-up actions. */
export function ReportSection({ mission, items, followUps, personsMet, update }: Props) {
  const { t, i18n } = useTranslation('missions');
  const db = useDb();
  const today = todayIso();
  const collator = new Intl.Collator(i18n.language);
  return (
    <section aria-labelledby="mission-report" className="card missions-report">
      <h2 id="mission-report">{t('report.heading')}</h2>
      <h3>{t('report.fieldNotes')}</h3>
      {items.length === 0 ? <p className="hint">{t('report.noItems')}</p> : null}
      {agendaDays(items).map((day) => (
        <div key={day.date} className="missions-notes-day">
          <h4>{formatDay(day.date, i18n.language)}</h4>
          {day.items.map((item) => (
            <FieldNotes key={item.id} item={item} />
          ))}
        </div>
      ))}
      <TextField label={t('report.findings')} multiline rows={4} value={mission.findings} onSave={(findings) => update({ findings })} />
      <TextField label={t('report.lessons')} multiline rows={4} value={mission.lessons} onSave={(lessons) => update({ lessons })} />
      <TextField label={t('report.goodPractices')} multiline rows={4} value={mission.goodPractices} onSave={(goodPractices) => update({ goodPractices })} />

      <h3>{t('persons.heading')}</h3>
      <ul className="missions-list-plain">
        {[...personsMet].sort((a, b) => collator.compare(a.name, b.name)).map((p) => (
          <PersonMetRow key={p.id} person={p} />
        ))}
      </ul>
      <AddByName label={t('persons.newName')} button={t('persons.add')} onAdd={(name) => addPersonMet(db, mission, name)} />

      <h3>{t('followUps.heading')}</h3>
      <ul className="missions-list-plain">
        {sortFollowUps(followUps, today).map((f) => (
          <FollowUpRow key={f.id} followUp={f} today={today} />
        ))}
      </ul>
      <AddByName label={t('followUps.newWhat')} button={t('followUps.add')} onAdd={(what) => addFollowUp(db, mission, what)} />
    </section>
  );
}
