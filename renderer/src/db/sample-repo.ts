import type { PonteDatabase } from './database';
import { writeRecords, type Write } from './write-path';
import { missionTables } from './schema-missions';
import { prepareBlob, putPrepared } from '../attachments/blob-store';
import { PROGRAMME_SCALE, scaledProgramme, type ScaleOptions, type ScaledPhoto } from '../../../shared/sample/scale';
import { samplePhotoPng } from '../../../shared/sample/sample-photo';

export type SampleProgress = { done: number; total: number };

const ORIGINAL = { width: 160, height: 120 };
const THUMB = { width: 64, height: 48 };

/** The photo records of one pairing with their bytes stored, in one transaction through the write path. */
async function writePhotos(db: PonteDatabase, photos: readonly ScaledPhoto[]): Promise<void> {
  if (photos.length === 0) return;
  // Bytes made and hashed before the transaction: IndexedDB transactions end when they wait on anything else.
  const prepared = await Promise.all(
    photos.map(async (p) => {
      const original = samplePhotoPng(p.seed, ORIGINAL.width, ORIGINAL.height);
      const thumb = samplePhotoPng(p.seed, THUMB.width, THUMB.height);
      return { photo: p, original: await prepareBlob(original.slice().buffer, 'image/png', 'original'), thumb: await prepareBlob(thumb.slice().buffer, 'image/png', 'thumbnail'), size: original.byteLength };
    }),
  );
  const writes: Write[] = prepared.map(({ photo, original, thumb, size }) => ({
    kind: 'photo',
    recordId: photo.recordId,
    pairingId: photo.pairingId,
    fields: { deleted: false, missionId: photo.missionId, sha256: original.sha256, thumbSha256: thumb.sha256, mimeType: 'image/png', size, width: ORIGINAL.width, height: ORIGINAL.height, fileName: photo.fileName, caption: photo.caption, agendaItemId: photo.agendaItemId },
  }));
  await db.transaction('rw', [db.blobs, missionTables(db).photos, db.outbox, db.meta], async () => {
    for (const p of prepared) {
      await putPrepared(db, p.original);
      await putPrepared(db, p.thumb);
    }
    await writeRecords(db, writes);
  });
}

/**
 * Loads the programme-sized sample through the one write path, one pairing
 * (a few hundred records) per transaction, so that memory and each
 * transaction stay bounded and the interface hears how far it got. Ids are
 * fixed: loading it again updates the same records.
 */
export async function loadScaledSample(db: PonteDatabase, options: Partial<ScaleOptions> = {}, onProgress: (p: SampleProgress) => void = () => {}): Promise<void> {
  const full = { ...PROGRAMME_SCALE, ...options };
  let done = 0;
  onProgress({ done, total: full.pairings });
  for (const pairing of scaledProgramme(full)) {
    await writeRecords(db, pairing.writes);
    await writePhotos(db, pairing.photos);
    done += 1;
    onProgress({ done, total: full.pairings });
  }
}
