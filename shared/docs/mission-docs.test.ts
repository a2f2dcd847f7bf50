import JSZip from 'jszip';
import { tinyPhoto } from './test-photo';
import mammoth from 'mammoth';
import { labelsFor } from '../../locales/labels';
import type { Lang } from '../i18n/langs';
import type { DocPhoto } from '../missions/doc-data';
import { buildMissionAgendaDocument } from './mission-agenda';
import { buildMissionReportDocument } from './mission-report';
import { packDocument } from './pack';
import { delegationNames } from './mission-common';
import { sampleMissionDocData } from '../missions/sample';
import { sampleProgramme } from '../sample/programme';
import { newStakeholderFields } from '../stakeholders/schema';
import { SAMPLE_MISSION_PAIRING } from '../missions/sample';
import type { MissionDocData } from '../missions/doc-data';
import { hasMarkedRun, headerRowTexts, headingTexts } from './test-marks';

describe('the delegation in mission documents', () => {
  it('names the holders of positions and the stakeholders who travel, in the order chosen', () => {
    const bundle = sampleProgramme().find((b) => b.pairing.id === SAMPLE_MISSION_PAIRING)!;
    const data = sampleMissionDocData(bundle);
    const stakeholder = { id: 'sh-1', pairingId: bundle.pairing.id, ...newStakeholderFields({ side: 'lac', name: 'Joaquín Núñez', organisation: 'Universidad de Cartagena' }) };
    const withStakeholder = { ...data, mission: { ...data.mission, delegation: [...data.mission.delegation, 'sh-1', 'gone'] }, stakeholders: [stakeholder] };
    const ctx = { lang: 'es' as const, t: labelsFor('es'), today: '2026-11-24' };
    const names = delegationNames(withStakeholder, data.mission.startDate!, ctx);
    expect(names).toHaveLength(data.mission.delegation.length + 1);
    expect(names.at(-1)).toBe('Joaquín Núñez (Universidad de Cartagena)');
    expect(delegationNames(data, data.mission.startDate!, ctx)).toEqual(names.slice(0, -1));
  });
});

