import { freshDatabase } from '../db/test-db';
import type { PonteDatabase } from '../db/database';
import { updateRecord } from '../db/records-repo';
import { readBundle, type BundleContents } from '../../../shared/bundle/read';
import { writeBundleBytes } from '../../../shared/bundle/write';
import { stampedRecords } from '../../../shared/bundle/stamped';
import { seedRecords } from '../../../shared/kinds/seeds';
import { seedPairing } from './test-device';
import { applyPlan, readAndPlan } from './index';
import { exportForPartner } from './export-for-partner';
import { listPartners, partnerKey } from './exchange-ledger';
import { recordVersion } from './record-version';

// The exchange ledger decides what a bundle "limited to what changed since the
// last bundle for this partner" holds. Each test makes its own database
// (freshDatabase), with real Dexie on fake-indexeddb.

/** Exports for a partner and returns what the saved file holds (null when nothing was saved). */
async function exportTo(db: PonteDatabase, partner: string, onlyChanges: boolean, answer: boolean | Error = true, pairingIds = ['p1'], now = new Date()) {
  let file: Blob | null = null;
  const outcome = await exportForPartner(
    db,
    { pairingIds, partner, onlyChanges },
    async (blob) => {
      if (answer instanceof Error) throw answer;
      if (answer) file = blob;
      return answer;
    },
    { now },
  );
  return { outcome, contents: file ? await readBundle(file) : null };
}

const ids = (contents: BundleContents | null) =>
  Object.entries(contents?.records ?? {})
    .flatMap(([kind, rows]) => (rows ?? []).map((r) => `${kind}/${r.id}`))
    .sort();

/** A bundle made by another device whose clock is behind this one's: what reaches this device after the first exchange, with older stamps. */
async function fromAnotherDevice(db: PonteDatabase, writes: Parameters<typeof stampedRecords>[0], at: number) {
  const bytes = await writeBundleBytes(stampedRecords(writes, 'devb', at), [], { appVersion: 'test', deviceId: 'devb', scope: { type: 'pairings', pairingIds: ['p1'] } });
  await applyPlan(db, await readAndPlan(db, bytes));
}

const missionOfB = (fields: Record<string, unknown>) => ({
  kind: 'mission' as const,
  recordId: 'p1-mission-b',
  pairingId: 'p1',
  fields: { ...seedRecords('p1').find((s) => s.kind === 'mission')!.fields, id: 'p1-mission-b', ...fields },
});

/** Long before anything this device writes in a test: the other device's clock is far behind. */
const OLD = Date.UTC(2025, 0, 15);

