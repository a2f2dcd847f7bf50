import { useId } from 'react';
import { useAutosave } from './useAutosave';
import { useFieldErrorText } from './useFieldErrorText';

type Props = {
  label: string;
  value: string | null;
  onSave: (value: string | null) => Promise<void>;
  required?: boolean;
  /** An error found elsewhere (e.g. on the other date of a range) to show here. */
  externalError?: string;
};

/** A calendar date ("YYYY-MM-DD"), empty meaning "not set". Saves as soon as it changes. */
export function DateField({ label, value, onSave, required, externalError }: Props) {
  const id = useId();
  const { draft, error, change } = useAutosave<string | null>(value, onSave);
  const message = useFieldErrorText()(error) ?? externalError;
  return (
    <div className="field field-date">
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true" className="required">*</span> : null}
      </label>
      <input
        id={id}
        type="date"
        value={draft ?? ''}
        required={required}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        onChange={(e) => change(e.target.value === '' ? null : e.target.value, true)}
      />
      {message ? <p id={`${id}-error`} className="error" role="alert">{message}</p> : null}
    </div>
  );
}
