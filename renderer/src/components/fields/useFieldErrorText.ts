import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../shared/model/validation';

/** The message of a field error in the interface language. */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => (error ? t(error.key.includes(':') ? error.key : `errors:${error.key}`, error.params ?? {}) : undefined);
}
