import mammoth from 'mammoth';
import JSZip from 'jszip';
import { labelsFor } from '../../locales/labels';
import { packDocument } from './pack';
import { buildStakeholderDocument } from './stakeholders';
import { sampleProgramme, SAMPLE_SHOWCASE_ID } from '../sample/programme';
import { sampleStakeholders } from '../stakeholders/sample';
import { newStakeholderFields, type Stakeholder } from '../stakeholders/schema';
import type { Lang } from '../i18n/langs';
import { hasMarkedRun, headerRowTexts, headingTexts } from './test-marks';

const bundle = sampleProgramme().find((b) => b.pairing.id === SAMPLE_SHOWCASE_ID)!;

describe('the stakeholder register in Word', () => {
  it('is landscape, grouped by group in the chosen language, with every stakeholder and a repeated header row', async () => {
    const stakeholders = sampleStakeholders(SAMPLE_SHOWCASE_ID);
    expect(stakeholders.length).toBeGreaterThan(10);
    const bytes = await packDocument(buildStakeholderDocument({ pairing: bundle.pairing, stakeholders, lang: 'pt', t: labelsFor('pt') }));
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain('Registro de atores');
    expect(text).toContain('Academia e pesquisa (2)');
    expect(text).toContain('Mídia (2)');
    expect(text).not.toContain('Academia and research');
    for (const s of stakeholders) expect(text).toContain(s.name || s.organisation);
    // Groups follow the vocabulary's order: private sector before academia before media.
    expect(text.indexOf('Empresas privadas')).toBeLessThan(text.indexOf('Academia e pesquisa'));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/w:orient="landscape"/);
    expect(xml).toContain('<w:tblHeader');
  });

  it('says so when there is nobody to list', async () => {
    const bytes = await packDocument(buildStakeholderDocument({ pairing: bundle.pairing, stakeholders: [], lang: 'es', t: labelsFor('es') }));
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(text).toContain('No se han registrado actores para este hermanamiento.');
  });
});

describe('stakeholders written in another language than the register’s', () => {
  const stakeholder = (writtenIn: Lang | null | undefined): Stakeholder => ({
    id: 'sh-1',
    pairingId: bundle.pairing.id,
    ...newStakeholderFields({ side: 'lac', name: 'Joaquín Núñez', organisation: 'Universidad de Cartagena', role: 'Decano de arquitectura', email: 'decano@unicartagena.example', tags: ['vivienda', 'drenaje'], notes: 'Ofrece estudiantes en prácticas para el levantamiento del barrio.' }),
    writtenIn,
  });
  async function exported(writtenIn: Lang | null | undefined, lang: Lang) {
    const bytes = await packDocument(buildStakeholderDocument({ pairing: bundle.pairing, stakeholders: [stakeholder(writtenIn)], lang, t: labelsFor(lang) }));
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return { text, document: await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string') };
  }

  it('marks the role, and the tags with the notes, each run in its language; names, organisations and contacts stay as typed', async () => {
    const pt = await exported('es', 'pt');
    expect(pt.text).toContain('Decano de arquitectura (em espanhol)');
    expect(hasMarkedRun(pt.document, 'Decano de arquitectura', 'es-ES', '(em espanhol)')).toBe(true);
    // Tags and notes are one language: one mark after the notes, the tags' run in Spanish too.
    expect(pt.text).toContain('vivienda, drenaje\n\nOfrece estudiantes en prácticas para el levantamiento del barrio. (em espanhol)');
    expect(pt.document).toMatch(/<w:lang w:val="es-ES"\/><\/w:rPr><w:t xml:space="preserve">vivienda, drenaje<\/w:t>/);
    expect(hasMarkedRun(pt.document, 'Ofrece estudiantes en prácticas para el levantamiento del barrio.', 'es-ES', '(em espanhol)')).toBe(true);
    for (const name of ['Joaquín Núñez', 'Universidad de Cartagena', 'decano@unicartagena.example']) expect(pt.text).not.toContain(`${name} (em espanhol)`);
    expect([...headingTexts(pt.document), ...headerRowTexts(pt.document)].filter((h) => h.includes('(em '))).toEqual([]);
    expect(headerRowTexts(pt.document)).toHaveLength(1);
  });

  it('marks nothing in the language they are written in, nor when the record does not say', async () => {
    const es = await exported('es', 'es');
    expect(es.text).toContain('Decano de arquitectura');
    expect(es.text).not.toContain('(en español)');
    for (const writtenIn of [undefined, null]) {
      const pt = await exported(writtenIn, 'pt');
      expect(pt.text).toContain('Decano de arquitectura');
      expect(pt.text).not.toContain('(em espanhol)');
      expect(pt.document).not.toContain('<w:lang w:val="es-ES"/>');
    }
  });
});
