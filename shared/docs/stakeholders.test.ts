import mammoth from 'mammoth';
import JSZip from 'jszip';
import { labelsFor } from '../../locales/labels';
import { packDocument } from './pack';
import { buildStakeholderDocument } from './stakeholders';
import { sampleProgramme, SAMPLE_SHOWCASE_ID } from '../sample/programme';
import { sampleStakeholders } from '../stakeholders/sample';

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
