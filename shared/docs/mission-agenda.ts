import type { Document, FileChild } from 'docx';
import { agendaDays, itemInstants } from '../missions/agenda-rules';
import type { MissionDocData } from '../missions/doc-data';
import { zoneCityName } from '../missions/zone-names';
import { createDocument } from './base';
import { logisticsSection } from './mission-logistics';
import { docDay, docTime, headerText, missionOverview, peopleNames, type MissionDocContext } from './mission-common';
import { writtenIn } from './other-language';
import { dataTable, type CellValue } from './tables';
import { heading, joinInline, nonBlank, note, piecesOf } from './text';

/**
 * What happens and who is there: the title, its kind, its hosts, who of the
 * delegation goes, and the notes. The title and the notes are in the
 * mission's language and marked when that is not the document's; the hosts
 * are names, as typed.
 */
function activityCell(data: MissionDocData, item: MissionDocData['items'][number], ctx: MissionDocContext, date: string): CellValue {
  const { t } = ctx;
  const written = data.mission.writtenIn;
  const people = item.participants.length ? joinInline(peopleNames(data, item.participants, date, ctx), ', ') : piecesOf(t('doc:mission.wholeDelegation'));
  return {
    lines: nonBlank([
      writtenIn(item.title, written, ctx),
      t(`missions:kind.${item.kind}`),
      item.hosts.trim() ? t('missions:doc.hostedBy', { hosts: item.hosts }) : '',
      [`${t('doc:mission.participants')}: `, ...people],
      item.notes.trim() ? [`${t('doc:mission.notes')}: `, writtenIn(item.notes, written, ctx)] : '',
    ]),
  };
}

function dayTable(data: MissionDocData, ctx: MissionDocContext, items: MissionDocData['items'], date: string) {
  const { t } = ctx;
  const m = data.mission;
  return dataTable(
    [t('missions:doc.timeIn', { city: zoneCityName(m.hostZone, ctx.lang) }), t('missions:doc.timeIn', { city: zoneCityName(m.visitorZone, ctx.lang) }), t('missions:doc.activity'), t('missions:doc.venue')],
    items.map((item): CellValue[] => {
      const span = itemInstants(item);
      const host = span ? `${docTime(span.start, item.zone, ctx)}–${docTime(span.end, item.zone, ctx)}` : `${item.start}–${item.end}`;
      const visitors = span ? `${docTime(span.start, m.visitorZone, ctx, date)}–${docTime(span.end, m.visitorZone, ctx, date)}` : '';
      // The venue in the mission's language; the address is a place's name.
      const venue = nonBlank([writtenIn(item.venue, m.writtenIn, ctx), item.address]);
      // The map as a link named in words: a percent-encoded address is for the browser, not the reader.
      return [host, visitors, activityCell(data, item, ctx, date), { lines: venue, ...(item.mapUrl.trim() ? { link: { text: t('doc:mission.map'), url: item.mapUrl } } : {}) }];
    }),
    { weights: [1.5, 1.7, 4, 3.6] },
  );
}

/**
 * The mission's agenda: the overview, then a table per day with every item's
 * time in the host city and in the visitors' zone, who hosts it and who goes,
 * where it happens with a link to the map, and the logistics with their costs.
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
    children: [...missionOverview(data, ctx), heading(t('missions:doc.agenda'), 1), ...body, ...logisticsSection(data, ctx)],
  });
}
