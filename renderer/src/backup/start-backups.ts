import type { Platform } from '../../../shared/platform/platform';
import type { PonteDatabase } from '../db/database';
import { startAutoBackup } from './auto-backup';
import { openDeviceDatabase } from './before-upgrade';
import { makeDeviceBackup } from './make-backup';

/**
 * The device database for the app: on the desktop, backed up first if this
 * version upgrades its schema, then backed up daily while the app runs. In a
 * tab, just the database (the reminder banner asks for downloads instead).
 */
export async function openDatabaseWithBackups(p: Platform): Promise<PonteDatabase> {
  const { db } = await openDeviceDatabase({ platform: p, make: makeDeviceBackup });
  startAutoBackup(db, p, makeDeviceBackup);
  return db;
}
