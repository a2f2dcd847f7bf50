import JSZip from 'jszip';
import { tinyPhoto } from './test-photo';
import mammoth from 'mammoth';
import { labelsFor } from '../../locales/labels';
import type { Lang } from '../i18n/langs';
import { sampleProgramme } from '../sample/programme';
import { SAMPLE_UCAP_PAIRING, sampleUcapContent } from '../ucap/sample';
import { buildUcapDocument, type UcapDocOptions } from './ucap';
import { textWidthTwips } from './text-width';
import { packDocument } from './pack';
import { hasMarkedRun, headerRowTexts, headingTexts } from './test-marks';

// Read back as Word gets it: text through mammoth, XML parts through jszip.

const pairing = sampleProgramme().find((b) => b.pairing.id === SAMPLE_UCAP_PAIRING)!.pairing;

/** Laying the pages out for the contents' page numbers takes seconds on a loaded machine. */
const SLOW = 60_000;

async function exported(lang: Lang, content = sampleUcapContent(), extra: Partial<UcapDocOptions> = {}) {
  const bytes = await packDocument(buildUcapDocument({ pairing, content }, { lang, t: labelsFor(lang), today: '2026-11-24', ...extra }));
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  return { text, xml, document: await xml('word/document.xml'), styles: await xml('word/styles.xml') };
}

/** The contents' entries as written in the file: the text of each TOC paragraph, and the page after its tab. */
function tocEntries(document: string): { title: string; page: string }[] {
  const toc = /<w:sdt>.*?<\/w:sdt>/.exec(document)?.[0] ?? '';
  return (toc.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [])
    .filter((p) => /<w:pStyle w:val="TOC\d"\/>/i.test(p))
    .map((p) => {
      const [title, page] = p.split('<w:tab/>').map((part) => textOf(part).trim());
      return { title: title ?? '', page: page ?? '' };
    });
}

