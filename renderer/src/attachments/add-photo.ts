import type { PonteDatabase } from '../db/database';
import { missionTables } from '../db/schema-missions';
import { writeRecords } from '../db/write-path';
import { newId } from '../../../shared/ids';
import type { Mission } from '../../../shared/missions/mission';
import { prepareBlob, putPrepared } from './blob-store';
import type { Thumbnailer } from './thumbnail';

/** 25 MB: a full-size phone photo fits; a video renamed .jpg does not. */
export const MAX_PHOTO_BYTES = 25 * 1024 * 1024;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'] as const;

/** Why a file was not added, as a key of the missions namespace and its parameters. */
export class PhotoRejectedError extends Error {
  constructor(readonly reason: 'tooLarge' | 'notAnImage' | 'unreadable', readonly params: Record<string, string | number> = {}) {
    super(`photo rejected: ${reason}`);
    this.name = 'PhotoRejectedError';
  }
}

export type NewPhoto = { caption?: string; agendaItemId?: string | null };

/**
 * Adds a photo to a mission: the bytes and a thumbnail stored once by hash,
 * and a photo record through the write path, all in one transaction. The
 * hashing and decoding happen before it, since IndexedDB transactions end when
 * they wait on anything else.
 */
export async function addPhoto(db: PonteDatabase, mission: Pick<Mission, 'id' | 'pairingId'>, file: File, thumbnailer: Thumbnailer, options: NewPhoto = {}): Promise<string> {
  if (file.size > MAX_PHOTO_BYTES) throw new PhotoRejectedError('tooLarge', { max: Math.round(MAX_PHOTO_BYTES / 1024 / 1024) });
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) throw new PhotoRejectedError('notAnImage');
  const bytes = await file.arrayBuffer();
  let info;
  try {
    info = await thumbnailer(new Blob([bytes], { type: file.type }));
  } catch {
    throw new PhotoRejectedError('unreadable');
  }
  const [original, thumb] = await Promise.all([prepareBlob(bytes, file.type, 'original'), prepareBlob(info.thumbnail.bytes, info.thumbnail.mimeType, 'thumbnail')]);
  const id = newId();
  const tables = missionTables(db);
  await db.transaction('rw', [db.blobs, tables.photos, db.outbox, db.meta], async () => {
    await putPrepared(db, original);
    await putPrepared(db, thumb);
    await writeRecords(db, [
      {
        kind: 'photo',
        recordId: id,
        pairingId: mission.pairingId,
        fields: {
          deleted: false,
          missionId: mission.id,
          sha256: original.sha256,
          thumbSha256: thumb.sha256,
          mimeType: file.type,
          size: bytes.byteLength,
          width: info.width,
          height: info.height,
          fileName: file.name.slice(0, 300),
          caption: options.caption ?? '',
          agendaItemId: options.agendaItemId ?? null,
        },
      },
    ]);
  });
  return id;
}
