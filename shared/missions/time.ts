import { DateTime } from 'luxon';
import { localeOf } from '../i18n/langs';

// An agenda item keeps the host city's wall-clock date and time ("2026-10-26",
// "09:30") and the IANA zone of that city. The instant is computed from them
// whenever needed, so a change of daylight-saving rules, or a meeting on the
// day clocks change, still lands on the right instant.

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isTime(value: string): boolean {
  return HH_MM.test(value);
}

// Instants already worked out, by date, time and zone: an agenda's render asks
// for each item's twice or more (its row, the overlap check), and Luxon takes
// about half a millisecond each. Bounded, since the key space is not.
const instants = new Map<string, number | null>();
const MAX_REMEMBERED = 10_000;

/** The instant of a wall-clock date and time in a zone, or null if the zone is unknown or the time does not exist there (skipped by a clock change). */
export function instantOf(date: string, time: string, zone: string): Date | null {
  const key = `${date}T${time} ${zone}`;
  let millis = instants.get(key);
  if (millis === undefined) {
    millis = workOutInstant(date, time, zone)?.getTime() ?? null;
    if (instants.size >= MAX_REMEMBERED) instants.clear();
    instants.set(key, millis);
  }
  // A new Date each time: callers may change theirs.
  return millis === null ? null : new Date(millis);
}

function workOutInstant(date: string, time: string, zone: string): Date | null {
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) return null;
  // Luxon moves a time skipped by a spring-forward gap to a valid one: such a time does not exist.
  if (local.toFormat('yyyy-MM-dd HH:mm') !== `${date} ${time}`) return null;
  // A time repeated by an autumn change means its first occurrence, as most calendars read it.
  const earlier = local.minus({ hours: 1 });
  if (earlier.toFormat('yyyy-MM-dd HH:mm') === `${date} ${time}`) return earlier.toJSDate();
  return local.toJSDate();
}

/** Minutes east of UTC the zone keeps at that instant (Madrid in summer: 120). */
export function offsetMinutes(instant: Date, zone: string): number {
  return DateTime.fromJSDate(instant, { zone }).offset;
}

/** The wall-clock date and time of an instant in a zone. */
export function wallClock(instant: Date, zone: string): { date: string; time: string } {
  const dt = DateTime.fromJSDate(instant, { zone });
  return { date: dt.toFormat('yyyy-MM-dd'), time: dt.toFormat('HH:mm') };
}

/** "09:30" in the user's language, hours with two digits as the time fields write them; with the day when it differs from `sameDayAs`. */
export function formatTime(instant: Date, zone: string, locale: string, sameDayAs?: string): string {
  const dt = DateTime.fromJSDate(instant, { zone }).setLocale(localeOf(locale));
  const time = dt.toLocaleString({ hour: '2-digit', minute: '2-digit' });
  if (sameDayAs === undefined || dt.toFormat('yyyy-MM-dd') === sameDayAs) return time;
  return `${dt.toLocaleString({ weekday: 'short', day: 'numeric', month: 'short' })} ${time}`;
}

/** A short name for a zone at an instant, e.g. "GMT-5" or "CEST", in the user's language. */
export function zoneLabel(instant: Date, zone: string, locale: string): string {
  return DateTime.fromJSDate(instant, { zone }).setLocale(localeOf(locale)).toFormat('ZZZZ');
}

/** The city part of an IANA name, readable: "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
