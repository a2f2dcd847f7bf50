import { formatDecimal } from '../ucap/money';
import { parseDecimalInput } from '../text/decimal-input';
import { numberFormat } from '../text/number-format';

// A figure someone typed in a free field (an indicator's baseline or target:
// "1 300 000", "1.800", "45 %"), written as the document's language writes
// numbers. The author's language is not known, so a figure is reformatted only
// when Spanish and English read it alike ("1 300 000", "1800", "12,5 %" read
// both ways differ, so "12,5" is kept as typed): what could be misread stays
// as it was typed, and words ("sí", "no") are left alone.

const PERCENT = /^(.*?)\s*%$/;

export function formatTypedNumber(typed: string, locale: string): string {
  const text = typed.trim();
  const percent = PERCENT.exec(text);
  const figure = percent ? percent[1]! : text;
  if (!/^[\d\s\u00a0\u202f.,']+$/.test(figure) || !/\d/.test(figure)) return typed;
  const comma = parseDecimalInput(figure, 'es');
  const point = parseDecimalInput(figure, 'en');
  const number = /^\d+(\.\d+)?$/;
  const read = number.test(comma) && number.test(point) ? (comma === point ? comma : null) : number.test(comma) ? comma : number.test(point) ? point : null;
  if (read === null) return typed;
  const formatted = formatDecimal(read, locale);
  if (!percent) return formatted;
  // "45 %" in Spanish and Portuguese, "45%" in English, as Intl writes a percentage.
  const sample = numberFormat(locale, { style: 'percent' }).format(0.45);
  return sample.replace('45', formatted);
}
