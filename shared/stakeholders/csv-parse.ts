import Papa from 'papaparse';

export type CsvProblem = { row: number; key: 'stakeholders:errors.brokenQuotes' | 'stakeholders:errors.fieldCount' };

export type ParsedCsv = {
  delimiter: string;
  headers: string[];
  /** Data rows with their row number as a spreadsheet shows it (the header is row 1); empty rows left out. */
  rows: { row: number; cells: string[] }[];
  problems: CsvProblem[];
};

/**
 * Parses CSV text as spreadsheets write it: comma or semicolon (detected),
 * quoted fields holding delimiters, quotes and line breaks. Rows that are empty
 * are skipped but still counted, so row numbers match the spreadsheet.
 */
export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text, { delimitersToGuess: [';', ',', '\t'], skipEmptyLines: false });
  const [headerRow = [], ...data] = result.data;
  const problems: CsvProblem[] = result.errors
    .filter((e) => e.type === 'Quotes')
    // papaparse counts data rows from 0 including the header row.
    .map((e) => ({ row: (e.row ?? 0) + 1, key: 'stakeholders:errors.brokenQuotes' as const }));
  const rows = data
    .map((cells, i) => ({ row: i + 2, cells }))
    .filter(({ cells }) => cells.some((c) => c.trim() !== ''));
  return { delimiter: result.meta.delimiter, headers: headerRow.map((h) => h.trim()), rows, problems };
}
