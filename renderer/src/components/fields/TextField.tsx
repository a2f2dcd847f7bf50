import { useId } from 'react';
import { useAutosave } from './useAutosave';
import { fieldErrorText } from './useFieldErrorText';

type Props = {
  label: string;
  value: string;
  onSave: (value: string) => Promise<void>;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'email' | 'tel' | 'url';
  required?: boolean;
  placeholder?: string;
  hint?: string;
  className?: string;
  autoFocus?: boolean;
  /** The input's id, when its owner needs it (a tab panel that asks before dropping this field's draft). */
  id?: string;
};

/** A text field that saves itself; its error is said in the interface language. */
export function TextField({ label, value, onSave, multiline, rows = 4, type = 'text', required, placeholder, hint, className, autoFocus, id: givenId }: Props) {
  const ownId = useId();
  const id = givenId ?? ownId;
  // Named by its label, so the header can say which field holds text that is not saved.
  const { draft, error, change, flush } = useAutosave(value, onSave, { draft: { label, elementId: id } });
  const message = fieldErrorText(error);
  const common = {
    id,
    value: draft,
    placeholder,
    required,
    autoFocus,
    dir: 'auto' as const,
    'aria-invalid': message ? true : undefined,
    'aria-describedby': message ? `${id}-error` : hint ? `${id}-hint` : undefined,
    onBlur: () => void flush(),
  };
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? <span aria-hidden="true" className="required">*</span> : null}
      </label>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(e) => change(e.target.value)} />
      )}
      {hint && !message ? <p id={`${id}-hint`} className="hint">{hint}</p> : null}
      {message ? <p id={`${id}-error`} className="error" role="alert">{message}</p> : null}
    </div>
  );
}
