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

/** One line as runs, its tabs as real tab stops. */
function lineRuns(line: string, style: RunStyle, breakBefore: boolean): TextRun[] {
  const children = line.split('\t').flatMap((part, i) => (i === 0 ? [part] : [new Tab(), part]));
  return [new TextRun({ ...style, children, ...(breakBefore ? { break: 1 } : {}) })];
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
    if (prose.length) out.push(new Paragraph({ children: textRuns(prose.join('\n'), style) }));
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

/** Each item a bullet; an item's own newlines stay line breaks inside it. */
export function bulletList(items: readonly string[], level = 0): Paragraph[] {
  return items
    .filter((item) => item.trim() !== '')
    .map((item) => new Paragraph({ numbering: { reference: BULLETS, level }, children: textRuns(item) }));
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
export function note(text: string): Paragraph {
  return new Paragraph({ children: textRuns(text, { italics: true, color: COLORS.muted }) });
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

/** "Label: value" on one line, the label bold. */
export function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [...textRuns(`${label}: `, { bold: true }), ...textRuns(value)] });
}

/** A sentence in the warning colour, e.g. that a cooperation runs past the programme's limit. */
export function warning(text: string): Paragraph {
  return new Paragraph({ children: textRuns(text, { bold: true, color: COLORS.warning }) });
}
