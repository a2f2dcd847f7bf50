import type { ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from '../../../shared/i18n/langs';

/**
 * The conventions each interface language writes dates and times in, whatever
 * the browser or the operating system says. Spanish and Portuguese: day, month,
 * year and a 24-hour clock. Ponte's English is the programme's English, the one
 * its Word documents are written in (en-GB, see shared/docs/styles.ts): day
 * before month, so "09/10/2026" means the same day to every team of an EU–LAC
 * pairing, and a 24-hour clock like the agendas it sits beside.
 */
export const FIELD_LOCALES: Record<Lang, string> = { es: 'es-ES', pt: 'pt-BR', en: 'en-GB' };

export function fieldLocale(language: string): string {
  const primary = language.split('-')[0];
  return isLang(primary) ? FIELD_LOCALES[primary] : FIELD_LOCALES.en;
}

/** Gives React Aria's date and time fields the interface language; a language switch re-renders them. */
export function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={fieldLocale(i18n.language)}>{children}</I18nProvider>;
}
