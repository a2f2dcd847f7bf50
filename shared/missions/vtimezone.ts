import { DateTime } from 'luxon';

// A VTIMEZONE block for one IANA zone, from the time-zone database luxon
// reads (the platform's Intl). ical-generator asks for one per zone it writes;
// packaged generators (timezones-ical-library) are not installed here, and
// this one lists the zone's actual transitions over the years asked for, which
// every calendar reader understands without RRULE arithmetic.

const HOUR = 3_600_000;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

function offsetAt(ms: number, zone: string): number {
  return DateTime.fromMillis(ms, { zone }).offset;
}

/** Instants (ms) at which the zone's offset changes between `from` and `to`. */
export function transitions(zone: string, from: number, to: number): number[] {
  const out: number[] = [];
  const step = 24 * HOUR;
  for (let t = from; t < to; t += step) {
    if (offsetAt(t, zone) === offsetAt(t + step, zone)) continue;
    // Narrow the day down to the second at which the offset changes: every
    // zone's rules change on a whole second, and DTSTART counts in seconds.
    let lo = t;
    let hi = t + step;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetAt(mid, zone) === offsetAt(lo, zone)) lo = mid;
      else hi = mid;
    }
    out.push(hi);
  }
  return out;
}

/**
 * The usual abbreviation of the zone's time at an instant: CET and CEST for
 * Madrid, WET and WEST for Lisbon, GMT and BST for London, as the English of
 * each region writes them; where English has none (Bogotá, São Paulo), the
 * offset as the time-zone database writes it, "-05" or "+0530".
 */
export function zoneAbbreviation(ms: number, zone: string): string {
  const at = DateTime.fromMillis(ms, { zone });
  const locale = zone.startsWith('America/') ? 'en-US' : 'en-GB';
  const name = at.setLocale(locale).offsetNameShort ?? '';
  if (/^[A-Z]{2,5}$/.test(name) && (name !== 'GMT' || at.offset === 0)) return name;
  const minutes = at.offset;
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hours = String(Math.floor(abs / 60)).padStart(2, '0');
  return abs % 60 ? `${sign}${hours}${String(abs % 60).padStart(2, '0')}` : `${sign}${hours}`;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', startMs: number, fromOffset: number, toOffset: number, name: string): string {
  // DTSTART is the wall-clock time of the change, read in the offset before it.
  const local = DateTime.fromMillis(startMs, { zone: 'UTC' }).plus({ minutes: fromOffset }).toFormat("yyyyMMdd'T'HHmmss");
  return [`BEGIN:${kind}`, `DTSTART:${local}`, `TZOFFSETFROM:${offsetText(fromOffset)}`, `TZOFFSETTO:${offsetText(toOffset)}`, `TZNAME:${name}`, `END:${kind}`].join('\r\n');
}

/** The VTIMEZONE of `zone` valid from the start of `fromYear` to the end of `toYear`. */
export function vtimezone(zone: string, fromYear: number, toYear: number): string {
  const from = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone: 'UTC' }).toMillis();
  const to = DateTime.fromObject({ year: toYear + 1, month: 1, day: 1 }, { zone: 'UTC' }).toMillis();
  const first = DateTime.fromMillis(from, { zone });
  const parts = [observance(first.isInDST ? 'DAYLIGHT' : 'STANDARD', from, first.offset, first.offset, zoneAbbreviation(from, zone))];
  for (const at of transitions(zone, from, to)) {
    const after = DateTime.fromMillis(at, { zone });
    const before = offsetAt(at - 1000, zone);
    parts.push(observance(after.isInDST ? 'DAYLIGHT' : 'STANDARD', at, before, after.offset, zoneAbbreviation(at, zone)));
  }
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...parts, 'END:VTIMEZONE'].join('\r\n');
}
