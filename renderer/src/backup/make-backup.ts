import { declarations } from '../../../shared/kinds/registry';
import type { PonteDatabase } from '../db/database';
import { platform } from '../platform/platform';
import type { MakeBackup } from './auto-backup';
import { deviceBundle } from './device-bundle';
import { exportBundle } from './index';

/** True when the database has every table the record declarations name (it is not an older schema). */
export function hasEveryDeclaredTable(db: PonteDatabase): boolean {
  const present = new Set(db.tables.map((t) => t.name));
  return declarations().every((d) => present.has(d.table));
}

/**
 * The whole device as a bundle: the one place the automatic backups get their
 * bytes. The backup screens' exportBundle makes it; a database still at an
 * older schema (the backup before an upgrade) may lack a newer kind's table,
 * which exportBundle reads, so that one is made by deviceBundle, which skips
 * the tables that are not there yet.
 */
export const makeDeviceBackup: MakeBackup = async (db) => {
  const appVersion = await platform().appVersion();
  return hasEveryDeclaredTable(db) ? exportBundle(db, { type: 'device' }, { appVersion }) : deviceBundle(db, appVersion);
};
