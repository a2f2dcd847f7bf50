import { useCallback, useEffect, useRef, useState } from 'react';
import { ValidationError, type FieldError } from '../../../../shared/model/validation';
import { useUiStore } from '../../state/ui-store';

export const AUTOSAVE_DELAY_MS = 400;

/** How the field is named where its unsaved draft is listed (the header, the question before dropping it). */
export type DraftName = { label: string; /** The id of the input: it names the draft and is focused to get back to it. */ elementId: string };

export type AutosaveOptions = { delay?: number; draft?: DraftName };

/**
 * A draft that follows the stored value until the user types, then saves
 * itself shortly after the typing stops, on blur, and when the field goes
 * away. An invalid draft stays on screen with its error and is not saved:
 * nothing half-saved, nothing typed thrown away. While a draft cannot be
 * saved it is listed in the interface store under its name, so the header
 * does not say "saved" and leaving asks first.
 */
export function useAutosave<T>(stored: T, save: (value: T) => Promise<void>, options: number | AutosaveOptions = {}) {
  const { delay = AUTOSAVE_DELAY_MS, draft: name } = typeof options === 'number' ? { delay: options } : options;
  const [draft, setDraft] = useState(stored);
  const [error, setError] = useState<FieldError | undefined>();
  const dirty = useRef(false);
  const mounted = useRef(true);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ draft, save, name });
  latest.current = { draft, save, name };

  useEffect(() => {
    if (!dirty.current) setDraft(stored);
  }, [stored]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return;
    const { draft: value, save: write, name: named } = latest.current;
    const { setUnsavedDraft, clearUnsavedDraft } = useUiStore.getState();
    try {
      await write(value);
      // Saved, unless the user typed again meanwhile: that newer draft is judged by its own save.
      if (latest.current.draft === value) dirty.current = false;
      setError(undefined);
      if (named) clearUnsavedDraft(named.elementId);
    } catch (e) {
      if (e instanceof ValidationError) setError(e.errors[0]);
      else setError({ path: '', key: 'saveFailed', params: { reason: e instanceof Error ? e.message : String(e) } });
      // A field that went away took its draft with it (the user was asked first): nothing left to list.
      if (named && mounted.current) setUnsavedDraft({ id: named.elementId, label: named.label, elementId: named.elementId });
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

  // Leaving the screen mid-word still saves the word; a draft that cannot be saved goes with the field.
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      void flush();
      const named = latest.current.name;
      if (named) useUiStore.getState().clearUnsavedDraft(named.elementId);
    };
  }, [flush]);

  return { draft, error, change, flush };
}
