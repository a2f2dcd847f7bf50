import ICAL from 'ical.js';
import { buildIcs } from './ics';
import { itemInstants } from './agenda-rules';
import { newAgendaItemFields } from './defaults';
import type { AgendaItem } from './agenda-item';

function agendaItem(id: string, date: string, start: string, end: string, zone: string, participants: string[] = []): AgendaItem {
  return { id, pairingId: 'p', ...newAgendaItemFields({ id: 'm', hostZone: zone }, date, 0, `Item ${id} — visita técnica`, start, end), participants, venue: 'Ayuntamiento', address: 'Av. Cervantes 4, Málaga' };
}

function readBack(ics: string) {
  const comp = new ICAL.Component(ICAL.parse(ics));
  for (const tz of comp.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return comp.getAllSubcomponents('vevent').map((v) => {
    const event = new ICAL.Event(v);
    return { uid: event.uid, summary: event.summary, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString(), tzid: event.startDate.zone?.tzid };
  });
}

describe('the agenda as iCalendar', () => {
  // A Madrid–Buenos Aires mission across the end of European summer time.
  const items = [
    agendaItem('a', '2026-10-23', '10:00', '12:00', 'Europe/Madrid'),
    agendaItem('b', '2026-10-26', '10:00', '12:00', 'Europe/Madrid', ['pos-1']),
    agendaItem('c', '2026-10-26', '15:00', '16:00', 'America/Argentina/Buenos_Aires', ['pos-2']),
    agendaItem('d', '2026-07-14', '08:00', '09:00', 'America/Bogota'),
  ];

  it('gives ical.js the same instants, written in each item zone', () => {
    const ics = buildIcs(items, { name: 'Misión', kindLabel: (k) => k });
    expect(ics).toContain('BEGIN:VTIMEZONE');
    expect(ics).toContain('DTSTART;TZID=Europe/Madrid:20261023T100000');
    expect(ics).toContain('DTSTART;TZID=Europe/Madrid:20261026T100000');
    const events = readBack(ics);
    expect(events).toHaveLength(4);
    for (const item of items) {
      const event = events.find((e) => e.uid === `${item.id}@ponte`)!;
      const span = itemInstants(item)!;
      expect(event.start).toBe(span.start.toISOString());
      expect(event.end).toBe(span.end.toISOString());
      expect(event.tzid).toBe(item.zone);
      expect(event.summary).toBe(item.title);
    }
    expect(events.find((e) => e.uid === 'a@ponte')!.start).toBe('2026-10-23T08:00:00.000Z');
    expect(events.find((e) => e.uid === 'b@ponte')!.start).toBe('2026-10-26T09:00:00.000Z');
  });

  it('keeps only one person items, plus those for the whole delegation', () => {
    const events = readBack(buildIcs(items, { name: 'Mine', positionId: 'pos-1', kindLabel: (k) => k }));
    expect(events.map((e) => e.uid).sort()).toEqual(['a@ponte', 'b@ponte', 'd@ponte']);
  });

  it('writes the same file twice for the same agenda', () => {
    expect(buildIcs(items, { name: 'x', kindLabel: (k) => k })).toBe(buildIcs(items, { name: 'x', kindLabel: (k) => k }));
  });
});

describe('the calendar file to the letter of RFC 5545', () => {
  const items = [agendaItem('a', '2026-10-23', '10:00', '12:00', 'Europe/Madrid'), agendaItem('b', '2026-03-30', '09:00', '10:00', 'Europe/Madrid')];
  const ics = buildIcs(items, { name: 'Misión', kindLabel: (k) => k });

  it('writes DTSTAMP in UTC, with the Z, and ical.js reads it as that instant', () => {
    const stamps = [...ics.matchAll(/^DTSTAMP:(.*)\r?$/gm)].map((m) => m[1]);
    expect(stamps).toEqual(['20261023T080000Z', '20260330T070000Z']);
    const comp = new ICAL.Component(ICAL.parse(ics));
    const event = comp.getAllSubcomponents('vevent').find((v) => v.getFirstPropertyValue('uid') === 'a@ponte')!;
    const stamp = event.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.zone?.tzid).toBe('UTC');
    expect(stamp.toJSDate().toISOString()).toBe('2026-10-23T08:00:00.000Z');
  });

  it('puts daylight-saving changes at the exact second, named CET and CEST', () => {
    expect(ics).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT');
    expect(ics).toContain('BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD');
    expect(ics).not.toMatch(/DTSTART:\d{8}T\d{4}(?!00)\d{2}/);
    expect(ics).not.toContain('GMT+');
    // ical.js, reading the file's own VTIMEZONE, changes the offset at that second.
    const comp = new ICAL.Component(ICAL.parse(ics));
    const zone = new ICAL.Timezone(comp.getFirstSubcomponent('vtimezone')!);
    // ical.js reads each change back at the whole hour, with its name and offsets.
    const changes = comp
      .getFirstSubcomponent('vtimezone')!
      .getAllSubcomponents()
      .map((o) => ({ at: (o.getFirstPropertyValue('dtstart') as ICAL.Time).toString(), name: o.getFirstPropertyValue('tzname'), to: (o.getFirstPropertyValue('tzoffsetto') as ICAL.UtcOffset).toSeconds() }))
      .filter((c) => c.at.startsWith('2026'));
    expect(changes).toEqual([
      { at: '2026-03-29T02:00:00', name: 'CEST', to: 7200 },
      { at: '2026-10-25T03:00:00', name: 'CET', to: 3600 },
    ]);
    expect(zone.tzid).toBe('Europe/Madrid');
  });

  it('names zones English has no abbreviation for by their offset, as the time-zone database does', () => {
    const bogota = buildIcs([agendaItem('d', '2026-07-14', '08:00', '09:00', 'America/Bogota')], { name: 'x', kindLabel: (k) => k });
    expect(bogota).toContain('TZNAME:-05');
  });
});
