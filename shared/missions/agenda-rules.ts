import type { AgendaItem } from './agenda-item';
import { instantOf } from './time';

// What is allowed but worth telling about an agenda: two items at once, or an
// item on a day outside the mission's dates. Warnings never block a save: a
// delegation may well split up, and dates move while a mission is planned.

export type AgendaWarning = { kind: 'overlap'; otherId: string } | { kind: 'outsideDates' } | { kind: 'invalidTime' };

type Timed = Pick<AgendaItem, 'id' | 'date' | 'start' | 'end' | 'zone' | 'deleted'>;

/** The start and end instants of an item, or null when its wall-clock times do not exist in its zone. */
export function itemInstants(item: Pick<AgendaItem, 'date' | 'start' | 'end' | 'zone'>): { start: Date; end: Date } | null {
  const start = instantOf(item.date, item.start, item.zone);
  const end = instantOf(item.date, item.end, item.zone);
  return start && end ? { start, end } : null;
}

/**
 * Two items overlap when each starts before the other ends. Compared as
 * instants, so items written in different zones (a webinar set in the visitors'
 * zone) compare right; one ending as the next starts is no overlap.
 */
export function overlaps(a: Pick<AgendaItem, 'date' | 'start' | 'end' | 'zone'>, b: Pick<AgendaItem, 'date' | 'start' | 'end' | 'zone'>): boolean {
  const x = itemInstants(a);
  const y = itemInstants(b);
  if (!x || !y) return false;
  return x.start < y.end && y.start < x.end;
}

/** Warnings per item id, for the live items of one mission. */
export function agendaWarnings(items: readonly Timed[], mission: { startDate: string | null; endDate: string | null }): Map<string, AgendaWarning[]> {
  const live = items.filter((i) => !i.deleted);
  const out = new Map<string, AgendaWarning[]>(live.map((i) => [i.id, []]));
  // Sorted by start, an item can only overlap those that start before it ends: a sweep, not all pairs.
  const timed = live
    .map((item) => ({ item, span: itemInstants(item) }))
    .filter((x): x is { item: Timed; span: { start: Date; end: Date } } => {
      if (!x.span) out.get(x.item.id)!.push({ kind: 'invalidTime' });
      return x.span !== null;
    })
    .sort((a, b) => a.span.start.getTime() - b.span.start.getTime());
  for (let i = 0; i < timed.length; i++) {
    const a = timed[i]!;
    for (let j = i + 1; j < timed.length && timed[j]!.span.start < a.span.end; j++) {
      const b = timed[j]!;
      if (b.span.start < a.span.end && a.span.start < b.span.end) {
        out.get(a.item.id)!.push({ kind: 'overlap', otherId: b.item.id });
        out.get(b.item.id)!.push({ kind: 'overlap', otherId: a.item.id });
      }
    }
  }
  for (const item of live) {
    if ((mission.startDate && item.date < mission.startDate) || (mission.endDate && item.date > mission.endDate)) {
      out.get(item.id)!.push({ kind: 'outsideDates' });
    }
  }
  return out;
}

/** The live items grouped by day, days in date order, items by their order then start time. */
export function agendaDays<T extends Pick<AgendaItem, 'date' | 'order' | 'start' | 'deleted'>>(items: readonly T[]): { date: string; items: T[] }[] {
  const byDay = new Map<string, T[]>();
  for (const item of items) {
    if (item.deleted) continue;
    byDay.set(item.date, [...(byDay.get(item.date) ?? []), item]);
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, dayItems]) => ({ date, items: dayItems.sort((a, b) => a.order - b.order || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)) }));
}

/** The day's ids with one moved up (-1) or down (+1); the same list when it cannot move. */
export function moveInList(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const from = ids.indexOf(id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= ids.length) return [...ids];
  const out = [...ids];
  out.splice(from, 1);
  out.splice(to, 0, id);
  return out;
}

/** The day's ids with one moved to the place of another (a drop with the mouse). */
export function moveTo(ids: readonly string[], id: string, targetId: string): string[] {
  const from = ids.indexOf(id);
  const to = ids.indexOf(targetId);
  if (from < 0 || to < 0 || from === to) return [...ids];
  const out = [...ids];
  out.splice(from, 1);
  out.splice(to, 0, id);
  return out;
}

/** The order that puts an item last on `date`, among the other live items of that day. */
export function orderAtEndOf<T extends Pick<AgendaItem, 'id' | 'date' | 'order' | 'deleted'>>(items: readonly T[], date: string, movingId: string): number {
  const others = items.filter((i) => i.date === date && !i.deleted && i.id !== movingId);
  return others.length ? Math.max(...others.map((i) => i.order)) + 1 : 0;
}
