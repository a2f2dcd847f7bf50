import JSZip from 'jszip';
import mammoth from 'mammoth';
import { labelsFor } from '../../locales/labels';
import type { Lang } from '../i18n/langs';
import type { PairingBundle } from '../model/bundle';
import { sampleProgramme } from '../sample/programme';
import { buildDossierDocument } from './dossier';
import { documentFileName, packDocument } from './pack';
import { hasMarkedRun, headerRowTexts, headingTexts } from './test-marks';

// Every assertion reads the packed .docx back, as Word would get it: its text
// through mammoth, its parts (styles, header, footer) through jszip.

const TODAY = '2026-11-24';
const programme = sampleProgramme();

function sample(key: string): PairingBundle {
  const found = programme.find((b) => b.pairing.id === `sample-pairing-${key}`);
  if (!found) throw new Error(`no sample pairing ${key}`);
  return structuredClone(found);
}

async function pack(bundle: PairingBundle, lang: Lang, today = TODAY): Promise<Uint8Array> {
  return packDocument(buildDossierDocument(bundle, { lang, t: labelsFor(lang), today }));
}

async function textOf(bytes: Uint8Array): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
}

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => n.endsWith('.xml'));
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async('string')] as const)));
}

function partsNamed(all: Record<string, string>, prefix: string): string {
  return Object.entries(all)
    .filter(([name]) => name.startsWith(prefix))
    .map(([, xml]) => xml)
    .join('\n');
}

