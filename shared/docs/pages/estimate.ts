import type { EstimatedPageNumbers, IContext, IXmlableObject, PageNumberEstimator } from 'docx';
import { estimatePageNumbers, measureDescent, measureLineHeight, measureTextWidth } from 'docx/layout';
import type { Numbering } from './formatting';
import { createHeights } from './heights';
import { breakLines, type Line, type Measurer } from './lines';
import { Unsupported, type Block, type Font, type Paragraph, type PartReferences, type Section } from './model';
import { paginate, type Pagination, type Placed } from './paginate';
import { createReader } from './read';
import { attributesOf, childrenOf, find, nameOf, numberAttribute, type XmlNode } from './xml';

// The page numbers of a Ponte document's contents, laid out fast for what
// Ponte writes. docx/layout follows all of Word's layout and was the only
// estimate before; it takes seconds for a hundred-page plan, most of it on
// things no Ponte document has. This estimate follows what Ponte writes (Arial
// text, fixed tables, inline pictures, bullets) with docx/layout's own widths
// and rules, and gives the document to docx/layout at anything else.

const ARIAL = 'Arial';

/** The highest character the reader lets through (read.ts FOLLOWED_TEXT), for the tables of widths by character. */
const LAST_CHARACTER = 0x2212;

/**
 * Arial's widths and line heights from docx/layout's tables. A text's width
 * is summed character by character as docx/layout sums it (each character's
 * width in thousandths of an em × size × 100 / 10⁵, left to right), so the
 * lines break where docx/layout breaks them; each character of each face is
 * asked of docx/layout once.
 */
function arialMeasurer(): Measurer {
  const faces = new Map<Font, { widths: Float64Array; height: number; descent: number }>();
  const faceOf = (font: Font) => {
    let face = faces.get(font);
    if (!face) {
      const metrics = { font: ARIAL, size: font.size, bold: font.bold, italic: font.italic };
      face = { widths: new Float64Array(LAST_CHARACTER + 1).fill(Number.NaN), height: measureLineHeight(metrics), descent: measureDescent(metrics) };
      faces.set(font, face);
    }
    return face;
  };
  return {
    width(text, font) {
      const { widths } = faceOf(font);
      let position = 0;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        let width = widths[code]!;
        if (Number.isNaN(width)) {
          // At 1000 points a character measures its width in thousandths of an em, exactly.
          width = measureTextWidth(text[i]!, { font: ARIAL, size: 1000, bold: font.bold, italic: font.italic });
          widths[code] = width;
        }
        position = position + (width * font.size * 100) / 1e5;
      }
      return position;
    },
    lineHeight: (font) => faceOf(font).height,
    descent: (font) => faceOf(font).descent,
  };
}

/** The levels of the document's bullet lists, by the list ids its paragraphs give, or by docx's placeholders for them. */
function numberingOf(numbering: XmlNode | undefined, placeholders: ReadonlyMap<string, string>): Numbering {
  const children = childrenOf(numbering);
  const abstracts = new Map<string, XmlNode[]>();
  const lists = new Map<string, string>();
  for (const node of children) {
    const name = nameOf(node);
    if (name === 'w:abstractNum') abstracts.set(String(attributesOf(node)['w:abstractNumId']), childrenOf(node));
    else if (name === 'w:num') {
      if (childrenOf(node).some((child) => nameOf(child) === 'w:lvlOverride' && childrenOf(child).some((o) => nameOf(o) === 'w:lvl'))) continue;
      lists.set(String(attributesOf(node)['w:numId']), String(attributesOf(find(childrenOf(node), 'w:abstractNumId'))['w:val']));
    }
  }
  return (givenId, level) => {
    const abstract = abstracts.get(lists.get(placeholders.get(givenId) ?? givenId) ?? '');
    const lvl = abstract?.find((node) => nameOf(node) === 'w:lvl' && Number(attributesOf(node)['w:ilvl']) === level);
    if (!lvl) return undefined;
    const lvlChildren = childrenOf(lvl);
    if (attributesOf(find(lvlChildren, 'w:numFmt'))['w:val'] !== 'bullet') return undefined;
    const suffix = attributesOf(find(lvlChildren, 'w:suff'))['w:val'];
    if (suffix !== undefined && suffix !== 'tab') return undefined;
    if (attributesOf(find(lvlChildren, 'w:lvlJc'))['w:val'] !== undefined && attributesOf(find(lvlChildren, 'w:lvlJc'))['w:val'] !== 'left') return undefined;
    const ind = find(childrenOf(find(lvlChildren, 'w:pPr')), 'w:ind');
    return {
      text: String(attributesOf(find(lvlChildren, 'w:lvlText'))['w:val'] ?? ''),
      left: (numberAttribute(ind, 'w:left') ?? numberAttribute(ind, 'w:start') ?? 0) / 20,
      hanging: (numberAttribute(ind, 'w:hanging') ?? 0) / 20,
      font: childrenOf(find(lvlChildren, 'w:rPr')),
    };
  };
}

