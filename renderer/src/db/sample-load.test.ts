import { freshDatabase } from './test-db';
import { writeBundles } from './pairings-repo';
import { sampleProgramme } from '../../../shared/sample/programme';
import { sampleMissionWrites, SAMPLE_MISSION_PAIRING } from '../../../shared/missions/sample';
import { missionTables } from './schema-missions';
import { ucapTable } from './schema-ucap';
import { sampleUcapWrites } from '../../../shared/ucap/sample';
import { sampleStakeholders, sampleStakeholderWrites } from '../../../shared/stakeholders/sample';

describe('loading the sample programme', () => {
  it('writes every pairing, the Cartagena–Málaga missions and UCAP, the sample stakeholders, and loading it again duplicates nothing', async () => {
    const db = freshDatabase();
    const stakeholders = sampleStakeholderWrites(sampleProgramme().map((b) => b.pairing.id));
    const more = [...sampleMissionWrites(), ...stakeholders, ...sampleUcapWrites()];
    await writeBundles(db, sampleProgramme(), more);
    await writeBundles(db, sampleProgramme(), more);
    expect(await ucapTable(db, 'ucapPlan').count()).toBe(1);
    expect(await ucapTable(db, 'ucapAction').count()).toBe(sampleUcapWrites().filter((w) => w.kind === 'ucapAction').length);
    expect(await db.pairings.count()).toBe(sampleProgramme().length);
    const missions = await missionTables(db).missions.where('pairingId').equals(SAMPLE_MISSION_PAIRING).count();
    expect(missions).toBeGreaterThan(0);
    expect(missions).toBe(sampleMissionWrites().filter((w) => w.kind === 'mission').length);
    expect(await db.stakeholders.count()).toBe(sampleProgramme().flatMap((b) => sampleStakeholders(b.pairing.id)).length);
    expect(await db.stakeholders.count()).toBeGreaterThan(0);
  });
});
