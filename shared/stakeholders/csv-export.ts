import Papa from 'papaparse';
import type { Label } from '../i18n/langs';
import type { Stakeholder } from './schema';
import { STAKEHOLDER_FIELDS, type StakeholderField } from './schema';

/**
 * A cell a spreadsheet would run as a formula (=HYPERLINK(...), +1, -1, @SUM,
 * or one starting with a tab or carriage return) gets a leading apostrophe, so
 * Excel and LibreOffice show it as text instead of running it (CSV injection).
 */
export function neutraliseCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export type CsvDelimiter = ';' | ',';

function cellOf(s: Stakeholder, field: StakeholderField, t: Label): string {
  const value = s[field];
  if (Array.isArray(value)) return value.join(', ');
  if (field === 'side') return t(`vocab:side.${s.side}`);
  if (field === 'group' || field === 'engagement' || field === 'stance') return t(`stakeholders:${field}.${String(value)}`);
  return String(value);
}

/**
 * The list as a CSV file that Excel opens with accents intact: UTF-8 with a
 * byte-order mark (without it Excel reads the bytes as the system's ANSI code
 * page), CRLF line ends, every field quoted when needed. Column headers and
 * vocabulary values are in the language of `t`, which import reads back.
 */
export function stakeholdersCsv(records: readonly Stakeholder[], t: Label, delimiter: CsvDelimiter = ';'): Uint8Array {
  const headers = STAKEHOLDER_FIELDS.map((f) => t(`stakeholders:field.${f}`));
  const rows = records.map((s) => STAKEHOLDER_FIELDS.map((f) => neutraliseCell(cellOf(s, f, t))));
  const text = Papa.unparse({ fields: headers, data: rows }, { delimiter, newline: '\r\n', quotes: false, escapeFormulae: false });
  const body = new TextEncoder().encode(`${text}\r\n`);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
