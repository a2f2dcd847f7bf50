import { HeadingLevel, Paragraph, Tab, TextRun, type IRunOptions } from 'docx';
import { BULLETS, COLORS } from './styles';

// Everything a user typed reaches the document as plain text runs: docx escapes
// XML, so "<script>" is written as characters, never as markup. What XML cannot
// hold at all (control characters, lone surrogates) is dropped, or Word would
// refuse to open the file.

// eslint-disable-next-line no-control-regex
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The text with Windows and old Mac line ends made "\n", and characters XML cannot hold removed. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(NOT_XML, '');
}

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL = /[\u0590-\u07FF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
/** A stretch of right-to-left letters with the spaces and marks between them, so "שלום עולם" stays one run. */
const RTL_STRETCH = /([\u0590-\u07FF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF](?:[\u0590-\u07FF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\s\d.,:;!?'"()-]*[\u0590-\u07FF\u08A0-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF])?)/u;

/** True when the text's first letter is of a right-to-left script: its paragraph reads right to left. */
export function startsRightToLeft(text: string): boolean {
  const first = /\p{L}/u.exec(text);
  return first ? RTL.test(first[0]) : false;
}

/**
 * One line as runs, its tabs as real tab stops. Right-to-left stretches
 * (Arabic, Hebrew) get runs of their own marked w:rtl, so Word and LibreOffice
 * order and shape them as such inside a left-to-right paragraph.
 */
function lineRuns(line: string, style: RunStyle, breakBefore: boolean): TextRun[] {
  const pieces = RTL.test(line) ? line.split(RTL_STRETCH).filter((p) => p !== '') : [line];
  return pieces.map((piece, i) => {
    const children = piece.split('\t').flatMap((part, j) => (j === 0 ? [part] : [new Tab(), part]));
    const rtl = RTL.test(piece);
    return new TextRun({ ...style, ...(rtl ? { rightToLeft: true } : {}), children, ...(breakBefore && i === 0 ? { break: 1 } : {}) });
  });
}

/**
 * Text in another language than the document's: written with its own w:lang
 * (Word checks its spelling in that language) and followed by a grey, italic
 * mark that names the language, "(en español)". One scheme in every kind; it is
 * kept out of headings, the contents, the timeline and table headers, which get
 * the text alone.
 */
export type Marked = { readonly text: string; readonly lang?: string; readonly mark?: string };

export function markedRuns(value: Marked, style: RunStyle = {}): TextRun[] {
  const own = value.lang ? { ...style, language: { value: value.lang } } : style;
  return [...textRuns(value.text, own), ...(value.mark ? textRuns(` ${value.mark}`, { ...style, italics: true, color: COLORS.muted }) : [])];
}

/**
 * A short text as it reaches a line: plain, marked, or pieces of both, e.g. a
 * name in the document's language then a role in another, "Rocío Martín
 * (Coordinadora) (em espanhol)": each piece keeps its own w:lang and mark.
 */
export type Inline = string | Marked | readonly (string | Marked)[];

export function piecesOf(value: Inline): Marked[] {
  if (typeof value === 'string') return [{ text: value }];
  if ('text' in value) return [value];
  return value.map((piece) => (typeof piece === 'string' ? { text: piece } : piece));
}

/** The text alone, without marks: for a test of blankness, or an image's description. */
export const inlineText = (value: Inline): string => piecesOf(value).map((piece) => piece.text).join('');

/** The texts that are not blank, e.g. the lines of a cell, in their order. */
export const nonBlank = <T extends Inline>(values: readonly T[]): T[] => values.filter((value) => inlineText(value).trim() !== '');

/** Texts one after another with `separator` between them, each keeping its language and mark. */
export const joinInline = (values: readonly Inline[], separator: string): Marked[] => values.flatMap((value, i) => [...(i > 0 ? [{ text: separator }] : []), ...piecesOf(value)]);

export function inlineRuns(value: Inline, style: RunStyle = {}): TextRun[] {
  return piecesOf(value).flatMap((piece) => markedRuns(piece, style));
}

/** Runs for a text whose single newlines become line breaks. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  return cleanText(text)
    .split('\n')
    .flatMap((line, i) => lineRuns(line, style, i > 0));
}

/** A line the author typed as a list item: "- ", "* " or "• " at its start. */
const BULLET_LINE = /^[ \t]*[-*•][ \t]+/;

/**
 * The author's text as paragraphs: a blank line starts a new paragraph, a single
 * newline is a line break inside one, and lines typed as list items ("- ",
 * "* ", "• ") become Word bullets. Blank text gives no paragraph at all.
 */
export function textParagraphs(text: string, style: RunStyle = {}): Paragraph[] {
  return cleanText(text)
    .split(/\n(?:[ \t]*\n)+/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '')
    .flatMap((block) => blockParagraphs(block, style));
}

function blockParagraphs(block: string, style: RunStyle): Paragraph[] {
  const out: Paragraph[] = [];
  let prose: string[] = [];
  const flushProse = () => {
    const text = prose.join('\n');
    if (prose.length) out.push(new Paragraph({ ...(startsRightToLeft(text) ? { bidirectional: true } : {}), children: textRuns(text, style) }));
    prose = [];
  };
  for (const line of block.split('\n')) {
    if (BULLET_LINE.test(line)) {
      flushProse();
      out.push(new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: textRuns(line.replace(BULLET_LINE, ''), style) }));
    } else {
      prose.push(line);
    }
  }
  flushProse();
  return out;
}

/** Each item a bullet; an item's own newlines stay line breaks inside it; an item in another language carries its mark. */
export function bulletList(items: readonly Inline[], level = 0): Paragraph[] {
  return nonBlank(items).map((item) => new Paragraph({ numbering: { reference: BULLETS, level }, children: inlineRuns(item) }));
}

export type HeadingDepth = 1 | 2 | 3;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** A heading in Word's own style; `newPage` starts it on a fresh page. */
export function heading(text: string, depth: HeadingDepth, newPage = false): Paragraph {
  return new Paragraph({ heading: HEADINGS[depth], pageBreakBefore: newPage, children: textRuns(text) });
}

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(text) });
}

/**
 * A remark about the document rather than the pairing, e.g. that a summary is
 * shown in another language: italic and grey, so it reads as an aside.
 */
export function note(text: Inline): Paragraph {
  return new Paragraph({ children: inlineRuns(text, { italics: true, color: COLORS.muted }) });
}

/** A warning the reader must not miss, e.g. a vacant position. */
export function flag(text: string, detail = ''): Paragraph {
  return new Paragraph({
    children: [
      ...textRuns(text, { bold: true, color: COLORS.warning, allCaps: true }),
      ...(detail ? textRuns(` ${detail}`, { color: COLORS.warning }) : []),
    ],
  });
}

/** "Label: value" on one line, the label bold; a value in another language carries its mark. */
export function labelled(label: string, value: Inline): Paragraph {
  return new Paragraph({ children: [...textRuns(`${label}: `, { bold: true }), ...inlineRuns(value)] });
}

/** A sentence in the warning colour, e.g. that a cooperation runs past the programme's limit. */
export function warning(text: string): Paragraph {
  return new Paragraph({ children: textRuns(text, { bold: true, color: COLORS.warning }) });
}
