import type { Write } from '../sync/local-change';
import type { PairingBundle } from '../model/bundle';
import { sampleIds } from '../sample/build';
import type { AgendaItem } from './agenda-item';
import type { DocPhoto, MissionDocData } from './doc-data';
import type { Mission } from './mission';
import type { FollowUp, PersonMet } from './report';

// The two technical missions of the Cartagena de Indias – Málaga sample
// pairing. Ids are fixed, like the rest of the sample programme. The
// counterpart visit to Málaga runs across the end of European summer time
// (25 October 2026), so its agenda shows the visitors' time shifting by an hour.

export const SAMPLE_MISSION_PAIRING = sampleIds.pairing('cartagena-malaga');
const P = SAMPLE_MISSION_PAIRING;
const pos = (key: string) => sampleIds.position('cartagena-malaga', key);
const base = { pairingId: P, deleted: false } as const;

export const SAMPLE_MISSIONS: Mission[] = [
  {
    ...base,
    id: 'sample-mission-cartagena-malaga-1',
    title: 'Misión técnica de Málaga a Cartagena de Indias',
    direction: 'eu-to-lac',
    hostMunicipalityId: sampleIds.place('cartagena'),
    hostZone: 'America/Bogota',
    visitorZone: 'Europe/Madrid',
    startDate: '2026-06-08',
    endDate: '2026-06-12',
    status: 'done',
    objectives: {
      es: 'Conocer El Espinal y sus juntas de acción comunal.\n- Recorrer los espacios públicos candidatos al piloto.\n- Acordar con los vecinos el método del plan participativo.',
      en: 'Get to know El Espinal and its community action boards, walk the public spaces proposed for the pilot, and agree the method of the participatory plan with residents.',
    },
    delegation: [pos('coordination-eu'), pos('nbs')],
    logistics: [
      { id: 'sample-logistics-1', kind: 'travel', description: 'Málaga – Madrid – Cartagena, ida y vuelta, 2 personas', amount: 2380, currency: 'EUR' },
      { id: 'sample-logistics-2', kind: 'accommodation', description: '4 noches, Getsemaní', amount: 2_150_000, currency: 'COP' },
      { id: 'sample-logistics-3', kind: 'interpretation', description: 'No hace falta: misión en español', amount: 0, currency: 'EUR' },
    ],
    findings: 'Las juntas de acción comunal tienen una capacidad de convocatoria que el Ayuntamiento de Málaga no encuentra en sus distritos.\n\nEl drenaje es el primer problema del espacio público de El Espinal: cualquier diseño debe partir de él.',
    lessons: '- Las reuniones con vecinos funcionan mejor por la tarde, tras la jornada laboral.\n- Conviene llevar los planos impresos: en el barrio no hay conexión estable.',
    writtenIn: 'es',
    goodPractices: 'Mesas de trabajo con la junta de acción comunal y la Secretaría de Planeación en el mismo barrio, no en la Alcaldía.',
  },
  {
    ...base,
    id: 'sample-mission-cartagena-malaga-2',
    title: 'Visita de contraparte de Cartagena de Indias a Málaga',
    direction: 'lac-to-eu',
    hostMunicipalityId: sampleIds.place('malaga'),
    hostZone: 'Europe/Madrid',
    visitorZone: 'America/Bogota',
    startDate: '2026-10-22',
    endDate: '2026-10-27',
    status: 'confirmed',
    objectives: { es: 'Conocer la regeneración del centro histórico de Málaga y sus presupuestos participativos.' },
    delegation: [pos('coordination'), pos('espinal-pilot')],
    logistics: [{ id: 'sample-logistics-4', kind: 'travel', description: 'Cartagena – Bogotá – Madrid – Málaga', amount: 9_800_000, currency: 'COP' }],
    findings: '',
    lessons: '',
    goodPractices: '',
    writtenIn: 'es',
  },
];

function item(id: string, missionId: string, zone: string, date: string, order: number, start: string, end: string, kind: AgendaItem['kind'], title: string, more: Partial<AgendaItem> = {}): AgendaItem {
  return { ...base, id: `sample-agenda-${id}`, missionId, date, order, kind, title, start, end, zone, venue: '', address: '', mapUrl: '', hosts: '', participants: [], notes: '', fieldNotes: '', ...more };
}

const M1 = 'sample-mission-cartagena-malaga-1';
const M2 = 'sample-mission-cartagena-malaga-2';
const BOG = 'America/Bogota';
const MAD = 'Europe/Madrid';

