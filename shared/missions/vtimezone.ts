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
    // Narrow the day down to the minute at which the offset changes.
    let lo = t;
    let hi = t + step;
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (offsetAt(mid, zone) === offsetAt(lo, zone)) lo = mid;
      else hi = mid;
    }
    out.push(hi);
  }
  return out;
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
  const parts = [observance(first.isInDST ? 'DAYLIGHT' : 'STANDARD', from, first.offset, first.offset, first.offsetNameShort ?? offsetText(first.offset))];
  for (const at of transitions(zone, from, to)) {
    const after = DateTime.fromMillis(at, { zone });
    const before = offsetAt(at - 60_000, zone);
    parts.push(observance(after.isInDST ? 'DAYLIGHT' : 'STANDARD', at, before, after.offset, after.offsetNameShort ?? offsetText(after.offset)));
  }
  return ['BEGIN:VTIMEZONE', `TZID:${zone}`, ...parts, 'END:VTIMEZONE'].join('\r\n');
}
