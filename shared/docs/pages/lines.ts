import { Unsupported, type Font, type Paragraph, type Piece, type TabStop } from './model';

/** How wide text is in Arial and how tall its lines are, in points. */
export type Measurer = {
  width(text: string, font: Font): number;
  lineHeight(font: Font): number;
  descent(font: Font): number;
};

export type Line = {
  readonly height: number;
  /** What multiple line spacing adds below the text, which may go below the bottom of the page. */
  readonly spacingBelow: number;
  readonly markers: readonly string[];
  readonly pageBreakAfter: boolean;
};

const TOLERANCE = 0.01;
const NO_MARKERS: readonly string[] = [];

// The spaces a line breaks at and hangs past its end (space, en, em and
// four-per-em space), and the dashes after which Word breaks a word in two,
// unless a digit or another hyphen follows ("2026-2027" stays whole), as
// docx/layout's rules have them.
const isSpace = (code: number) => code === 32 || code === 0x2002 || code === 0x2003 || code === 0x2005;
const onlySpaces = (text: string) => {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
};
const isDash = (code: number) => code === 45 || code === 0x2010 || code === 0x2013 || code === 0x2014;
const breaksBefore = (code: number) => !(code >= 48 && code <= 57) && code !== 45 && code !== 0xa0 && code !== 0x202f && code !== 0x2007 && code !== 0x2060 && code !== 0xfeff;

/** A word, or the part of one up to a dash, with the runs it is made of. */
type Box = {
  kind: 'box';
  width: number;
  font: Font | undefined;
  /** Its other fonts, when it spans runs. */
  more?: Font[];
  markers?: string[];
  /** Its text, when it is in one run; `parts` when it spans runs. */
  text: string;
  parts?: { text: string; font: Font }[];
  picture?: number;
};
type Item =
  | Box
  | { kind: 'space'; width: number }
  | { kind: 'tab'; font: Font; separator: boolean }
  | { kind: 'break'; page: boolean; font?: Font }
  | { kind: 'marker'; name: string };

/**
 * The paragraph's items between which a line may break: words (with the parts
 * in other fonts that touch them), the spaces after them, tabs and breaks.
 */
function itemsOf(pieces: readonly Piece[], measure: Measurer, pageRef: (name: string) => string): Item[] {
  const items: Item[] = [];
  let box: Box | undefined;
  const end = () => {
    if (box) items.push(box);
    box = undefined;
  };
  const addWord = (text: string, font: Font) => {
    const width = measure.width(text, font);
    if (!box) {
      box = { kind: 'box', width, font, text };
      return;
    }
    if (box.font === undefined) box.font = font;
    else if (box.font !== font && !box.more?.includes(font)) (box.more ??= []).push(font);
    box.parts ??= box.text === '' ? [] : [{ text: box.text, font: box.font }];
    box.parts.push({ text, font });
    box.width += width;
  };
  // A dash that ends one run breaks before the next run's first character.
  let afterDash = false;
  const addText = (text: string, font: Font) => {
    let start = 0;
    const length = text.length;
    if (afterDash && length > 0 && !isSpace(text.charCodeAt(0)) && breaksBefore(text.charCodeAt(0))) end();
    afterDash = false;
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i);
      if (isSpace(code)) {
        if (i > start) addWord(text.slice(start, i), font);
        end();
        let after = i + 1;
        while (after < length && isSpace(text.charCodeAt(after))) after++;
        items.push({ kind: 'space', width: measure.width(text.slice(i, after), font) });
        i = after - 1;
        start = after;
      } else if (isDash(code)) {
        if (i + 1 === length) afterDash = true;
        else if (!isSpace(text.charCodeAt(i + 1)) && breaksBefore(text.charCodeAt(i + 1))) {
          addWord(text.slice(start, i + 1), font);
          end();
          start = i + 1;
        }
      }
    }
    if (length > start) addWord(start === 0 ? text : text.slice(start), font);
  };
  for (const piece of pieces) {
    if (piece.kind !== 'text' && piece.kind !== 'page-ref' && piece.kind !== 'bookmark') afterDash = false;
    switch (piece.kind) {
      case 'text':
        addText(piece.text, piece.font);
        break;
      case 'page-ref':
        addText(pageRef(piece.name), piece.font);
        break;
      case 'bookmark':
        if (box) (box.markers ??= []).push(piece.name);
        else items.push({ kind: 'marker', name: piece.name });
        break;
      case 'picture':
        end();
        items.push({ kind: 'box', width: piece.width, font: undefined, text: '', picture: piece.height });
        break;
      case 'tab':
        end();
        items.push({ kind: 'tab', font: piece.font, separator: piece.separator === true });
        break;
      case 'line-break':
        end();
        items.push({ kind: 'break', page: false, font: piece.font });
        break;
      case 'page-break':
        end();
        items.push({ kind: 'break', page: true });
        break;
    }
  }
  end();
  return items;
}

