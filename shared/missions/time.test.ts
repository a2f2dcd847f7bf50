import { formatTime, instantOf, offsetMinutes, wallClock } from './time';

describe('agenda times across zones', () => {
  it('keeps a Madrid meeting at 10:00 local on both sides of the end of European summer time (25 Oct 2026)', () => {
    const before = instantOf('2026-10-23', '10:00', 'Europe/Madrid')!;
    const after = instantOf('2026-10-26', '10:00', 'Europe/Madrid')!;
    expect(before.toISOString()).toBe('2026-10-23T08:00:00.000Z'); // CEST, UTC+2
    expect(after.toISOString()).toBe('2026-10-26T09:00:00.000Z'); // CET, UTC+1
    expect(offsetMinutes(before, 'Europe/Madrid')).toBe(120);
    expect(offsetMinutes(after, 'Europe/Madrid')).toBe(60);
  });

  it('shows the Buenos Aires visitors 5 hours behind Madrid before the change and 4 after', () => {
    const zone = 'America/Argentina/Buenos_Aires';
    const before = instantOf('2026-10-23', '10:00', 'Europe/Madrid')!;
    const after = instantOf('2026-10-26', '10:00', 'Europe/Madrid')!;
    expect(wallClock(before, zone)).toEqual({ date: '2026-10-23', time: '05:00' });
    expect(wallClock(after, zone)).toEqual({ date: '2026-10-26', time: '06:00' });
  });

  it('places the night of the change right: 02:30 happens twice in Madrid, the first one is summer time', () => {
    const ambiguous = instantOf('2026-10-25', '02:30', 'Europe/Madrid')!;
    expect(ambiguous.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    // An item from 01:00 to 04:00 that night lasts four hours, not three.
    const span = instantOf('2026-10-25', '04:00', 'Europe/Madrid')!.getTime() - instantOf('2026-10-25', '01:00', 'Europe/Madrid')!.getTime();
    expect(span / 3_600_000).toBe(4);
  });

  it('refuses a time the spring change skips (29 Mar 2026, 02:30 in Madrid does not exist)', () => {
    expect(instantOf('2026-03-29', '02:30', 'Europe/Madrid')).toBeNull();
    expect(instantOf('2026-03-29', '03:30', 'Europe/Madrid')).not.toBeNull();
  });

  it('converts Bogotá to São Paulo: two hours apart, neither keeps summer time', () => {
    const inBogota = instantOf('2026-07-14', '08:00', 'America/Bogota')!;
    expect(inBogota.toISOString()).toBe('2026-07-14T13:00:00.000Z');
    expect(wallClock(inBogota, 'America/Sao_Paulo')).toEqual({ date: '2026-07-14', time: '10:00' });
    const january = instantOf('2027-01-14', '08:00', 'America/Bogota')!;
    expect(wallClock(january, 'America/Sao_Paulo').time).toBe('10:00');
  });

  it('names the other day when the visitors are already on the next one', () => {
    const late = instantOf('2026-11-10', '21:00', 'America/Bogota')!;
    expect(wallClock(late, 'Europe/Madrid')).toEqual({ date: '2026-11-11', time: '03:00' });
    expect(formatTime(late, 'Europe/Madrid', 'en-GB', '2026-11-10')).toMatch(/11 Nov.*03:00/);
  });

  it('writes hours with two digits in every language, as the time fields and the documents do', () => {
    const morning = instantOf('2026-11-10', '09:05', 'America/Bogota')!;
    expect(['es', 'pt', 'en'].map((lang) => formatTime(morning, 'America/Bogota', lang))).toEqual(['09:05', '09:05', '09:05']);
  });

  it('gives null for an unknown zone', () => {
    expect(instantOf('2026-07-14', '08:00', 'Mars/Olympus')).toBeNull();
  });
});
