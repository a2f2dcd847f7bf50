import { Document, Packer, Paragraph, Tab, TableOfContents, TextRun, HeadingLevel, type EstimatedPageNumbers, type IContext, type IXmlableObject } from 'docx';
import { estimatePageNumbers, layoutDocument } from 'docx/layout';
import { labelsFor } from '../../../locales/labels';
import type { Lang } from '../../i18n/langs';
import { sampleProgramme } from '../../sample/programme';
import { SAMPLE_UCAP_PAIRING, sampleUcapContent } from '../../ucap/sample';
import type { UcapContent } from '../../ucap/content';
import { createDocument } from '../base';
import { textParagraphs } from '../text';
import { tinyPhoto } from '../test-photo';
import { buildUcapDocument } from '../ucap';
import { estimatePonteNumbers, estimateSections, partsOf } from './estimate';
import { Unsupported } from './model';
import type { Pagination } from './paginate';

// docx/layout lays pages out as Word does, and is the reference here: on every
// kind of page Ponte writes, this estimate must put the same lines and rows on
// each page and every heading on the same page, or hand the document over.

const SLOW = 120_000;
const pairing = sampleProgramme().find((b) => b.pairing.id === SAMPLE_UCAP_PAIRING)!.pairing;

/** The sample plan with its actions repeated, each with a longer description and its own dates: tens of pages. */
function longerPlan(times: number): UcapContent {
  const base = sampleUcapContent();
  const long = 'Talleres con la junta de acción comunal y los vecinos para decidir usos, diseño y normas del espacio; arbolado y drenaje sostenible (2026-2027). '.repeat(3);
  const actions = Array.from({ length: times }, (_, copy) =>
    base.actions.map((a) => ({ ...a, id: `${a.id}-${copy}`, order: copy * 100 + a.order, title: { ...a.title, es: `${a.title.es ?? ''} ${copy + 1}` }, description: { es: long, pt: long, en: long } })),
  ).flat();
  return { ...base, actions };
}

type Probe = { fast: Pagination | undefined; reference: EstimatedPageNumbers; fastPages: Map<number, number> };

/** Both estimates of the document's body as docx writes it, and the lines and rows the fast one puts on each page. */
async function probe(doc: Document): Promise<Probe> {
  const body = (doc as unknown as { Document: { View: { Body: { pageNumbers: unknown } } } }).Document.View.Body;
  let result: Probe | undefined;
  body.pageNumbers = Object.assign((xml: IXmlableObject, context: IContext) => {
    const fastPages = new Map<number, number>();
    const fast = estimateSections(partsOf(structuredClone(xml) as never, context), (page) => fastPages.set(page, (fastPages.get(page) ?? 0) + 1));
    const reference = estimatePageNumbers(xml, context);
    result = { fast, reference, fastPages };
    return reference;
  }, {});
  await Packer.toBuffer(doc);
  return result!;
}

/** The lines and rows docx/layout puts on each page. */
function referencePages(doc: Document): Map<number, number> {
  const pages = new Map<number, number>();
  layoutDocument(doc).pages.forEach((page, index) => {
    let count = 0;
    for (const block of page.body) count += block.type === 'paragraph' ? block.lines.length : block.rows.length;
    pages.set(index + 1, count);
  });
  return pages;
}

function expectSame({ fast, reference }: Probe) {
  expect(fast, 'the fast estimate settles').toBeDefined();
  expect(Object.fromEntries([...fast!.bookmarks].map(([name, page]) => [name, String(page)]))).toEqual(Object.fromEntries(reference.bookmarks));
  expect(fast!.pageCount).toBe(reference.pageCount);
  expect(fast!.sectionPageCounts).toEqual(reference.sectionPageCounts);
}

describe('the fast page estimate', () => {
  it.each(['es', 'pt', 'en'] as Lang[])('gives every heading of the sample plan and of a forty-page plan in %s the page docx/layout gives it, with the same lines on each page', async (lang) => {
    for (const content of [sampleUcapContent(), longerPlan(8)]) {
      const build = () => buildUcapDocument({ pairing, content }, { lang, t: labelsFor(lang), today: '2026-11-24' });
      const result = await probe(build());
      expectSame(result);
      expect(result.reference.bookmarks.size).toBeGreaterThan(20);
      expect(Object.fromEntries(result.fastPages)).toEqual(Object.fromEntries(referencePages(build())));
    }
  }, SLOW);

  it('lays out photos as docx/layout does: wide and tall ones, with and without captions', async () => {
    const photos = [
      tinyPhoto({ width: 4000, height: 3000, caption: 'Solar junto al caño' }),
      tinyPhoto({ width: 1200, height: 2400, caption: '' }),
      tinyPhoto({ width: 800, height: 600, caption: 'Taller con la junta de acción comunal de El Espinal, segunda sesión' }),
    ];
    const build = () => buildUcapDocument({ pairing, content: sampleUcapContent(), photos: [...photos, ...photos, ...photos] }, { lang: 'es', t: labelsFor('es'), today: '2026-11-24' });
    const result = await probe(build());
    expectSame(result);
    expect(Object.fromEntries(result.fastPages)).toEqual(Object.fromEntries(referencePages(build())));
  }, SLOW);
});

