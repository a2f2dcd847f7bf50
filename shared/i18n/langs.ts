// The three languages of the programme: interface, documents and texts.
export const LANGS = ['es', 'pt', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
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
