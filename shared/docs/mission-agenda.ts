import type { Document, FileChild } from 'docx';
import { agendaDays, itemInstants } from '../missions/agenda-rules';
import type { MissionDocData } from '../missions/doc-data';
import { zoneCity } from '../missions/time';
import { createDocument } from './base';
import { docDay, docTime, headerText, missionOverview, type MissionDocContext } from './mission-common';
import { dataTable } from './tables';
import { heading, note } from './text';

function dayTable(data: MissionDocData, ctx: MissionDocContext, items: MissionDocData['items'], date: string) {
  const { t } = ctx;
  const m = data.mission;
  return dataTable(
    [t('missions:doc.timeIn', { city: zoneCity(m.hostZone) }), t('missions:doc.timeIn', { city: zoneCity(m.visitorZone) }), t('missions:doc.activity'), t('missions:doc.venue')],
    items.map((item) => {
      const span = itemInstants(item);
      const host = span ? `${docTime(span.start, item.zone, ctx)}–${docTime(span.end, item.zone, ctx)}` : `${item.start}–${item.end}`;
      const visitors = span ? `${docTime(span.start, m.visitorZone, ctx, date)}–${docTime(span.end, m.visitorZone, ctx, date)}` : '';
      const activity = [`${item.title}`, t(`missions:kind.${item.kind}`), item.hosts ? t('missions:doc.hostedBy', { hosts: item.hosts }) : ''].filter(Boolean).join('\n');
      const venue = [item.venue, item.address, item.mapUrl].filter((s) => s.trim() !== '').join('\n');
      return [host, visitors, activity, venue];
    }),
    { weights: [1.5, 1.7, 4, 3.6] },
  );
}

/**
 * The mission's agenda: the overview, then a table per day with every item's
 * time in the host city and in the visitors' zone, and where it happens.
 */
export function buildMissionAgendaDocument(data: MissionDocData, ctx: MissionDocContext): Document {
  const { t } = ctx;
  const days = agendaDays(data.items);
  const body: FileChild[] = days.length
    ? days.flatMap((day) => [heading(docDay(day.date, ctx), 2), dayTable(data, ctx, day.items, day.date)])
    : [note(t('missions:doc.noAgenda'))];
  return createDocument({
    lang: ctx.lang,
    t,
    title: t('missions:doc.agendaTitle', { title: data.mission.title }),
    subject: t('missions:doc.agendaKind'),
    headerText: headerText(data, t('missions:doc.agendaKind')),
    children: [...missionOverview(data, ctx), heading(t('missions:doc.agenda'), 1), ...body],
  });
}
