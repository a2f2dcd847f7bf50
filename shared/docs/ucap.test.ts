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
});
