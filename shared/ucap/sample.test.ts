import { sampleUcapContent, sampleUcapSnapshots, sampleUcapWrites } from './sample';
import { diffSnapshots, ucapSnapshotSchema } from './snapshot';
import { recordedAgreements } from './agreement';

describe('the sample UCAP', () => {
  it('is in review with the versions its status steps saved, valid, under ids that stay the same', () => {
    const plan = sampleUcapContent().plan;
    expect(plan.status).toBe('in-review');
    const snapshots = sampleUcapSnapshots();
    expect(snapshots.map((s) => s.id)).toEqual(['sample-ucap-cartagena-malaga-snapshot-review', 'sample-ucap-cartagena-malaga-snapshot-agree-eu']);
    for (const s of snapshots) expect(ucapSnapshotSchema.safeParse(s).success).toBe(true);
    expect(sampleUcapWrites().filter((w) => w.kind === 'ucapSnapshot').map((w) => w.recordId)).toEqual(snapshots.map((s) => s.id));
    // Málaga's agreement is dated by the version its step saved.
    expect(recordedAgreements(plan, snapshots)).toEqual([{ side: 'eu', name: 'Rocío Martín Gálvez', email: 'r.martin@malaga.example', at: Date.UTC(2026, 8, 21, 9, 15) }]);
    // Between the two, the team settled who keeps the meeting place up.
    expect(diffSnapshots(snapshots[0]!.content, snapshots[1]!.content, 'es').map((d) => [d.section, d.entries.map((e) => e.texts.map((t) => t.lang))])).toEqual([['sustainability', [['es', 'en']]]]);
  });
});
