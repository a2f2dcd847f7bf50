import { useEffect, useId, useState } from 'react';
import { useUiStore } from '../../state/ui-store';
import { ValidationError } from '../../../../shared/model/validation';
import { fieldErrorText } from './useFieldErrorText';
import type { FieldError } from '../../../../shared/model/validation';

type Props<T extends string> = {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onSave: (value: T) => Promise<void>;
  className?: string;
  /** For a list that fills in lazily: told when the user reaches it, before it opens. */
  onFocus?: () => void;
};

export function SelectField<T extends string>({ label, value, options, onSave, className, onFocus }: Props<T>) {
  const id = useId();
  const [error, setError] = useState<FieldError | undefined>();
  const message = fieldErrorText(error);
  // A choice that could not be saved is listed as not saved, like a text draft, until a save succeeds.
  useEffect(() => {
    if (!error) return;
    useUiStore.getState().setUnsavedDraft({ id, label, elementId: id });
    return () => useUiStore.getState().clearUnsavedDraft(id);
  }, [error, id, label]);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        onFocus={onFocus}
        onChange={(e) =>
          onSave(e.target.value as T).then(
            () => setError(undefined),
            (err: unknown) => err instanceof ValidationError && setError(err.errors[0]),
          )
        }
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {message ? <p className="error" role="alert">{message}</p> : null}
    </div>
  );
}
