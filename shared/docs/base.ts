import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph,
  StringContainer,
  TextRun,
  type FileChild,
} from 'docx';
import type { Label, Lang } from '../i18n/langs';
import { COLORS, DOCUMENT_LOCALES, documentStyles, NUMBERING, PAGE } from './styles';
import { estimatePonteNumbers } from './pages/estimate';
import { cleanText, textRuns, titleParagraph } from './text';

/** A run of pages with one orientation, e.g. a landscape section for a wide table. */
export type BodySection = { children: FileChild[]; landscape?: boolean };

export type DocumentOptions = {
  lang: Lang;
  /** Written as the Title paragraph at the top and as the file's title. */
  title: string;
  /** Printed at the top of every page, e.g. the pairing's name. */
  headerText: string;
  t: Label;
  /** Orientation of the pages when `children` is given. */
  landscape?: boolean;
  /** A line under the title in the file's properties, e.g. the kind of document. */
  subject?: string;
  /**
   * A cover page of its own, in place of the Title line: it carries no running
   * header and no page number, as a cover does (a first-page header of its own).
   */
  cover?: FileChild[];
  /**
   * The body holds a table of contents: its page numbers are worked out and
   * written with the file (pages/estimate.ts lays the pages out as Word does),
   * and Word and LibreOffice are asked to update the fields when the file opens.
   */
  toc?: boolean;
  /**
   * With `toc`: lay the pages out to write the contents' page numbers (on by
   * default). Off, the contents are written without them and only Word's
   * update on open fills them in, so LibreOffice and a PDF made from the file
   * show no numbers: what bench/export compares the layout's cost against.
   */
  layoutPages?: boolean;
} & ({ children: FileChild[]; sections?: never } | { sections: BodySection[]; children?: never });


function header(text: string): Header {
  return new Header({
    children: [
      new Paragraph({
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLORS.border, space: 4 } },
        children: textRuns(text, { size: 17, color: COLORS.muted }),
      }),
    ],
  });
}

// Markers that cannot occur in a translation, to find where the page fields go.
const PAGE_MARK = '\u0001';
const PAGES_MARK = '\u0002';

/** "Page X of Y" in the document's language, X and Y as fields Word fills in. */
function footer(t: Label): Footer {
  const template = t('doc:common.pageOf', { page: PAGE_MARK, pages: PAGES_MARK });
  const children = template
    .split(new RegExp(`(${PAGE_MARK}|${PAGES_MARK})`))
    .filter((part) => part !== '')
    .map((part) => {
      if (part === PAGE_MARK) return [PageNumber.CURRENT];
      if (part === PAGES_MARK) return [PageNumber.TOTAL_PAGES];
      return [cleanText(part)];
    })
    .map((content) => new TextRun({ size: 17, color: COLORS.muted, children: content }));
  return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children })] });
}

/** The cover's header and footer: nothing, so the first page shows no running header and no page number. */
const blankHeader = () => new Header({ children: [new Paragraph({ children: [] })] });
const blankFooter = () => new Footer({ children: [new Paragraph({ children: [] })] });

function pageProperties(landscape: boolean, titlePage = false) {
  return {
    titlePage,
    page: {
      // docx turns the page itself when the orientation is landscape: sizes stay portrait here.
      size: { width: PAGE.width, height: PAGE.height, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, header: 567, footer: 567 },
    },
  };
}

/**
 * The frame every Ponte document shares: styles, the language Word checks
 * spelling in, a header naming the pairing, "Page X of Y" in the footer, and the
 * file's properties. Each document kind only supplies its body.
 */
export function createDocument(options: DocumentOptions): Document {
  const { lang, title, headerText, t } = options;
  const bodies: BodySection[] = options.sections ?? [{ children: options.children, landscape: options.landscape ?? false }];
  const [first, ...rest] = bodies.length > 0 ? bodies : [{ children: [] }];
  const withTitle = options.cover ? bodies : [{ ...first!, children: [titleParagraph(title), ...first!.children] }, ...rest];
  const coverSection = options.cover
    ? [{ properties: pageProperties(false, true), headers: { default: header(headerText), first: blankHeader() }, footers: { default: footer(t), first: blankFooter() }, children: options.cover }]
    : [];

  const doc = new Document({
    title: cleanText(title),
    subject: cleanText(options.subject ?? ''),
    creator: 'Ponte',
    lastModifiedBy: 'Ponte',
    styles: documentStyles(lang),
    numbering: NUMBERING,
    // The contents' page numbers: laid out fast for what Ponte writes, by docx/layout for anything else (pages/estimate.ts).
    ...(options.toc ? { ...(options.layoutPages === false ? {} : { pageNumbers: estimatePonteNumbers }), features: { updateFields: true } } : {}),
    sections: [...coverSection, ...withTitle.map((section) => ({
      properties: pageProperties(section.landscape ?? false),
      headers: { default: header(headerText) },
      footers: { default: footer(t) },
      children: section.children,
    }))],
  });
  // docx has no option for the file's language (Dublin Core dc:language), so it
  // is added to the core properties it writes; w:lang in the styles is what
  // Word's spell-checker reads.
  doc.CoreProperties.addChildElement(new StringContainer('dc:language', DOCUMENT_LOCALES[lang]));
  return doc;
}
