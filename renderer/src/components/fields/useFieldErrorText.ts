import { getI18n, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { FieldError } from '../../../../shared/model/validation';

const messageOf = (t: TFunction, error: FieldError | undefined) =>
  error ? t(error.key.includes(':') ? error.key : `errors:${error.key}`, error.params ?? {}) : undefined;

/** The message of a field error in the interface language, for a form that re-renders itself when the language changes. */
export function useFieldErrorText(): (error: FieldError | undefined) => string | undefined {
  const { t } = useTranslation();
  return (error) => messageOf(t, error);
}

/**
 * The same for a single field, without a hook: useTranslation costs each field
 * instance a copy of the i18next instance at mount, and a UCAP has a hundred
 * fields. A field is made again with its label whenever the language changes,
 * so its message follows too.
 */
export function fieldErrorText(error: FieldError | undefined): string | undefined {
  return messageOf(getI18n().t, error);
}
