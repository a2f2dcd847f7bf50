import { AlignmentType, BorderStyle, ExternalHyperlink, Paragraph, TextRun, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { COLORS, TABLE_TEXT_STYLE, contentWidth } from './styles';
import { cleanText, inlineRuns, piecesOf, type Inline, type Marked } from './text';
import { longestWordTwips } from './text-width';

export type DataTableOptions = {
  /** Relative column widths, e.g. [3, 1, 1, 4]; equal columns when left out. */
  weights?: readonly number[];
  /** The page is landscape, so the table has more room. */
  landscape?: boolean;
  /** Columns whose text is centred, header included, e.g. narrow month columns. */
  centered?: readonly boolean[];
  /** Kept for callers: every row is now kept whole (cantSplit). */
  wholeRows?: boolean;
};

/**
 * A cell's text; or text in another language, with its w:lang and the mark
 * that names the language; or lines of both, e.g. a title in Spanish, marked,
 * above "Pilot project"; or a cell filled with a colour, e.g. a month of a
 * timeline an action runs in.
 */
export type CellValue =
  | string
  | (Partial<Marked> & {
      readonly fill?: string;
      /** The cell's lines, each plain, marked or in pieces; when given, they are the cell's text. */
      readonly lines?: readonly Inline[];
      /** A link under the text, shown by readable words, e.g. "See on the map". */
      readonly link?: CellLink;
    });

export type CellLink = { readonly text: string; readonly url: string };

/** Only web links become hyperlinks: anything else someone typed stays text. */
const WEB = /^https?:\/\/[^\s]+$/i;

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: COLORS.border } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
/** Cell margins, set once for the table (w:tblCellMar) rather than on every cell. */
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

/** Table text is 9.5 pt (TABLE_TEXT_STYLE): 19 half-points. */
const TABLE_TEXT_HALF_POINTS = 19;
/** Room a cell needs beside its text: its two margins and a little slack for rounding in Word and LibreOffice. */
const CELL_SLACK = CELL_MARGINS.left + CELL_MARGINS.right + 60;
/** A body word longer than this (a URL, an e-mail) may break: it must not take a column's room from everything else. */
const LONGEST_BODY_WORD = 28;

/** A cell's lines, at least one (Word wants a paragraph in every cell). */
function cellLines(cell: CellValue): Inline[] {
  if (typeof cell === 'string') return [cell];
  if (cell.lines?.length) return [...cell.lines];
  return [{ text: cell.text ?? '', ...(cell.lang ? { lang: cell.lang } : {}), ...(cell.mark ? { mark: cell.mark } : {}) }];
}

const cellText = (cell: CellValue | undefined) =>
  cell === undefined ? '' : cellLines(cell).flatMap((line) => piecesOf(line).map((piece) => `${piece.text} ${piece.mark ?? ''}`)).join(' ');

/** A line cut at the author's line ends: each part keeps its piece's language, and the mark follows the piece's last part. */
function paragraphLines(line: Inline): Marked[][] {
  const out: Marked[][] = [[]];
  for (const piece of piecesOf(line)) {
    const parts = cleanText(piece.text).split('\n');
    parts.forEach((text, i) => {
      if (i > 0) out.push([]);
      out[out.length - 1]!.push({ text, ...(piece.lang ? { lang: piece.lang } : {}), ...(piece.mark && i === parts.length - 1 ? { mark: piece.mark } : {}) });
    });
  }
  return out;
}

/** The least width a column needs so that none of its header words, nor its body words of reasonable length, is split. */
function leastWidth(header: string, cells: readonly string[]): number {
  const words = cells.flatMap((c) => c.split(/\s+/)).filter((w) => w.length > 0 && w.length <= LONGEST_BODY_WORD);
  const body = longestWordTwips(words.join(' '), TABLE_TEXT_HALF_POINTS);
  return Math.max(longestWordTwips(header, TABLE_TEXT_HALF_POINTS, true), body) + CELL_SLACK;
}

