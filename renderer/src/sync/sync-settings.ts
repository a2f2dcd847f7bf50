import type { PonteDatabase } from '../db/database';
import type { Session } from './account-api';

// Where this device syncs and as whom. Kept in the device's database (not in
// a store), so it survives restarts and reads with useLiveQuery.

export type SyncSettings = { serverUrl: string; session: Session | null };

const KEY = 'sync.settings';
// No server until the user names one: a loopback address would be a guess that is wrong for everyone.
export const DEFAULT_SERVER = '';

export async function readSyncSettings(db: PonteDatabase): Promise<SyncSettings> {
  const row = await db.meta.get(KEY);
  return (row?.value as SyncSettings | undefined) ?? { serverUrl: DEFAULT_SERVER, session: null };
}

export async function writeSyncSettings(db: PonteDatabase, patch: Partial<SyncSettings>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const current = await readSyncSettings(db);
    await db.meta.put({ key: KEY, value: { ...current, ...patch } });
  });
}

/** A session the server will still accept (its expiry is in the future). */
export function activeSession(settings: SyncSettings, now = Date.now()): Session | null {
  const s = settings.session;
  return s && Date.parse(s.expiresAt) > now ? s : null;
}

/** Starts syncing a pairing from the beginning of its history on the server. */
export async function followPairing(db: PonteDatabase, pairingId: string, role: string): Promise<void> {
  await db.transaction('rw', db.syncPairings, async () => {
    const row = await db.syncPairings.get(pairingId);
    await db.syncPairings.put({ pairingId, cursor: row?.cursor ?? 0, lastSyncedAt: row?.lastSyncedAt ?? null, error: null, role });
  });
}
