import Papa from 'papaparse';
import type { Label } from '../i18n/langs';
import type { Stakeholder } from './schema';
import { STAKEHOLDER_FIELDS, type StakeholderField } from './schema';

// A number as people write phones and amounts: digits, spaces and ( ) . - /,
// nothing else. Behind a + or - it can name no cell and call no function, so a
// spreadsheet shows it as text or, at worst, as a number: "+57 300 123 4567".
const PHONE_LIKE = /^[+-][\d\s().\-/]*\d[\d\s().\-/]*$/;

/**
 * A cell a spreadsheet would run as a formula gets a leading apostrophe, so
 * Excel and LibreOffice show it as text instead of running it (CSV injection):
 * one starting with = or @, with a tab or carriage return, or with + or -
 * followed by anything but a phone-like number ("+SUM(A1)", "-1+A1",
 * "+cmd|' /C calc'!A0"). A phone such as "+57 300 123" is data and stays as typed.
 */
export function neutraliseCell(cell: string): string {
  if (/^[=@\t\r]/.test(cell)) return `'${cell}`;
  if (/^[+-]/.test(cell) && !PHONE_LIKE.test(cell)) return `'${cell}`;
  return cell;
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