/** Settings whose effect on the layout is followed; the default tab stop, in points. */
const SETTINGS = new Set(['w:displayBackgroundShape', 'w:defaultTabStop', 'w:evenAndOddHeaders', 'w:updateFields', 'w:compat', 'w:trackRevisions', 'w:zoom', 'w:characterSpacingControl', 'w:themeFontLang']);

function defaultTabOf(settings: XmlNode): number {
  const children = childrenOf(settings);
  for (const child of children) {
    const name = nameOf(child)!;
    if (!SETTINGS.has(name)) throw new Unsupported(`setting ${name}`);
    if (name === 'w:evenAndOddHeaders' && attributesOf(child)['w:val'] !== false && attributesOf(child)['w:val'] !== 'false' && attributesOf(child)['w:val'] !== 0) throw new Unsupported('even and odd headers');
  }
  for (const setting of childrenOf(find(children, 'w:compat'))) {
    const a = attributesOf(setting);
    if (nameOf(setting) !== 'w:compatSetting' || (a['w:name'] === 'compatibilityMode' && Number(a['w:val']) !== 15)) throw new Unsupported('a compatibility setting');
  }
  return (numberAttribute(find(children, 'w:defaultTabStop'), 'w:val') ?? 720) / 20;
}

export type DocumentParts = {
  body: XmlNode;
  styles: XmlNode;
  numbering?: XmlNode;
  settings: XmlNode;
  /** Headers and footers by relationship id ("rId6"). */
  parts: ReadonlyMap<string, XmlNode>;
  /** docx's placeholders for list ids ("{ponte-bullets-0}") and the ids they stand for. */
  listIds: ReadonlyMap<string, string>;
};

const MAX_PASSES = 4;
const TOLERANCE = 0.01;

/**
 * Lays the pages out, with each page reference showing the number the last
 * pass worked out, until the numbers stop changing. Undefined when they do not
 * settle; throws Unsupported at what it does not follow.
 */
export function estimateSections(document: DocumentParts, placed?: Placed): Pagination | undefined {
  const reader = createReader(document.styles, numberingOf(document.numbering, document.listIds), defaultTabOf(document.settings));
  const sections = reader.body(document.body);
  const measure = arialMeasurer();
  const noNumbers = () => '';
  const partLines = (paragraph: Paragraph, width: number) => breakLines(paragraph, width, measure, noNumbers);
  checkPartsFit(sections, (id) => {
    const part = document.parts.get(id);
    if (!part) throw new Unsupported('a header or footer that is not there');
    return reader.part(part);
  }, createHeights(partLines).stackHeight);
  let numbers = new Map<string, number>();
  // A paragraph's lines are broken once (each paragraph is in one column, so at one width), but for those that show
  // a page number, which each pass breaks again.
  const kept = new Map<Paragraph, { width: number; lines: Line[] }>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const known = numbers;
    const pageRef = (name: string) => {
      const page = known.get(name);
      return page === undefined ? '' : String(page);
    };
    const fresh = new Map<Paragraph, { width: number; lines: Line[] }>();
    const linesOf = (paragraph: Paragraph, width: number): Line[] => {
      const cache = paragraph.showsPageNumber ? fresh : kept;
      const cached = cache.get(paragraph);
      if (cached && cached.width === width) return cached.lines;
      const lines = breakLines(paragraph, width, measure, pageRef);
      cache.set(paragraph, { width, lines });
      return lines;
    };
    const placements: [number, 'line' | 'row', number][] = [];
    const result = paginate(sections, linesOf, placed && ((page, what, top) => placements.push([page, what, top])));
    const settled = pass > 0 && result.bookmarks.size === known.size && [...result.bookmarks].every(([name, page]) => known.get(name) === page);
    if (settled) {
      for (const [page, what, top] of placements) placed?.(page, what, top);
      return result;
    }
    numbers = result.bookmarks;
  }
  return undefined;
}

