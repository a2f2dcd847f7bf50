import { freshDatabase } from './test-db';
import { writeBundles } from './pairings-repo';
import { sampleProgramme } from '../../../shared/sample/programme';
import { sampleMissionWrites, SAMPLE_MISSION_PAIRING } from '../../../shared/missions/sample';
import { missionTables } from './schema-missions';

describe('loading the sample programme', () => {
  it('writes every pairing and the Cartagena–Málaga missions, and loading it again duplicates nothing', async () => {
    const db = freshDatabase();
    await writeBundles(db, sampleProgramme(), sampleMissionWrites());
    await writeBundles(db, sampleProgramme(), sampleMissionWrites());
    expect(await db.pairings.count()).toBe(sampleProgramme().length);
    const missions = await missionTables(db).missions.where('pairingId').equals(SAMPLE_MISSION_PAIRING).count();
    expect(missions).toBeGreaterThan(0);
    expect(missions).toBe(sampleMissionWrites().filter((w) => w.kind === 'mission').length);
  });
});
