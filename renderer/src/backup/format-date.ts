/** A moment as a date in the interface language, e.g. "2 dic 2026". */
export function formatDate(millis: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'medium' }).format(millis);
}
