import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { LOCALES, isLang, type Lang } from '../../../shared/i18n/langs';

/** The date and time fields write dates in the interface language's conventions (shared/i18n/langs.ts LOCALES). */
export const FIELD_LOCALES: Record<Lang, string> = LOCALES;

export function fieldLocale(language: string): string {
  const primary = language.split('-')[0];
  return isLang(primary) ? LOCALES[primary] : LOCALES.en;
}

/** Gives React Aria's date and time fields the interface language; a language switch re-renders them. */
export function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={fieldLocale(i18n.language)}>{children}</I18nProvider>;
}
