import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { COLORS, TABLE_TEXT_STYLE, contentWidth } from './styles';
import { cleanText, textRuns } from './text';

export type DataTableOptions = {
  /** Relative column widths, e.g. [3, 1, 1, 4]; equal columns when left out. */
  weights?: readonly number[];
  /** The page is landscape, so the table has more room. */
  landscape?: boolean;
  /** Columns whose text is centred, header included, e.g. narrow month columns. */
  centered?: readonly boolean[];
  /** No row breaks across pages: for tables of short rows, like a timeline, where half a row reads as two. */
  wholeRows?: boolean;
};

/** A cell's text, or a cell filled with a colour, e.g. a month of a timeline an action runs in. */
export type CellValue = string | { readonly text?: string; readonly fill: string };

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: COLORS.border } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
/** Cell margins, set once for the table (w:tblCellMar) rather than on every cell. */
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };

/** Column widths in twips that add up to the text width. */
function columnWidths(count: number, options: DataTableOptions): number[] {
  const total = contentWidth(options.landscape ?? false);
  const weights = Array.from({ length: count }, (_, i) => Math.max(options.weights?.[i] ?? 1, 0.1));
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.floor((total * w) / sum));
}

/** A cell's text, one paragraph per line, so what the author put on separate lines stays apart. */
function cellParagraphs(text: string, bold: boolean, centered: boolean): Paragraph[] {
  const lines = cleanText(text).split('\n');
  // Table text (9.5 pt, a little smaller than body text so dates and names fit) comes from the style.
  return lines.map((line) => new Paragraph({ style: TABLE_TEXT_STYLE, ...(centered ? { alignment: AlignmentType.CENTER } : {}), children: textRuns(line, bold ? { bold } : {}) }));
}

function row(cells: readonly CellValue[], widths: number[], header: boolean, options: DataTableOptions): TableRow {
  return new TableRow({
    tableHeader: header,
    cantSplit: header || (options.wholeRows ?? false),
    children: widths.map((width, i) => {
      const cell = cells[i] ?? '';
      const fill = header ? COLORS.headerFill : typeof cell === 'string' ? undefined : cell.fill;
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        ...(fill ? { shading: { fill } } : {}),
        children: cellParagraphs(typeof cell === 'string' ? cell : (cell.text ?? ''), header, options.centered?.[i] ?? false),
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
  const widths = columnWidths(headers.length, options);
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    margins: CELL_MARGINS,
    borders: BORDERS,
    rows: [row(headers, widths, true, options), ...rows.map((cells) => row(cells, widths, false, options))],
  });
}
