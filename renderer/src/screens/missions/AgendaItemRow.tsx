import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { SelectField } from '../../components/fields/SelectField';
import { useRecordActions } from '../../hooks/useRecordActions';
import { TimeField } from './TimeField';
import { itemInstants, type AgendaWarning } from '../../../../shared/missions/agenda-rules';
import type { AgendaItem } from '../../../../shared/missions/agenda-item';
import { formatTime } from '../../../../shared/missions/time';
import { useZoneNames } from './useZoneNames';
import { AgendaItemDetails } from './AgendaItemDetails';
import { AGENDA_KINDS } from '../../../../shared/missions/vocab';

type Props = {
  item: AgendaItem;
  visitorZone: string;
  warnings: AgendaWarning[];
  titleOf: (id: string) => string;
  delegation: { id: string; label: string }[];
  isFirst: boolean;
  isLast: boolean;
  onMove: (delta: -1 | 1) => void;
  onDrop: (draggedId: string) => void;
  onMoveToDay: (date: string) => Promise<void>;
};

/** One agenda item: its times in both zones, what and where, and handles to move it. */
export function AgendaItemRow({ item, visitorZone, warnings, titleOf, delegation, isFirst, isLast, onMove, onDrop, onMoveToDay }: Props) {
  const { t, i18n } = useTranslation('missions');
  const zoneNames = useZoneNames();
  const { update } = useRecordActions('agendaItem', item.id, item.pairingId);
  const span = itemInstants(item);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onMove(e.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <li
      className="missions-item"
      data-item-id={item.id}
      aria-label={item.title}
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e) => {
        e.preventDefault();
        const dragged = e.dataTransfer.getData('text/x-ponte-agenda-item');
        if (dragged && dragged !== item.id) onDrop(dragged);
      }}
    >
      <div className="missions-item-handle">
        <button
          type="button"
          className="missions-drag"
          draggable
          onDragStart={(e) => {
            e.dataTransfer.setData('text/x-ponte-agenda-item', item.id);
            e.dataTransfer.effectAllowed = 'move';
          }}
          onKeyDown={onKey}
          aria-label={t('agenda.moveHandle', { title: item.title })}
          title={t('agenda.moveHint')}
        >
          ⠿
        </button>
        <button type="button" className="missions-small" onClick={() => onMove(-1)} disabled={isFirst} aria-label={t('agenda.moveUp', { title: item.title })}>
          ↑
        </button>
        <button type="button" className="missions-small" onClick={() => onMove(1)} disabled={isLast} aria-label={t('agenda.moveDown', { title: item.title })}>
          ↓
        </button>
      </div>
      <div className="missions-item-body">
        <div className="row">
          <TimeField label={t('agenda.start')} value={item.start} onSave={(start) => update({ start })} />
          <TimeField label={t('agenda.end')} value={item.end} onSave={(end) => update({ end })} />
          <SelectField label={t('agenda.kind')} value={item.kind} options={AGENDA_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} onSave={(kind) => update({ kind })} />
          <TextField className="grow" label={t('agenda.title')} value={item.title} required onSave={(title) => update({ title })} />
        </div>
        <p className="hint missions-zones">
          {span
            ? t('agenda.bothZones', {
                host: `${formatTime(span.start, item.zone, i18n.language)}–${formatTime(span.end, item.zone, i18n.language)}`,
                hostCity: zoneNames.city(item.zone),
                visitors: `${formatTime(span.start, visitorZone, i18n.language, item.date)}–${formatTime(span.end, visitorZone, i18n.language, item.date)}`,
                visitorCity: zoneNames.city(visitorZone),
              })
            : null}
        </p>
        {warnings.map((w, i) => (
          <p key={i} className="warning" role="status">
            {w.kind === 'overlap' ? t('agenda.overlap', { other: titleOf(w.otherId) }) : w.kind === 'outsideDates' ? t('agenda.outsideDates') : t('agenda.invalidTime')}
          </p>
        ))}
        {/* Made once opened: otherwise every item of every day builds a date field and six more that nobody sees (a third of the mission screen's first render). */}
        <details className="missions-details" onToggle={(e) => setDetailsOpen(e.currentTarget.open)}>
          <summary>{t('agenda.details')}</summary>
          {detailsOpen ? <AgendaItemDetails item={item} delegation={delegation} onMoveToDay={onMoveToDay} /> : null}
        </details>
      </div>
    </li>
  );
}
