import { useCallback, useEffect, useRef, useState } from 'react';
import { ValidationError, type FieldError } from '../../../../shared/model/validation';

export const AUTOSAVE_DELAY_MS = 400;

/**
 * A draft that follows the stored value until the user types, then saves
 * itself shortly after the typing stops, on blur, and when the field goes
 * away. An invalid draft stays on screen with its error and is not saved:
 * nothing half-saved, nothing typed thrown away.
 */
export function useAutosave<T>(stored: T, save: (value: T) => Promise<void>, delay = AUTOSAVE_DELAY_MS) {
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<FieldError | undefined>();
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ draft, save });
  latest.current = { draft, save };

  useEffect(() => {
    if (!dirty.current) setDraft(stored);
  }, [stored]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return;
    const { draft: value, save: write } = latest.current;
    try {
      await write(value);
      dirty.current = false;
      setError(undefined);
    } catch (e) {
      if (e instanceof ValidationError) setError(e.errors[0]);
      else setError({ path: '', key: 'saveFailed', params: { reason: e instanceof Error ? e.message : String(e) } });
    }
  }, []);

  const change = useCallback(
    (value: T, immediately = false) => {
      dirty.current = true;
      setDraft(value);
      latest.current = { ...latest.current, draft: value };
      clearTimeout(timer.current);
      if (immediately) void flush();
      else timer.current = setTimeout(() => void flush(), delay);
    },
    [delay, flush],
  );

  // Leaving the screen mid-word still saves the word.
  useEffect(() => () => void flush(), [flush]);

  return { draft, error, change, flush };
}
