import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileText, CalendarPlus, Printer, Trash2 } from 'lucide-react';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useRecordActions } from '../../hooks/useRecordActions';
import { LocalizedTextEditor } from '../dossier/LocalizedTextEditor';
import { AgendaBuilder } from './AgendaBuilder';
import { DelegationStakeholders } from './DelegationStakeholders';
import { useStakeholdersById } from '../../hooks/useStakeholdersById';
import { stakeholderLabel } from '../../../../shared/stakeholders/schema';
import { LogisticsSection } from './LogisticsSection';
import { MissionExportDialog } from './MissionExportDialog';
import { MissionGeneral } from './MissionGeneral';
import { PhotosSection } from './PhotosSection';
import { ReportSection } from './ReportSection';
import type { MissionRecords } from './useMissions';
import type { MissionExportKind } from './export-mission';
import type { StoredBundle } from '../../hooks/usePairingBundle';
import type { Mission } from '../../../../shared/missions/mission';
import { positionHolders } from '../../../../shared/model/team';
import { todayIso } from '../../../../shared/model/dates';
import { SectionOutline } from '../../components/SectionOutline';
import { AfterFirstPaint } from '../../components/AfterFirstPaint';

type Props = { mission: Mission; records: MissionRecords | undefined; bundle: StoredBundle; onClosed: () => void };

/** A whole mission: plan, delegation, logistics, agenda, report, photos and its exports. */
export function MissionEditor({ mission, records, bundle, onClosed }: Props) {
  const { t, i18n } = useTranslation('missions');
  const { update, remove } = useRecordActions('mission', mission.id, mission.pairingId);
  const [exporting, setExporting] = useState<MissionExportKind | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const save = (fields: Partial<Mission>) => update(fields);
  const collator = new Intl.Collator(i18n.language);
  const day = mission.startDate ?? todayIso();
  // The delegation: people of the team's positions, and stakeholders travelling with them.
  const positions = [...bundle.positions].sort((a, b) => collator.compare(a.title, b.title)).map((p) => {
    const holder = positionHolders(p.id, bundle.assignments, day).current[0];
    return { id: p.id, label: holder ? `${holder.name} — ${p.title}` : p.title };
  });
  const travellingStakeholders = useStakeholdersById(mission.delegation);
  const people = [
    ...positions.filter((p) => mission.delegation.includes(p.id)),
    ...travellingStakeholders.map((s) => ({ id: s.id, label: stakeholderLabel(s) })),
  ];
  // The same list while its people are the same, so the agenda (memo) is not made again when, say, the
  // travelling stakeholders' query answers after the first render with the same people.
  const peopleKey = people.map((p) => `${p.id}\u0000${p.label}`).join('\u0001');
  const delegation = useMemo(() => people, [peopleKey]);
  const positionIds = new Set(positions.map((p) => p.id));
  return (
    <div className="missions-editor">
      <div className="screen-title missions-no-print">
        <h2 className="missions-editor-title" dir="auto">{mission.title}</h2>
        <div className="actions">
          <button type="button" onClick={() => setExporting('agenda')}><FileText aria-hidden="true" size={16} />{t('editor.exportAgenda')}</button>
          <button type="button" onClick={() => setExporting('ics')}><CalendarPlus aria-hidden="true" size={16} />{t('editor.exportIcs')}</button>
          <button type="button" onClick={() => setExporting('report')}><FileText aria-hidden="true" size={16} />{t('editor.exportReport')}</button>
          <button type="button" onClick={() => window.print()}><Printer aria-hidden="true" size={16} />{t('editor.print')}</button>
          <button type="button" className="danger" onClick={() => setConfirmDelete(true)}><Trash2 aria-hidden="true" size={16} />{t('editor.delete')}</button>
        </div>
      </div>
      <SectionOutline label={t('ui:outline.label')} scope=".missions-editor" />
      <MissionGeneral mission={mission} pairing={bundle.pairing} update={save} />
      <section aria-labelledby="mission-objectives" className="card">
        <h2 id="mission-objectives">{t('editor.objectives')}</h2>
        <LocalizedTextEditor label={t('editor.objectives')} value={mission.objectives} onSave={(objectives) => save({ objectives })} />
      </section>
      <section aria-labelledby="mission-delegation" className="card">
        <h2 id="mission-delegation">{t('editor.delegation')}</h2>
        {positions.length === 0 ? <p className="hint">{t('editor.noPositions')}</p> : null}
        <CheckboxGroup
          legend={t('editor.delegationLegend')}
          columns={2}
          options={positions.map((p) => ({ value: p.id, label: p.label }))}
          selected={mission.delegation.filter((id) => positionIds.has(id))}
          onChange={(chosen) => void save({ delegation: [...chosen, ...mission.delegation.filter((id) => !positionIds.has(id))] }).catch(() => undefined)}
        />
        <DelegationStakeholders pairingId={mission.pairingId} delegation={mission.delegation} onChange={(ids) => void save({ delegation: ids }).catch(() => undefined)} />
      </section>
      <LogisticsSection mission={mission} update={save} />
      {records ? (
        <>
          <AgendaBuilder mission={mission} items={records.agendaItems} delegation={delegation} />
          {/* Below the agenda: made once the agenda is on screen (the outline picks their headings up when they come). */}
          <AfterFirstPaint>
            <ReportSection mission={mission} items={records.agendaItems} followUps={records.followUps} personsMet={records.personsMet} update={save} />
            <PhotosSection mission={mission} photos={records.photos} items={records.agendaItems} />
          </AfterFirstPaint>
        </>
      ) : null}
      {exporting ? <MissionExportDialog missionId={mission.id} kind={exporting} delegation={delegation} onClose={() => setExporting(null)} /> : null}
      {confirmDelete ? (
        <ConfirmDialog
          title={t('editor.deleteTitle')}
          message={t('editor.deleteMessage', { title: mission.title })}
          confirmLabel={t('editor.delete')}
          danger
          onCancel={() => setConfirmDelete(false)}
          onConfirm={() => {
            setConfirmDelete(false);
            onClosed();
            void remove({ key: 'missions:editor.deleted', values: { title: mission.title } });
          }}
        />
      ) : null}
    </div>
  );
}
