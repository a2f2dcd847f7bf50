import { localeOf } from '../i18n/langs';
// Calendar dates are plain "YYYY-MM-DD" strings: no time zone can shift them.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date ("2026-02-30" is not one). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Today's date on the device's calendar. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Whole and partial months from start to end: 2026-01-15 → 2027-07-15 is 18. */
export function monthsBetween(start: string, end: string): number {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  const months = (ey - sy) * 12 + (em - sm);
  return ed > sd ? months + (ed - sd) / 31 : months - (sd - ed) / 31;
}

/** A date in the given language, e.g. "24 de noviembre de 2026". */
export function formatDate(iso: string, lang: string, style: 'long' | 'medium' = 'long'): string {
  if (!isIsoDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dateFormatter(localeOf(lang), style).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * One formatter per locale and style: making an Intl.DateTimeFormat costs
 * about as much as formatting a hundred dates, and a list of 100 pairings
 * formats 200 of them on its first render.
 */
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: string, style: 'long' | 'medium'): Intl.DateTimeFormat {
  const key = `${locale}|${style}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    dateFormatters.set(key, formatter);
  }
  return formatter;
}

/** The calendar date `days` after (or before, if negative) `iso`. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A moment (epoch milliseconds) as date and time in the given language, e.g. "24 nov 2026, 9:30". */
export function formatDateTime(millis: number, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(millis);
}
