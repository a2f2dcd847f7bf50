import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { RECORD_KINDS } from '../model/records';
import { BundleError, isUnsafeEntryName, sha256Hex, type BundleDamage, type BundleManifest } from './format';
import { blobSource, readBundle } from './read';
import { everyKind } from './test-helpers';
import { writeBundle, writeBundleBytes, type WriteBundleOptions } from './write';

const device: WriteBundleOptions = { appVersion: '0.1.0', deviceId: 'deva', createdAt: new Date('2026-12-02T10:00:00Z'), scope: { type: 'device' } };

async function damageOf(bytes: Uint8Array | Blob, options?: { maxBytes?: number }): Promise<BundleDamage> {
  try {
    await readBundle(bytes, options);
  } catch (error) {
    if (error instanceof BundleError) return error.code;
    throw error;
  }
  throw new Error('the bundle was read as sound');
}

/** A sound bundle's entries, to damage one thing at a time. */
async function soundEntries(): Promise<Record<string, Uint8Array>> {
  const { records, attachments } = await everyKind('p1');
  return unzipSync(await writeBundleBytes(records, attachments, device));
}

const manifestOf = (entries: Record<string, Uint8Array>) => JSON.parse(new TextDecoder().decode(entries['manifest.json'])) as BundleManifest;

/** Zips entries again; with `describe`, the manifest is made to agree with the entries named, so only the damage meant remains. */
async function rezip(entries: Record<string, Uint8Array>, describe: string[] = [], edit?: (m: BundleManifest) => void): Promise<Uint8Array> {
  const manifest = manifestOf(entries);
  for (const name of describe) manifest.entries[name] = { sha256: await sha256Hex(entries[name]!), size: entries[name]!.length };
  edit?.(manifest);
  const files: Zippable = { ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) };
  return zipSync(files, { level: 1 });
}

