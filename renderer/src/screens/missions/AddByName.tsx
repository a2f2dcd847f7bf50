import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSave } from '../../hooks/useSave';
import { useFieldErrorText } from '../../components/fields/useFieldErrorText';
import { ValidationError, type FieldError } from '../../../../shared/model/validation';

/** A one-field form that makes a record from a name, and says why not in the interface language. */
export function AddByName({ label, button, onAdd }: { label: string; button: string; onAdd: (name: string) => Promise<unknown> }) {
  const id = useId();
  const save = useSave();
  const errorText = useFieldErrorText();
  const [value, setValue] = useState('');
  const [error, setError] = useState<FieldError | undefined>();
  useTranslation('missions');
  return (
    <form
      className="row missions-add"
      onSubmit={(e) => {
        e.preventDefault();
        void save(() => onAdd(value)).then(
          () => {
            setValue('');
            setError(undefined);
          },
          (err: unknown) => err instanceof ValidationError && setError(err.errors[0]),
        );
      }}
    >
      <div className="field grow">
        <label htmlFor={id}>{label}</label>
        <input id={id} dir="auto" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={error ? true : undefined} />
        {error ? <p className="error" role="alert">{errorText(error)}</p> : null}
      </div>
      <button type="submit">{button}</button>
    </form>
  );
}