// Read back as Word gets them: text through mammoth, XML through jszip.
async function read(doc: Promise<Uint8Array>) {
  const bytes = await doc;
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  return { text: (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value, document: await xml('word/document.xml'), rels: await xml('word/_rels/document.xml.rels') };
}

const tinyJpeg = (caption: string, agendaItemId: string | null): DocPhoto => tinyPhoto({ width: 800, height: 600, caption, agendaItemId });

describe('the mission documents hold what the mission holds', () => {
  const bundle = sampleProgramme().find((b) => b.pairing.id === SAMPLE_MISSION_PAIRING)!;
  const agenda = (lang: Lang) => read(packDocument(buildMissionAgendaDocument(sampleMissionDocData(bundle, 'sample-mission-cartagena-malaga-2'), { lang, t: labelsFor(lang), today: '2026-11-24' })));
  const report = (lang: Lang, photos: DocPhoto[] = []) => read(packDocument(buildMissionReportDocument(sampleMissionDocData(bundle, undefined, photos), { lang, t: labelsFor(lang), today: '2026-11-24' })));

  it('names zones by their city with accents, never by id, and writes every time with two-digit hours', async () => {
    const es = await agenda('es');
    expect(es.text).toContain('Hora en Bogotá');
    expect(es.text).toContain('hora de Madrid');
    expect(es.text).not.toMatch(/Europe\/Madrid|America\/Bogota|Bogota\b/);
    // 10:00 in Madrid on 23 October is 03:00 in Bogotá: the leading zero kept, as in the Madrid column.
    expect(es.text).toContain('10:00–12:00');
    expect(es.text).toContain('03:00–05:00');
    expect(es.text).not.toMatch(/(^|[^\d])\d:\d\d/m);
    expect((await agenda('en')).text).toContain('Bogotá time');
  });

  it('writes the map as a hyperlink with readable words, and the hosts, participants and logistics with costs', async () => {
    const es = await agenda('es');
    expect(es.text).toContain('Ver en el mapa');
    expect(es.text).not.toContain('%C3%A1');
    const link = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>(?:(?!<\/w:hyperlink>).)*Ver en el mapa/.exec(es.document);
    expect(link).not.toBeNull();
    expect(es.rels).toMatch(new RegExp(`Id="${link![1]}"[^>]*Target="https://www\\.openstreetmap\\.org/search\\?query=Lagunillas%20M%C3%A1laga"|Target="https://www\\.openstreetmap\\.org/search\\?query=Lagunillas%20M%C3%A1laga"[^>]*Id="${link![1]}"`));
    expect(es.text).toContain('Participantes: toda la delegación');
    expect(es.text).toContain('Logística');
    expect(es.text).toMatch(/9\.800\.000\sCOP/);
    const report1 = await report('en');
    expect(report1.text).toContain('Hosted by Junta de acción comunal de El Espinal');
    expect(report1.text).toMatch(/€2,380\.00/);
    expect(report1.text).toMatch(/COP\s2,150,000\b/);
  });

  it('lists persons met with their notes', async () => {
    const es = await report('es');
    expect(es.text).toContain('Notas');
    expect(es.text).toContain('Ofrece el colegio para los talleres.');
    expect(es.text).toContain('propone el salón comunal para las reuniones de seguimiento');
  });

  it('captions photos with the agenda item and its day in the document language, and gives an uncaptioned photo alt text in that language', async () => {
    const photos = [tinyJpeg('Los vecinos muestran el solar', 'sample-agenda-1-2'), tinyJpeg('', null)];
    const pt = await report('pt', photos);
    expect(pt.document.match(/<w:drawing>/g) ?? []).toHaveLength(2);
    // The caption and the item's title in the mission's language (marked when the mission says so; see below), then the day in the document's.
    expect(pt.text).toMatch(/Los vecinos muestran el solar — Recorrido por El Espinal con la junta de acción comunal( \(em espanhol\))?, segunda-feira, 8 de junho de 2026/);
    expect(pt.text).not.toMatch(/2026-06-08/);
    expect(pt.document).toContain('descr="Foto 2 da missão “Misión técnica de Málaga a Cartagena de Indias”"');
    expect(pt.document).not.toMatch(/name="photo"/);
    const en = await report('en', photos);
    expect(en.text).toContain('Monday, 8 June 2026');
  });
});

describe('texts of a mission written in another language than the document’s', () => {
  const bundle = sampleProgramme().find((b) => b.pairing.id === SAMPLE_MISSION_PAIRING)!;
  const photos = [tinyJpeg('Los vecinos muestran el solar', 'sample-agenda-1-2'), tinyJpeg('Maqueta del taller', null)];
  // The mission (its agenda, notes, persons met, follow-ups and captions) and the team's positions, all said to be written in `written`.
  function data(written: Lang | null | undefined): MissionDocData {
    const sample = sampleMissionDocData(bundle, undefined, photos);
    return { ...sample, mission: { ...sample.mission, writtenIn: written }, positions: sample.positions.map((p) => ({ ...p, writtenIn: written })) };
  }
  const ctx = (lang: Lang) => ({ lang, t: labelsFor(lang), today: '2026-11-24' });
  const agenda = (written: Lang | null | undefined, lang: Lang) => read(packDocument(buildMissionAgendaDocument(data(written), ctx(lang))));
  const report = (written: Lang | null | undefined, lang: Lang) => read(packDocument(buildMissionReportDocument(data(written), ctx(lang))));
  const expectMarked = (doc: { text: string; document: string }, field: string) => {
    expect(doc.text).toContain(`${field} (em espanhol)`);
    expect(hasMarkedRun(doc.document, field, 'es-ES', '(em espanhol)'), field).toBe(true);
  };
  const expectNoMarkIn = (document: string) => {
    expect(headingTexts(document).filter((h) => h.includes('(em '))).toEqual([]);
    expect(headerRowTexts(document).length).toBeGreaterThan(0);
    expect(headerRowTexts(document).filter((h) => h.includes('(em '))).toEqual([]);
  };

  it('in the agenda: marks item titles, venues and notes in their cells, the logistics and the delegation’s roles; not hosts, addresses, headings or table headers', async () => {
    const pt = await agenda('es', 'pt');
    for (const field of ['Bienvenida en la Alcaldía', 'Palacio de la Aduana', 'A las 22:00 en Málaga.', '4 noches, Getsemaní', '(Coordinadora de la cooperación)']) expectMarked(pt, field);
    expect(pt.text).toContain('Rocío Martín Gálvez (Coordinadora de la cooperación) (em espanhol)');
    for (const name of ['Plaza de la Aduana, Centro, Cartagena', 'Oficina de Cooperación Internacional', 'Rocío Martín Gálvez']) expect(pt.text).not.toContain(`${name} (em espanhol)`);
    // The mission's title is in the document's title, which is a heading: the text alone.
    expect(headingTexts(pt.document)).toContain('Agenda: Misión técnica de Málaga a Cartagena de Indias');
    expectNoMarkIn(pt.document);
  });

  it('in the report: findings, lessons, good practices and field notes under a note, persons met’s roles and notes, follow-ups and captions marked', async () => {
    const pt = await report('es', 'pt');
    // Findings, lessons, good practices, and one note for all the field notes.
    expect(pt.text.match(/Escrito em espanhol\./g)).toHaveLength(4);
    expect(pt.text).toContain('Escrito em espanhol.\n\nLas juntas de acción comunal tienen una capacidad');
    expect(pt.document).toMatch(/<w:lang w:val="es-ES"\/><\/w:rPr><w:t xml:space="preserve">Las juntas de acción comunal tienen una capacidad/);
    expect(pt.document).toMatch(/<w:lang w:val="es-ES"\/><\/w:rPr><w:t xml:space="preserve">Tres espacios candidatos\./);
    for (const field of ['Presidenta', 'Ofrece el colegio para los talleres.', 'Enviar a Cartagena el pliego del concurso de drenaje sostenible de Málaga', 'Los vecinos muestran el solar — Recorrido por El Espinal con la junta de acción comunal', 'Maqueta del taller', 'Salón comunal de El Espinal']) {
      expectMarked(pt, field);
    }
    expect(pt.text).toContain('Los vecinos muestran el solar — Recorrido por El Espinal con la junta de acción comunal (em espanhol), segunda-feira, 8 de junho de 2026');
    for (const name of ['Carlos Puello', 'JAC El Espinal', 'rectoria@ie-espinal.example', 'Rocío Martín Gálvez']) expect(pt.text).not.toContain(`${name} (em espanhol)`);
    expectNoMarkIn(pt.document);
  });

  it('marks nothing in the language the mission is written in, nor when the mission does not say', async () => {
    for (const doc of [await agenda('es', 'es'), await report('es', 'es')]) {
      expect(doc.text).not.toContain('(en español)');
      expect(doc.text).not.toContain('Escrito en español.');
    }
    for (const written of [undefined, null]) {
      for (const doc of [await agenda(written, 'pt'), await report(written, 'pt')]) {
        expect(doc.text).toContain('Bienvenida en la Alcaldía');
        expect(doc.text).not.toContain('(em espanhol)');
        expect(doc.text).not.toContain('Escrito em espanhol.');
      }
    }
  });
});
