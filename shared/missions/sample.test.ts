import { RECORD_SCHEMAS } from '../model/records';
import { SAMPLE_AGENDA, SAMPLE_FOLLOW_UPS, SAMPLE_MISSIONS, SAMPLE_PERSONS_MET } from './sample';
import { agendaWarnings } from './agenda-rules';

describe('the sample missions', () => {
  it('are valid records of their kinds', () => {
    for (const m of SAMPLE_MISSIONS) expect(RECORD_SCHEMAS.mission.safeParse(m).success).toBe(true);
    for (const i of SAMPLE_AGENDA) expect(RECORD_SCHEMAS.agendaItem.safeParse(i).error?.issues ?? []).toEqual([]);
    for (const f of SAMPLE_FOLLOW_UPS) expect(RECORD_SCHEMAS.followUp.safeParse(f).success).toBe(true);
    for (const p of SAMPLE_PERSONS_MET) expect(RECORD_SCHEMAS.personMet.safeParse(p).success).toBe(true);
  });

  it('have agendas with no overlaps and no day outside their dates', () => {
    for (const m of SAMPLE_MISSIONS) {
      const warnings = agendaWarnings(SAMPLE_AGENDA.filter((i) => i.missionId === m.id), m);
      expect([...warnings.values()].flat()).toEqual([]);
    }
  });

  it('refuses a mission whose last day is before its first, with the common message', () => {
    const result = RECORD_SCHEMAS.mission.safeParse({ ...SAMPLE_MISSIONS[0], endDate: '2026-01-01' });
    expect(result.error?.issues.map((i) => i.message)).toEqual(['endBeforeStart']);
  });
});
