import { invitationResponse, membersResponse, membershipsResponse, sessionResponse, shareResponse, type Role } from '../../../shared/sync/protocol';
import { requestJson, serverUrl, SyncHttpError } from './sync-api';
import type { z } from 'zod';

// Accounts, sharing and membership on the sync server. Each call answers the
// parsed body, or throws SyncHttpError with the status (401, 403, 409, 429…)
// that the interface turns into words.

export type Session = z.infer<typeof sessionResponse>;

/** A refusal with the server's reason (weakPassword, tooManyAttempts…) and, on a 429, how long to wait. */
export class AccountHttpError extends SyncHttpError {
  constructor(
    status: number,
    readonly reason: string,
    readonly retryAfterSeconds: number | null,
  ) {
    super(status, reason);
  }
}

async function call<S extends z.ZodType>(schema: S | null, base: string, path: string, method: string, token: string | null, body?: unknown): Promise<z.infer<S>> {
  let retryAfter: string | null = null;
  // The answer's Retry-After (seconds) is read on the way past: requestJson gives the body only.
  const fetchKeepingRetryAfter: typeof fetch = async (...args) => {
    const response = await fetch(...args);
    retryAfter = response.headers.get('retry-after');
    return response;
  };
  const { status, json } = await requestJson(fetchKeepingRetryAfter, serverUrl(base, path), { method, token, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  if (status < 200 || status >= 300) {
    const reason = json && typeof json === 'object' && 'error' in json ? String((json as { error: unknown }).error) : `HTTP ${status}`;
    const seconds = Number(retryAfter);
    throw new AccountHttpError(status, reason, retryAfter !== null && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null);
  }
  if (!schema) return undefined as z.infer<S>;
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new SyncHttpError(status, 'unexpected answer');
  return parsed.data;
}

export const accountApi = {
  register: (base: string, email: string, password: string, name: string) => call(sessionResponse, base, '/auth/register', 'POST', null, { email, password, name }),
  signIn: (base: string, email: string, password: string) => call(sessionResponse, base, '/auth/sign-in', 'POST', null, { email, password }),
  signOut: (base: string, token: string) => call(null, base, '/auth/sign-out', 'POST', token, {}),
  memberships: (base: string, token: string) => call(membershipsResponse, base, '/memberships', 'GET', token),
  share: (base: string, token: string, pairingId: string) => call(shareResponse, base, `/pairings/${encodeURIComponent(pairingId)}/share`, 'POST', token, {}),
  invite: (base: string, token: string, pairingId: string, role: Role) => call(invitationResponse, base, `/pairings/${encodeURIComponent(pairingId)}/invitations`, 'POST', token, { role }),
  accept: (base: string, token: string, code: string) => call(shareResponse, base, '/invitations/accept', 'POST', token, { code }),
  members: (base: string, token: string, pairingId: string) => call(membersResponse, base, `/pairings/${encodeURIComponent(pairingId)}/members`, 'GET', token),
  setRole: (base: string, token: string, pairingId: string, accountId: string, role: Role) =>
    call(null, base, `/pairings/${encodeURIComponent(pairingId)}/members/${encodeURIComponent(accountId)}`, 'PATCH', token, { role }),
  remove: (base: string, token: string, pairingId: string, accountId: string) => call(null, base, `/pairings/${encodeURIComponent(pairingId)}/members/${encodeURIComponent(accountId)}`, 'DELETE', token),
};
