import type { MemoryServer } from '../../../shared/sync/memory-server';
import { pullQuery, pullResponse, pushBody, pushResponse, recordResponse } from '../../../shared/sync/protocol';
import type { AnyStored } from '../../../shared/model/records';
import type { SyncApi } from './sync-api';

/**
 * The sync API over the in-memory reference server: for tests of the engine
 * on real IndexedDB (fake-indexeddb) without HTTP. `now` is the server's
 * clock. Every request and answer goes through JSON and is parsed with the
 * same wire schemas as the HTTP server and client, so no test goes around
 * the boundary: what the real server would refuse with 400, this throws.
 */
export function memoryApi(server: MemoryServer, account: string, now: () => number = Date.now): SyncApi {
  const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  return {
    async push(deviceId, changes) {
      const body = pushBody.parse(wire({ deviceId, changes }));
      const result = server.push(account, body.changes, now());
      return { status: result.status, body: pushResponse.parse(wire(result.body)) };
    },
    async record(pairingId, kind, recordId) {
      const result = server.record(account, pairingId, kind, recordId);
      if (result.status !== 200) throw new Error(`record refused (${result.status})`);
      return recordResponse.parse(wire({ record: result.record })).record as AnyStored | null;
    },
    async pull(pairingId, after, limit) {
      const query = pullQuery.parse({ pairingId, after: String(after), limit: String(limit) });
      const result = server.pull(account, query.pairingId, query.after, query.limit, now());
      return result.body ? { status: result.status, body: pullResponse.parse(wire(result.body)) } : { status: result.status };
    },
  };
}
