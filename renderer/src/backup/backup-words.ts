import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../shared/model/dates';
import type { BackupOutcome, BackupProblem } from './auto-backup';

/** Why a backup failed, as a sentence in the interface language. */
export function sayProblem(t: TFunction, code: BackupProblem, message = ''): string {
  return t(`autobackup:reasons.${code}`, { message });
}

/** "The last backup, 2 Dec 2026, 10:00, failed: there is not enough space…" */
export function sayFailure(t: TFunction, lang: string, outcome: Extract<BackupOutcome, { status: 'failed' }>): string {
  const key = outcome.reason === 'before-upgrade' ? 'autobackup:settings.failedBeforeUpgrade' : 'autobackup:settings.failed';
  return t(key, { time: formatDateTime(outcome.at, lang), reason: sayProblem(t, outcome.code, outcome.message) });
}
