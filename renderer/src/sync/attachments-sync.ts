import type { PonteDatabase } from '../db/database';
import { attachmentRefs } from '../attachments/references';
import { readBlob } from '../attachments/blob-store';
import { sha256Hex } from '../attachments/hash';
import { serverUrl, SyncHttpError } from './sync-api';

// Photos travel apart from records, by their SHA-256: the records say which
// bytes a pairing needs; each device sends the bytes it has and the server
// lacks, and fetches the bytes it lacks. A hash that does not match is refused
// on both sides.

export type BlobApi = {
  put(pairingId: string, sha256: string, bytes: ArrayBuffer, type: string): Promise<void>;
  /** The bytes and their type, or null when nobody has uploaded them yet. */
  get(pairingId: string, sha256: string): Promise<{ bytes: ArrayBuffer; type: string } | null>;
};

export function createHttpBlobApi(base: string, token: string, fetchFn: typeof fetch = fetch): BlobApi {
  const url = (pairingId: string, sha256: string) => serverUrl(base, `/pairings/${encodeURIComponent(pairingId)}/blobs/${sha256}`);
  return {
    async put(pairingId, sha256, bytes, type) {
      let response: Response;
      try {
        response = await fetchFn(`${url(pairingId, sha256)}?type=${encodeURIComponent(type)}`, { method: 'PUT', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' }, body: bytes });
      } catch (error) {
        throw new SyncHttpError('network', error instanceof Error ? error.message : String(error));
      }
      if (response.status !== 201) throw new SyncHttpError(response.status, `upload refused (${response.status})`);
    },
    async get(pairingId, sha256) {
      let response: Response;
      try {
        response = await fetchFn(url(pairingId, sha256), { headers: { authorization: `Bearer ${token}` } });
      } catch (error) {
        throw new SyncHttpError('network', error instanceof Error ? error.message : String(error));
      }
      if (response.status === 404) return null;
      if (response.status !== 200) throw new SyncHttpError(response.status, `download refused (${response.status})`);
      return { bytes: await response.arrayBuffer(), type: response.headers.get('x-ponte-type') ?? 'application/octet-stream' };
    },
  };
}


/** Uploads what this device has and the server lacks, downloads what this device lacks. */
export async function syncAttachments(db: PonteDatabase, api: BlobApi, pairingIds: readonly string[], now: () => number = Date.now): Promise<{ uploaded: number; downloaded: number }> {
  const needed = await attachmentRefs(db, pairingIds);
  let uploaded = 0;
  let downloaded = 0;
  for (const item of needed) {
    const key = `${item.pairingId}/${item.sha256}`;
    const local = await db.blobs.get(item.sha256);
    if (local) {
      if (await db.blobUploads.get(key)) continue;
      const checked = await readBlob(db, item.sha256); // refuses to send damaged bytes
      await api.put(item.pairingId, item.sha256, checked!.bytes, checked!.mimeType);
      await db.blobUploads.put({ key, pairingId: item.pairingId, sha256: item.sha256, at: now() });
      uploaded += 1;
      continue;
    }
    const remote = await api.get(item.pairingId, item.sha256);
    if (!remote) continue; // the device that took the photo has not sent it yet
    if ((await sha256Hex(remote.bytes)) !== item.sha256) throw new SyncHttpError(200, `attachment ${item.sha256} arrived damaged`);
    await db.transaction('rw', db.blobs, db.blobUploads, async () => {
      await db.blobs.put({ sha256: item.sha256, bytes: remote.bytes, mimeType: item.mimeType ?? remote.type, size: remote.bytes.byteLength, kind: item.role, addedAt: now() });
      // It came from the server: no need to send it back.
      await db.blobUploads.put({ key, pairingId: item.pairingId, sha256: item.sha256, at: now() });
    });
    downloaded += 1;
  }
  return { uploaded, downloaded };
}
