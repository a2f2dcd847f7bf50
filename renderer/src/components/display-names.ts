// Names of languages in the interface language, through Intl.DisplayNames, so
// a screen says "portugués" or "Portuguese", never the code "pt".

/** The language's name in `lang` ("inglés" for "en" in Spanish), the code itself where Intl has none. */
export function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Several languages' names, joined as the interface language lists things ("español e inglés"). */
export function languageList(codes: readonly string[], lang: string): string {
  const names = codes.map((c) => languageName(c, lang));
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(names);
}
