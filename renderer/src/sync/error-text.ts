import type { TFunction } from 'i18next';
import { SyncHttpError } from './sync-api';

/** What went wrong talking to the server, in the interface language. */
export function syncErrorText(t: TFunction, error: unknown): string {
  if (error instanceof SyncHttpError) {
    if (error.status === 'network') return t('sync:errors.network');
    const known = [400, 401, 403, 404, 409, 413, 429];
    if (typeof error.status === 'number' && known.includes(error.status)) return t(`sync:errors.http${error.status}`);
    return t('sync:errors.server', { status: String(error.status) });
  }
  return t('sync:errors.unexpected', { reason: error instanceof Error ? error.message : String(error) });
}
