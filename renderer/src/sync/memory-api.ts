import type { MemoryServer } from '../../../shared/sync/memory-server';
import type { SyncApi } from './sync-api';

/**
 * The sync API over the in-memory reference server: for tests of the engine
 * on real IndexedDB (fake-indexeddb) without HTTP. `now` is the server's clock.
 */
export function memoryApi(server: MemoryServer, account: string, now: () => number = Date.now): SyncApi {
  return {
    async push(_deviceId, changes) {
      // Through JSON, as over the wire: no object is shared between device and server.
      return server.push(account, JSON.parse(JSON.stringify(changes)), now());
    },
    async record(pairingId, kind, recordId) {
      const result = server.record(account, pairingId, kind, recordId);
      if (result.status !== 200) throw new Error(`record refused (${result.status})`);
      return result.record ? JSON.parse(JSON.stringify(result.record)) : null;
    },
    async pull(pairingId, after, limit) {
      const result = server.pull(account, pairingId, after, limit, now());
      return result.body ? { status: result.status, body: JSON.parse(JSON.stringify(result.body)) } : { status: result.status };
    },
  };
}