/**
 * Column widths in twips that add up to the text width: shared out by the
 * weights, then each column widened to its longest word (so "Probabilidade"
 * or "Responsable" never breaks mid-word, in any language), the room taken
 * from the columns that have more than they need.
 */
export function columnWidths(headers: readonly string[], rows: readonly (readonly CellValue[])[], options: DataTableOptions): number[] {
  const total = contentWidth(options.landscape ?? false);
  const count = headers.length;
  const weights = Array.from({ length: count }, (_, i) => Math.max(options.weights?.[i] ?? 1, 0.1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const least = headers.map((h, i) => leastWidth(h, rows.map((r) => cellText(r[i]))));
  const leastSum = least.reduce((a, b) => a + b, 0);
  // Not even the words fit side by side: share by what each needs.
  if (leastSum >= total) return least.map((w) => Math.floor((total * w) / leastSum));
  const widths = weights.map((w) => (total * w) / sum);
  for (let pass = 0; pass < count; pass++) {
    const short = widths.map((w, i) => Math.max(0, least[i]! - w));
    const deficit = short.reduce((a, b) => a + b, 0);
    if (deficit < 1) break;
    const spare = widths.map((w, i) => (short[i]! > 0 ? 0 : Math.max(0, w - least[i]!)));
    const spareSum = spare.reduce((a, b) => a + b, 0);
    widths.forEach((w, i) => {
      widths[i] = short[i]! > 0 ? least[i]! : w - (deficit * spare[i]!) / spareSum;
    });
  }
  return widths.map((w) => Math.floor(w));
}

/** A cell's text, one paragraph per line, so what the author put on separate lines stays apart; the mark of another language after a text's last line. */
function cellParagraphs(cell: CellValue, bold: boolean, centered: boolean): Paragraph[] {
  const link = typeof cell === 'string' ? undefined : cell.link;
  const style = bold ? { bold } : {};
  // Table text (9.5 pt, a little smaller than body text so dates and names fit) comes from the style.
  return [
    ...cellLines(cell)
      .flatMap(paragraphLines)
      .map((pieces) => new Paragraph({ style: TABLE_TEXT_STYLE, ...(centered ? { alignment: AlignmentType.CENTER } : {}), children: inlineRuns(pieces, style) })),
    ...(link && WEB.test(link.url.trim())
      ? [
          new Paragraph({
            style: TABLE_TEXT_STYLE,
            children: [new ExternalHyperlink({ link: link.url.trim(), children: [new TextRun({ text: cleanText(link.text), style: 'Hyperlink', color: '0563C1', underline: {} })] })],
          }),
        ]
      : []),
  ];
}

function row(cells: readonly CellValue[], widths: number[], header: boolean, options: DataTableOptions): TableRow {
  return new TableRow({
    tableHeader: header,
    // A row is not split across pages: half a row reads as two. One taller than a page still breaks.
    cantSplit: true,
    children: widths.map((width, i) => {
      const cell = cells[i] ?? '';
      const fill = header ? COLORS.headerFill : typeof cell === 'string' ? undefined : cell.fill;
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        ...(fill ? { shading: { fill } } : {}),
        children: cellParagraphs(cell, header, options.centered?.[i] ?? false),
      });
    }),
  });
}

/**
 * A full-width table with a bold, shaded header row that Word and LibreOffice
 * repeat at the top of every page the table runs onto. Widths are given in
 * twips with a fixed layout: percentage widths alone make LibreOffice squeeze
 * the columns.
 */
export function dataTable(headers: readonly string[], rows: readonly (readonly CellValue[])[], options: DataTableOptions = {}): Table {
  const widths = columnWidths(headers, rows, options);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: BORDERS,
    rows: [row(headers, widths, true, options), ...rows.map((cells) => row(cells, widths, false, options))],
  });
}
