// For the tests of the mark of another language: what word/document.xml holds
// around a marked text, read with plain string matching, as the tests read the
// rest of the file.

const xmlEscaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pattern = (text: string) => xmlEscaped(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` is a run of its own in `lang` (e.g. es-ES), followed straight away by the grey italic `mark`, e.g. "(em espanhol)". */
export function hasMarkedRun(document: string, text: string, lang: string, mark: string): boolean {
  return new RegExp(
    `<w:lang w:val="${lang}"/></w:rPr><w:t xml:space="preserve">${pattern(text)}</w:t></w:r><w:r><w:rPr>(?:(?!</w:rPr>).)*<w:i/>(?:(?!</w:rPr>).)*</w:rPr><w:t xml:space="preserve"> ${pattern(mark)}</w:t>`,
  ).test(document);
}

const paragraphs = (xml: string) => xml.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
/** A paragraph's or a row's text: its runs joined, its paragraphs by a space. */
export const textOfXml = (xml: string) => (paragraphs(xml).length ? paragraphs(xml) : [xml]).map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join(' ');

/** The text of every Title and Heading paragraph. */
export const headingTexts = (document: string) => paragraphs(document).filter((p) => /<w:pStyle w:val="(Title|Heading\d)"\/>/.test(p)).map(textOfXml);

/** The text of every table's header row (the row repeated on each page). */
export const headerRowTexts = (document: string) => (document.match(/<w:tr[ >].*?<\/w:tr>/g) ?? []).filter((row) => row.includes('<w:tblHeader/>')).map(textOfXml);