/**
 * A paragraph's lines in the width of its column (its indents are taken off
 * here), broken as Word breaks Latin text: at spaces, which hang past the end
 * of the line, after dashes inside a word, and inside a word only when it is
 * wider than the line. A line is as tall as the tallest text on it (the
 * paragraph mark counts only on a line with nothing else), times the line
 * spacing.
 */
export function breakLines(paragraph: Paragraph, width: number, measure: Measurer, pageRef: (name: string) => string): Line[] {
  const { format } = paragraph;
  const lineEnd = width - format.right;
  const oneLine = wholeOnOneLine(paragraph, lineEnd - format.left - format.firstLine, measure, pageRef);
  if (oneLine) return [lineOf(oneLine.fonts, 0, oneLine.markers, false, paragraph, measure)];
  const items = itemsOf(paragraph.pieces, measure, pageRef);
  const lines: Line[] = [];
  let first = true;
  let x = format.left + format.firstLine;
  let started = false;
  let fonts: Font[] = [];
  let pictureHeight = 0;
  let markers: string[] | undefined;
  let pendingSpace = 0;
  /** Whether the line holds only tabs, or a list's bullet and the tab after it: a word that does not fit stays on it, broken. */
  let tabsOnly = false;
  const addFont = (font: Font) => {
    if (!fonts.includes(font)) fonts.push(font);
  };
  const finish = (pageBreakAfter: boolean) => {
    lines.push(lineOf(fonts, pictureHeight, markers ?? NO_MARKERS, pageBreakAfter, paragraph, measure));
    first = false;
    x = format.left;
    started = false;
    fonts = [];
    pictureHeight = 0;
    markers = undefined;
    pendingSpace = 0;
    tabsOnly = false;
  };
  const place = (box: Box) => {
    if (box.font) addFont(box.font);
    if (box.more) for (const font of box.more) addFont(font);
    if (box.picture !== undefined) pictureHeight = Math.max(pictureHeight, box.picture);
    if (box.markers) (markers ??= []).push(...box.markers);
    x += pendingSpace + box.width;
    pendingSpace = 0;
    started = true;
    tabsOnly = false;
  };
  const nextTab = (from: number) => {
    const stop = format.tabs.find((tab) => tab.position > from + TOLERANCE);
    // On a first line that hangs, the left indent is a tab stop of its own.
    if (first && format.firstLine < 0 && from + TOLERANCE < format.left && (!stop || stop.position > format.left)) return { position: format.left, align: 'left' as const };
    if (stop) return stop;
    return { position: (Math.floor((from + TOLERANCE) / format.defaultTab) + 1) * format.defaultTab, align: 'left' as const };
  };
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    switch (item.kind) {
      case 'marker':
        (markers ??= []).push(item.name);
        break;
      case 'space':
        pendingSpace += item.width;
        break;
      case 'break':
        if (item.font) addFont(item.font);
        finish(item.page);
        break;
      case 'tab': {
        // What follows a right or centred tab ends at, or is centred on, the stop.
        let following = 0;
        let after: Item | undefined;
        for (let j = i + 1; j < items.length; j++) {
          const next = items[j]!;
          if (next.kind === 'marker') continue;
          after ??= next;
          if (next.kind === 'tab' || next.kind === 'break') break;
          if (next.kind === 'box' || next.kind === 'space') following += next.width;
        }
        const startAt = (stop: TabStop, from: number) => (stop.align === 'left' ? stop.position : Math.max(from, stop.position - (stop.align === 'center' ? following / 2 : following)));
        let stop = nextTab(x + pendingSpace);
        // A tab whose next word does not fit after it on a line of text goes to the next line, with the word.
        if (!item.separator && started && !tabsOnly && after?.kind === 'box' && startAt(stop, x + pendingSpace) + after.width > lineEnd + TOLERANCE) {
          finish(false);
          stop = nextTab(x);
        }
        if (stop.position > lineEnd + TOLERANCE) throw new Unsupported('a tab stop past the end of its line');
        tabsOnly = !started || tabsOnly || item.separator;
        addFont(item.font);
        x = startAt(stop, x + pendingSpace);
        pendingSpace = 0;
        started = true;
        break;
      }
      case 'box':
        if (started && (!tabsOnly || item.picture !== undefined) && x + pendingSpace + item.width > lineEnd + TOLERANCE) finish(false);
        if (item.picture === undefined && x + pendingSpace + item.width > lineEnd + TOLERANCE) splitWide(item, () => lineEnd - x - pendingSpace, measure, place, () => finish(false));
        else place(item);
        break;
    }
  }
  finish(false);
  return lines;
}

