import { agendaDays, agendaWarnings, moveInList, moveTo, overlaps } from './agenda-rules';

const item = (id: string, date: string, start: string, end: string, zone = 'America/Bogota', order = 0) => ({ id, date, start, end, zone, order, deleted: false });

describe('agenda rules', () => {
  it('finds two items at once, and not two that only touch', () => {
    expect(overlaps(item('a', '2026-11-10', '09:00', '10:30'), item('b', '2026-11-10', '10:00', '11:00'))).toBe(true);
    expect(overlaps(item('a', '2026-11-10', '09:00', '10:00'), item('b', '2026-11-10', '10:00', '11:00'))).toBe(false);
    expect(overlaps(item('a', '2026-11-10', '09:00', '10:00'), item('b', '2026-11-11', '09:00', '10:00'))).toBe(false);
  });

  it('compares items written in different zones as instants', () => {
    // 15:00 in Madrid is 09:00 in Bogotá in November.
    const webinar = item('w', '2026-11-10', '15:00', '16:00', 'Europe/Madrid');
    expect(overlaps(webinar, item('b', '2026-11-10', '09:30', '10:00'))).toBe(true);
    expect(overlaps(webinar, item('b', '2026-11-10', '10:00', '11:00'))).toBe(false);
  });

  it('warns on overlaps both ways and on items outside the mission dates, never on deleted ones', () => {
    const items = [
      item('a', '2026-11-10', '09:00', '10:30'),
      item('b', '2026-11-10', '10:00', '11:00'),
      item('c', '2026-11-10', '11:00', '12:00'),
      item('d', '2026-11-20', '09:00', '10:00'),
      { ...item('e', '2026-11-10', '09:00', '12:00'), deleted: true },
    ];
    const warnings = agendaWarnings(items, { startDate: '2026-11-09', endDate: '2026-11-14' });
    expect(warnings.get('a')).toEqual([{ kind: 'overlap', otherId: 'b' }]);
    expect(warnings.get('b')).toEqual([{ kind: 'overlap', otherId: 'a' }]);
    expect(warnings.get('c')).toEqual([]);
    expect(warnings.get('d')).toEqual([{ kind: 'outsideDates' }]);
    expect(warnings.has('e')).toBe(false);
  });

  it('flags an item whose time does not exist in its zone', () => {
    const warnings = agendaWarnings([item('x', '2026-03-29', '02:30', '03:30', 'Europe/Madrid')], { startDate: null, endDate: null });
    expect(warnings.get('x')).toEqual([{ kind: 'invalidTime' }]);
  });

  it('groups by day in date order, and by order within a day', () => {
    const days = agendaDays([item('b', '2026-11-11', '09:00', '10:00', 'UTC', 0), item('c', '2026-11-10', '09:00', '10:00', 'UTC', 1), item('a', '2026-11-10', '11:00', '12:00', 'UTC', 0)]);
    expect(days.map((d) => [d.date, d.items.map((i) => i.id)])).toEqual([
      ['2026-11-10', ['a', 'c']],
      ['2026-11-11', ['b']],
    ]);
  });

  it('moves an id up, down, to another place, and not past the ends', () => {
    expect(moveInList(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveInList(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveInList(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c'], 'c', 'a')).toEqual(['c', 'a', 'b']);
    expect(moveTo(['a', 'b', 'c'], 'a', 'c')).toEqual(['b', 'c', 'a']);
  });
});
