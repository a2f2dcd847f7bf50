import { createFormatting, twips, type Numbering } from './formatting';
import { Unsupported, type Block, type Cell, type PageFrame, type Paragraph, type PartReferences, type Piece, type Row, type Section } from './model';
import { attributesOf, childrenOf, find, isOn, nameOf, numberAttribute, textOf, type XmlNode } from './xml';

// Reads what docx formats (the body, headers and footers) into paragraphs and
// tables to lay out, throwing Unsupported at anything whose layout the
// estimate does not follow, such as floating pictures or merged cells.

const EMU_PER_POINT = 12700;

/** Cell properties that do not move its text. */
const CELL_PROPERTIES = new Set(['w:tcW', 'w:shd', 'w:vAlign', 'w:cnfStyle']);
/** Table properties that do not change the height of its rows. */
const TABLE_PROPERTIES = new Set(['w:tblW', 'w:tblBorders', 'w:tblLayout', 'w:tblCellMar', 'w:tblInd', 'w:jc', 'w:tblLook', 'w:shd', 'w:tblCaption', 'w:tblDescription']);
const ROW_PROPERTIES = new Set(['w:cantSplit', 'w:tblHeader', 'w:jc', 'w:cnfStyle']);
/** Fields whose result a header or footer shows, as wide as a page number can be. */
const PAGE_FIELDS = /^\s*(PAGE|NUMPAGES|SECTIONPAGES)\b/;
const FIELD_STAND_IN = '999';

/**
 * Text the line breaking follows as Word breaks it: Latin letters and their
 * accents, digits, punctuation and the usual symbols. Other scripts (Arabic,
 * Hebrew, CJK), combining marks, zero-width characters and symbols Arial draws
 * from another font break or stand otherwise, so they go to docx/layout.
 */
const FOLLOWED_TEXT = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u202f\u2030-\u205e\u20a0-\u20c0\u2100-\u2122\u2190-\u2193\u2212]*$/;

type Field = { instruction: string; phase: 'instruction' | 'result'; shown: boolean };

