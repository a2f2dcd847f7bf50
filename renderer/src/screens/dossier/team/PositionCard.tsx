import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/fields/TextField';
import { useRecordActions } from '../../../hooks/useRecordActions';
import { positionHolders, type Assignment, type Position } from '../../../../../shared/model/team';
import { formatDate, todayIso } from '../../../../../shared/model/dates';
import { AssignDialog } from './AssignDialog';
import { HandoverDialog } from './HandoverDialog';
import { EditAssignmentDialog } from './EditAssignmentDialog';
import { WrittenInField } from '../../../components/fields/WrittenInField';

type Dialog = { kind: 'assign' } | { kind: 'handover'; outgoing: Assignment } | { kind: 'edit'; assignment: Assignment } | null;

/** A position, who holds it now, and everyone who held it before. */
export function PositionCard({ position, assignments }: { position: Position; assignments: Assignment[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { update, remove } = useRecordActions('position', position.id, position.pairingId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { current, history } = positionHolders(position.id, assignments, todayIso());
  const past = history.filter((a) => !current.includes(a));
  const date = (iso: string | null) => (iso ? formatDate(iso, lang, 'medium') : '…');

  return (
    <article className={`position-card ${current.length === 0 ? 'vacant' : ''}`} aria-label={position.title}>
      <div className="position-head">
        <TextField label={t('team.positionTitle')} value={position.title} required onSave={(title) => update({ title })} />
        <TextField label={t('team.positionOrganisation')} value={position.organisation} onSave={(organisation) => update({ organisation })} />
        <WrittenInField value={position.writtenIn} onSave={(writtenIn) => update({ writtenIn })} />
      </div>
      {current.length === 0 ? (
        <p className="vacant-flag" role="status">
          <strong>{t('team.vacant')}</strong> {t('team.vacantHint')}
        </p>
      ) : (
        <ul className="holders" aria-label={t('team.currentHolders')}>
          {current.map((a) => (
            <li key={a.id} className="holder">
              <div>
                <strong dir="auto">{a.name}</strong>
                <span className="muted"> · {t('team.since', { date: date(a.from) })}</span>
                {a.to ? <span className="muted"> · {t('team.until', { date: date(a.to) })}</span> : null}
                <div className="contact" dir="auto">
                  {[a.organisation, a.email, a.phone].filter(Boolean).join(' · ')}
                </div>
              </div>
              <div className="actions">
                <button type="button" onClick={() => setDialog({ kind: 'handover', outgoing: a })}>
                  {t('team.handover')}
                </button>
                <button type="button" onClick={() => setDialog({ kind: 'edit', assignment: a })}>
                  {t('common.edit')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <button type="button" onClick={() => setDialog({ kind: 'assign' })}>
          {t('team.assignPerson')}
        </button>
        <button type="button" className="danger-link" onClick={() => void remove({ key: 'ui:team.positionDeleted', values: { title: position.title } })}>
          {t('team.deletePosition')}
        </button>
      </div>
      {past.length > 0 ? (
        <details className="history">
          <summary>{t('team.history', { count: past.length })}</summary>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('person.name')}</th>
                <th scope="col">{t('team.from')}</th>
                <th scope="col">{t('team.to')}</th>
                <th scope="col">{t('team.handoverNote')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {past.map((a) => (
                <tr key={a.id}>
                  <td dir="auto">{a.name}</td>
                  <td>{date(a.from)}</td>
                  <td>{date(a.to)}</td>
                  <td className="note" dir="auto">
                    {a.handoverNote}
                  </td>
                  <td>
                    <button type="button" className="link" onClick={() => setDialog({ kind: 'edit', assignment: a })}>
                      {t('common.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
      {dialog?.kind === 'assign' ? <AssignDialog position={position} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'handover' ? <HandoverDialog position={position} outgoing={dialog.outgoing} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'edit' ? <EditAssignmentDialog assignment={dialog.assignment} onClose={() => setDialog(null)} /> : null}
    </article>
  );
}
