// How wide a word is in Arial, the font of every Ponte document (LibreOffice
// draws it with Liberation Sans, which has the same widths), so tables can
// give each column room for its longest word. Widths are Arial's advance
// widths in thousandths of an em for the printable ASCII characters, from
// space (32) to tilde (126); a letter with an accent is as wide as its base
// letter, and any other character counts as an average wide letter.

const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

function charWidth(ch: string, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return table[code - 32]!;
  const base = ch.normalize('NFD').charAt(0);
  const baseCode = base.codePointAt(0)!;
  if (base !== ch && baseCode >= 32 && baseCode <= 126) return table[baseCode - 32]!;
  return bold ? 611 : 556;
}

/** The width of a text on one line, in twips, at `halfPoints` (19 is 9.5 pt). */
export function textWidthTwips(text: string, halfPoints: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch, bold);
  // thousandths of an em × size in points × 20 twips a point
  return Math.ceil((em / 1000) * (halfPoints / 2) * 20);
}

/** The widest word of a text, in twips: the least a column needs for no word of it to break. */
export function longestWordTwips(text: string, halfPoints: number, bold = false): number {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .reduce((widest, word) => Math.max(widest, textWidthTwips(word, halfPoints, bold)), 0);
}
