import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from '../state/ui-store';
import { ValidationError } from '../../../shared/model/validation';

/**
 * Wraps a write so the header can say "Saving…" and a failure that is not the
 * user's input (a full disk) reaches the user in their language. Validation
 * errors are thrown back to the field that caused them.
 */
export function useSave() {
  const { t } = useTranslation();
  const saveStarted = useUiStore((s) => s.saveStarted);
  const saveEnded = useUiStore((s) => s.saveEnded);
  const showToast = useUiStore((s) => s.showToast);
  return useCallback(
    async <T,>(write: () => Promise<T>): Promise<T> => {
      saveStarted();
      try {
        return await write();
      } catch (error) {
        if (!(error instanceof ValidationError)) {
          const quota = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
          showToast({ tone: 'error', message: quota ? { key: 'errors:storageFull' } : { key: 'errors:saveFailed', values: { reason: error instanceof Error ? error.message : String(error) } } });
        }
        throw error;
      } finally {
        saveEnded();
      }
    },
    [saveStarted, saveEnded, showToast, t],
  );
}
