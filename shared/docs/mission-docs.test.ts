import { delegationNames } from './mission-common';
import { sampleMissionDocData } from '../missions/sample';
import { sampleProgramme } from '../sample/programme';
import { newStakeholderFields } from '../stakeholders/schema';
import { SAMPLE_MISSION_PAIRING } from '../missions/sample';

describe('the delegation in mission documents', () => {
  it('names the holders of positions and the stakeholders who travel, in the order chosen', () => {
    const bundle = sampleProgramme().find((b) => b.pairing.id === SAMPLE_MISSION_PAIRING)!;
    const data = sampleMissionDocData(bundle);
    const stakeholder = { id: 'sh-1', pairingId: bundle.pairing.id, ...newStakeholderFields({ side: 'lac', name: 'Joaquín Núñez', organisation: 'Universidad de Cartagena' }) };
    const withStakeholder = { ...data, mission: { ...data.mission, delegation: [...data.mission.delegation, 'sh-1', 'gone'] }, stakeholders: [stakeholder] };
    const names = delegationNames(withStakeholder, data.mission.startDate!);
    expect(names).toHaveLength(data.mission.delegation.length + 1);
    expect(names.at(-1)).toBe('Joaquín Núñez (Universidad de Cartagena)');
    expect(delegationNames(data, data.mission.startDate!)).toEqual(names.slice(0, -1));
  });
});
