import { ICalCalendar } from 'ical-generator';
import { DateTime } from 'luxon';
import type { AgendaItem } from './agenda-item';
import { itemInstants } from './agenda-rules';
import { vtimezone } from './vtimezone';

export type IcsOptions = {
  /** Calendar name, e.g. "Mission to Cartagena de Indias". */
  name: string;
  /** Only the items this position takes part in (items with no participants are everyone's). */
  positionId?: string;
  /** Label of an item's kind, in the chosen language. */
  kindLabel: (kind: AgendaItem['kind']) => string;
};

/** The items a person attends: those naming their position, and those naming nobody (the whole delegation). */
export function itemsFor<T extends Pick<AgendaItem, 'participants' | 'deleted'>>(items: readonly T[], positionId?: string): T[] {
  return items.filter((i) => !i.deleted && (!positionId || i.participants.length === 0 || i.participants.includes(positionId)));
}

function description(item: AgendaItem, kind: string): string {
  return [kind, item.hosts, item.address, item.mapUrl, item.notes].filter((s) => s.trim() !== '').join('\n');
}

/**
 * The agenda as an iCalendar file: one event per item, each written in its
 * host-city zone (TZID) with that zone's VTIMEZONE, so calendars show it at
 * the right hour wherever the reader is, across daylight-saving changes. Ids
 * are the item ids, so importing again updates instead of duplicating.
 */
export function buildIcs(items: readonly AgendaItem[], options: IcsOptions): string {
  const chosen = itemsFor(items, options.positionId).filter((i) => itemInstants(i) !== null);
  const years = chosen.map((i) => Number(i.date.slice(0, 4)));
  const [fromYear, toYear] = years.length ? [Math.min(...years) - 1, Math.max(...years) + 1] : [2000, 2000];
  const calendar = new ICalCalendar({ name: options.name, prodId: { company: 'Ponte', product: 'missions', language: 'EN' } });
  calendar.timezone({ name: chosen[0]?.zone ?? 'UTC', generator: (zone) => vtimezone(zone, fromYear, toYear) });
  for (const item of chosen) {
    const span = itemInstants(item)!;
    calendar.createEvent({
      id: `${item.id}@ponte`,
      start: DateTime.fromJSDate(span.start, { zone: item.zone }),
      end: DateTime.fromJSDate(span.end, { zone: item.zone }),
      timezone: item.zone,
      summary: item.title,
      location: [item.venue, item.address].filter((s) => s.trim() !== '').join(', ') || null,
      description: description(item, options.kindLabel(item.kind)),
      url: item.mapUrl || null,
      // The stamp is the mission's, not the clock's: the same agenda gives the same file.
      stamp: span.start,
    });
  }
  // RFC 5545 wants DTSTAMP in UTC ("…T080000Z"); ical-generator writes it in
  // the calendar's zone once one is set, so each stamp is written again, in
  // the order the events are.
  const stamps = chosen.map((item) => `DTSTAMP:${DateTime.fromJSDate(itemInstants(item)!.start, { zone: 'UTC' }).toFormat("yyyyMMdd'T'HHmmss'Z'")}`);
  let next = 0;
  return calendar.toString().replace(/^DTSTAMP:[^\r\n]*/gm, (line) => stamps[next++] ?? line);
}
