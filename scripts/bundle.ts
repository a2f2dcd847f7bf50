import { existsSync, readFileSync } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BundleError, sha256Hex } from '../shared/bundle/format';
import { readBundle } from '../shared/bundle/read';
import { stampedRecords } from '../shared/bundle/stamped';
import { writeBundle, type BundleAttachment } from '../shared/bundle/write';
import { seedRecords } from '../shared/kinds/seeds';
import { SAMPLE_MISSIONS, SAMPLE_PHOTOS, sampleMissionWrites } from '../shared/missions/sample';
import { SAMPLE_SHOWCASE_ID, sampleProgramme } from '../shared/sample/programme';
import { sampleStakeholderWrites } from '../shared/stakeholders/sample';
import type { Write } from '../shared/sync/local-change';
import { sampleUcapWrites } from '../shared/ucap/sample';
import { jpegSize } from './sample-photos';

// npm run bundle -- export-sample OUT.ponte
//   writes a bundle of the sample programme (every record as "Load a sample
//   programme" makes it, stamped by a device clock, with the sample photos)
// npm run bundle -- inspect FILE.ponte
//   checks a bundle the way the app will before a restore and prints its
//   summary as JSON; on any damage, one line naming it and a non-zero exit.

const ROOT = resolve(__dirname, '..');
const DEVICE = 'samplecli';

/** Two tiny JPEGs (2×2, made with ImageMagick) for when assets/sample-photos is not there. */
const TINY_JPEGS = [
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAH/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAAAgX/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCgCiv/2Q==',
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAP/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AIACTz//2Q==',
];

type SamplePhoto = { fileName: string; caption: string; agendaItemId: string | null; bytes: Uint8Array };

function samplePhotoFiles(): SamplePhoto[] {
  const dir = join(ROOT, 'assets/sample-photos');
  if (existsSync(dir)) {
    return SAMPLE_PHOTOS.filter((p) => existsSync(join(dir, p.file))).map((p) => ({ fileName: p.file, caption: p.caption, agendaItemId: p.agendaItemId, bytes: new Uint8Array(readFileSync(join(dir, p.file))) }));
  }
  return TINY_JPEGS.map((b64, i) => ({ fileName: `photo-${i + 1}.jpg`, caption: '', agendaItemId: null, bytes: new Uint8Array(Buffer.from(b64, 'base64')) }));
}

/** The sample programme as the app loads it, its photos, and a seed for each kind it has none of. */
async function sampleWrites(): Promise<{ writes: Write[]; attachments: BundleAttachment[] }> {
  const pairings = sampleProgramme();
  const writes: Write[] = pairings.flatMap((b) => [
    { kind: 'pairing' as const, recordId: b.pairing.id, pairingId: b.pairing.id, fields: b.pairing },
    ...b.agreements.map((r) => ({ kind: 'agreement' as const, recordId: r.id, pairingId: r.pairingId, fields: r })),
    ...b.positions.map((r) => ({ kind: 'position' as const, recordId: r.id, pairingId: r.pairingId, fields: r })),
    ...b.assignments.map((r) => ({ kind: 'assignment' as const, recordId: r.id, pairingId: r.pairingId, fields: r })),
  ]);
  writes.push(...sampleMissionWrites(), ...sampleStakeholderWrites(pairings.map((b) => b.pairing.id)), ...sampleUcapWrites());
  const mission = SAMPLE_MISSIONS[0]!;
  const attachments: BundleAttachment[] = [];
  for (const [i, photo] of samplePhotoFiles().entries()) {
    const sha256 = await sha256Hex(photo.bytes);
    attachments.push({ sha256, mimeType: 'image/jpeg', bytes: photo.bytes });
    const { width, height } = jpegSize(photo.bytes);
    // With no image decoder here, each photo is its own thumbnail: the bytes are stored once all the same.
    const fields = { deleted: false, missionId: mission.id, sha256, thumbSha256: sha256, mimeType: 'image/jpeg', size: photo.bytes.length, width, height, fileName: photo.fileName, caption: photo.caption, agendaItemId: photo.agendaItemId };
    writes.push({ kind: 'photo', recordId: `sample-photo-${i + 1}`, pairingId: mission.pairingId, fields });
  }
  const present = new Set(writes.map((w) => w.kind));
  for (const seed of seedRecords(SAMPLE_SHOWCASE_ID)) {
    if (!present.has(seed.kind)) writes.push({ kind: seed.kind, recordId: seed.id, pairingId: SAMPLE_SHOWCASE_ID, fields: seed.fields });
  }
  return { writes, attachments };
}

async function exportSample(out: string): Promise<string> {
  const { writes, attachments } = await sampleWrites();
  const appVersion = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const file = await open(out, 'w');
  let bytes = 0;
  try {
    for await (const chunk of writeBundle(stampedRecords(writes, DEVICE, Date.now()), attachments, { appVersion, deviceId: DEVICE, scope: { type: 'device' } })) {
      await file.write(chunk);
      bytes += chunk.length;
    }
  } finally {
    await file.close();
  }
  return `wrote ${out} (${bytes} bytes, ${writes.length} records, ${attachments.length} attachments)`;
}

/** Runs one command; returns the exit code. Messages go to `log` and `fail`, one line each. */
async function bundleCli(args: readonly string[], log: (line: string) => void, fail: (line: string) => void): Promise<number> {
  const [command, path, ...rest] = args.filter((a) => a !== '--');
  if ((command !== 'export-sample' && command !== 'inspect') || !path || rest.length > 0) {
    fail('usage: npm run bundle -- export-sample OUT.ponte | inspect FILE.ponte');
    return 2;
  }
  if (command === 'export-sample') {
    log(await exportSample(resolve(path)));
    return 0;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(resolve(path)));
  } catch (error) {
    fail(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 2;
  }
  try {
    const { summary } = await readBundle(bytes);
    log(JSON.stringify(summary, null, 2));
    return 0;
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    fail(`${path}: not a sound bundle: ${error.code}: ${error.detail}${error.entry ? ` (${error.entry})` : ''}`);
    return 1;
  }
}

// vite-node passes the "--" that npm needs through to the script: bundleCli skips it.
bundleCli(process.argv.slice(2), (line) => console.log(line), (line) => console.error(line)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