describe('the fast estimate and docx/layout on one document', () => {
  const capture = async (doc: Document) => {
    const body = (doc as unknown as { Document: { View: { Body: { pageNumbers: unknown } } } }).Document.View.Body;
    let parts: ReturnType<typeof partsOf> | undefined;
    let chosen: EstimatedPageNumbers | undefined;
    let reference: EstimatedPageNumbers | undefined;
    body.pageNumbers = Object.assign((xml: IXmlableObject, context: IContext) => {
      parts = partsOf(structuredClone(xml) as never, context);
      chosen = estimatePonteNumbers(structuredClone(xml), context);
      reference = estimatePageNumbers(xml, context);
      return reference;
    }, {});
    await Packer.toBuffer(doc);
    return { parts: parts!, chosen: chosen!, reference: reference! };
  };
  const withContents = (children: Paragraph[], headerText = 'Cartagena de Indias – Málaga · UCAP') =>
    createDocument({ lang: 'es', title: 'Plan', headerText, t: labelsFor('es'), toc: true, children: [new TableOfContents('Índice', { hyperlink: true, headingStyleRange: '1-2' }), ...children] });
  const filler = (n: number) => Array.from({ length: n }, (_, i) => new Paragraph({ children: [new TextRun(`Párrafo ${i}: talleres con los vecinos para decidir usos y normas del espacio.`)] }));

  it.each([
    ['text in another font', [new Paragraph({ children: [new TextRun({ text: 'Título', font: 'Times New Roman' })] })]],
    ['Arabic text', [new Paragraph({ children: [new TextRun('تعاون حضري')] })]],
    ['small capitals', [new Paragraph({ children: [new TextRun({ text: 'Plan', smallCaps: true })] })]],
    ['a character Arial draws from another font', [new Paragraph({ children: [new TextRun('Fase ◦ uno')] })]],
  ])('%s: the estimate throws, and the document gets docx/layout’s numbers', async (_, extra) => {
    const doc = withContents([new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Uno')] }), ...extra, ...filler(70), new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Dos')] })]);
    const { parts, chosen, reference } = await capture(doc);
    expect(() => estimateSections(parts)).toThrow(Unsupported);
    expect(chosen.bookmarks).toEqual(reference.bookmarks);
    expect(reference.bookmarks.size).toBe(2);
    expect(Number([...reference.bookmarks.values()][1])).toBeGreaterThan(1);
  }, SLOW);

  it('a header too tall for its margin moves the body down: the document gets docx/layout’s numbers', async () => {
    const long = 'Programa de Cooperación Internacional Urbana y Regional, Cartagena de Indias (Colombia) y Málaga (España), plan de acción '.repeat(3);
    const doc = withContents([new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Uno')] }), ...filler(120), new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Dos')] })], long);
    const { parts, chosen, reference } = await capture(doc);
    expect(() => estimateSections(parts)).toThrow(/header taller/);
    expect(chosen.bookmarks).toEqual(reference.bookmarks);
  }, SLOW);

  it('a plain document of Ponte’s is estimated here, and gives the same numbers as docx/layout', async () => {
    const doc = withContents([new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Uno')] }), ...filler(120), new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Dos – co-financiación 2026-2027')] })]);
    const { parts, chosen, reference } = await capture(doc);
    expect(estimateSections(parts)).toBeDefined();
    expect(chosen.bookmarks).toEqual(reference.bookmarks);
    expect(chosen.pageCount).toBe(reference.pageCount);
  }, SLOW);

  it('breaks as docx/layout does a bullet that starts with a word longer than its line, dashes, and tabs inside a line', async () => {
    const url = 'https://www.openstreetmap.org/search?query=Lagunillas%20M%C3%A1laga%20Espa%C3%B1a%20centro%20hist%C3%B3rico%20y%20puerto';
    const text = [
      `- ${url} talleres con los vecinos`,
      `- arbolado y drenaje sostenible ${url}`,
      'Co-financiación 2026-2027 del punto de encuentro—con la junta—y los vecinos de El Espinal, 1.300.000 COP.',
      'Fase\tuno: diagnóstico\tparticipativo con la junta de acción comunal.',
    ].join('\n');
    const body = Array.from({ length: 14 }, (_, i) => [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Parte ${i + 1}`)] }), ...textParagraphs(`${text}\n\n${text}`)]).flat();
    const { parts, chosen, reference } = await capture(withContents(body));
    expect(estimateSections(parts)).toBeDefined();
    expect(chosen.bookmarks).toEqual(reference.bookmarks);
    expect(chosen.pageCount).toBe(reference.pageCount);
  }, SLOW);

  it('moves a tab to the next line with the word after it, when the word does not fit after the tab', async () => {
    // A tab after one to forty words: somewhere it falls near the end of a line, where the word after it no longer fits.
    const tabbed = Array.from({ length: 40 }, (_, n) => new Paragraph({ children: [new TextRun({ children: [`${'talleres '.repeat(n + 1)}vecinos`, new Tab(), 'participativo'] })] }));
    const body = Array.from({ length: 4 }, (_, i) => [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Parte ${i + 1}`)] }), ...tabbed]).flat();
    const { parts, chosen, reference } = await capture(withContents(body));
    expect(estimateSections(parts)).toBeDefined();
    expect(chosen.bookmarks).toEqual(reference.bookmarks);
    expect(chosen.pageCount).toBe(reference.pageCount);
  }, SLOW);
});
