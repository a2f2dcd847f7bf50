import { formatDate } from '../../../../shared/model/dates';
import { localeOf } from '../../../../shared/i18n/langs';

/** "Mon, 26 Oct 2026" in the interface language, for day headings. */
export function formatDay(iso: string, lang: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  if (!y || !m || !d) return formatDate(iso, lang);
  return new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatBytes(bytes: number, lang: string): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1
    ? new Intl.NumberFormat(lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(mb)
    : new Intl.NumberFormat(lang, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(bytes / 1024);
}
