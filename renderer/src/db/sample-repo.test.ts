import { freshDatabase } from './test-db';
import { loadScaledSample, type SampleProgress } from './sample-repo';
import { missionTables } from './schema-missions';
import { ucapTable } from './schema-ucap';
import { readBlob } from '../attachments/blob-store';

describe('loading the programme-sized sample', () => {
  it('writes each pairing in its own transaction with progress, photos with their bytes, and loading it again duplicates nothing', async () => {
    const db = freshDatabase();
    const options = { pairings: 3, stakeholdersPerPairing: 20, missionsPerPairing: 3, versionsPerUcap: 2, photos: true };
    const progress: SampleProgress[] = [];
    await loadScaledSample(db, options, (p) => progress.push(p));
    expect(progress).toEqual([0, 1, 2, 3].map((done) => ({ done, total: 3 })));
    await loadScaledSample(db, options);
    expect(await db.pairings.count()).toBe(3);
    expect(await db.stakeholders.count()).toBe(60);
    const tables = missionTables(db);
    expect(await tables.missions.count()).toBe(9);
    expect(await tables.agendaItems.count()).toBeGreaterThan(9);
    expect(await ucapTable(db, 'ucapPlan').count()).toBe(3);
    expect(await ucapTable(db, 'ucapSnapshot').count()).toBe(6);
    const photos = await tables.photos.toArray();
    expect(photos).toHaveLength(9);
    const bytes = await readBlob(db, photos[0]!.sha256);
    expect(bytes?.mimeType).toBe('image/png');
    expect(bytes?.size).toBe(photos[0]!.size);
    // Every record reached the outbox: one entry of records and one of photos per pairing and load.
    expect(await db.outbox.count()).toBe(2 * 3 * 2);
  });
});
