import type { PonteDatabase } from '../db/database';

// The settings a backup carries: only those named here, each stripped of
// anything secret. The clock, backup bookkeeping, sync cursors, the session
// (its token) and anything not listed stay on the device; a new setting goes
// into a backup only by being added here.

type Shared = { key: string; share: (value: unknown) => unknown | undefined; absentHere: (value: unknown) => boolean };

const SHARED: readonly Shared[] = [
  {
    // Where this device syncs, never as whom.
    key: 'sync.settings',
    share: (v) => {
      const url = (v as { serverUrl?: unknown } | undefined)?.serverUrl;
      return typeof url === 'string' && url ? { serverUrl: url } : undefined;
    },
    absentHere: (v) => !(v as { serverUrl?: string } | undefined)?.serverUrl,
  },
  { key: 'stakeholders.importValueChoices', share: (v) => v ?? undefined, absentHere: (v) => v === undefined },
];

export async function settingsForBackup(db: PonteDatabase): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  const rows = await db.meta.bulkGet(SHARED.map((s) => s.key));
  SHARED.forEach((s, i) => {
    const value = s.share(rows[i]?.value);
    if (value !== undefined) out[s.key] = value;
  });
  return out;
}

/** Takes a backup's settings where this device has none of its own: a restore never overrides what is set here. */
export async function restoreSettings(db: PonteDatabase, settings: Record<string, unknown> | null): Promise<void> {
  if (!settings) return;
  await db.transaction('rw', db.meta, async () => {
    for (const s of SHARED) {
      if (!Object.hasOwn(settings, s.key)) continue;
      const value = s.share(settings[s.key]);
      if (value === undefined) continue;
      const here = (await db.meta.get(s.key))?.value;
      if (!s.absentHere(here)) continue;
      await db.meta.put({ key: s.key, value: s.key === 'sync.settings' ? { session: null, ...(here as object | undefined), ...(value as object) } : value });
    }
  });
}
