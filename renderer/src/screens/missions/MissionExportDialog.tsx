import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportModal } from '../../components/ExportModal';
import { useDb } from '../../db/db-context';
import { exportMission, type MissionExportKind } from './export-mission';
import { todayIso } from '../../../../shared/model/dates';

type Props = { missionId: string; kind: MissionExportKind; delegation: { id: string; label: string }[]; onClose: () => void };

/** Exports the agenda or report as Word in a chosen language, or the agenda as a calendar for everyone or one person. */
export function MissionExportDialog({ missionId, kind, delegation, onClose }: Props) {
  const { t } = useTranslation('missions');
  const db = useDb();
  const [person, setPerson] = useState('');
  const ics = kind === 'ics';
  return (
    <ExportModal
      title={t(`export.title.${kind}`)}
      filter={ics ? { name: t('export.calendarFile'), extensions: ['ics'] } : { name: t('export.wordFile'), extensions: ['docx'] }}
      make={(lang) => exportMission(db, missionId, kind, lang, todayIso(), person || undefined)}
      onClose={onClose}
    >
      {ics ? (
        <div className="field">
          <label htmlFor="mission-export-person">{t('export.person')}</label>
          <select id="mission-export-person" value={person} onChange={(e) => setPerson(e.target.value)}>
            <option value="">{t('export.everyone')}</option>
            {delegation.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </ExportModal>
  );
}
