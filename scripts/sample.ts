import { open, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { sha256Hex } from '../shared/bundle/format';
import { stampedRecords } from '../shared/bundle/stamped';
import { writeBundle, type BundleAttachment } from '../shared/bundle/write';
import { PROGRAMME_SCALE, scaledProgramme, type ScaleOptions } from '../shared/sample/scale';
import { samplePhotoPng } from '../shared/sample/sample-photo';
import type { Write } from '../shared/sync/local-change';

// npm run sample -- --scale programme [--out FILE.ponte] [--no-photos] [--seed N]
//   makes the programme-sized sample (100 pairings, 20 000 stakeholders,
//   2 000 missions with their agendas, 100 UCAPs with 200 saved versions,
//   2 000 small photos), the same records as the app's "Load a
//   programme-sized sample". With --out, writes it as a Ponte bundle (the
//   backup format the app restores and `npm run bundle -- inspect` checks);
//   without, prints what it holds. Either way, one JSON line on stdout.

const DEVICE = 'samplescale';
const SCALES: Record<string, ScaleOptions> = { programme: PROGRAMME_SCALE };

async function main(argv: readonly string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--');
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const scale = SCALES[value('--scale') ?? ''];
  if (!scale) {
    console.error(`usage: npm run sample -- --scale ${Object.keys(SCALES).join('|')} [--out FILE.ponte] [--no-photos] [--seed N]`);
    return 2;
  }
  const options: ScaleOptions = { ...scale, photos: !args.includes('--no-photos'), seed: Number(value('--seed') ?? scale.seed) };
  const t0 = performance.now();
  const writes: Write[] = [];
  const attachments: BundleAttachment[] = [];
  for (const pairing of scaledProgramme(options)) {
    writes.push(...pairing.writes);
    for (const photo of pairing.photos) {
      const original = samplePhotoPng(photo.seed, 160, 120);
      const thumb = samplePhotoPng(photo.seed, 64, 48);
      const [sha256, thumbSha256] = await Promise.all([sha256Hex(original), sha256Hex(thumb)]);
      attachments.push({ sha256, mimeType: 'image/png', bytes: original }, { sha256: thumbSha256, mimeType: 'image/png', bytes: thumb });
      writes.push({ kind: 'photo', recordId: photo.recordId, pairingId: photo.pairingId, fields: { deleted: false, missionId: photo.missionId, sha256, thumbSha256, mimeType: 'image/png', size: original.byteLength, width: 160, height: 120, fileName: photo.fileName, caption: photo.caption, agendaItemId: photo.agendaItemId } });
    }
  }
  const counts: Record<string, number> = {};
  for (const w of writes) counts[w.kind] = (counts[w.kind] ?? 0) + 1;
  const made_ms = Math.round(performance.now() - t0);
  const out = value('--out');
  if (!out) {
    console.log(JSON.stringify({ scale: value('--scale'), seed: options.seed, records: writes.length, counts, attachments: attachments.length, made_ms }));
    return 0;
  }
  const appVersion = (JSON.parse(await readFile(resolve(__dirname, '../package.json'), 'utf8')) as { version: string }).version;
  const file = await open(resolve(out), 'w');
  let bytes = 0;
  try {
    // Stamped at a fixed time, so the same seed gives the same bundle contents.
    for await (const chunk of writeBundle(stampedRecords(writes, DEVICE, Date.UTC(2026, 10, 1)), attachments, { appVersion, deviceId: DEVICE, scope: { type: 'device' } })) {
      await file.write(chunk);
      bytes += chunk.length;
    }
  } finally {
    await file.close();
  }
  console.log(JSON.stringify({ scale: value('--scale'), seed: options.seed, out: resolve(out), bytes, records: writes.length, counts, attachments: attachments.length, ms: Math.round(performance.now() - t0) }));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
