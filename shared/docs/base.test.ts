import JSZip from 'jszip';
import mammoth from 'mammoth';
import { labelsFor } from '../../locales/labels';
import { createDocument } from './base';
import { packDocument } from './pack';
import { contentWidth } from './styles';
import { columnWidths, dataTable } from './tables';
import { textWidthTwips } from './text-width';
import { bulletList, cleanText, note, textParagraphs } from './text';

async function open(doc: ReturnType<typeof createDocument>) {
  const bytes = await packDocument(doc);
  const zip = await JSZip.loadAsync(bytes);
  return {
    text: (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value,
    document: await zip.file('word/document.xml')!.async('string'),
    numbering: await zip.file('word/numbering.xml')!.async('string'),
  };
}

describe('document base', () => {
  it('keeps the author’s paragraphs: blank lines split them, single newlines break lines', async () => {
    const paragraphs = textParagraphs('First line\nsame paragraph\n\n\n  \nSecond\r\nline\n\n');
    expect(paragraphs).toHaveLength(2);
    const { text, document } = await open(createDocument({ lang: 'en', title: 'T', headerText: 'H', t: labelsFor('en'), children: paragraphs }));
    expect(text).toBe('T\n\nFirst linesame paragraph\n\nSecondline\n\n');
    expect(document.match(/<w:br\/>/g)).toHaveLength(2);
  });

  it('turns lines typed as list items into Word bullets, keeping the prose around them', async () => {
    const paragraphs = textParagraphs('Pilot project:\n- a participatory plan\n* façades and signs\n• income from recycling\nThen the review.');
    expect(paragraphs).toHaveLength(5);
    const { text, document } = await open(createDocument({ lang: 'es', title: 'T', headerText: 'H', t: labelsFor('es'), children: paragraphs }));
    expect(text).toContain('Pilot project:\n\na participatory plan\n\nfaçades and signs\n\nincome from recycling\n\nThen the review.');
    expect(document.match(/<w:numPr>/g)).toHaveLength(3);
    expect(textParagraphs('-5 °C at night\n2026-03-01')).toHaveLength(1);
  });

  it('drops only what XML cannot hold', () => {
    expect(cleanText('a\u0000b\u0007c\u001Fd\té🙂\r\n')).toBe('abcd\té🙂\n');
    expect(cleanText('lone \uD800 surrogate')).toBe('lone  surrogate');
    expect(textParagraphs('   \n\n\t')).toEqual([]);
  });

  it('makes bullet lists on its own bullet numbering, and grey italic notes', async () => {
    const { text, document, numbering } = await open(
      createDocument({ lang: 'es', title: 'T', headerText: 'H', t: labelsFor('es'), children: [...bulletList(['uno', '', 'dos']), note('aviso')] }),
    );
    expect(text).toContain('uno\n\ndos\n\naviso');
    expect(document.match(/<w:numPr>/g)).toHaveLength(2);
    expect(numbering).toContain('w:val="bullet"');
    expect(document).toMatch(/<w:i\/>.*<w:color w:val="595959"\/>.*aviso/s);
  });

  it('makes full-width tables with a repeated, shaded header row and one paragraph per line in a cell', async () => {
    const table = dataTable(['A', 'B'], [['one\ntwo', 'x']], { weights: [3, 1] });
    const { document } = await open(createDocument({ lang: 'pt', title: 'T', headerText: 'H', t: labelsFor('pt'), children: [table] }));
    const widths = [...document.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(contentWidth(false));
    expect(widths.reduce((a, b) => a + b, 0)).toBeGreaterThan(contentWidth(false) - 5);
    expect(widths[0]).toBeGreaterThan(widths[1]! * 2.9);
    expect(document).toContain('<w:tblHeader/>');
    expect(document).toMatch(/<w:shd [^>]*w:fill="DCE6F2"/);
    expect(document).toMatch(/>one<\/w:t><\/w:r><\/w:p><w:p>.*?>two</s);
  });

  it('turns landscape sections', async () => {
    const { document } = await open(
      createDocument({
        lang: 'en',
        title: 'T',
        headerText: 'H',
        t: labelsFor('en'),
        sections: [{ children: textParagraphs('portrait') }, { children: textParagraphs('wide'), landscape: true }],
      }),
    );
    const sizes = [...document.matchAll(/<w:pgSz ([^>]*)\/>/g)].map((m) => m[1]!);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).not.toContain('landscape');
    expect(sizes[1]).toContain('w:orient="landscape"');
    const [w, h] = [/w:w="(\d+)"/, /w:h="(\d+)"/].map((r) => Number(r.exec(sizes[1]!)![1]));
    expect(w).toBeGreaterThan(h!);
  });

  it('marks right-to-left runs as such, and a paragraph that starts right to left as bidirectional', async () => {
    const paragraphs = textParagraphs('مرحبا بالعالم — visita a Málaga\n\nVisit of שלום עולם to Bogotá');
    const { text, document } = await open(createDocument({ lang: 'en', title: 'T', headerText: 'H', t: labelsFor('en'), children: paragraphs }));
    expect(text).toContain('مرحبا بالعالم — visita a Málaga');
    expect(text).toContain('Visit of שלום עולם to Bogotá');
    // The Arabic and the Hebrew are runs of their own, marked w:rtl; the Latin text around them is not.
    expect(document).toMatch(/<w:r><w:rPr><w:rtl\/><\/w:rPr><w:t xml:space="preserve">مرحبا بالعالم<\/w:t><\/w:r>/);
    expect(document).toMatch(/<w:r><w:rPr><w:rtl\/><\/w:rPr><w:t xml:space="preserve">שלום עולם<\/w:t><\/w:r>/);
    expect(document).toMatch(/<w:r><w:t xml:space="preserve"> — visita a Málaga<\/w:t><\/w:r>/);
    const bidi = (document.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? []).filter((p) => p.includes('<w:bidi/>'));
    expect(bidi).toHaveLength(1);
    expect(bidi[0]).toContain('مرحبا');
  });

  it('sizes columns so no header word splits, taking the room from columns that have more than they need', () => {
    const widths = columnWidths(['#', 'Probabilidade', 'Responsável', 'Descrição do risco e da mitigação'], [['1', 'Alta', 'Secretaria', 'texto']], { weights: [0.2, 0.6, 0.6, 8] });
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(contentWidth(false));
    expect(widths[1]).toBeGreaterThanOrEqual(textWidthTwips('Probabilidade', 19, true) + 200);
    expect(widths[2]).toBeGreaterThanOrEqual(textWidthTwips('Responsável', 19, true) + 200);
    // Taken from the wide last column, which keeps the most.
    expect(widths[3]).toBeGreaterThan(widths[1]! + widths[2]!);
  });
});
