import { freshDatabase } from '../db/test-db';
import { setDeleted } from '../db/records-repo';
import { readBundle } from '../../../shared/bundle/read';
import { readSyncSettings, writeSyncSettings } from '../sync/sync-settings';
import { seedPairing } from './test-device';
import { applyPlan, exportBundle, readAndPlan } from './index';
import type { RecordSelection } from './exchange-ledger';

async function deviceWithTwoPairings() {
  const db = freshDatabase();
  const a = await seedPairing(db, 'p1', 1);
  const b = await seedPairing(db, 'p2', 2);
  return { db, hashes1: [a.photo, a.thumb].sort(), hashes2: [b.photo, b.thumb].sort() };
}

describe('exporting a bundle from the device', () => {
  it('backs up the whole device with stamps, the bin and every attachment, read in small chunks', async () => {
    const { db, hashes1, hashes2 } = await deviceWithTwoPairings();
    await setDeleted(db, 'mission', 'p2-mission', 'p2', true);
    await writeSyncSettings(db, { serverUrl: 'https://ponte.example', session: { token: 'secret-token', expiresAt: '2099-01-01T00:00:00Z' } as never });
    const recordsDone: number[] = [];
    const blob = await exportBundle(db, { type: 'device' }, { chunkSize: 1, onProgress: (p) => p.phase === 'records' && recordsDone.push(p.done) });
    const contents = await readBundle(blob);
    expect(contents.manifest.scope).toBe('device');
    expect(contents.manifest.pairingIds).toEqual(['p1', 'p2']);
    expect(contents.records.mission!.map((m) => [m.id, m.deleted]).sort()).toEqual([['p1-mission', false], ['p2-mission', true]]);
    expect(contents.records.mission![0]!.stamps.title).toMatch(/^\d{15}-/);
    expect(contents.attachments.map((a) => a.sha256).sort()).toEqual([...hashes1, ...hashes2].sort());
    const total = Object.values(contents.manifest.counts).reduce((s, n) => s + n, 0);
    // One progress step per record read (chunks of one), ending at the total.
    expect(recordsDone.at(-1)).toBe(total);
    expect(recordsDone.length).toBe(total + 1);
    expect(new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()))).not.toContain('secret-token');
    // The settings go along, without the session.
    expect(contents.settings).toEqual({ 'sync.settings': { serverUrl: 'https://ponte.example' } });
    const restored = freshDatabase();
    await applyPlan(restored, await readAndPlan(restored, blob));
    expect(await readSyncSettings(restored)).toEqual({ serverUrl: 'https://ponte.example', session: null });
    // A device that has its own server keeps it.
    const other = freshDatabase();
    await writeSyncSettings(other, { serverUrl: 'https://other.example' });
    await applyPlan(other, await readAndPlan(other, blob));
    expect((await readSyncSettings(other)).serverUrl).toBe('https://other.example');
  });

  it('exports chosen pairings with only the attachments they point to', async () => {
    const { db, hashes1 } = await deviceWithTwoPairings();
    const contents = await readBundle(await exportBundle(db, { type: 'pairings', pairingIds: ['p1'] }));
    expect(contents.manifest.pairingIds).toEqual(['p1']);
    expect(contents.records.pairing!.map((p) => p.id)).toEqual(['p1']);
    expect(contents.records.mission!.map((m) => m.id)).toEqual(['p1-mission']);
    expect(contents.attachments.map((a) => a.sha256).sort()).toEqual(hashes1);
  });

  it('exports only the records a selection takes, with only the attachments those point to', async () => {
    const { db } = await deviceWithTwoPairings();
    const taken: string[] = [];
    const select: RecordSelection = { include: (kind, record) => kind === 'mission' && taken.push(record.id) > 0, lacking: () => {}, included: 0, changesSince: {}, sent: () => new Map() };
    const next = await readBundle(await exportBundle(db, { type: 'pairings', pairingIds: ['p1'], select }));
    expect(taken).toEqual(['p1-mission']);
    expect(next.records.mission!.map((m) => m.id)).toEqual(['p1-mission']);
    expect(next.records.pairing).toBeUndefined();
    expect(next.records.photo).toBeUndefined();
    expect(next.attachments).toEqual([]);
  });
});