export const SAMPLE_AGENDA: AgendaItem[] = [
  item('1-1', M1, BOG, '2026-06-08', 0, '09:00', '10:30', 'meeting', 'Bienvenida en la Alcaldía', { venue: 'Palacio de la Aduana', address: 'Plaza de la Aduana, Centro, Cartagena', hosts: 'Oficina de Cooperación Internacional', fieldNotes: 'La Alcaldía confirma la contrapartida para el piloto; falta la firma de Hacienda.' }),
  item('1-2', M1, BOG, '2026-06-08', 1, '11:00', '13:30', 'site-visit', 'Recorrido por El Espinal con la junta de acción comunal', { venue: 'Salón comunal de El Espinal', mapUrl: 'https://www.openstreetmap.org/search?query=El%20Espinal%20Cartagena', hosts: 'Junta de acción comunal de El Espinal', fieldNotes: 'Tres espacios candidatos. El solar junto al caño se inunda cada octubre.' }),
  item('1-3', M1, BOG, '2026-06-08', 2, '13:30', '15:00', 'meal', 'Almuerzo con la junta'),
  item('1-4', M1, BOG, '2026-06-09', 0, '08:30', '12:30', 'workshop', 'Taller de diseño participativo', { venue: 'Institución Educativa El Espinal', participants: [pos('nbs')], fieldNotes: 'Unas 40 personas; las mujeres del grupo de reciclaje piden un lugar para clasificar material.' }),
  item('1-5', M1, BOG, '2026-06-09', 1, '15:00', '16:00', 'webinar', 'Conexión con el Área de Sostenibilidad de Málaga', { notes: 'A las 22:00 en Málaga.' }),
  item('2-1', M2, MAD, '2026-10-23', 0, '10:00', '12:00', 'meeting', 'Recepción en el Ayuntamiento de Málaga', { venue: 'Casa Consistorial', address: 'Av. de Cervantes 4, Málaga' }),
  item('2-2', M2, MAD, '2026-10-26', 0, '10:00', '13:00', 'site-visit', 'Centro histórico regenerado: Soho y Lagunillas', { venue: 'Barrio de Lagunillas', mapUrl: 'https://www.openstreetmap.org/search?query=Lagunillas%20M%C3%A1laga' }),
  item('2-3', M2, MAD, '2026-10-26', 1, '16:00', '18:00', 'workshop', 'Presupuestos participativos: cómo se vota en los distritos'),
];

export const SAMPLE_FOLLOW_UPS: FollowUp[] = [
  { ...base, id: 'sample-follow-up-1', missionId: M1, what: 'Enviar a Cartagena el pliego del concurso de drenaje sostenible de Málaga', owner: 'Rocío Martín Gálvez', due: '2026-07-15', status: 'done' },
  { ...base, id: 'sample-follow-up-2', missionId: M1, what: 'Acta del taller de diseño participativo, firmada por la junta', owner: 'Marta Lucía Arrieta', due: '2026-07-31', status: 'in-progress' },
  { ...base, id: 'sample-follow-up-3', missionId: M1, what: 'Presupuesto del punto de clasificación para el grupo de reciclaje', owner: 'Andrés Julio Castillo', due: '2026-09-30', status: 'open' },
];

export const SAMPLE_PERSONS_MET: PersonMet[] = [
  { ...base, id: 'sample-person-1', missionId: M1, name: 'Presidenta de la junta de acción comunal de El Espinal', role: 'Presidenta', organisation: 'JAC El Espinal', email: '', notes: 'Pide que las obras no coincidan con la temporada de lluvias; propone el salón comunal para las reuniones de seguimiento.' },
  { ...base, id: 'sample-person-2', missionId: M1, name: 'Carlos Puello', role: 'Rector', organisation: 'Institución Educativa El Espinal', email: 'rectoria@ie-espinal.example', notes: 'Ofrece el colegio para los talleres.' },
];

/**
 * The sample mission's photos, as shipped in assets/sample-photos (made by
 * scripts/make-sample-photos.sh): which agenda item each belongs to and its
 * caption, as the technician typed it. One has no caption, as happens.
 */
export const SAMPLE_PHOTOS: readonly { file: string; caption: string; agendaItemId: string | null }[] = [
  { file: 'el-espinal-walk.jpg', caption: 'Los vecinos muestran el solar junto al caño', agendaItemId: 'sample-agenda-1-2' },
  { file: 'design-workshop.jpg', caption: 'Maqueta del punto de encuentro hecha en el taller', agendaItemId: 'sample-agenda-1-4' },
  { file: 'drainage-channel.jpg', caption: '', agendaItemId: null },
];

/** The data of one sample mission's documents, from the sample pairing's bundle; photos as given (the sample script reads SAMPLE_PHOTOS from assets/). */
export function sampleMissionDocData(bundle: PairingBundle, missionId = M1, photos: DocPhoto[] = []): MissionDocData {
  const mission = SAMPLE_MISSIONS.find((m) => m.id === missionId);
  if (!mission) throw new Error(`no sample mission ${missionId}`);
  return {
    pairing: bundle.pairing,
    mission,
    items: SAMPLE_AGENDA.filter((i) => i.missionId === missionId),
    positions: bundle.positions,
    assignments: bundle.assignments,
    followUps: SAMPLE_FOLLOW_UPS.filter((f) => f.missionId === missionId),
    personsMet: SAMPLE_PERSONS_MET.filter((p) => p.missionId === missionId),
    photos,
  };
}

/** The sample missions as writes for the write path, so "Load a sample programme" brings them too. */
export function sampleMissionWrites(): Write[] {
  const of = <K extends Write['kind']>(kind: K, records: readonly { id: string; pairingId: string }[]): Write[] =>
    records.map((r) => ({ kind, recordId: r.id, pairingId: r.pairingId, fields: r as unknown as Record<string, unknown> }));
  return [...of('mission', SAMPLE_MISSIONS), ...of('agendaItem', SAMPLE_AGENDA), ...of('followUp', SAMPLE_FOLLOW_UPS), ...of('personMet', SAMPLE_PERSONS_MET)];
}