export function createReader(styles: XmlNode, numbering: Numbering, defaultTab: number) {
  const formatting = createFormatting(styles, numbering, defaultTab);
  let fields: Field[] = [];
  const hidden = () => fields.some((f) => f.phase === 'instruction' || !f.shown);

  const readParagraph = (node: XmlNode, pending: Piece[], inPart: boolean): { paragraph: Paragraph; section?: PageFrame } => {
    const children = childrenOf(node);
    const pPr = childrenOf(find(children, 'w:pPr'));
    const { format, markFont, listLevel, borderRoom, runFont } = formatting.paragraph(pPr, inPart);
    const pieces: Piece[] = pending.length > 0 ? pending.splice(0) : [];
    if (listLevel) {
      pieces.push({ kind: 'text', text: listLevel.text, font: listLevel.font });
      pieces.push({ kind: 'tab', font: markFont, separator: true });
    }
    const readRun = (run: XmlNode) => {
      const runChildren = childrenOf(run);
      const rPr = childrenOf(find(runChildren, 'w:rPr'));
      const font = () => runFont(rPr);
      for (const part of runChildren) {
        const name = nameOf(part);
        switch (name) {
          case 'w:rPr':
          case 'w:lastRenderedPageBreak':
            break;
          case 'w:fldChar': {
            const type = attributesOf(part)['w:fldCharType'];
            if (type === 'begin') fields.push({ instruction: '', phase: 'instruction', shown: !hidden() });
            else if (type === 'separate') {
              const field = fields.at(-1);
              if (!field) throw new Unsupported('a field that does not begin');
              field.phase = 'result';
              const pageRef = /^\s*PAGEREF\s+(\S+)/.exec(field.instruction);
              if (field.shown && pageRef) {
                pieces.push({ kind: 'page-ref', name: pageRef[1]!, font: font() });
                field.shown = false;
              } else if (field.shown && inPart && PAGE_FIELDS.test(field.instruction)) {
                pieces.push({ kind: 'text', text: FIELD_STAND_IN, font: font() });
                field.shown = false;
              } else if (field.shown && !/^\s*(TOC|HYPERLINK)\b/.test(field.instruction)) throw new Unsupported(`a field ${field.instruction.trim()}`);
            } else if (type === 'end') fields.pop();
            break;
          }
          case 'w:instrText': {
            const field = fields.at(-1);
            if (field?.phase === 'instruction') field.instruction += textOf(part);
            break;
          }
          case 'w:t': {
            if (hidden()) break;
            const text = textOf(part);
            if (!FOLLOWED_TEXT.test(text)) throw new Unsupported('text in a script or with characters the line breaking does not follow');
            pieces.push({ kind: 'text', text, font: font() });
            break;
          }
          case 'w:tab':
            if (!hidden()) pieces.push({ kind: 'tab', font: font() });
            break;
          case 'w:br': {
            if (hidden()) break;
            const type = attributesOf(part)['w:type'];
            if (type === 'page') pieces.push({ kind: 'page-break' });
            else if (type === undefined || type === 'textWrapping') pieces.push({ kind: 'line-break', font: font() });
            else throw new Unsupported(`a ${String(type)} break`);
            break;
          }
          case 'w:cr':
            if (!hidden()) pieces.push({ kind: 'line-break', font: font() });
            break;
          case 'w:drawing': {
            if (hidden()) break;
            const inline = find(childrenOf(part), 'wp:inline');
            if (!inline) throw new Unsupported('a floating drawing');
            const extent = find(childrenOf(inline), 'wp:extent');
            const cx = numberAttribute(extent, 'cx');
            const cy = numberAttribute(extent, 'cy');
            if (cx === undefined || cy === undefined) throw new Unsupported('a drawing without its size');
            pieces.push({ kind: 'picture', width: cx / EMU_PER_POINT, height: cy / EMU_PER_POINT });
            break;
          }
          default:
            throw new Unsupported(`run content ${String(name)}`);
        }
      }
    };
    const readInline = (items: readonly XmlNode[]) => {
      for (const item of items) {
        const name = nameOf(item);
        switch (name) {
          case 'w:pPr':
          case 'w:bookmarkEnd':
          case 'w:proofErr':
          case 'w:permStart':
          case 'w:permEnd':
            break;
          case 'w:r':
            readRun(item);
            break;
          case 'w:hyperlink':
            readInline(childrenOf(item));
            break;
          case 'w:bookmarkStart':
            pieces.push({ kind: 'bookmark', name: String(attributesOf(item)['w:name']) });
            break;
          default:
            throw new Unsupported(`paragraph content ${String(name)}`);
        }
      }
    };
    readInline(children);
    const sectPr = find(pPr, 'w:sectPr');
    const showsPageNumber = pieces.some((piece) => piece.kind === 'page-ref');
    return { paragraph: { type: 'paragraph', format, pieces, markFont, showsPageNumber, borderRoom }, ...(sectPr ? { section: readSection(sectPr) } : {}) };
  };

  const readTable = (node: XmlNode): Block => {
    const children = childrenOf(node);
    const tblPr = childrenOf(find(children, 'w:tblPr'));
    for (const property of tblPr) if (!TABLE_PROPERTIES.has(nameOf(property)!)) throw new Unsupported(`table property ${String(nameOf(property))}`);
    if (attributesOf(find(tblPr, 'w:tblLayout'))['w:type'] !== 'fixed') throw new Unsupported('a table sized to its content');
    const grid = childrenOf(find(children, 'w:tblGrid')).map((col) => twips(attributesOf(col)['w:w']));
    const borders = childrenOf(find(tblPr, 'w:tblBorders'));
    const borderRoom = (name: string) => roomOfBorder(find(borders, name));
    const tableMargins = marginsOf(childrenOf(find(tblPr, 'w:tblCellMar')), { top: 0, bottom: 0, left: 108 / 20, right: 108 / 20 });
    const rows = children.filter((child) => nameOf(child) === 'w:tr');
    const top = borderRoom('w:top');
    const bottom = borderRoom('w:bottom');
    const insideH = borderRoom('w:insideH');
    const read: Row[] = rows.map((row, index) => {
      const rowChildren = childrenOf(row);
      const trPr = childrenOf(find(rowChildren, 'w:trPr'));
      for (const property of trPr) if (!ROW_PROPERTIES.has(nameOf(property)!)) throw new Unsupported(`row property ${String(nameOf(property))}`);
      let column = 0;
      const cells: Cell[] = [];
      for (const cell of rowChildren) {
        const name = nameOf(cell);
        if (name === 'w:trPr') continue;
        if (name !== 'w:tc') throw new Unsupported(`row content ${String(name)}`);
        let span = 1;
        let margins = tableMargins;
        const contents: XmlNode[] = [];
        for (const part of childrenOf(cell)) {
          if (nameOf(part) !== 'w:tcPr') {
            contents.push(part);
            continue;
          }
          for (const property of childrenOf(part)) {
            const propertyName = nameOf(property);
            if (propertyName === 'w:gridSpan') span = numberAttribute(property, 'w:val') ?? 1;
            else if (propertyName === 'w:tcMar') margins = marginsOf(childrenOf(property), tableMargins);
            else if (!CELL_PROPERTIES.has(propertyName!)) throw new Unsupported(`cell property ${String(propertyName)}`);
          }
        }
        let width = 0;
        for (let at = column; at < column + span; at++) width += grid[at] ?? 0;
        column += span;
        const blocks = readBlocks(contents, 'cell')[0]!.blocks;
        cells.push({ width: width - margins.left - margins.right, marginTop: margins.top, marginBottom: margins.bottom, blocks });
      }
      return {
        cells,
        header: isOn(find(trPr, 'w:tblHeader')) ?? false,
        cantSplit: isOn(find(trPr, 'w:cantSplit')) ?? false,
        borderTop: index === 0 ? top : insideH,
        borderBottom: index === rows.length - 1 ? bottom : 0,
        markers: cells.flatMap((cell) => cell.blocks.flatMap(markersOf)),
      };
    });
    return { type: 'table', rows: read, breakBorder: bottom };
  };

  /** The blocks of a body, cell, header or footer, split into sections where a paragraph of the body ends one. */
  const readBlocks = (nodes: readonly XmlNode[], where: 'body' | 'cell' | 'part'): { blocks: Block[]; page?: PageFrame }[] => {
    const sections: { blocks: Block[]; page?: PageFrame }[] = [{ blocks: [] }];
    const pending: Piece[] = [];
    const walk = (items: readonly XmlNode[]) => {
      for (const item of items) {
        const name = nameOf(item);
        if (name === 'w:p') {
          const { paragraph, section } = readParagraph(item, pending, where === 'part');
          sections.at(-1)!.blocks.push(paragraph);
          if (section) {
            if (where !== 'body') throw new Unsupported('a section break outside the body');
            sections.at(-1)!.page = section;
            sections.push({ blocks: [] });
          }
        } else if (name === 'w:tbl') sections.at(-1)!.blocks.push(readTable(item));
        else if (name === 'w:sdt') walk(childrenOf(find(childrenOf(item), 'w:sdtContent')));
        else if (name === 'w:bookmarkStart') pending.push({ kind: 'bookmark', name: String(attributesOf(item)['w:name']) });
        else if (name === 'w:sectPr' && where === 'body') sections.at(-1)!.page = readSection(item);
        else if (name === 'w:bookmarkEnd' || name === 'w:sdtPr' || name === 'w:proofErr') continue;
        else throw new Unsupported(`block ${String(name)}`);
      }
    };
    walk(nodes);
    if (pending.length > 0) throw new Unsupported('a bookmark after the last paragraph');
    return sections;
  };

  return {
    /** The body's sections, each with the page its section properties give. */
    body(body: XmlNode): Section[] {
      fields = [];
      const read = readBlocks(childrenOf(body), 'body').filter((s) => s.blocks.length > 0 || s.page);
      if (fields.length > 0) throw new Unsupported('a field that does not end');
      return read.map((s) => {
        if (!s.page) throw new Unsupported('a section without its page');
        return { page: s.page, blocks: s.blocks };
      });
    },
    /** A header's or footer's blocks. */
    part(part: XmlNode): Block[] {
      fields = [];
      return readBlocks(childrenOf(part), 'part')[0]!.blocks;
    },
  };
}

