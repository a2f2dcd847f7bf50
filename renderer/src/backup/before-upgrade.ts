import Dexie from 'dexie';
import type { Platform } from '../../../shared/platform/platform';
import { PonteDatabase } from '../db/database';
import { DB_VERSIONS, type DbVersion } from '../db/versions';
import { takeBackup, type BackupOutcome, type MakeBackup } from './auto-backup';

// A backup of the data as the older app left it, before a newer app upgrades
// the database schema. Dexie runs an upgrade the moment the database opens at
// a newer version, so the only time to read the old data is before that: open
// it first at the version it is stored at (no upgrade runs), back it up, close
// it, and only then open it at the latest version.

/** The version the database is stored at on this device, or null when there is none yet. */
export async function storedVersion(name: string): Promise<number | null> {
  const probe = new Dexie(name);
  try {
    // With no version declared, Dexie opens whatever is there, as it is.
    await probe.open();
    return probe.verno;
  } catch (error) {
    if (error instanceof Dexie.DexieError && error.name === Dexie.errnames.NoSuchDatabase) return null;
    throw error;
  } finally {
    probe.close();
  }
}

export type OpenedDatabase = {
  db: PonteDatabase;
  /** Set when the database was upgraded and the platform has a backup folder: what the backup before it gave. */
  beforeUpgrade: { from: number; to: number; outcome: BackupOutcome | null } | null;
};

export type OpenOptions = {
  name?: string;
  versions?: readonly DbVersion[];
  platform: Platform;
  make: MakeBackup;
  now?: () => number;
};

/**
 * Opens the device database, first backing up the old data when this app
 * would upgrade its schema (desktop only: a tab has no folder, and a download
 * at start-up would surprise). A failed backup does not stop the upgrade: the
 * app must open; the failure is remembered and said in the settings screen.
 */
export async function openDeviceDatabase(options: OpenOptions): Promise<OpenedDatabase> {
  const name = options.name ?? 'ponte';
  const versions = options.versions ?? DB_VERSIONS;
  const latest = versions.at(-1)?.version ?? 0;
  let beforeUpgrade: OpenedDatabase['beforeUpgrade'] = null;
  // A tab answers at once, so it never pays for the look at the stored version.
  const folder = await options.platform.backupStatus().catch(() => ({ status: 'unavailable' as const }));
  const from = folder.status === 'available' ? await storedVersion(name).catch(() => null) : null;
  if (from !== null && from >= 1 && from < latest) {
    // The old schema exactly as it shipped: the database is at this version, so nothing runs.
    const old = new PonteDatabase(name, versions.slice(0, from));
    try {
      // The outcome goes into the old database's meta table, which every version keeps.
      const outcome = await takeBackup(old, options.platform, options.make, 'before-upgrade', options.now);
      beforeUpgrade = { from, to: latest, outcome };
    } finally {
      old.close();
    }
  }
  return { db: new PonteDatabase(name, versions), beforeUpgrade };
}
