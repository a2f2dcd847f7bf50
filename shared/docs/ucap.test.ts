import JSZip from 'jszip';
import mammoth from 'mammoth';
import { labelsFor } from '../../locales/labels';
import type { Lang } from '../i18n/langs';
import { sampleProgramme } from '../sample/programme';
import { SAMPLE_UCAP_PAIRING, sampleUcapContent } from '../ucap/sample';
import { buildUcapDocument } from './ucap';
import { packDocument } from './pack';

// Read back as Word gets it: text through mammoth, XML parts through jszip.

const pairing = sampleProgramme().find((b) => b.pairing.id === SAMPLE_UCAP_PAIRING)!.pairing;

async function exported(lang: Lang, content = sampleUcapContent()) {
  const bytes = await packDocument(buildUcapDocument({ pairing, content }, { lang, t: labelsFor(lang), today: '2026-11-24' }));
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  return { text, document: await xml('word/document.xml'), styles: await xml('word/styles.xml'), header: await xml('word/header1.xml') };
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
    expect(doc.header).toContain('Cartagena de Indias – Málaga');
    // The sample has Málaga's agreement only: the cover names who gave it, without the e-mail.
    expect(doc.text).toContain('Acuerdo de Málaga marcado por Rocío Martín Gálvez');
    expect(doc.text).not.toContain('r.martin@malaga.example');
    expect(doc.text).not.toContain('Acuerdo de Cartagena de Indias');
  });

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
  });

  it('marks text missing in the chosen language and shows it in another', async () => {
    const pt = await exported('pt');
    expect(pt.text).toContain('Os textos ainda não traduzidos aparecem em outro idioma, marcados com seu código (ES).');
    expect(pt.text).toContain('Punto de encuentro vecinal al aire libre en El Espinal (ES)');
    expect(pt.text).toContain('Plano participativo de El Espinal');
    expect(pt.text).not.toContain('Plano participativo de El Espinal (ES)');
    expect(pt.text).toContain('Ainda não foi escrito em português; mostrado em espanhol.');
    expect((await exported('es')).text).not.toContain('(EN)');
  });

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
    expect(sections.map((x) => x.includes('w:orient="landscape"'))).toEqual([false, true, false]);
    expect((await exported('pt', content)).text).toMatch(/fev\s*26/);
  });

  it('says so when no action has both dates yet', async () => {
    const content = sampleUcapContent();
    content.actions = content.actions.map((a) => ({ ...a, endDate: null }));
    const doc = await exported('en', content);
    expect(doc.text).toContain('Timeline\n\nNo action has a start and an end date yet.');
    expect(doc.document).not.toContain('w:fill="4472C4"');
  });
});

const rowsOf = (table: string) => table.match(/<w:tr[ >].*?<\/w:tr>/g) ?? [];
const cellsOf = (row: string) => row.match(/<w:tc>.*?<\/w:tc>/g) ?? [];
/** A cell's or paragraph's text, its paragraphs joined by a space: the month above the year reads "ene 26". */
const textOf = (xml: string) =>
  (xml.match(/<w:p[ >].*?<\/w:p>/g) ?? [xml]).map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).join(' ');