function markersOf(block: Block): string[] {
  if (block.type === 'table') return block.rows.flatMap((row) => row.markers);
  const names: string[] = [];
  for (const piece of block.pieces) if (piece.kind === 'bookmark') names.push(piece.name);
  return names;
}

const SECTION_PROPERTIES = new Set(['w:headerReference', 'w:footerReference', 'w:pgSz', 'w:pgMar', 'w:pgNumType', 'w:titlePg', 'w:docGrid', 'w:cols', 'w:type', 'w:formProt', 'w:lnNumType', 'w:footnotePr', 'w:endnotePr']);

function readSection(sectPr: XmlNode): PageFrame {
  const children = childrenOf(sectPr);
  for (const property of children) if (!SECTION_PROPERTIES.has(nameOf(property)!)) throw new Unsupported(`section property ${String(nameOf(property))}`);
  const type = attributesOf(find(children, 'w:type'))['w:val'];
  if (type !== undefined && type !== 'nextPage') throw new Unsupported(`a ${String(type)} section break`);
  if ((numberAttribute(find(children, 'w:cols'), 'w:num') ?? 1) > 1) throw new Unsupported('columns');
  if (attributesOf(find(children, 'w:pgNumType'))['w:start'] !== undefined) throw new Unsupported('page numbers that start again');
  const size = attributesOf(find(children, 'w:pgSz'));
  const margin = attributesOf(find(children, 'w:pgMar'));
  const grid = attributesOf(find(children, 'w:docGrid'));
  if (grid['w:type'] !== undefined && grid['w:type'] !== 'default') throw new Unsupported('a document grid');
  if (Number(margin['w:gutter'] ?? 0) !== 0) throw new Unsupported('a gutter');
  const references = (name: string): PartReferences => {
    const found: Record<string, string> = {};
    for (const child of children) if (nameOf(child) === name) found[String(attributesOf(child)['w:type'] ?? 'default')] = String(attributesOf(child)['r:id']);
    return found;
  };
  return {
    width: twips(size['w:w'], 612),
    height: twips(size['w:h'], 792),
    top: Math.abs(twips(margin['w:top'], 72)),
    bottom: Math.abs(twips(margin['w:bottom'], 72)),
    left: twips(margin['w:left'], 72),
    right: twips(margin['w:right'], 72),
    headerDistance: twips(margin['w:header'], 36),
    footerDistance: twips(margin['w:footer'], 36),
    titlePage: isOn(find(children, 'w:titlePg')) ?? false,
    headers: references('w:headerReference'),
    footers: references('w:footerReference'),
  };
}

function marginsOf(children: readonly XmlNode[], fallback: { top: number; bottom: number; left: number; right: number }) {
  const side = (names: string[], value: number) => {
    for (const name of names) {
      const node = find(children, name);
      if (node) {
        const a = attributesOf(node);
        if (a['w:type'] !== undefined && a['w:type'] !== 'dxa') throw new Unsupported('a cell margin not in twips');
        return twips(a['w:w']);
      }
    }
    return value;
  };
  return {
    top: side(['w:top'], fallback.top),
    bottom: side(['w:bottom'], fallback.bottom),
    left: side(['w:left', 'w:start'], fallback.left),
    right: side(['w:right', 'w:end'], fallback.right),
  };
}

/** The room a table border takes, in points: a single line's width; no other style is followed. */
function roomOfBorder(node: XmlNode | undefined): number {
  if (!node) return 0;
  const a = attributesOf(node);
  const style = a['w:val'];
  if (style === 'none' || style === 'nil' || style === undefined) return 0;
  if (style !== 'single') throw new Unsupported(`a ${String(style)} table border`);
  return Number(a['w:sz'] ?? 4) / 8 + Number(a['w:space'] ?? 0);
}
