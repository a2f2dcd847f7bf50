// The three languages of the programme: interface, documents and texts.
export const LANGS = ['es', 'pt', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The conventions each language writes dates, times and numbers in, in the
 * interface and in the documents alike, whatever the browser or the operating
 * system says. Spanish and Portuguese: day, month, year and a 24-hour clock.
 * Ponte's English is the programme's English (en-GB): day before month, so
 * "09/10/2026" means the same day to every team of an EU–LAC pairing, and a
 * 24-hour clock like the agendas it sits beside.
 */
export const LOCALES: Record<Lang, string> = { es: 'es-ES', pt: 'pt-BR', en: 'en-GB' };

/** The locale to format with for a language code ("en", "pt-BR"…): Ponte's own for its three languages. */
export function localeOf(language: string): string {
  const primary = language.toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? LOCALES[primary] : language;
}

/**
 * The first of the user's preferred languages that Ponte speaks, else English.
 * Matches on the primary subtag, so "pt-BR" and "es-419" count.
 */
export function pickLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

/** A label function: a key and its parameters to text in one language. */
export type Label = (key: string, params?: Record<string, string | number>) => string;
