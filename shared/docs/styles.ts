import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import { LOCALES, type Lang } from '../i18n/langs';

// The look shared by every exported document. Sizes are in half-points (22 = 11 pt),
// spacing in twentieths of a point (120 = 6 pt).

/**
 * Arial, not Calibri: it is on every Windows and Mac machine, and LibreOffice
 * draws it with Liberation Sans, which has the same metrics, so a document lays
 * out the same in Word and in LibreOffice (Calibri falls back to a wider font).
 */
export const BODY_FONT = 'Arial';

export const COLORS = {
  heading: '1F3864',
  text: '222222',
  muted: '595959',
  border: 'A6A6A6',
  headerFill: 'DCE6F2',
  /** The months an action runs in on a timeline: dark enough to read as a bar when printed in grey. */
  barFill: '4472C4',
  warning: 'B00020',
} as const;

/** The language tag Word's spell-checker and Intl formatting use for each document language. */
export const DOCUMENT_LOCALES: Record<Lang, string> = LOCALES;

/** A4 in twips, with 2 cm margins: the paper of the European side and of Brazil. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;

/** Width of the text area in twips, for tables that fill it. */
export function contentWidth(landscape: boolean): number {
  return (landscape ? PAGE.height : PAGE.width) - 2 * PAGE.margin;
}

/**
 * Word's built-in Title and Heading styles, restyled. Keeping their ids (Title,
 * Heading1…) and giving them outline levels is what makes Word's navigation pane,
 * a table of contents and LibreOffice's PDF bookmarks work.
 */
export function documentStyles(lang: Lang): IStylesOptions {
  const heading = (size: number, before: number, outlineLevel: number) => ({
    run: { font: BODY_FONT, size, bold: true, color: COLORS.heading },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: 21, color: COLORS.text, language: { value: DOCUMENT_LOCALES[lang] } },
        // 1.15 lines, as a multiple: without lineRule LibreOffice reads 276 as an exact height and squashes images and two-line titles.
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: BODY_FONT, size: 40, bold: true, color: COLORS.heading },
        paragraph: { spacing: { after: 200 }, keepNext: true },
      },
      heading1: heading(30, 360, 0),
      heading2: heading(25, 240, 1),
      heading3: heading(22, 200, 2),
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    // Table text is set once here, not on every run of every cell: long tables
    // (a UCAP's actions and indicators) are most of a document's XML.
    paragraphStyles: [{ id: TABLE_TEXT_STYLE, name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: { size: 19 }, paragraph: { spacing: { after: 0 } } }],
  };
}

/** The paragraph style of text in table cells: 9.5 pt, no space after. */
export const TABLE_TEXT_STYLE = 'TableText';

export const BULLETS = 'ponte-bullets';

/** One bullet list definition; each list level indents further. */
export const NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [0, 1, 2].map((level) => ({
        level,
        format: LevelFormat.BULLET,
        text: ['•', '◦', '▪'][level] ?? '•',
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
      })),
    },
  ],
};
