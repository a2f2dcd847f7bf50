// The text a date or time field's segments show (two-digit day and month,
// the locale's order and clock), for its stand-in, in parts named as React
// Aria names its segments (day, month, year, hour, minute, literal), so a
// click on the stand-in can give the focus to the segment it landed on.
// Formatters are kept per locale: making one costs more than formatting with it.

export type StandInPart = { type: string; value: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let found = formatters.get(key + locale);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key + locale, found);
  }
  return found;
}

/** "2026-06-08" as "08/06/2026" in es-ES: day, literal, month, literal, year. */
export function dateParts(iso: string, locale: string): StandInPart[] {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const at = new Date(0);
  at.setUTCFullYear(y, m - 1, d);
  return formatter('date|', locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).formatToParts(at);
}

/** "09:05" as the locale writes it with two-digit hours. */
export function timeParts(hhmm: string, locale: string): StandInPart[] {
  const [h, min] = hhmm.split(':').map(Number) as [number, number];
  return formatter('time|', locale, { hour: '2-digit', minute: '2-digit' }).formatToParts(Date.UTC(1970, 0, 1, h, min));
}
