import { withSyncServer } from '../e2e/helpers/sync-server';
import { freshDatabase } from '../../renderer/src/db/test-db';
import { createPairing } from '../../renderer/src/db/pairings-repo';
import { createRecord } from '../../renderer/src/db/records-repo';
import { putBlob, readBlob } from '../../renderer/src/attachments/blob-store';
import { accountApi } from '../../renderer/src/sync/account-api';
import { followPairing } from '../../renderer/src/sync/sync-settings';
import { createHttpSyncApi } from '../../renderer/src/sync/sync-api';
import { syncOnce } from '../../renderer/src/sync/engine';
import { createHttpBlobApi, syncAttachments } from '../../renderer/src/sync/attachments-sync';
import { missionTables } from '../../renderer/src/db/schema-missions';

// Two devices on IndexedDB (fake-indexeddb) and the real server over HTTP on
// 127.0.0.1: a photo taken on one device reaches the other, bytes and all.

describe('attachments between devices', () => {
  const server = withSyncServer();
  let url: string;
  beforeAll(() => {
    url = server.url;
  });

  it('sends a photo once, and the partner device receives the same bytes', async () => {
    const lucia = await accountApi.register(url, 'lucia@malaga.example', 'cooperación-2026', 'Lucía');
    const andres = await accountApi.register(url, 'andres@cartagena.example', 'cooperación-2026', 'Andrés');
    const deviceA = freshDatabase();
    const deviceB = freshDatabase();
    const pairingId = await createPairing(deviceA, { name: 'Málaga', country: 'ES' }, { name: 'Cartagena de Indias', country: 'CO' });
    await followPairing(deviceA, pairingId, (await accountApi.share(url, lucia.token, pairingId)).role);

    const bytes = new Uint8Array(40_000).map((_, i) => (i * 7) % 256).buffer;
    const thumb = new Uint8Array(900).map((_, i) => i % 13).buffer;
    const sha256 = await putBlob(deviceA, bytes, 'image/jpeg');
    const thumbSha256 = await putBlob(deviceA, thumb, 'image/jpeg', 'thumbnail');
    await createRecord(deviceA, 'photo', pairingId, { deleted: false, missionId: 'm1', sha256, thumbSha256, mimeType: 'image/jpeg', size: bytes.byteLength, width: 4000, height: 3000, fileName: 'espinal.jpg', caption: 'El solar junto al caño', agendaItemId: null });

    const apiA = { sync: createHttpSyncApi(url, lucia.token), blobs: createHttpBlobApi(url, lucia.token) };
    await syncOnce(deviceA, apiA.sync);
    expect(await syncAttachments(deviceA, apiA.blobs, [pairingId])).toEqual({ uploaded: 2, downloaded: 0 });
    expect(await syncAttachments(deviceA, apiA.blobs, [pairingId])).toEqual({ uploaded: 0, downloaded: 0 });

    const { code } = await accountApi.invite(url, lucia.token, pairingId, 'editor');
    await followPairing(deviceB, pairingId, (await accountApi.accept(url, andres.token, code)).role);
    const apiB = { sync: createHttpSyncApi(url, andres.token), blobs: createHttpBlobApi(url, andres.token) };
    await syncOnce(deviceB, apiB.sync);
    expect((await missionTables(deviceB).photos.toArray())[0]?.caption).toBe('El solar junto al caño');
    expect(await syncAttachments(deviceB, apiB.blobs, [pairingId])).toEqual({ uploaded: 0, downloaded: 2 });
    const received = await readBlob(deviceB, sha256);
    expect(new Uint8Array(received!.bytes)).toEqual(new Uint8Array(bytes));
    expect(received!.kind).toBe('original');
    expect((await readBlob(deviceB, thumbSha256))!.kind).toBe('thumbnail');
  });
});
