import type { Change } from '../../../shared/sync/change';
import { pullResponse, pushResponse, recordResponse, type PullResponse, type PushResponse } from '../../../shared/sync/protocol';
import type { AnyStored } from '../../../shared/model/records';

/** What the sync engine needs from a server; the HTTP client below, or a reference server in tests. */
export type SyncApi = {
  push(deviceId: string, changes: Change[]): Promise<{ status: number; body: PushResponse }>;
  pull(pairingId: string, after: number, limit: number): Promise<{ status: number; body?: PullResponse }>;
  /** The server's copy of a record (null: none), to undo a change it refused for good. */
  record(pairingId: string, kind: string, recordId: string): Promise<AnyStored | null>;
};

/** The server could not be reached, or answered with something other than the protocol. */
export class SyncHttpError extends Error {
  constructor(
    readonly status: number | 'network',
    message: string,
  ) {
    super(message);
    this.name = 'SyncHttpError';
  }
}

type Fetch = typeof fetch;

/** Joins a server address and a path, whatever slashes the user typed. */
export function serverUrl(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export async function requestJson(fetchFn: Fetch, url: string, init: RequestInit & { token?: string | null }): Promise<{ status: number; json: unknown }> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      ...init,
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}), ...(init.headers ?? {}) },
    });
  } catch (error) {
    throw new SyncHttpError('network', error instanceof Error ? error.message : String(error));
  }
  const text = await response.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    throw new SyncHttpError(response.status, `unexpected answer (${response.status})`);
  }
  return { status: response.status, json };
}

export function createHttpSyncApi(base: string, token: string, fetchFn: Fetch = fetch): SyncApi {
  return {
    async push(deviceId, changes) {
      const { status, json } = await requestJson(fetchFn, serverUrl(base, '/sync/push'), { method: 'POST', token, body: JSON.stringify({ deviceId, changes }) });
      if (status === 200 || status === 403 || status === 422) {
        const parsed = pushResponse.safeParse(json);
        if (parsed.success) return { status, body: parsed.data };
      }
      throw new SyncHttpError(status, `push refused (${status})`);
    },
    async pull(pairingId, after, limit) {
      const query = new URLSearchParams({ pairingId, after: String(after), limit: String(limit) });
      const { status, json } = await requestJson(fetchFn, serverUrl(base, `/sync/pull?${query}`), { method: 'GET', token });
      if (status === 403) return { status };
      const parsed = pullResponse.safeParse(json);
      if (status !== 200 || !parsed.success) throw new SyncHttpError(status, `pull refused (${status})`);
      return { status, body: parsed.data };
    },
    async record(pairingId, kind, recordId) {
      const path = `/pairings/${encodeURIComponent(pairingId)}/records/${encodeURIComponent(kind)}/${encodeURIComponent(recordId)}`;
      const { status, json } = await requestJson(fetchFn, serverUrl(base, path), { method: 'GET', token });
      const parsed = recordResponse.safeParse(json);
      if (status !== 200 || !parsed.success) throw new SyncHttpError(status, `record refused (${status})`);
      return parsed.data.record as AnyStored | null;
    },
  };
}
