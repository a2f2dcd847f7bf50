import { Unsupported, type Font, type LineSpacing, type ParagraphFormat, type TabStop } from './model';
import { lastOf, mergedAttributes, readStyles } from './styles';
import { attributesOf, childrenOf, find, isOn, nameOf, numberAttribute, type XmlNode } from './xml';

// A paragraph's and a run's formatting from their properties and the document's
// styles, for the properties whose effect on the layout is followed. Anything
// else throws Unsupported, and docx/layout lays the document out instead.

const TWIPS = 20;
export const twips = (value: unknown, fallback = 0): number => {
  const n = Number(value);
  return Number.isFinite(n) && value !== undefined && value !== null && value !== '' ? n / TWIPS : fallback;
};

/** Run properties that do not change how wide or tall text is. */
const NEUTRAL_RUN = new Set([
  'w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:sz', 'w:szCs', 'w:color', 'w:u', 'w:lang', 'w:noProof', 'w:shd', 'w:highlight',
  'w:strike', 'w:dstrike', 'w:rtl', 'w:cs', 'w:webHidden',
]);
/** Run properties that change it only when not at their neutral value. */
const NEUTRAL_VALUES: Record<string, (value: unknown) => boolean> = {
  'w:vertAlign': (value) => value === 'baseline',
  'w:spacing': (value) => Number(value) === 0,
  'w:position': (value) => Number(value) === 0,
  'w:w': (value) => Number(value) === 100,
  'w:kern': (value) => Number(value) === 0,
  'w:em': (value) => value === 'none',
};
/** Run properties that are off unless on: caps, hidden text. */
const OFF_RUN = new Set(['w:caps', 'w:smallCaps', 'w:vanish', 'w:specVanish', 'w:outline', 'w:shadow', 'w:emboss', 'w:imprint']);

/** Paragraph properties the layout follows, or that do not move its text. */
const PARAGRAPH_PROPERTIES = new Set([
  'w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:widowControl', 'w:numPr', 'w:spacing', 'w:ind', 'w:jc', 'w:tabs',
  'w:outlineLvl', 'w:rPr', 'w:sectPr', 'w:shd', 'w:suppressLineNumbers', 'w:contextualSpacing', 'w:pBdr', 'w:bidi',
]);

export type ListLevel = { text: string; left: number; hanging: number; font: XmlNode[] };
export type Numbering = (numId: string, level: number) => ListLevel | undefined;

export type Formatting = {
  readonly format: ParagraphFormat;
  readonly markFont: Font;
  readonly listLevel?: { text: string; font: Font };
  /** What the paragraph's borders add to its height: only read in headers and footers. */
  readonly borderRoom: number;
  /** The run font of given run properties in this paragraph. */
  runFont(rPr: readonly XmlNode[]): Font;
};

/**
 * The formatting of paragraphs and runs of one document, each distinct set of
 * properties resolved once: a hundred-page plan has thousands of paragraphs
 * and a few dozen sets.
 */
