import { AlignmentType, ImageRun, LineRuleType, Paragraph } from 'docx';
import type { DocPhoto } from '../missions/doc-data';
import { COLORS, contentWidth } from './styles';
import { inlineRuns, inlineText, type Inline } from './text';

// Photos as every document shows them: scaled to the page, centred, kept
// with the caption beneath, and described for screen readers.

/** Twips to pixels at 96 dpi, which is what docx's ImageRun sizes are in. */
const TWIPS_PER_PIXEL = 15;
/** Two photos and their captions to a page: about 40% of A4's text height each, and a little narrower than the text. */
const MAX_PHOTO_HEIGHT_PX = 380;
const MAX_PHOTO_WIDTH_SHARE = 0.85;

/** A photo as wide as the text (never enlarged), not taller than most of a page, its caption beneath (marked where it is in another language); its alt text in the document's language. */
export function photoParagraphs(photo: DocPhoto, shownCaption: Inline, alt: string): Paragraph[] {
  const caption = inlineText(shownCaption);
  const maxWidth = Math.floor((contentWidth(false) * MAX_PHOTO_WIDTH_SHARE) / TWIPS_PER_PIXEL);
  const scale = Math.min(1, maxWidth / photo.width, MAX_PHOTO_HEIGHT_PX / photo.height);
  const width = Math.max(1, Math.round(photo.width * scale));
  const height = Math.max(1, Math.round(photo.height * scale));
  return [
    // The body's line spacing would clip a picture to one line in LibreOffice: single, automatic spacing here.
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { after: 60, line: 240, lineRule: LineRuleType.AUTO }, children: [new ImageRun({ type: photo.type, data: photo.data, transformation: { width, height }, altText: { name: alt, description: caption || alt, title: caption || alt } })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: inlineRuns(shownCaption, { italics: true, color: COLORS.muted, size: 19 }) }),
  ];
}

