import type { FileChild, Paragraph } from 'docx';
import type { Label, Lang } from '../i18n/langs';
import { pickText, type LocalizedText } from '../text/localized';
import { DOCUMENT_LOCALES } from './styles';
import { note, textParagraphs, type Marked } from './text';

// One way, in every kind of document, of showing text that is not in the
// document's language: the text keeps its own w:lang (Word checks its
// spelling as what it is), and the reader is told which language it is in.
// A short text in a cell or a list is followed by "(en español)"; a long text
// gets a note above it, "Todavía no está escrito en portugués; se muestra en
// español." A field a record keeps in one language only (a role, a note, a
// title; see writtenIn in shared/model/fields.ts) is marked the same way, its
// long texts under "Escrito en español.". Headings, the contents, the timeline
// and table headers get the text alone: a mark there would be repeated in the
// contents and on every page.

type Ctx = { lang: Lang; t: Label };

/** The mark after a short text: "(in Spanish)". */
export function languageMark(shown: Lang, ctx: Ctx): string {
  return ctx.t('doc:otherLanguage.inline', { language: ctx.t(`doc:inLanguage.${shown}`) });
}

/** A short text with its language, marked when it is not the document's; empty text when there is none. */
export function inlineInLanguage(value: LocalizedText | undefined, ctx: Ctx): Marked {
  const picked = pickText(value, ctx.lang);
  if (!picked.lang) return { text: '' };
  if (!picked.fallback) return { text: picked.text };
  return { text: picked.text, lang: DOCUMENT_LOCALES[picked.lang], mark: languageMark(picked.lang, ctx) };
}

/**
 * Codes, symbols and figures ("COP", "m²", "%", "2026") read the same in
 * every language: a text is marked only when it has a word in small letters.
 */
const WORDS = /\p{Ll}{2,}/u;

/** The language a single-language text is in when that is not the document's; null otherwise (records made before writtenIn have none). */
function otherThanDocument(written: Lang | null | undefined, ctx: Ctx): Lang | null {
  return written && written !== ctx.lang ? written : null;
}

/** A text known to be in `written` (a field kept in one language only): marked when that is not the document's. */
export function writtenIn(text: string, written: Lang | null | undefined, ctx: Ctx): Marked {
  const other = otherThanDocument(written, ctx);
  if (!other || !WORDS.test(text)) return { text };
  return { text, lang: DOCUMENT_LOCALES[other], mark: languageMark(other, ctx) };
}

/** The note above long texts kept in `written` when that is not the document's, "Escrito en español."; nothing otherwise. */
export function writtenNote(written: Lang | null | undefined, ctx: Ctx): Paragraph[] {
  const other = otherThanDocument(written, ctx);
  return other ? [note(ctx.t('doc:otherLanguage.written', { language: ctx.t(`doc:inLanguage.${other}`) }))] : [];
}

/** A long text kept in `written`, as the author's paragraphs in that language, without the note (for texts that share one). */
export function writtenParagraphs(text: string, written: Lang | null | undefined, ctx: Ctx): Paragraph[] {
  const other = otherThanDocument(written, ctx);
  return textParagraphs(text, other ? { language: { value: DOCUMENT_LOCALES[other] } } : {});
}

/** A long text kept in `written`: its note when that is not the document's, then its paragraphs; nothing when there is no text. */
export function blockWrittenIn(text: string, written: Lang | null | undefined, ctx: Ctx): Paragraph[] {
  return text.trim() === '' ? [] : [...writtenNote(written, ctx), ...writtenParagraphs(text, written, ctx)];
}

/** The text alone, in whichever language it is: for headings, the contents and the timeline. */
export function plainInLanguage(value: LocalizedText | undefined, lang: Lang): string {
  return pickText(value, lang).text;
}

/** A long text as paragraphs in its own language, after a note when it is not the document's; nothing when there is no text. */
export function blockInLanguage(value: LocalizedText | undefined, ctx: Ctx): FileChild[] {
  const picked = pickText(value, ctx.lang);
  if (!picked.lang) return [];
  const marked = picked.fallback ? [note(ctx.t('doc:otherLanguage.block', { wanted: ctx.t(`doc:inLanguage.${ctx.lang}`), shown: ctx.t(`doc:inLanguage.${picked.lang}`) }))] : [];
  return [...marked, ...textParagraphs(picked.text, { language: { value: DOCUMENT_LOCALES[picked.lang] } })];
}
