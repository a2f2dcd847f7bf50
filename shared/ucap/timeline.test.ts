import { buildTimeline, monthRange } from './timeline';

describe('the timeline of actions', () => {
  it('counts months across a year end', () => {
    expect(monthRange('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
  });

  it('lays each dated action over the pairing months, widened to an action that runs past it', () => {
    const a = { startDate: '2026-02-10', endDate: '2026-03-01' };
    const b = { startDate: '2026-03-20', endDate: '2026-05-02' };
    const undated = { startDate: null, endDate: null };
    const { months, rows } = buildTimeline([a, b, undated], { startDate: '2026-01-01', endDate: '2026-04-30' });
    expect(months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05']);
    expect(rows.map((r) => r.active)).toEqual([
      [false, true, true, false, false],
      [false, false, true, true, true],
    ]);
  });
});
