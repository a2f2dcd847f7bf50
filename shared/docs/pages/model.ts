// What the page estimate lays out: the body of a Ponte document read into
// sections of paragraphs and tables, lengths in points.

export type Font = { readonly size: number; readonly bold: boolean; readonly italic: boolean };

export type Piece =
  | { readonly kind: 'text'; readonly text: string; readonly font: Font }
  /** A tab; `separator` is the one after a list's bullet, which takes the text to the list's indent. */
  | { readonly kind: 'tab'; readonly font: Font; readonly separator?: boolean }
  | { readonly kind: 'line-break'; readonly font: Font }
  | { readonly kind: 'page-break' }
  | { readonly kind: 'picture'; readonly width: number; readonly height: number }
  | { readonly kind: 'bookmark'; readonly name: string }
  /** The number a page reference shows, which the passes work out. */
  | { readonly kind: 'page-ref'; readonly name: string; readonly font: Font };

export type LineSpacing = { readonly rule: 'multiple'; readonly multiple: number } | { readonly rule: 'exact' | 'atLeast'; readonly height: number };

export type TabStop = { readonly position: number; readonly align: 'left' | 'right' | 'center' };

export type ParagraphFormat = {
  readonly spaceBefore: number;
  readonly spaceAfter: number;
  readonly lineSpacing: LineSpacing;
  readonly left: number;
  readonly right: number;
  /** Where the first line starts from `left`: negative for a hanging indent. */
  readonly firstLine: number;
  readonly keepNext: boolean;
  readonly keepLines: boolean;
  readonly widowControl: boolean;
  readonly pageBreakBefore: boolean;
  readonly tabs: readonly TabStop[];
  /** The distance between the document's default tab stops. */
  readonly defaultTab: number;
};

export type Paragraph = {
  readonly type: 'paragraph';
  readonly format: ParagraphFormat;
  readonly pieces: readonly Piece[];
  /** The font of the paragraph mark, which makes a line with nothing else on it as tall as its line. */
  readonly markFont: Font;
  /** Whether it shows a page number, so its lines change from one pass to the next. */
  readonly showsPageNumber: boolean;
  /** What its borders add to its height (in headers and footers; body paragraphs with borders are not followed). */
  readonly borderRoom: number;
};

export type Cell = { readonly width: number; readonly marginTop: number; readonly marginBottom: number; readonly blocks: readonly Block[] };

export type Row = {
  readonly cells: readonly Cell[];
  readonly header: boolean;
  readonly cantSplit: boolean;
  readonly borderTop: number;
  readonly borderBottom: number;
  /** The bookmarks in its cells, which are on the page the row is on. */
  readonly markers: readonly string[];
};

export type Table = {
  readonly type: 'table';
  readonly rows: readonly Row[];
  /** Where the table breaks across pages, Word draws its bottom border below the last row on the page. */
  readonly breakBorder: number;
};

export type Block = Paragraph | Table;

/** The header or footer parts a section shows, by the relationship id docx gives them. */
export type PartReferences = { readonly default?: string; readonly first?: string; readonly even?: string };

export type PageFrame = {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
  readonly headerDistance: number;
  readonly footerDistance: number;
  readonly titlePage: boolean;
  readonly headers: PartReferences;
  readonly footers: PartReferences;
};

export type Section = { readonly page: PageFrame; readonly blocks: readonly Block[] };

/** Something the estimate does not lay out as Word does: the document goes to docx/layout instead. */
export class Unsupported extends Error {}