describe('pairing dossier', () => {
  describe('Cartagena de Indias – Málaga in Portuguese', () => {
    let text = '';
    let xml: Record<string, string> = {};
    beforeAll(async () => {
      const bytes = await pack(sample('cartagena-malaga'), 'pt');
      text = await textOf(bytes);
      xml = await parts(bytes);
    });

    it('uses Portuguese labels, not English ones nor raw keys', () => {
      for (const label of ['Parceiros', 'Eixos temáticos', 'Marcos de referência', 'Equipe', 'Ocupantes anteriores', 'Acordos', 'Signatários', 'Status: Ativo']) {
        expect(text).toContain(label);
      }
      for (const label of ['Partners', 'Themes', 'Frameworks', 'Previous holders', 'Agreements', 'Signatories', 'Active']) {
        expect(text).not.toContain(label);
      }
      expect(text).not.toMatch(/doc:|vocab:|dossier\./);
    });

    it('keeps accents and names countries in Portuguese', () => {
      expect(text).toContain('Cartagena de Indias – Málaga');
      expect(text).toContain('Cartagena de Indias (Colômbia), parceiro líder');
      expect(text).toContain('Málaga (Espanha)');
    });

    it('writes dates and the duration as Portuguese does', () => {
      expect(text).toContain('Período: de 1 de fevereiro de 2026 a 31 de julho de 2027 (18 meses)');
      expect(text).toContain('Dados da equipe em 24 de novembro de 2026.');
      expect(text).not.toContain('18 meses previstos');
    });

    it('says the summary is shown in Spanish, and shows its typed list as Word bullets', () => {
      expect(text).toContain('Ainda não foi escrito em português; mostrado em espanhol.');
      expect(text).toContain('Proyecto piloto: un punto de encuentro vecinal al aire libre en El Espinal.');
      // The author typed "- plan participativo…": it becomes a bullet paragraph, without the dash.
      expect(xml['word/document.xml']).toMatch(/<w:numPr><w:ilvl w:val="0"\/><w:numId w:val="\d+"\/><\/w:numPr><\/w:pPr><w:r><w:rPr><w:lang w:val="es-ES"\/><\/w:rPr><w:t xml:space="preserve">plan participativo/);
      expect(xml['word/document.xml']).not.toContain('>- plan participativo');
    });

    it('flags the vacant position and shows the handover note of the one who left', () => {
      expect(text).toContain('Vago Ninguém ocupa este cargo em 24 de novembro de 2026.');
      expect(text).toContain('Paso la coordinación a Andrés Julio Castillo.');
      expect(text).toContain('Andrés Julio Castillo · desde 1 de julho de 2026');
    });

    it('lists the agreements in a table whose header row repeats on every page', () => {
      const tables = xml['word/document.xml']!.split('<w:tbl>').slice(1);
      const agreements = tables.find((t) => t.includes('Signatários'));
      expect(agreements).toBeDefined();
      const firstRow = agreements!.slice(agreements!.indexOf('<w:tr>'), agreements!.indexOf('</w:tr>'));
      expect(firstRow).toContain('<w:tblHeader/>');
      expect(firstRow).toContain('Data de assinatura');
      expect(text).toContain('22 de abr. de 2026');
    });

    it('sets the language Word checks spelling in, and the file properties', () => {
      expect(xml['word/styles.xml']).toMatch(/<w:docDefaults>.*<w:lang w:val="pt-BR"\/>.*<\/w:docDefaults>/s);
      const core = xml['docProps/core.xml']!;
      expect(core).toContain('<dc:language>pt-BR</dc:language>');
      expect(core).toContain('<dc:title>Cartagena de Indias – Málaga</dc:title>');
      expect(core).toContain('<dc:creator>Ponte</dc:creator>');
    });

    it('uses Word’s Title and Heading styles, with outline levels for the navigation pane', () => {
      const doc = xml['word/document.xml']!;
      for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3']) expect(doc).toContain(`<w:pStyle w:val="${style}"/>`);
      expect(xml['word/styles.xml']).toMatch(/w:styleId="Heading1".*?<w:outlineLvl w:val="0"\/>/s);
    });

    it('names the pairing in the header and numbers pages "Página X de Y" in the footer', () => {
      const header = partsNamed(xml, 'word/header');
      expect(header).toContain('Dossiê da cooperação · Cartagena de Indias – Málaga');
      const footer = partsNamed(xml, 'word/footer');
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
      expect(footer).toContain('>Página <');
      expect(footer).toContain('> de <');
    });
  });

  it('in Spanish: Spanish labels and dates, no fallback note for a Spanish summary', async () => {
    const bytes = await pack(sample('cartagena-malaga'), 'es');
    const text = await textOf(bytes);
    expect(text).toContain('Periodo: del 1 de febrero de 2026 al 31 de julio de 2027 (18 meses)');
    expect(text).toContain('Ejes temáticos');
    expect(text).toContain('Vacante');
    expect(text).not.toContain('Todavía no está escrito');
    expect(text).toContain('Cartagena de Indias y Málaga comparten un mismo reto');
    expect((await parts(bytes))['word/styles.xml']).toContain('<w:lang w:val="es-ES"/>');
  });

  it('in English: a Portuguese-only summary comes with a note naming both languages', async () => {
    const text = await textOf(await pack(sample('saoleopoldo-viana'), 'en'));
    expect(text).toContain('São Leopoldo – Viana do Castelo');
    expect(text).toContain('Not written in English yet; shown in Portuguese.');
    expect(text).toContain('Centros históricos vivos');
    expect(text).toContain('Status: Active');
    expect(text).toContain('Period: 1 April 2026 to 30 September 2027');
  });

  it('shows no fallback note in any language when the summary has all three', async () => {
    for (const lang of ['es', 'pt', 'en'] as const) {
      const text = await textOf(await pack(sample('surco-cluj'), lang));
      expect(text).not.toMatch(/Todavía no está escrito|Ainda não foi escrito|Not written in/);
    }
  });

  it('announces an incoming holder and does not call a held position vacant', async () => {
    const text = await textOf(await pack(sample('surco-cluj'), 'pt'));
    expect(text).toContain('Assume em breve: Renzo Quispe Huamán, a partir de 4 de janeiro de 2027.');
    expect(text).toContain('Patricia Salazar Núñez · de 1 de junho de 2026 a 31 de dezembro de 2026');
    expect(text).not.toContain('Ninguém ocupa');
    expect(text).toContain('Período: a partir de 1 de fevereiro de 2027; sem data de término');
  });

  it('warns about a cooperation longer than 18 months, and writes when dates are missing', async () => {
    const long = await textOf(await pack(sample('barranquilla-velletri'), 'en'));
    expect(long).toContain("This cooperation runs longer than the programme's 18 months.");
    expect(long).toContain('(22 months)');
    const undated = await textOf(await pack(sample('trujillo-pitesti'), 'es'));
    expect(undated).toContain('Trujillo – Pitești');
    expect(undated).toContain('Periodo: fechas por definir');
    expect(undated).toContain('Todavía no hay acuerdos registrados.');
  });

  it('leaves deleted records out', async () => {
    const bundle = sample('cartagena-malaga');
    bundle.agreements[1]!.deleted = true;
    bundle.positions.find((p) => p.id.endsWith('espinal-pilot'))!.deleted = true;
    bundle.assignments.find((a) => a.name === 'Laura Herrera Pájaro')!.deleted = true;
    const text = await textOf(await pack(bundle, 'es'));
    expect(text).not.toContain('Acta de compromiso del piloto de El Espinal');
    expect(text).not.toContain('Responsable técnica del piloto');
    expect(text).not.toContain('Laura Herrera Pájaro');
    expect(text).toContain('Memorando de entendimiento');
  });

  it('is a pure function of its input: the same bundle and day give the same document body', async () => {
    const body = async () => (await parts(await pack(sample('cartagena-malaga'), 'en')))['word/document.xml'];
    expect(await body()).toBe(await body());
  });

  it('writes hostile and very long text as plain text, and reads it back exactly', async () => {
    const bundle = sample('trujillo-pitesti');
    const hostile = '<script>alert(1)</script> 🙂 مرحبا & "quotes" \'apostrophes\' <w:t>not xml</w:t>';
    const line = 'Plan de movilidad peatonal, ç ã é ő ș ț, 北京, עברית. ';
    const long = Array.from({ length: 1000 }, (_, i) => `${i}: ${line.repeat(20)}`.trim());
    const paragraphs = [hostile, 'Column\tafter a tab', ...long];
    // A control character XML cannot hold is dropped rather than breaking the file.
    bundle.pairing.summary = { en: paragraphs.join('\n\n').replace('Column', 'Col\u0001umn') };
    bundle.pairing.lac.municipalities[0]!.name = 'Trujillo <b>&amp;</b>';

    const bytes = await pack(bundle, 'en');
    expect(bytes.byteLength).toBeGreaterThan(0);
    const text = await textOf(bytes);
    const start = text.indexOf('Summary\n\n') + 'Summary\n\n'.length;
    const end = text.indexOf('Frameworks\n\n', start);
    expect(paragraphs.join('\n\n').length).toBeGreaterThan(1_000_000);
    expect(text.slice(start, end)).toBe(paragraphs.map((p) => `${p}\n\n`).join(''));
    expect(text).toContain('Trujillo <b>&amp;</b> – Pitești');

    const xml = await parts(bytes);
    expect(xml['word/document.xml']).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(xml['word/document.xml']).not.toContain('<script>');
    expect(partsNamed(xml, 'word/header')).toContain('Trujillo &lt;b&gt;&amp;amp;&lt;/b&gt; – Pitești');
  }, 60_000);

  describe('fields kept in one language (writtenIn)', () => {
    // Set here, not taken from the sample: every agreement, position and holder written in `written`.
    function written(lang: Lang | null | undefined): PairingBundle {
      const bundle = sample('cartagena-malaga');
      for (const record of [...bundle.agreements, ...bundle.positions, ...bundle.assignments]) record.writtenIn = lang;
      bundle.assignments.find((a) => a.name === 'Andrés Julio Castillo')!.handoverNote = 'Reunión mensual con la junta de acción comunal.';
      return bundle;
    }
    const read = async (bundle: PairingBundle, lang: Lang) => {
      const bytes = await pack(bundle, lang);
      return { text: await textOf(bytes), document: (await parts(bytes))['word/document.xml']! };
    };

    it('in Portuguese, marks the agreements and the handover notes written in Spanish, each run in Spanish', async () => {
      const { text, document } = await read(written('es'), 'pt');
      const marked = [
        'Memorando de entendimiento para la cooperación urbana entre Cartagena de Indias y Málaga',
        // The last line of a cell carries the mark: signatories, where the copy is, a past holder's note.
        'Alcalde de Málaga',
        'Copia escaneada: carpeta compartida del proyecto.',
        'El original del memorando firmado está en el archivo de la Oficina.',
        // The current holder's note, after its label in the body.
        'Reunión mensual con la junta de acción comunal.',
      ];
      for (const field of marked) {
        expect(text).toContain(`${field} (em espanhol)`);
        expect(hasMarkedRun(document, field, 'es-ES', '(em espanhol)'), field).toBe(true);
      }
      expect(text).toContain('Nota de transição: Reunión mensual');
    });

    it('leaves names, organisations, headings and table headers unmarked', async () => {
      const { text, document } = await read(written('es'), 'pt');
      for (const name of ['Laura Herrera Pájaro', 'Andrés Julio Castillo', 'Alcaldía de Cartagena']) expect(text).not.toContain(`${name} (em espanhol)`);
      const headings = headingTexts(document);
      // A position's title and organisation are its heading: the text alone.
      expect(headings).toContain('Coordinación de la cooperación — Alcaldía de Cartagena – Oficina de Cooperación Internacional');
      expect(headings.filter((h) => h.includes('(em '))).toEqual([]);
      expect(headerRowTexts(document).length).toBeGreaterThan(0);
      expect(headerRowTexts(document).filter((h) => h.includes('(em '))).toEqual([]);
    });

    it('marks nothing when the dossier is in the language they are written in', async () => {
      const { text, document } = await read(written('es'), 'es');
      expect(text).toContain('Memorando de entendimiento para la cooperación urbana entre Cartagena de Indias y Málaga');
      expect(text).not.toContain('(en español)');
      expect(hasMarkedRun(document, 'Alcalde de Málaga', 'es-ES', '(en español)')).toBe(false);
    });

    it('marks nothing on records that do not say their language', async () => {
      for (const lang of [undefined, null]) {
        const { text, document } = await read(written(lang), 'pt');
        expect(text).toContain('Reunión mensual con la junta de acción comunal.');
        expect(text).not.toContain('(em espanhol)');
        expect(document).not.toMatch(/<w:lang w:val="es-ES"\/><\/w:rPr><w:t xml:space="preserve">Alcalde de Málaga/);
      }
    });
  });

  it('names files by kind and language', () => {
    expect(documentFileName('dossier', 'pt')).toBe('dossier-pt.docx');
    expect(() => documentFileName('../evil', 'pt')).toThrow();
  });
});
