import { numberFormat } from './number-format';

// Amounts are stored as canonical decimal strings ("1250.50") and summed
// exactly; people type them as their language writes numbers: "1.250,50" in
// Spanish and Portuguese, "1,250.50" in English. These two functions convert.

/** The decimal mark of a language: "," or ".". */
const marks = new Map<string, ',' | '.'>();

export function decimalMark(lang: string): ',' | '.' {
  let mark = marks.get(lang);
  if (!mark) {
    const part = numberFormat(lang).formatToParts(1.5).find((p) => p.type === 'decimal');
    mark = part?.value === ',' ? ',' : '.';
    marks.set(lang, mark);
  }
  return mark;
}

/**
 * What the user typed, as a canonical decimal string; the text unchanged when
 * it is not a number, so validation can say so. In a comma language a lone
 * point followed by other than three digits is read as a decimal point too
 * ("1250.5", pasted from an English document), while "1.250" is a thousand.
 */
export function parseDecimalInput(text: string, lang: string): string {
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (compact === '') return '';
  // Thousands marks count only where thousands are ("1.250.000", "1,250"): "1,5" in English is not 15.
  let canonical: string;
  if (decimalMark(lang) === ',') {
    const loneDecimalPoint = /^\d+\.\d+$/.test(compact) && !/\.\d{3}$/.test(compact);
    const grouped = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact) || /^\d+(,\d+)?$/.test(compact);
    canonical = loneDecimalPoint ? compact : grouped ? compact.replace(/\./g, '').replace(',', '.') : compact;
  } else {
    const grouped = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(compact);
    canonical = grouped ? compact.replace(/,/g, '') : compact;
  }
  return /^\d+(\.\d+)?$/.test(canonical) ? canonical : text.trim();
}

/** A canonical decimal string as the user's language writes it, for editing (no thousands marks). */
export function formatDecimalInput(canonical: string, lang: string): string {
  return decimalMark(lang) === ',' ? canonical.replace('.', ',') : canonical;
}
