import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../../shared/model/defaults';

type Props = { value: Person; onChange: (value: Person) => void; errors: Partial<Record<keyof Person, string>>; idPrefix: string };

/** Name, e-mail, phone and organisation of a person, for the assign and handover forms. */
export function PersonFields({ value, onChange, errors, idPrefix }: Props) {
  const { t } = useTranslation();
  const field = (key: keyof Person, type: string, required = false) => (
    <div className="field">
      <label htmlFor={`${idPrefix}-${key}`}>
        {t(`person.${key}`)}
        {required ? <span aria-hidden="true" className="required">*</span> : null}
      </label>
      <input
        id={`${idPrefix}-${key}`}
        type={type}
        dir="auto"
        value={value[key]}
        aria-invalid={errors[key] ? true : undefined}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      />
      {errors[key] ? <p className="error" role="alert">{errors[key]}</p> : null}
    </div>
  );
  return (
    <div className="person-fields">
      {field('name', 'text', true)}
      {field('email', 'email')}
      {field('phone', 'tel')}
      {field('organisation', 'text')}
    </div>
  );
}

export const EMPTY_PERSON: Person = { name: '', email: '', phone: '', organisation: '' };