describe('the UCAP document', () => {
  it('has a cover, a TOC field, Heading styles, repeated table headers, the pairing in the header and the language set', async () => {
    const doc = await exported('es');
    expect(doc.text).toContain('Plan de Acción de Cooperación Urbana');
    expect(doc.text).toContain('Cartagena de Indias – Málaga');
    expect(doc.document).toMatch(/<w:instrText[^>]*>TOC [^<]*\\o &quot;1-2&quot;/);
    expect(doc.document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(doc.document).toContain('<w:pStyle w:val="Heading2"/>');
    // Actions, three indicator levels, budget, totals, rates, risks: each table's header row repeats.
    expect(doc.document.match(/<w:tblHeader\/>/g)!.length).toBeGreaterThanOrEqual(8);
    expect(doc.styles).toContain('w:lang w:val="es-ES"');
    expect(doc.xml('word/header1.xml')).resolves.toContain('Cartagena de Indias – Málaga');
    expect(doc.text).not.toContain('r.martin@malaga.example');
  }, SLOW);

  it('asks Word to update the contents on open, and writes their page numbers already', async () => {
    const doc = await exported('es');
    expect(await doc.xml('word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(true|1)")?\/>/);
    // The contents' entries as written: each heading, then its page, worked out from the layout.
    const entries = tocEntries(doc.document);
    expect(entries.map((e) => e.title)).toEqual(expect.arrayContaining(['Contexto y retos compartidos', 'Cronograma', 'Presupuesto', 'Continuidad y sostenibilidad']));
    expect(entries.every((e) => /^\d+$/.test(e.page))).toBe(true);
    const pages = entries.map((e) => Number(e.page));
    // The cover is page 1 and the contents page 2: the first section starts on page 3, and pages only grow.
    expect(pages[0]).toBe(3);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  }, SLOW);

  it('can leave the page numbers to Word, still asking it to update them on open', async () => {
    const doc = await exported('en', sampleUcapContent(), { layoutPages: false });
    expect(await doc.xml('word/settings.xml')).toMatch(/<w:updateFields(?: w:val="(true|1)")?\/>/);
    expect(doc.document).toMatch(/<w:instrText[^>]*>TOC /);
    expect(tocEntries(doc.document).filter((e) => /^\d+$/.test(e.page))).toEqual([]);
  }, SLOW);

  it('has a real cover: programme, both sides with their leads, each agreement or pending, version, who and when; no running header on it', async () => {
    const doc = await exported('es');
    // The cover's section ends with the paragraph that holds its section properties.
    const cover = doc.document.slice(0, doc.document.indexOf('</w:p>', doc.document.indexOf('</w:sectPr>')) + '</w:p>'.length);
    const text = textOf(cover);
    expect(text).toContain('Cooperación Internacional Urbana y Regional (IURC)');
    expect(text).toContain('Cartagena de Indias (Colombia), socio líder');
    expect(text).toContain('Málaga (España), socio líder');
    // The sample has Málaga's agreement only: the cover names who gave it, and says Cartagena's is pending.
    expect(text).toContain('Acuerdo de Málaga marcado por Rocío Martín Gálvez');
    expect(text).toContain('Acuerdo de Cartagena de Indias pendiente');
    expect(text).toContain('Estado: En revisión');
    expect(text).toContain('Versión: copia de trabajo del 24 de noviembre de 2026');
    expect(text).toContain('Exportado con Ponte el 24 de noviembre de 2026');
    // Its section has a first page of its own, whose header and footer are empty.
    const sectPr = /<w:sectPr[ >].*?<\/w:sectPr>/.exec(cover)![0];
    expect(sectPr).toContain('<w:titlePg/>');
    const firstHeader = /<w:headerReference w:type="first" r:id="([^"]+)"/.exec(sectPr)![1];
    const rels = await doc.xml('word/_rels/document.xml.rels');
    const target = new RegExp(`Id="${firstHeader}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${firstHeader}"`).exec(rels)![1];
    expect(textOf(await doc.xml(`word/${target}`))).toBe('');
    const enCover = await exported('en', sampleUcapContent(), { exportedBy: 'Ana Ruiz', version: 'Sent for review' });
    expect(enCover.text).toContain('Exported by Ana Ruiz on 24 November 2026');
    expect(enCover.text).toContain('Version: Sent for review');
  }, SLOW);

  it('breaks pages only before the contents, the first section and the timeline, and never splits a row', async () => {
    const doc = await exported('es');
    expect(doc.document.match(/<w:pageBreakBefore\/>/g) ?? []).toHaveLength(1);
    // Cover, body, landscape timeline, rest: four sections.
    expect((doc.document.match(/<w:sectPr[ >]/g) ?? []).length).toBe(4);
    const rows = doc.document.match(/<w:tr[ >].*?<\/w:tr>/g) ?? [];
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((r) => !r.includes('<w:cantSplit/>'))).toEqual([]);
  }, SLOW);

  it('gives every column room for its longest header word, in each language', async () => {
    for (const lang of ['es', 'pt', 'en'] as const) {
      const doc = await exported(lang);
      for (const table of doc.document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []) {
        const header = rowsOf(table)[0]!;
        if (!header.includes('<w:tblHeader/>')) continue;
        for (const cell of cellsOf(header)) {
          const width = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>|<w:tcW w:w="(\d+)" w:type="dxa"\/>/.exec(cell)?.slice(1).find(Boolean));
          const words = textOf(cell).split(/\s+/).filter(Boolean);
          for (const word of words) expect(width, `${lang}: "${word}"`).toBeGreaterThanOrEqual(textWidthTwips(word, 19, true) + 200);
        }
      }
    }
  }, SLOW * 3);

  it('writes the texts as typed, accents and line breaks kept, and the budget totals with the rate used', async () => {
    const doc = await exported('es');
    expect(doc.text).toContain('Punto de encuentro vecinal al aire libre en El Espinal');
    expect(doc.text).toContain('cuyo centro histórico vive del turismo.\n\nEn Cartagena');
    expect(doc.text).toContain('Gentrificación del barrio al mejorar el espacio público');
    // 83 000 000 COP × 0.00022 = 18 260 € + 138 500.50 € = 156 760.50 €
    expect(doc.text).toMatch(/156\.760,50\s€/);
    expect(doc.text).toMatch(/83\.000\.000\sCOP/);
    expect(doc.text).toContain('0,00022');
    const en = await exported('en');
    expect(en.text).toContain('€156,760.50');
    expect(en.text).toContain('Square metres of public space regenerated in El Espinal');
    expect(en.styles).toContain('w:lang w:val="en-GB"');
  }, SLOW);

  it('writes indicator figures as the language writes numbers, as budgets are', async () => {
    // The sample's income target is typed "1 300 000".
    expect((await exported('es')).text).toContain('1.300.000');
    expect((await exported('pt')).text).toContain('1.300.000');
    const en = await exported('en');
    expect(en.text).toContain('1,300,000');
    expect(en.text).not.toContain('1 300 000');
  }, SLOW);

  it('marks text in another language one way, naming the language, and keeps the mark out of headings and the contents', async () => {
    const pt = await exported('pt');
    expect(pt.text).toContain('Punto de encuentro vecinal al aire libre en El Espinal (em espanhol)');
    expect(pt.text).toContain('Plano participativo de El Espinal');
    expect(pt.text).not.toContain('Plano participativo de El Espinal (em espanhol)');
    expect(pt.text).not.toMatch(/\((ES|EN|PT)\)/);
    expect(pt.text).toContain('Ainda não foi escrito em português; mostrado em espanhol.');
    const headings = (pt.document.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? []).filter((p) => /<w:pStyle w:val="Heading\d"\/>/.test(p)).map(textOf);
    expect(headings).toContain('2. Punto de encuentro vecinal al aire libre en El Espinal');
    expect(headings.filter((h) => h.includes('(em '))).toEqual([]);
    expect(tocEntries(pt.document).filter((e) => e.title.includes('(em '))).toEqual([]);
    // The mark is grey italic text after the Spanish run, which carries its own language.
    expect(pt.document).toMatch(/<w:lang w:val="es-ES"\/><\/w:rPr><w:t xml:space="preserve">Punto de encuentro vecinal al aire libre en El Espinal<\/w:t>/);
    expect((await exported('es')).text).not.toContain('(en inglés)');
  }, SLOW);

  it('marks a linked action’s name shown in another language in the indicators’ and the budget’s cells as in the list of actions, and not in the timeline', async () => {
    const pt = await exported('pt');
    const tables = pt.document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? [];
    /** The body cells under a header, in the tables whose headers include `withHeader`. */
    const column = (header: string, withHeader = header) =>
      tables.flatMap((tbl) => {
        const [head, ...body] = rowsOf(tbl);
        const heads = cellsOf(head!).map(textOf);
        const at = heads.indexOf(header);
        return at < 0 || !heads.includes(withHeader) ? [] : body.map((row) => textOf(cellsOf(row)[at]!));
      });
    const spanishOnly = 'Punto de encuentro vecinal al aire libre en El Espinal';
    expect(column('Vinculado a').filter((cell) => cell.includes(`• ${spanishOnly} (em espanhol)`))).toHaveLength(1);
    expect(column('Vinculado a')).toContain('• Plano participativo de El Espinal');
    expect(column('Ação', 'O que financia')).toContain(`${spanishOnly} (em espanhol)`);
    expect(column('Ação', 'O que financia')).toContain('Plano participativo de El Espinal');
    expect(hasMarkedRun(pt.document, spanishOnly, 'es-ES', '(em espanhol)')).toBe(true);
    // The timeline names it alone.
    const timeline = tables.find((tbl) => textOf(cellsOf(rowsOf(tbl)[0]!)[0]!) === 'Ação')!;
    expect(textOf(timeline)).toContain(spanishOnly);
    expect(textOf(timeline)).not.toContain('(em ');
  }, SLOW);

  it('appends photos given to it, scaled, with alt text in the document language when they have no caption', async () => {
    const photo = tinyPhoto({ width: 4000, height: 3000, caption: '' });
    const bytes = await packDocument(buildUcapDocument({ pairing, content: sampleUcapContent(), photos: [{ ...photo, caption: 'Solar junto al caño' }, { ...photo, caption: '' }] }, { lang: 'pt', t: labelsFor('pt'), today: '2026-11-24' }));
    const document = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'));
    expect(document.match(/<w:drawing>/g) ?? []).toHaveLength(2);
    expect(document).toContain('descr="Solar junto al caño"');
    expect(document).toContain('descr="Foto 2 do plano"');
    // 4000 px wide is scaled to 85% of the text width: no picture runs off the page.
    const widths = [...document.matchAll(/<wp:extent cx="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...widths)).toBeLessThanOrEqual(Math.ceil((11906 - 2 * 1134) * 635 * 0.85));
  }, SLOW);

  it('adds a timeline on a landscape page: a column per month, the months each action runs in filled, undated actions named', async () => {
    const content = sampleUcapContent();
    const [first, second] = content.actions;
    // The pairing runs from February 2026 to July 2027: eighteen months, one table.
    content.actions = [{ ...first!, startDate: '2026-03-10', endDate: '2026-05-20' }, second!, { ...second!, id: 'undated', order: 9, title: { es: 'Feria del barrio' }, startDate: '2026-04-01', endDate: null }];
    const doc = await exported('es', content);
    const paragraphs = doc.document.match(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g) ?? [];
    expect(paragraphs.some((p) => p.includes('<w:pStyle w:val="Heading1"/>') && textOf(p) === 'Cronograma')).toBe(true);

    const table = (doc.document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []).find((tbl) => textOf(cellsOf(rowsOf(tbl)[0]!)[0]!) === 'Acción')!;
    const [header, ...rows] = rowsOf(table);
    expect(header).toContain('<w:tblHeader/>');
    const months = cellsOf(header!).slice(1).map(textOf);
    // September is left out: "sep" or "sept" depends on the ICU data of the Node that runs the test.
    expect(months).toHaveLength(18);
    expect(months.slice(0, 7)).toEqual(['feb 26', 'mar 26', 'abr 26', 'may 26', 'jun 26', 'jul 26', 'ago 26']);
    expect(months.slice(8)).toEqual(['oct 26', 'nov 26', 'dic 26', 'ene 27', 'feb 27', 'mar 27', 'abr 27', 'may 27', 'jun 27', 'jul 27']);
    // Only dated actions get a row, and a row is filled exactly in its months.
    expect(rows.map((r) => textOf(cellsOf(r)[0]!))).toEqual(['1. Plan participativo de El Espinal', '2. Punto de encuentro vecinal al aire libre en El Espinal']);
    const filled = (row: string) => cellsOf(row).slice(1).flatMap((cell, j) => (/<w:shd [^>]*w:fill="4472C4"/.test(cell) ? [months[j]] : []));
    expect(filled(rows[0]!)).toEqual(['mar 26', 'abr 26', 'may 26']);
    expect(filled(rows[1]!)).toEqual(months.slice(months.indexOf('ago 26'), months.indexOf('may 27') + 1));

    expect(doc.text).toContain('Sin fechas de inicio y fin: 3. Feria del barrio.');
    // Its own section, turned, with the same header naming the pairing.
    const sections = doc.document.match(/<w:sectPr.*?<\/w:sectPr>/g) ?? [];
    expect(sections.map((x) => x.includes('w:orient="landscape"'))).toEqual([false, false, true, false]);
    expect((await exported('pt', content)).text).toMatch(/fev\s*26/);
  }, SLOW);

  it('says so when no action has both dates yet', async () => {
    const content = sampleUcapContent();
    content.actions = content.actions.map((a) => ({ ...a, endDate: null }));
    const doc = await exported('en', content);
    expect(doc.text).toContain('Timeline\n\nNo action has a start and an end date yet.');
    expect(doc.document).not.toContain('w:fill="4472C4"');
  }, SLOW);
});

describe('the UCAP’s texts kept in one language (writtenIn)', () => {
  // Every action, indicator and risk said to be written in `written`, whatever the sample says.
  function content(written: Lang | null | undefined) {
    const c = sampleUcapContent();
    return { ...c, actions: c.actions.map((a) => ({ ...a, writtenIn: written })), indicators: c.indicators.map((i) => ({ ...i, writtenIn: written })), risks: c.risks.map((r) => ({ ...r, writtenIn: written })) };
  }
  const plan = (written: Lang | null | undefined, lang: Lang) => exported(lang, content(written), { layoutPages: false });
  const MARKED = ['Junta de Acción Comunal de El Espinal; Universidad de Cartagena', 'personas', 'Actas de obra de la Alcaldía', 'sí', 'Secretaría de Planeación, Cartagena'];

  it('in Portuguese: marks partners, units, sources, word values and owners, each run in Spanish; codes and figures stay plain', async () => {
    const pt = await plan('es', 'pt');
    for (const field of MARKED) {
      expect(pt.text).toContain(`${field} (em espanhol)`);
      expect(hasMarkedRun(pt.document, field, 'es-ES', '(em espanhol)'), field).toBe(true);
    }
    expect(pt.text).toContain('Organizações parceiras: Junta de Acción Comunal de El Espinal; Universidad de Cartagena (em espanhol)');
    for (const code of ['m²', 'COP', '1.300.000']) expect(pt.text).not.toContain(`${code} (em espanhol)`);
  }, SLOW);

  it('keeps the mark out of headings, the contents, the timeline and table headers', async () => {
    const pt = await plan('es', 'pt');
    expect(headingTexts(pt.document).filter((h) => h.includes('(em '))).toEqual([]);
    expect(tocEntries(pt.document).filter((e) => e.title.includes('(em '))).toEqual([]);
    expect(headerRowTexts(pt.document).filter((h) => h.includes('(em '))).toEqual([]);
    const timeline = (pt.document.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []).find((tbl) => textOf(cellsOf(rowsOf(tbl)[0]!)[0]!) === 'Ação')!;
    expect(rowsOf(timeline).length).toBeGreaterThan(1);
    expect(textOf(timeline)).not.toContain('(em ');
  }, SLOW);

  it('marks none of them in Spanish, nor on records that do not say their language', async () => {
    const es = await plan('es', 'es');
    expect(es.text).toContain('Junta de Acción Comunal de El Espinal; Universidad de Cartagena');
    expect(es.text).not.toContain('(en español)');
    for (const written of [undefined, null]) {
      const pt = await plan(written, 'pt');
      for (const field of MARKED) {
        expect(pt.text).not.toContain(`${field} (em espanhol)`);
        expect(hasMarkedRun(pt.document, field, 'es-ES', '(em espanhol)'), field).toBe(false);
      }
    }
  }, SLOW);
});

const rowsOf = (table: string) => table.match(/<w:tr[ >].*?<\/w:tr>/g) ?? [];
const cellsOf = (row: string) => row.match(/<w:tc>.*?<\/w:tc>/g) ?? [];
/** A cell's or paragraph's text, its paragraphs joined by a space: the month above the year reads "ene 26". */
const textOf = (xml: string) =>
  (xml.match(/<w:p[ >].*?<\/w:p>/g) ?? [xml]).map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join(' ');
