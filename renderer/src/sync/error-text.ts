import type { TFunction } from 'i18next';
import { SyncHttpError } from './sync-api';
import { AccountHttpError } from './account-api';

/**
 * What went wrong talking to the server, in the interface language.
 * `registering`: the server answers a refused registration as it answers a
 * wrong sign-in (it never tells whether an e-mail has an account), and the
 * words for that differ.
 */
export function syncErrorText(t: TFunction, error: unknown, options: { registering?: boolean } = {}): string {
  if (error instanceof AccountHttpError) {
    if (error.reason === 'weakPassword') return t('sync:errors.weakPassword');
    if (error.status === 429 && error.retryAfterSeconds !== null) {
      const seconds = error.retryAfterSeconds;
      return seconds < 120 ? t('sync:errors.tooManyAttempts', { count: seconds }) : t('sync:errors.tooManyAttemptsMinutes', { count: Math.ceil(seconds / 60) });
    }
    if (error.status === 401 && options.registering) return t('sync:errors.registrationRefused');
  }
  if (error instanceof SyncHttpError) {
    if (error.status === 'network') return t('sync:errors.network');
    const known = [400, 401, 403, 404, 409, 413, 429];
    if (typeof error.status === 'number' && known.includes(error.status)) return t(`sync:errors.http${error.status}`);
    return t('sync:errors.server', { status: String(error.status) });
  }
  return t('sync:errors.unexpected', { reason: error instanceof Error ? error.message : String(error) });
}
