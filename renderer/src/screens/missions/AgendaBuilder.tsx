import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../db/db-context';
import { addAgendaItem, duplicateDay, moveItemToDay, reorderDay } from '../../db/missions-repo';
import { useSave } from '../../hooks/useSave';
import { AgendaItemRow } from './AgendaItemRow';
import { useZoneNames } from './useZoneNames';
import { formatDay } from './format';
import { FormDateField } from '../../components/fields/FormDateField';
import { agendaDays, agendaWarnings, moveInList, moveTo } from '../../../../shared/missions/agenda-rules';
import type { AgendaItem } from '../../../../shared/missions/agenda-item';
import type { Mission } from '../../../../shared/missions/mission';
import { addDays } from '../../../../shared/model/dates';

type Props = { mission: Mission; items: AgendaItem[]; delegation: { id: string; label: string }[] };

/**
 * The agenda, day by day: add items and days, reorder with mouse or keyboard,
 * copy a day. Made again only when its props change: it is the costliest part
 * of the mission screen, and the editor above it renders for other reasons.
 */
export const AgendaBuilder = memo(function AgendaBuilder({ mission, items, delegation }: Props) {
  const { t, i18n } = useTranslation('missions');
  const zoneNames = useZoneNames();
  const db = useDb();
  const save = useSave();
  const days = agendaDays(items);
  const warnings = agendaWarnings(items, mission);
  const titles = new Map(items.map((i) => [i.id, i.title]));
  const [newDay, setNewDay] = useState('');
  const [announce, setAnnounce] = useState('');
  const nextDay = days.length ? addDays(days[days.length - 1]!.date, 1) : (mission.startDate ?? '');

  const reorder = async (dayItems: AgendaItem[], ids: string[], movedId: string) => {
    await save(() => reorderDay(db, dayItems, ids));
    setAnnounce(t('agenda.moved', { title: titles.get(movedId) ?? '', position: ids.indexOf(movedId) + 1, count: ids.length }));
    // Keep the keyboard on the handle of the item that moved, wherever it landed.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-item-id="${movedId}"] .missions-drag`)?.focus());
  };
  /** Moves an item to another day, last on that day. */
  const moveToDay = async (item: AgendaItem, date: string) => {
    await save(() => moveItemToDay(db, item, date));
    setAnnounce(t('agenda.movedToDay', { title: item.title, day: formatDay(date, i18n.language) }));
  };
  const addItem = (date: string) => void save(() => addAgendaItem(db, mission, date, t('agenda.newItemTitle'))).catch(() => undefined);

  return (
    <section aria-labelledby="agenda-heading" className="card missions-agenda">
      <h2 id="agenda-heading">{t('agenda.heading')}</h2>
      <p className="hint">{t('agenda.hint', { hostCity: zoneNames.city(mission.hostZone), visitorCity: zoneNames.city(mission.visitorZone) })}</p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announce}
      </p>
      {days.length === 0 ? <p className="hint">{t('agenda.empty')}</p> : null}
      {days.map((day) => {
        const ids = day.items.map((i) => i.id);
        return (
          <section key={day.date} className="missions-day" aria-label={formatDay(day.date, i18n.language)}>
            <div className="missions-day-head">
              <h3>{formatDay(day.date, i18n.language)}</h3>
              <div className="actions missions-no-print">
                <button type="button" onClick={() => addItem(day.date)}>
                  {t('agenda.addItem')}
                </button>
                <button
                  type="button"
                  onClick={() => {
                    const target = addDays(days[days.length - 1]!.date, 1);
                    void save(() => duplicateDay(db, day.items, target)).then(() => setAnnounce(t('agenda.duplicated', { day: formatDay(target, i18n.language) })), () => undefined);
                  }}
                >
                  {t('agenda.duplicateDay')}
                </button>
              </div>
            </div>
            <ol className="missions-items">
              {day.items.map((item, index) => (
                  <AgendaItemRow
                    key={item.id}
                    item={item}
                    visitorZone={mission.visitorZone}
                    warnings={warnings.get(item.id) ?? []}
                    titleOf={(id) => titles.get(id) ?? ''}
                    delegation={delegation}
                    isFirst={index === 0}
                    isLast={index === day.items.length - 1}
                    onMove={(delta) => void reorder(day.items, moveInList(ids, item.id, delta), item.id).catch(() => undefined)}
                    onDrop={(dragged) => void reorder(day.items, moveTo(ids, dragged, item.id), dragged).catch(() => undefined)}
                    onMoveToDay={(date) => moveToDay(item, date)}
                  />
              ))}
            </ol>
          </section>
        );
      })}
      <form
        className="row missions-no-print missions-add-day"
        onSubmit={(e) => {
          e.preventDefault();
          const date = newDay || nextDay;
          if (date) addItem(date);
          setNewDay('');
        }}
      >
        <FormDateField label={t('agenda.dayDate')} value={newDay || nextDay} onChange={setNewDay} required />
        <button type="submit" className="primary">
          {t('agenda.addDay')}
        </button>
      </form>
    </section>
  );
});