describe('the .ponte bundle', () => {
  it('gives back every declared kind of record and every attachment as written, stamps and all', async () => {
    const { records, attachments } = await everyKind('p1');
    const bytes = await writeBundleBytes(records, attachments, device);
    const read = await readBundle(bytes);
    expect(Object.keys(read.records).sort()).toEqual([...RECORD_KINDS].sort());
    for (const { kind, record } of records) expect(read.records[kind as keyof typeof read.records]).toContainEqual(record);
    const given = attachments.map((a) => [a.sha256, a.mimeType, a.bytes.length, [...a.bytes]]);
    expect(await Promise.all(read.attachments.map(async (a) => [a.sha256, a.mimeType, a.size, [...(await a.read())]]))).toEqual(given);
    // A File from a picker is read slice by slice, to the same result.
    const fromBlob = await readBundle(new Blob([bytes as Uint8Array<ArrayBuffer>]));
    expect(fromBlob.records).toEqual(read.records);
    expect(await Promise.all(fromBlob.attachments.map(async (a) => [a.sha256, a.mimeType, a.size, [...(await a.read())]]))).toEqual(given);
    expect(read.later).toEqual([]);
    expect(read.summary).toMatchObject({ formatVersion: 2, scope: 'device', pairingIds: ['p1'], attachments: 2, fileBytes: bytes.length });
    expect(read.summary.counts.mission).toBe(1);
    expect(read.summary.totalBytes).toBeGreaterThan(0);
    expect(read.manifest.highestStamps.p1).toBe(records.flatMap((r) => Object.values(r.record.stamps)).sort().at(-1));
  });

  it('reads a Blob a window at a time: a few slices for hundreds of entries, the same bytes with windows of any size', async () => {
    const { records } = await everyKind('p1');
    const many = await Promise.all(
      Array.from({ length: 300 }, async (_, i) => {
        const bytes = new Uint8Array([0xff, 0xd8, i & 255, i >> 8, 0xff, 0xd9]);
        return { sha256: await sha256Hex(bytes), mimeType: 'image/jpeg', bytes };
      }),
    );
    const bytes = await writeBundleBytes(records, many, device);
    const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
    const expected = await readBundle(bytes);
    const content = async (read: Awaited<ReturnType<typeof readBundle>>) => [read.records, await Promise.all(read.attachments.map(async (a) => [a.sha256, [...(await a.read())]]))];
    const slice = vi.spyOn(Blob.prototype, 'slice');
    try {
      const read = await readBundle(blob);
      expect(await content(read)).toEqual(await content(expected));
      // Reading and checking 300 attachments, then reading each again to store it: one window covers the file.
      expect(slice.mock.calls.length).toBeLessThan(10);
      // Windows smaller than entries and than the file: reads that cross a window's end, and entries larger than a window.
      for (const windowBytes of [7, 64, 1000]) expect(await content(await readBundle(blobSource(blob, windowBytes)))).toEqual(await content(expected));
    } finally {
      slice.mockRestore();
    }
  });

  it('streams chunks, stores photos as they are and records compressed', async () => {
    const { records, attachments } = await everyKind('p1');
    const chunks: Uint8Array[] = [];
    for await (const chunk of writeBundle(records, attachments, device)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(3);
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    const manifest = (await readBundle(bytes)).manifest;
    // A stored entry's bytes appear in the file as they are.
    const photo = attachments[0]!.bytes;
    const at = bytes.findIndex((_, i) => photo.every((b, j) => bytes[i + j] === b));
    expect(at).toBeGreaterThan(0);
    expect(Object.keys(manifest.entries)).toContain(`attachments/${attachments[0]!.sha256}`);
  });

  it('leaves out device-local fields, other pairings, and unreferenced attachments, and says which pairings were limited to what changed', async () => {
    const one = await everyKind('p1', 'deva', 1_790_000_000_000);
    const two = await everyKind('p2', 'deva', 1_790_000_100_000);
    const stakeholder = one.records.find((r) => r.kind === 'stakeholder')!;
    stakeholder.record._sortName = 'fundacion el espinal';
    const extra = { sha256: await sha256Hex(new Uint8Array([7])), mimeType: 'image/png', bytes: new Uint8Array([7]) };
    const onlyP1 = await readBundle(await writeBundleBytes([...one.records, ...two.records].sort((a, b) => a.kind.localeCompare(b.kind)), [...one.attachments, extra], { ...device, scope: { type: 'pairings', pairingIds: ['p1'] } }));
    expect(onlyP1.summary.pairingIds).toEqual(['p1']);
    expect(Object.values(onlyP1.records).flat().every((r) => r!.pairingId === 'p1')).toBe(true);
    expect(onlyP1.records.stakeholder![0]).not.toHaveProperty('_sortName');
    expect(onlyP1.attachments.map((a) => a.sha256).sort()).toEqual(one.attachments.map((a) => a.sha256).sort());

    expect(onlyP1.manifest).not.toHaveProperty('changesSince');

    // Which records changed is the caller's to say (the device's exchange ledger); the writer writes what it is given and names the limit.
    const changesSince = { p1: '2026-12-01T10:00:00.000Z' };
    const mission = one.records.find((r) => r.kind === 'mission')!;
    const later = { kind: 'mission', record: { ...mission.record, findings: 'Más', stamps: { ...mission.record.stamps, findings: '001799999999999-0000-devb' } } };
    const changed = await readBundle(await writeBundleBytes([later], [], { ...device, scope: { type: 'pairings', pairingIds: ['p1'] }, changesSince }));
    expect(changed.summary.counts).toEqual({ mission: 1 });
    expect(changed.manifest.changesSince).toEqual(changesSince);
    expect(changed.manifest.highestStamps.p1).toBe('001799999999999-0000-devb');
  });

  it('refuses to write a manifest no reader would accept', async () => {
    await expect(writeBundleBytes([], [], { ...device, deviceId: 'Not A Device' })).rejects.toThrow(/deviceId/);
  });

  it('refuses records of one kind that do not come together', async () => {
    const { records } = await everyKind('p1');
    const split = [records[0]!, records[1]!, records[0]!];
    await expect(writeBundleBytes(split, [], device)).rejects.toThrow(/must come together/);
  });

  it('keeps records of a kind this version does not know apart, as later', async () => {
    const entries = await soundEntries();
    const visit = { id: 'v1', pairingId: 'p1', deleted: false, place: 'El Espinal', stamps: { place: '001790000000000-0000-devb' } };
    entries['records/siteVisit.jsonl'] = strToU8(`${JSON.stringify(visit)}\n`);
    const read = await readBundle(await rezip(entries, ['records/siteVisit.jsonl'], (m) => (m.counts.siteVisit = 1)));
    expect(read.later).toEqual([{ kind: 'siteVisit', record: visit }]);
    expect(read.records).not.toHaveProperty('siteVisit');
    expect(read.summary.laterKinds).toEqual(['siteVisit']);
  });

  it('carries what the writer of a long text had seen (version 2), and still reads a version-1 file', async () => {
    const { records, attachments } = await everyKind('p1');
    const mission = records.find((r) => r.kind === 'mission')!;
    const seen = { findings: '001789999999999-0000-devz' };
    const withSeen = records.map((r) => (r === mission ? { ...r, record: { ...r.record, _seen: seen } } : r));
    const read = await readBundle(await writeBundleBytes(withSeen, attachments, device));
    expect(read.records.mission![0]!._seen).toEqual(seen);
    expect(read.records.mission![0]).not.toHaveProperty('seen');
    const withSettings = await readBundle(await writeBundleBytes(records, attachments, { ...device, settings: { 'sync.settings': { serverUrl: 'https://ponte.example' } } }));
    expect(withSettings.settings).toEqual({ 'sync.settings': { serverUrl: 'https://ponte.example' } });
    expect(read.settings).toBeNull();
    const v1 = await readBundle(await rezip(await soundEntries(), [], (m) => Object.assign(m, { formatVersion: 1 })));
    expect(v1.summary.formatVersion).toBe(1);
    expect(v1.records.mission![0]).not.toHaveProperty('_seen');
    // A `seen` that is not field keys to stamps is no record of ours.
    const entries = await soundEntries();
    const lines = new TextDecoder().decode(entries['records/mission.jsonl']).split('\n');
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0]!), seen: { findings: 42 } });
    entries['records/mission.jsonl'] = strToU8(lines.join('\n'));
    expect(await damageOf(await rezip(entries, ['records/mission.jsonl']))).toBe('invalidRecord');
  });

  describe('names each kind of damage and returns nothing', () => {
    it('notABundle: not a zip, or a zip without a manifest', async () => {
      expect(await damageOf(strToU8('id;name\n1;Málaga\n'))).toBe('notABundle');
      expect(await damageOf(new Uint8Array(0))).toBe('notABundle');
      const entries = await soundEntries();
      delete entries['manifest.json'];
      expect(await damageOf(zipSync(entries))).toBe('notABundle');
      expect(await damageOf(zipSync({ 'manifest.json': strToU8('{"hello":1}') }))).toBe('notABundle');
    });

    it('truncated: cut anywhere, or missing an entry the manifest lists', async () => {
      const { records, attachments } = await everyKind('p1');
      const bytes = await writeBundleBytes(records, attachments, device);
      for (const cut of [bytes.length - 1, bytes.length - 30, Math.floor(bytes.length / 2), 100]) {
        expect(await damageOf(bytes.subarray(0, cut))).toBe('truncated');
        expect(await damageOf(new Blob([bytes.subarray(0, cut) as Uint8Array<ArrayBuffer>]))).toBe('truncated');
      }
      const entries = await soundEntries();
      delete entries['records/mission.jsonl'];
      expect(await damageOf(await rezip(entries))).toBe('truncated');
    });

    it('badChecksum: an entry whose bytes differ from the manifest', async () => {
      const entries = await soundEntries();
      const text = new TextDecoder().decode(entries['records/agreement.jsonl']);
      entries['records/agreement.jsonl'] = strToU8(text.replace('Memorando', 'Memorandu'));
      expect(await damageOf(await rezip(entries))).toBe('badChecksum');
    });

    it('unsafeEntryName: leaving the archive, absolute, with a backslash, or not in the manifest', async () => {
      for (const name of ['../evil.jsonl', 'records/../../evil', '/etc/passwd', 'C:/evil', 'records\\pairing.jsonl', 'notes.txt']) {
        const entries = await soundEntries();
        entries[name] = strToU8('x');
        expect(await damageOf(await rezip(entries)), name).toBe('unsafeEntryName');
        // Listed in the manifest too: the name alone is refused.
        expect(await damageOf(await rezip(entries, [name])), name).toBe('unsafeEntryName');
      }
      // Refused before anything else is read, manifest or not.
      expect(await damageOf(zipSync({ '../../.bashrc': strToU8('x') }))).toBe('unsafeEntryName');
      expect(isUnsafeEntryName('records/mission.jsonl')).toBe(false);
      for (const name of ['..', 'a/../b', './a', 'a//b', '/a', 'D:evil', 'a\\b', 'a\u0000b', '']) expect(isUnsafeEntryName(name), name).toBe(true);
    });

    it('attachmentMismatch: bytes that are not the SHA-256 they are named by', async () => {
      const entries = await soundEntries();
      const name = Object.keys(entries).find((n) => n.startsWith('attachments/'))!;
      entries[name] = new Uint8Array([0xff, 0xd8, 0, 0xff, 0xd9]);
      expect(await damageOf(await rezip(entries, [name], (m) => (m.attachments.find((a) => name.endsWith(a.sha256))!.size = 5)))).toBe('attachmentMismatch');
    });

    it('newerFormat: a format version above 1', async () => {
      const entries = await soundEntries();
      expect(await damageOf(await rezip(entries, [], (m) => Object.assign(m, { formatVersion: 3, somethingNew: true })))).toBe('newerFormat');
    });

    it('invalidRecord: a line that is not a stored record, or not a valid record of its kind', async () => {
      const lines = ['not json', JSON.stringify({ id: 'x', pairingId: 'p1', deleted: false }), JSON.stringify({ id: 'x', pairingId: 'p1', deleted: false, title: 42, stamps: {} })];
      for (const line of lines) {
        const entries = await soundEntries();
        entries['records/agreement.jsonl'] = strToU8(`${line}\n`);
        expect(await damageOf(await rezip(entries, ['records/agreement.jsonl'])), line).toBe('invalidRecord');
      }
      // A record of a pairing the manifest does not name.
      const entries = await soundEntries();
      const record = JSON.parse(new TextDecoder().decode(entries['records/agreement.jsonl']).trim());
      entries['records/agreement.jsonl'] = strToU8(`${JSON.stringify({ ...record, pairingId: 'p9' })}\n`);
      expect(await damageOf(await rezip(entries, ['records/agreement.jsonl']))).toBe('invalidRecord');
    });

    it('tooLarge: more uncompressed bytes than the caller has room for, refused before inflating', async () => {
      const { records, attachments } = await everyKind('p1');
      const bytes = await writeBundleBytes(records, attachments, device);
      const { summary } = await readBundle(bytes);
      expect(await damageOf(bytes, { maxBytes: summary.totalBytes - 1 })).toBe('tooLarge');
      await expect(readBundle(bytes, { maxBytes: summary.totalBytes })).resolves.toBeTruthy();
    });
  });
});
