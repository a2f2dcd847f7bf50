import { freshDatabase } from '../db/test-db';
import { missionTables } from '../db/schema-missions';
import { addPhoto, MAX_PHOTO_BYTES, PhotoRejectedError } from './add-photo';
import { AttachmentCorruptError, putBlob, readBlob, storageUsed } from './blob-store';
import { sha256Hex } from './hash';
import type { Thumbnailer } from './thumbnail';

const fakeThumbnailer: Thumbnailer = async (blob) => ({ width: 4000, height: 3000, thumbnail: { bytes: new Uint8Array([9, 9, (await blob.arrayBuffer()).byteLength % 256]).buffer, mimeType: 'image/jpeg', width: 320, height: 240 } });

function photoFile(content: string, name = 'obra.jpg', type = 'image/jpeg') {
  return new File([new TextEncoder().encode(content)], name, { type });
}

describe('attachment storage', () => {
  it('addresses bytes by their SHA-256', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('stores the same bytes once, and gives them back checked', async () => {
    const db = freshDatabase();
    const bytes = new TextEncoder().encode('the same photo').buffer as ArrayBuffer;
    const a = await putBlob(db, bytes, 'image/jpeg');
    const b = await putBlob(db, bytes.slice(0), 'image/jpeg');
    expect(a).toBe(b);
    expect(await db.blobs.count()).toBe(1);
    expect(new TextDecoder().decode((await readBlob(db, a))!.bytes)).toBe('the same photo');
    expect(await storageUsed(db)).toEqual({ bytes: 14, files: 1 });
  });

  it('refuses bytes that no longer match their hash', async () => {
    const db = freshDatabase();
    const sha = await putBlob(db, new TextEncoder().encode('original').buffer as ArrayBuffer, 'image/jpeg');
    await db.blobs.update(sha, { bytes: new TextEncoder().encode('tampered').buffer as ArrayBuffer });
    await expect(readBlob(db, sha)).rejects.toBeInstanceOf(AttachmentCorruptError);
  });

  it('adds the same photo twice as two records over one stored file, through the write path', async () => {
    const db = freshDatabase();
    const mission = { id: 'm1', pairingId: 'p1' };
    const first = await addPhoto(db, mission, photoFile('pixels'), fakeThumbnailer, { caption: 'Parque 🌳' });
    const second = await addPhoto(db, mission, photoFile('pixels', 'copy.jpg'), fakeThumbnailer);
    const photos = await missionTables(db).photos.toArray();
    expect(photos.map((p) => p.id).sort()).toEqual([first, second].sort());
    expect(photos[0]!.sha256).toBe(photos[1]!.sha256);
    expect(photos.every((p) => p.pairingId === 'p1')).toBe(true);
    expect(await db.blobs.count()).toBe(2); // the original and its thumbnail
    expect((await db.outbox.toArray()).flatMap((e) => e.changes).filter((c) => c.kind === 'photo')).toHaveLength(2);
  });

  it('refuses a file over the size limit, or not an image, and stores nothing', async () => {
    const db = freshDatabase();
    const big = { size: MAX_PHOTO_BYTES + 1, type: 'image/jpeg', name: 'big.jpg', arrayBuffer: async () => new ArrayBuffer(0) } as unknown as File;
    await expect(addPhoto(db, { id: 'm', pairingId: 'p' }, big, fakeThumbnailer)).rejects.toMatchObject({ reason: 'tooLarge' });
    await expect(addPhoto(db, { id: 'm', pairingId: 'p' }, photoFile('x', 'a.pdf', 'application/pdf'), fakeThumbnailer)).rejects.toBeInstanceOf(PhotoRejectedError);
    expect(await db.blobs.count()).toBe(0);
    expect(await missionTables(db).photos.count()).toBe(0);
  });
});
