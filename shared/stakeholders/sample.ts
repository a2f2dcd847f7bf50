import type { Write } from '../sync/local-change';
import { sampleIds } from '../sample/build';
import { newStakeholderFields, type Stakeholder, type StakeholderFields } from './schema';

// Stakeholders of the sample programme's showcase pairing, Cartagena de Indias –
// Málaga. Organisations are of the kinds the programme's reports name; the
// people are invented. Ids are fixed, so loading the sample twice writes the
// same records again.

type Spec = Partial<StakeholderFields> & Pick<StakeholderFields, 'side' | 'group'>;

const CARTAGENA_MALAGA: Spec[] = [
  { side: 'lac', group: 'city-departments', name: 'Mariana Pérez Cárdenas', organisation: 'Alcaldía de Cartagena – Secretaría de Planeación', role: 'Secretaria de Planeación', email: 'mperez@cartagena.example', phone: '+57 605 641 1370', languages: ['es', 'en'], power: 5, interest: 5, engagement: 'collaborate', stance: 'supportive', tags: ['El Espinal', 'espacio público'] },
  { side: 'lac', group: 'academia', name: 'Julián Ortega Núñez', organisation: 'Universidad de Cartagena', role: 'Profesor de urbanismo', email: 'jortega@unicartagena.example', languages: ['es'], power: 2, interest: 5, engagement: 'involve', stance: 'supportive', tags: ['participación'], notes: 'Coordina el taller de diseño participativo con los vecinos de El Espinal.' },
  { side: 'lac', group: 'civil-society', name: 'Rosa Elena Barrios', organisation: 'Junta de Acción Comunal de El Espinal', role: 'Presidenta', phone: '+57 300 555 0142', languages: ['es'], power: 2, interest: 5, engagement: 'empower', stance: 'supportive', tags: ['El Espinal', 'mujeres recicladoras'] },
  { side: 'lac', group: 'civil-society', organisation: 'Asociación de Mujeres Recicladoras de Cartagena', role: '', languages: ['es'], power: 1, interest: 4, engagement: 'involve', stance: 'supportive', tags: ['mujeres recicladoras', 'economía circular'] },
  { side: 'lac', group: 'private-sector', name: 'Andrés Villalobos', organisation: 'Cámara de Comercio de Cartagena', role: 'Director de competitividad', email: 'avillalobos@cccartagena.example', languages: ['es', 'en'], power: 4, interest: 2, engagement: 'consult', stance: 'neutral', tags: ['turismo'] },
  { side: 'lac', group: 'private-sector', organisation: 'Asociación Hotelera del Centro Histórico', languages: ['es'], power: 4, interest: 2, engagement: 'inform', stance: 'opposed', tags: ['turismo', 'gentrificación'], notes: 'Teme que las obras reduzcan el acceso de turistas durante la temporada alta.' },
  { side: 'lac', group: 'media', name: 'Camila Restrepo', organisation: 'El Universal', role: 'Periodista de ciudad', email: 'crestrepo@eluniversal.example', languages: ['es'], power: 3, interest: 2, engagement: 'inform', stance: 'neutral' },
  { side: 'lac', group: 'diplomatic', organisation: 'Embajada de España en Colombia', role: 'Oficina Técnica de Cooperación', languages: ['es'], power: 3, interest: 3, engagement: 'consult', stance: 'supportive' },
  { side: 'lac', group: 'other-government', organisation: 'Gobernación de Bolívar', role: 'Secretaría de Hábitat', languages: ['es'], power: 4, interest: 1, engagement: 'inform', stance: 'unknown' },
  { side: 'eu', group: 'city-departments', name: 'Carmen Ruiz Benítez', organisation: 'Ayuntamiento de Málaga – Relaciones Internacionales', role: 'Jefa de servicio', email: 'cruiz@malaga.example', phone: '+34 951 92 60 00', languages: ['es', 'en', 'fr'], power: 5, interest: 5, engagement: 'collaborate', stance: 'supportive', tags: ['coordinación'] },
  { side: 'eu', group: 'city-departments', organisation: 'Gerencia Municipal de Urbanismo de Málaga', role: 'Soluciones basadas en la naturaleza', languages: ['es'], power: 4, interest: 4, engagement: 'collaborate', stance: 'supportive', tags: ['soluciones basadas en la naturaleza'] },
  { side: 'eu', group: 'academia', name: 'Álvaro Gómez Olmedo', organisation: 'Universidad de Málaga', role: 'Investigador en turismo urbano', email: 'agomez@uma.example', languages: ['es', 'en', 'pt'], power: 2, interest: 4, engagement: 'involve', stance: 'supportive', tags: ['turismo', 'gentrificación'] },
  { side: 'eu', group: 'international-cooperation', organisation: 'Fundación CIEDES', role: 'Planificación estratégica', languages: ['es', 'en'], power: 3, interest: 4, engagement: 'consult', stance: 'supportive' },
  { side: 'eu', group: 'private-sector', organisation: 'Asociación de Comerciantes del Centro Histórico de Málaga', languages: ['es'], power: 3, interest: 2, engagement: 'inform', stance: 'neutral', tags: ['turismo'] },
  { side: 'eu', group: 'media', organisation: 'Diario Sur', languages: ['es'], power: 2, interest: 1, engagement: 'inform', stance: 'unknown' },
];

const SPECS: Record<string, Spec[]> = { 'cartagena-malaga': CARTAGENA_MALAGA };

export const sampleStakeholderId = (pairingKey: string, n: number) => `sample-stakeholder-${pairingKey}-${n}`;

/** The sample stakeholders of one sample pairing (none for a pairing the sample does not describe). */
export function sampleStakeholders(pairingId: string): Stakeholder[] {
  const key = Object.keys(SPECS).find((k) => sampleIds.pairing(k) === pairingId);
  if (!key) return [];
  return SPECS[key]!.map((spec, i) => ({ id: sampleStakeholderId(key, i + 1), pairingId, ...newStakeholderFields(spec), writtenIn: 'es' as const }));
}

/** The sample stakeholders of these pairings as writes for the write path ("Load a sample programme" brings them too). */
export function sampleStakeholderWrites(pairingIds: readonly string[]): Write[] {
  return pairingIds.flatMap(sampleStakeholders).map(({ id, pairingId, ...fields }) => ({ kind: 'stakeholder' as const, recordId: id, pairingId, fields }));
}
