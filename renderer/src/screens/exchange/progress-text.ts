import type { TFunction } from 'i18next';
import type { ExportProgress, ImportProgress } from '../../backup';
import { ImportError } from '../../backup';

export type Progress = ExportProgress | ImportProgress;

/** What a long task says while it runs, in the interface language. */
export function progressText(t: TFunction, p: Progress): string {
  if (p.phase === 'backup') return t('exchange:progress.backup');
  if (p.phase === 'clearing') return t('exchange:progress.clearing');
  return t(`exchange:progress.${p.phase}`, { done: p.done, total: p.total });
}

/** A failure said plainly: a damaged file by its code, anything else with its message. */
export function failureText(t: TFunction, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ImportError) return error.code === 'unreadable' ? t('exchange:errors.unreadable', { message }) : t(`exchange:errors.${error.code}`);
  return t('exchange:errors.failed', { message });
}