/**
 * A line's height: the tallest ascent and deepest descent of the fonts on it
 * (its pictures standing on the baseline), the paragraph mark's font when
 * nothing else is on it, and what the line spacing adds.
 */
function lineOf(fonts: readonly Font[], pictureHeight: number, markers: readonly string[], pageBreakAfter: boolean, paragraph: Paragraph, measure: Measurer): Line {
  const used = fonts.length === 0 && pictureHeight === 0 ? [paragraph.markFont] : fonts;
  let ascent = 0;
  let descent = 0;
  let tallest = 0;
  for (const font of used) {
    const h = measure.lineHeight(font);
    const d = measure.descent(font);
    if (h - d > ascent) ascent = h - d;
    if (d > descent) descent = d;
    if (h > tallest) tallest = h;
  }
  const natural = Math.max(Math.max(pictureHeight, ascent) + descent, tallest);
  const spacing = paragraph.format.lineSpacing;
  if (spacing.rule !== 'multiple') return { height: spacing.rule === 'exact' ? spacing.height : Math.max(natural, spacing.height), spacingBelow: 0, markers, pageBreakAfter };
  const below = (spacing.multiple - 1) * tallest;
  return { height: natural + below, spacingBelow: Math.max(0, below), markers, pageBreakAfter };
}

/**
 * The fonts and bookmarks of a paragraph of text alone (no tabs, breaks or
 * pictures) that is narrower than its line, all of it with its spaces: it is
 * one line, as breaking it word by word would find. Undefined otherwise.
 */
function wholeOnOneLine(paragraph: Paragraph, room: number, measure: Measurer, pageRef: (name: string) => string): { fonts: Font[]; markers: readonly string[] } | undefined {
  let width = 0;
  const fonts: Font[] = [];
  let markers: string[] | undefined;
  for (const piece of paragraph.pieces) {
    let text: string;
    if (piece.kind === 'text') text = piece.text;
    else if (piece.kind === 'page-ref') text = pageRef(piece.name);
    else if (piece.kind === 'bookmark') {
      (markers ??= []).push(piece.name);
      continue;
    } else return undefined;
    width += measure.width(text, piece.font);
    if (width > room + TOLERANCE) return undefined;
    // Spaces alone give a line no height of their own.
    if (!fonts.includes(piece.font) && !onlySpaces(text)) fonts.push(piece.font);
  }
  return { fonts, markers: markers ?? NO_MARKERS };
}

/** A word wider than its line, cut where each line ends. */
function splitWide(box: Box, room: () => number, measure: Measurer, place: (part: Box) => void, wrap: () => void) {
  let part: Box = { kind: 'box', width: 0, font: undefined, text: '', ...(box.markers ? { markers: box.markers } : {}) };
  for (const { text, font } of box.parts ?? [{ text: box.text, font: box.font! }]) {
    for (const ch of text) {
      const w = measure.width(ch, font);
      if (part.width > 0 && part.width + w > room() + TOLERANCE) {
        place(part);
        wrap();
        part = { kind: 'box', width: 0, font: undefined, text: '' };
      }
      part.width += w;
      if (part.font === undefined) part.font = font;
      else if (part.font !== font && !part.more?.includes(font)) (part.more ??= []).push(font);
    }
  }
  place(part);
}