describe('the exchange ledger', () => {
  it('sends, in a limited bundle, a record that arrived after the last bundle with stamps older than everything in it', async () => {
    const db = freshDatabase();
    await seedPairing(db, 'p1');
    const first = await exportTo(db, 'Cartagena', true);
    expect(first.outcome).toMatchObject({ status: 'saved' });
    const firstHighest = first.contents!.manifest.highestStamps.p1!;

    await fromAnotherDevice(db, [missionOfB({ title: 'Misión de B' })], OLD);
    const arrived = (await db.tableOf('mission').get('p1-mission-b'))!;
    // A cut-off at the first bundle's highest stamp (the `since` of before) would leave it out: none of its stamps is later.
    expect(Object.values(arrived.stamps).every((s) => s < firstHighest)).toBe(true);

    const next = await exportTo(db, 'Cartagena', true);
    expect(ids(next.contents)).toEqual(['mission/p1-mission-b']);
    expect(next.outcome).toEqual({ status: 'saved', records: 1 });
    expect(next.contents!.manifest.changesSince).toEqual({ p1: expect.any(String) });
  });

  it('sends a record whose highest stamp is the one sent but another field changed since, with an older stamp', async () => {
    const db = freshDatabase();
    await seedPairing(db, 'p1');
    await fromAnotherDevice(db, [missionOfB({ title: 'Misión de B' })], OLD);
    // This device edits it: its highest stamp is now this device's.
    await updateRecord(db, 'mission', 'p1-mission-b', 'p1', { status: 'confirmed' });
    const sent = (await db.tableOf('mission').get('p1-mission-b'))!;
    await exportTo(db, 'Cartagena', true);

    // B's later edit of another field, still stamped before this device's edit, arrives.
    await fromAnotherDevice(db, [missionOfB({ title: 'Misión de B' }), { ...missionOfB({}), fields: { title: 'Misión de B, revisada' } }], OLD);
    const now = (await db.tableOf('mission').get('p1-mission-b'))!;
    expect(now.title).toBe('Misión de B, revisada');
    expect(recordVersion(now).split('/')[0]).toBe(recordVersion(sent).split('/')[0]);

    const next = await exportTo(db, 'Cartagena', true);
    expect(ids(next.contents)).toEqual(['mission/p1-mission-b']);
    expect(next.contents!.records.mission![0]!.title).toBe('Misión de B, revisada');
  });

  it('leaves out what the partner was sent unchanged, puts in what changed, and nothing at all when nothing did', async () => {
    const db = freshDatabase();
    await seedPairing(db, 'p1');
    const first = await exportTo(db, 'Cartagena', true);
    expect(first.outcome).toEqual({ status: 'saved', records: ids(first.contents).length });
    expect(ids(first.contents).length).toBeGreaterThan(10);
    expect(first.contents!.attachments).toHaveLength(2);
    expect(first.contents!.manifest).not.toHaveProperty('changesSince');

    await updateRecord(db, 'mission', 'p1-mission', 'p1', { title: 'Misión técnica a Málaga' });
    const next = await exportTo(db, 'cartagena ', true); // the same partner, typed otherwise
    expect(ids(next.contents)).toEqual(['mission/p1-mission']);
    expect(next.contents!.records.mission![0]!.title).toBe('Misión técnica a Málaga');
    expect(next.contents!.attachments).toEqual([]); // the photo did not change: its bytes stay home

    expect(await exportTo(db, 'Cartagena', true)).toEqual({ outcome: { status: 'nothingChanged' }, contents: null });
    // Everything, when asked, whatever the ledger says.
    expect(ids((await exportTo(db, 'Cartagena', false)).contents)).toEqual(ids(first.contents));
  });

  it('leaves the ledger as it was when the save is cancelled or fails', async () => {
    const db = freshDatabase();
    await seedPairing(db, 'p1');
    await exportTo(db, 'Cartagena', true);
    const before = await db.exchangeLedger.toArray();
    await updateRecord(db, 'mission', 'p1-mission', 'p1', { title: 'Misión técnica a Málaga' });

    expect((await exportTo(db, 'Cartagena', true, false)).outcome).toEqual({ status: 'cancelled' });
    await expect(exportTo(db, 'Cartagena', true, new Error('disk full'))).rejects.toThrow('disk full');
    expect(await db.exchangeLedger.toArray()).toEqual(before);
    // So the next bundle still carries the edit.
    expect(ids((await exportTo(db, 'Cartagena', true)).contents)).toEqual(['mission/p1-mission']);
  });

  it('gives a different partner everything, and remembers nothing when no partner is named', async () => {
    const db = freshDatabase();
    await seedPairing(db, 'p1');
    const first = await exportTo(db, 'Cartagena', true);
    await updateRecord(db, 'mission', 'p1-mission', 'p1', { title: 'Misión técnica a Málaga' });
    const other = await exportTo(db, 'Málaga', true);
    expect(ids(other.contents)).toEqual(ids(first.contents));
    expect(other.contents!.manifest).not.toHaveProperty('changesSince');

    const anonymous = await exportTo(db, '  ', false);
    expect(ids(anonymous.contents)).toEqual(ids(first.contents));
    expect((await db.exchangeLedger.toArray()).map((r) => r.partnerKey).sort()).toEqual(['cartagena', 'málaga']);
  });

  it('sends the pairings a partner never got whole, and lists partners with the date of their last bundle', async () => {
    const db = freshDatabase();
    await seedPairing(db, 'p1');
    await seedPairing(db, 'p2', 2);
    await exportTo(db, 'Cartagena', false, true, ['p1'], new Date(Date.UTC(2026, 11, 1)));
    await exportTo(db, 'Málaga', false, true, ['p1', 'p2'], new Date(Date.UTC(2026, 11, 2)));
    const both = await exportTo(db, 'CARTAGENA', true, true, ['p1', 'p2'], new Date(Date.UTC(2026, 11, 3)));
    // p1 unchanged since Cartagena's bundle; p2 never went to them.
    expect(ids(both.contents).every((id) => id.startsWith('pairing/p2') || id.includes('/p2-'))).toBe(true);
    expect(ids(both.contents).length).toBeGreaterThan(10);
    expect(both.contents!.manifest.changesSince).toEqual({ p1: '2026-12-01T00:00:00.000Z' });

    expect(await listPartners(db)).toEqual([
      { key: 'cartagena', name: 'CARTAGENA', lastSentAt: Date.UTC(2026, 11, 3), pairings: { p1: Date.UTC(2026, 11, 3), p2: Date.UTC(2026, 11, 3) } },
      { key: 'málaga', name: 'Málaga', lastSentAt: Date.UTC(2026, 11, 2), pairings: { p1: Date.UTC(2026, 11, 2), p2: Date.UTC(2026, 11, 2) } },
    ]);
    expect(partnerKey('  Rio   de Janeiro ')).toBe('rio de janeiro');
  });

  it('sends a photo again while its bytes were not on this device when it went', async () => {
    const db = freshDatabase();
    const { thumb } = await seedPairing(db, 'p1');
    const thumbRow = (await db.blobs.get(thumb))!;
    await db.blobs.delete(thumb);
    const first = await exportTo(db, 'Cartagena', true);
    expect(first.contents!.attachments).toHaveLength(1);
    await db.blobs.put(thumbRow); // pulled later
    const next = await exportTo(db, 'Cartagena', true);
    expect(ids(next.contents)).toEqual(['photo/p1-photo']);
    expect(next.contents!.attachments).toHaveLength(2);
  });
});
