import { liveQuery } from 'dexie';
import type { PonteDatabase } from '../db/database';
import type { Platform } from '../../../shared/platform/platform';
import { createHttpSyncApi, SyncHttpError } from './sync-api';
import { syncOnce } from './engine';
import { createHttpBlobApi, syncAttachments } from './attachments-sync';
import { activeSession, readSyncSettings, writeSyncSettings } from './sync-settings';

export type SchedulerStatus = { running: boolean; lastError: string | null; nextAttemptAt: number | null };

const SOON_MS = 1_500;
const PERIOD_MS = 60_000;
const MAX_BACKOFF_MS = 5 * 60_000;

/** Exponential backoff with jitter: 2 s, 4 s, 8 s … up to 5 minutes. */
export function backoffDelay(failures: number, random = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, 2_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * Runs sync while the device is online and signed in: soon after a local
 * change, every minute, and at once when the connection comes back; waits
 * longer after each failure. Returns a function that stops it.
 */
export function startSyncScheduler(db: PonteDatabase, platform: Platform, report: (status: SchedulerStatus) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let running = false;
  let again = false;
  let stopped = false;

  const schedule = (delay: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  };

  const run = async () => {
    if (running) {
      again = true;
      return;
    }
    const settings = await readSyncSettings(db);
    const session = activeSession(settings);
    if (!platform.isOnline() || !session) return schedule(PERIOD_MS);
    running = true;
    report({ running: true, lastError: null, nextAttemptAt: null });
    try {
      await syncOnce(db, createHttpSyncApi(settings.serverUrl, session.token));
      const followed = (await db.syncPairings.toArray()).map((p) => p.pairingId);
      await syncAttachments(db, createHttpBlobApi(settings.serverUrl, session.token), followed);
      failures = 0;
      report({ running: false, lastError: null, nextAttemptAt: Date.now() + PERIOD_MS });
      schedule(PERIOD_MS);
    } catch (error) {
      failures += 1;
      if (error instanceof SyncHttpError && error.status === 401) await writeSyncSettings(db, { session: null });
      const reason = error instanceof SyncHttpError ? (error.status === 'network' ? 'network' : error.status === 401 ? 'signedOut' : 'server') : 'unexpected';
      const delay = backoffDelay(failures);
      report({ running: false, lastError: reason, nextAttemptAt: Date.now() + delay });
      schedule(delay);
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule(SOON_MS);
      }
    }
  };

  // A live query runs again on every write to what it reads, even when its
  // answer is the same; sync itself writes these tables, so react only to a
  // new answer, or each pass would start the next one.
  const onChange = <T,>(query: () => Promise<T>, react: () => void) => {
    let last: string | undefined;
    return liveQuery(query).subscribe((value) => {
      const now = JSON.stringify(value ?? null);
      if (now !== last) {
        last = now;
        react();
      }
    });
  };
  const outboxWatch = onChange(() => db.outbox.count(), () => schedule(SOON_MS));
  const settingsWatch = onChange(() => db.meta.get('sync.settings'), () => schedule(0));
  // A pairing just shared or joined: fetch its history now, not at the next period.
  const pairingsWatch = onChange(() => db.syncPairings.toCollection().primaryKeys(), () => schedule(0));
  const offOnline = platform.onOnlineChange((online) => online && schedule(0));
  schedule(0);
  return () => {
    stopped = true;
    clearTimeout(timer);
    outboxWatch.unsubscribe();
    settingsWatch.unsubscribe();
    pairingsWatch.unsubscribe();
    offOnline();
  };
}
