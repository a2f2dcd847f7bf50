import type { MakeBackup } from './auto-backup';
import { deviceBundle } from './device-bundle';
import { platform } from '../platform/platform';

// The whole device as a bundle: the one place the automatic backups get their
// bytes, so they do not depend on how the bundle is made.
export const makeDeviceBackup: MakeBackup = async (db) => deviceBundle(db, await platform().appVersion());
