import { useId } from 'react';
import { useAutosave } from '../../components/fields/useAutosave';
import { useFieldErrorText } from '../../components/fields/useFieldErrorText';

/** A wall-clock time ("09:30") that saves itself when changed. */
export function TimeField({ label, value, onSave }: { label: string; value: string; onSave: (value: string) => Promise<void> }) {
  const id = useId();
  const { draft, error, change, flush } = useAutosave(value, onSave);
  const message = useFieldErrorText()(error);
  return (
    <div className="field missions-time">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="time" value={draft} onChange={(e) => change(e.target.value)} onBlur={() => void flush()} aria-invalid={message ? true : undefined} aria-describedby={message ? `${id}-error` : undefined} />
      {message ? <p id={`${id}-error`} className="error" role="alert">{message}</p> : null}
    </div>
  );
}