/**
 * Word moves the body down (or up from the bottom) when a header (or footer)
 * is taller than its margin leaves room for; the estimate does not follow
 * that, so such a document goes to docx/layout. A section without a header of
 * its own shows the one of the section before.
 */
function checkPartsFit(sections: readonly Section[], partOf: (id: string) => Block[], stackHeight: (blocks: readonly Block[], width: number) => number) {
  let headers: PartReferences = {};
  let footers: PartReferences = {};
  const heights = new Map<string, number>();
  for (const { page } of sections) {
    headers = { ...headers, ...page.headers };
    footers = { ...footers, ...page.footers };
    const width = page.width - page.left - page.right;
    const heightOf = (id: string) => {
      let height = heights.get(id);
      if (height === undefined) heights.set(id, (height = stackHeight(partOf(id), width)));
      return height;
    };
    const shown = (references: PartReferences) => [references.default, ...(page.titlePage ? [references.first] : [])].filter((id): id is string => id !== undefined);
    for (const id of shown(headers)) if (page.headerDistance + heightOf(id) > page.top + TOLERANCE) throw new Unsupported('a header taller than its margin');
    for (const id of shown(footers)) if (page.footerDistance + heightOf(id) > page.bottom + TOLERANCE) throw new Unsupported('a footer taller than its margin');
  }
}

type Formattable = { prepForXml(context: IContext): IXmlableObject | undefined };
type FileParts = {
  Styles: Formattable;
  Numbering: Formattable & { ConcreteNumbering?: readonly { reference: string; instance: number; numId: number }[] };
  Settings: Formattable;
  Headers: readonly { View: Formattable & { ReferenceId: number } }[];
  Footers: readonly { View: Formattable & { ReferenceId: number } }[];
};

/** The parts of the document being written that the estimate reads, formatted as docx writes them. */
export function partsOf(body: XmlNode, context: IContext): DocumentParts {
  const file = context.file as unknown as FileParts;
  const reading = { stack: [] } as unknown as IContext;
  const parts = new Map<string, XmlNode>();
  for (const wrapper of [...file.Headers, ...file.Footers]) {
    const formatted = wrapper.View.prepForXml({ ...context, viewWrapper: wrapper, stack: [] } as unknown as IContext) as XmlNode;
    parts.set(`rId${wrapper.View.ReferenceId}`, formatted);
  }
  return {
    body,
    styles: file.Styles.prepForXml(context) as XmlNode,
    numbering: file.Numbering.prepForXml(reading) as XmlNode | undefined,
    settings: file.Settings.prepForXml(reading) as XmlNode,
    parts,
    listIds: new Map((file.Numbering.ConcreteNumbering ?? []).map((list) => [`{${list.reference}-${list.instance}}`, String(list.numId)])),
  };
}

/**
 * The page numbers of a document's headings: worked out here for what Ponte
 * writes, and by docx/layout, which follows all of Word's layout, for a
 * document with anything else or whose numbers do not settle.
 */
export const estimatePonteNumbers: PageNumberEstimator = (body, context): EstimatedPageNumbers => {
  if (context.file) {
    try {
      const result = estimateSections(partsOf(body as XmlNode, context));
      if (result) {
        return {
          bookmarks: new Map([...result.bookmarks].map(([name, page]) => [name, String(page)])),
          bookmarkPageNumbers: result.bookmarks,
          pageCount: result.pageCount,
          sectionPageCounts: result.sectionPageCounts,
        };
      }
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
    }
  }
  return estimatePageNumbers(body, context);
};