export function createFormatting(styles: XmlNode, numbering: Numbering, defaultTab: number) {
  const sheet = readStyles(styles);
  const fonts = new Map<string, Font>();
  const fontOf = (size: number, bold: boolean, italic: boolean): Font => {
    const key = `${size}|${bold}|${italic}`;
    let font = fonts.get(key);
    if (!font) fonts.set(key, (font = { size, bold, italic }));
    return font;
  };
  const runFont = (layers: readonly (readonly XmlNode[])[]): Font => {
    for (const layer of layers) {
      for (const property of layer) {
        const name = nameOf(property)!;
        if (NEUTRAL_RUN.has(name)) continue;
        const neutral = NEUTRAL_VALUES[name];
        if (neutral ? !neutral(attributesOf(property)['w:val']) : !OFF_RUN.has(name) || isOn(property)) throw new Unsupported(`run property ${name}`);
      }
    }
    const faces = mergedAttributes(layers, 'w:rFonts');
    for (const key of ['w:asciiTheme', 'w:hAnsiTheme']) if (faces[key] !== undefined) throw new Unsupported('a theme font');
    for (const key of ['w:ascii', 'w:hAnsi']) if (faces[key] !== undefined && faces[key] !== 'Arial') throw new Unsupported(`font ${String(faces[key])}`);
    const size = numberAttribute(lastOf(layers, 'w:sz'), 'w:val') ?? 20;
    return fontOf(size / 2, isOn(lastOf(layers, 'w:b')) ?? false, isOn(lastOf(layers, 'w:i')) ?? false);
  };

  const resolve = (pPr: readonly XmlNode[], inPart: boolean): Formatting => {
    for (const property of pPr) {
      const name = nameOf(property)!;
      if (!PARAGRAPH_PROPERTIES.has(name) || (name === 'w:pBdr' && !inPart) || (name === 'w:bidi' && isOn(property))) throw new Unsupported(`paragraph property ${name}`);
    }
    const styleId = attributesOf(find(pPr, 'w:pStyle'))['w:val'];
    const layers = sheet.paragraphLayers(styleId === undefined ? undefined : String(styleId));
    const pLayers = [...layers.pPr, pPr];
    if (!inPart && lastOf(layers.pPr, 'w:pBdr')) throw new Unsupported('paragraph borders');
    const numPr = childrenOf(lastOf(pLayers, 'w:numPr'));
    const numId = attributesOf(find(numPr, 'w:numId'))['w:val'];
    const level = numberAttribute(find(numPr, 'w:ilvl'), 'w:val') ?? 0;
    const listed = numId !== undefined && String(numId) !== '0';
    const listLevel = listed ? numbering(String(numId), level) : undefined;
    if (listed && !listLevel) throw new Unsupported('a list whose levels are not read');
    const spacing = mergedAttributes(pLayers, 'w:spacing');
    for (const key of ['w:beforeAutospacing', 'w:afterAutospacing', 'w:beforeLines', 'w:afterLines']) if (spacing[key] !== undefined) throw new Unsupported('automatic paragraph spacing');
    const ind: Record<string, unknown> = { ...(listLevel ? { 'w:left': listLevel.left * TWIPS, 'w:hanging': listLevel.hanging * TWIPS } : {}), ...mergedAttributes(pLayers, 'w:ind') };
    for (const key of ['w:leftChars', 'w:rightChars', 'w:hangingChars', 'w:firstLineChars']) if (ind[key] !== undefined) throw new Unsupported('indents in characters');
    const lineRule = spacing['w:lineRule'] ?? 'auto';
    const line = spacing['w:line'];
    const lineSpacing: LineSpacing =
      line === undefined ? { rule: 'multiple', multiple: 1 } : lineRule === 'auto' ? { rule: 'multiple', multiple: Number(line) / 240 } : { rule: lineRule === 'exact' ? 'exact' : 'atLeast', height: twips(line) };
    const tabs: TabStop[] = [];
    for (const layer of pLayers) {
      for (const tab of childrenOf(find(layer, 'w:tabs'))) {
        const a = attributesOf(tab);
        const position = twips(a['w:pos']);
        const at = tabs.findIndex((t) => Math.abs(t.position - position) < 0.01);
        if (at >= 0) tabs.splice(at, 1);
        if (a['w:val'] === 'clear') continue;
        const align = a['w:val'] === 'right' || a['w:val'] === 'end' ? 'right' : a['w:val'] === 'center' ? 'center' : a['w:val'] === 'left' || a['w:val'] === 'start' ? 'left' : undefined;
        if (!align) throw new Unsupported(`a ${String(a['w:val'])} tab stop`);
        tabs.push({ position, align });
      }
    }
    tabs.sort((x, y) => x.position - y.position);
    const on = (name: string, fallback: boolean) => isOn(lastOf(pLayers, name)) ?? fallback;
    if (on('w:contextualSpacing', false)) throw new Unsupported('contextual spacing');
    const format: ParagraphFormat = {
      spaceBefore: twips(spacing['w:before']),
      spaceAfter: twips(spacing['w:after']),
      lineSpacing,
      left: twips(ind['w:left'] ?? ind['w:start']),
      right: twips(ind['w:right'] ?? ind['w:end']),
      firstLine: ind['w:hanging'] !== undefined ? -twips(ind['w:hanging']) : twips(ind['w:firstLine']),
      keepNext: on('w:keepNext', false),
      keepLines: on('w:keepLines', false),
      widowControl: on('w:widowControl', true),
      pageBreakBefore: on('w:pageBreakBefore', false),
      tabs,
      defaultTab,
    };
    const borders = childrenOf(lastOf(pLayers, 'w:pBdr'));
    let borderRoom = 0;
    for (const border of borders) {
      const name = nameOf(border);
      const a = attributesOf(border);
      if (a['w:val'] === 'none' || a['w:val'] === 'nil') continue;
      if ((name !== 'w:top' && name !== 'w:bottom') || a['w:val'] !== 'single') throw new Unsupported(`a paragraph border ${String(name)}`);
      borderRoom += Number(a['w:sz'] ?? 4) / 8 + Number(a['w:space'] ?? 0);
    }
    const runFonts = new Map<string, Font>();
    return {
      format,
      markFont: runFont([...layers.rPr, childrenOf(find(pPr, 'w:rPr'))]),
      ...(listLevel ? { listLevel: { text: listLevel.text, font: runFont([...layers.rPr, listLevel.font]) } } : {}),
      borderRoom,
      runFont(rPr) {
        const key = rPr.length === 0 ? '' : keyOf(rPr);
        let font = runFonts.get(key);
        if (!font) {
          const rStyle = attributesOf(find(rPr, 'w:rStyle'))['w:val'];
          font = runFont([...layers.rPr, ...sheet.runLayers(rStyle === undefined ? undefined : String(rStyle)), rPr]);
          runFonts.set(key, font);
        }
        return font;
      },
    };
  };

  const known = new Map<string, Formatting>();
  return {
    /** A paragraph's formatting; borders are read only in headers and footers (`inPart`). */
    paragraph(pPr: readonly XmlNode[], inPart: boolean): Formatting {
      const key = `${inPart ? 'part' : ''}${keyOf(pPr)}`;
      let formatting = known.get(key);
      if (!formatting) known.set(key, (formatting = resolve(pPr, inPart)));
      return formatting;
    },
  };
}

/**
 * A key for a list of properties, the same for the same properties: most are
 * an element with attributes or none, written as their name and values; the
 * rest (tabs, list numbers, section properties) as JSON.
 */
export function keyOf(properties: readonly XmlNode[]): string {
  let key = '';
  for (const property of properties) {
    const name = nameOf(property)!;
    const value = property[name] as { _attr?: Record<string, unknown> } | unknown[] | undefined;
    if (Array.isArray(value)) key += `${name}${JSON.stringify(value)};`;
    else {
      key += name;
      const attributes = value?._attr;
      if (attributes) for (const attribute in attributes) key += ` ${attribute}=${String(attributes[attribute])}`;
      key += ';';
    }
  }
  return key;
}
