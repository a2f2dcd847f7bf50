import type { Write } from '../sync/local-change';
import { sampleIds } from '../sample/build';
import type { UcapContent } from './content';
import { snapshotContent, type UcapSnapshot } from './snapshot';
import { newActionFields, newBudgetLineFields, newCommItemFields, newIndicatorFields, newObjectiveFields, newPlanFields, newRiskFields } from './defaults';

// The UCAP of the Cartagena de Indias – Málaga sample pairing, built on its
// real pilot (the El Espinal neighbourhood meeting place). Amounts, rates and
// indicator values are illustrative. Spanish and English are complete;
// Portuguese only in part, so the exported document shows its fallback marks.
// Ids are fixed, like the rest of the sample programme.

export const SAMPLE_UCAP_PAIRING = sampleIds.pairing('cartagena-malaga');
const P = SAMPLE_UCAP_PAIRING;
const id = (key: string) => `sample-ucap-cartagena-malaga-${key}`;
const rec = <T,>(key: string, fields: T) => ({ id: id(key), pairingId: P, ...fields });

export function sampleUcapContent(): UcapContent {
  const content: UcapContent = {
    plan: rec('plan', {
      ...newPlanFields('EUR'),
      status: 'in-review',
      euSignerId: sampleIds.position('cartagena-malaga', 'coordination-eu'),
      lacSignerId: sampleIds.position('cartagena-malaga', 'coordination'),
      euAgreed: true,
      euAgreedBy: 'Rocío Martín Gálvez <r.martin@malaga.example>',
      context: {
        es: 'Cartagena de Indias (Colombia) y Málaga (España) son ciudades portuarias cuyo centro histórico vive del turismo.\n\nEn Cartagena, los barrios que rodean la zona turística, como El Espinal, sufren la presión inmobiliaria y la falta de espacio público de calidad. Málaga ha regenerado su centro con presupuestos participativos y aprendió de los efectos de la turistificación.',
        en: 'Cartagena de Indias (Colombia) and Málaga (Spain) are port cities whose historic centres live on tourism.\n\nIn Cartagena, the neighbourhoods around the tourist area, such as El Espinal, face property pressure and lack good public space. Málaga regenerated its centre with participatory budgets and learned from the effects of touristification.',
        pt: 'Cartagena de Indias (Colômbia) e Málaga (Espanha) são cidades portuárias cujos centros históricos vivem do turismo.',
      },
      challenges: {
        es: '- Transformar el espacio público de las zonas turísticas sin expulsar a los vecinos.\n- Incorporar soluciones basadas en la naturaleza (arbolado, drenaje sostenible).\n- Dar voz a las juntas de acción comunal en las decisiones urbanas.',
        en: '- Transform public space in tourist areas without pushing residents out.\n- Bring in nature-based solutions (trees, sustainable drainage).\n- Give the community action boards a voice in urban decisions.',
      },
      sustainability: {
        es: 'El punto de encuentro queda a cargo de la junta de acción comunal de El Espinal, con un acuerdo de uso firmado con la Alcaldía. El grupo de mujeres recicladoras mantiene sus ingresos con la ruta de recogida acordada.\n\nEl método participativo se incorpora a la revisión del Plan de Ordenamiento Territorial.',
        en: 'The meeting place is run by the El Espinal community action board, under a use agreement signed with the Mayor’s Office. The women’s recycling group keeps its income through the agreed collection route.\n\nThe participatory method becomes part of the review of the land-use plan (POT).',
      },
      communicationReview: {
        es: 'El comité de seguimiento revisa el plan de comunicación cada trimestre.',
        en: 'The steering committee reviews the communication plan every quarter.',
        pt: 'O comitê de acompanhamento revisa o plano de comunicação a cada trimestre.',
      },
    }),
    objectives: [
      rec('o1', { ...newObjectiveFields('general', 0), title: { es: 'Transformar el espacio público de barrios vulnerables cercanos a zonas turísticas sin gentrificarlos.', en: 'Transform public space in vulnerable neighbourhoods near tourist areas without gentrifying them.', pt: 'Transformar o espaço público de bairros vulneráveis próximos a zonas turísticas sem gentrificá-los.' } }),
      rec('o2', { ...newObjectiveFields('specific', 1), title: { es: 'Diseñar con los vecinos un punto de encuentro al aire libre en El Espinal.', en: 'Design an open-air meeting place in El Espinal with its residents.' } }),
      rec('o3', { ...newObjectiveFields('specific', 2), title: { es: 'Generar ingresos por reciclaje para un grupo de mujeres del barrio.', en: 'Create income from recycling for a group of women from the neighbourhood.' } }),
    ],
    actions: [
      rec('a1', {
        ...newActionFields(0),
        title: { es: 'Plan participativo de El Espinal', en: 'El Espinal participatory plan', pt: 'Plano participativo de El Espinal' },
        description: { es: 'Talleres con la junta de acción comunal y los vecinos para decidir usos, diseño y normas del punto de encuentro.', en: 'Workshops with the community action board and residents to decide the uses, design and rules of the meeting place.' },
        leadSide: 'lac',
        partners: 'Junta de Acción Comunal de El Espinal; Universidad de Cartagena',
        startDate: '2026-03-01',
        endDate: '2026-07-31',
        status: 'done',
        deliverables: { es: '- Diagnóstico participativo\n- Diseño acordado del espacio', en: '- Participatory diagnosis\n- Agreed design of the space' },
        objectiveIds: [id('o1'), id('o2')],
      }),
      rec('a2', {
        ...newActionFields(1, true),
        title: { es: 'Punto de encuentro vecinal al aire libre en El Espinal', en: 'Open-air neighbourhood meeting place in El Espinal' },
        description: { es: 'Regeneración del espacio público con arbolado y drenaje sostenible; fachadas y señalética diseñadas con la comunidad.', en: 'Regeneration of the public space with trees and sustainable drainage; façades and signs designed with the community.' },
        leadSide: 'both',
        partners: 'Alcaldía de Cartagena; Ayuntamiento de Málaga (Urbanismo)',
        startDate: '2026-08-01',
        endDate: '2027-05-31',
        status: 'in-progress',
        deliverables: { es: 'Espacio público regenerado y abierto a los vecinos.', en: 'Regenerated public space open to residents.' },
        objectiveIds: [id('o1'), id('o2')],
      }),
      rec('a3', {
        ...newActionFields(2),
        title: { es: 'Reciclaje con ingresos para mujeres del barrio', en: 'Recycling income for women of the neighbourhood' },
        description: { es: 'Ruta de recogida selectiva gestionada por un grupo de mujeres de El Espinal, con formación de la experiencia de Málaga.', en: 'A separate-collection route run by a group of women from El Espinal, trained with Málaga’s experience.' },
        leadSide: 'lac',
        partners: 'Asociación de mujeres de El Espinal',
        startDate: '2026-09-01',
        endDate: '2027-07-31',
        status: 'planned',
        objectiveIds: [id('o3')],
      }),
    ],
    indicators: [
      rec('i1', { ...newIndicatorFields('strategic', 0), name: { es: 'Metros cuadrados de espacio público regenerado en El Espinal', en: 'Square metres of public space regenerated in El Espinal' }, unit: 'm²', baseline: '0', baselineDate: '2026-02-01', target: '1800', targetDate: '2027-05-31', source: 'Actas de obra de la Alcaldía', actionId: id('a2'), objectiveId: id('o1') }),
      rec('i2', { ...newIndicatorFields('political', 1), name: { es: 'Método participativo incluido en la revisión del POT', en: 'Participatory method included in the land-use plan review' }, unit: 'sí/no', baseline: 'no', baselineDate: '2026-02-01', target: 'sí', targetDate: '2027-07-31', source: 'Decreto del POT', objectiveId: id('o1') }),
      rec('i3', {
        ...newIndicatorFields('operational', 2),
        name: { es: 'Vecinos que participan en los talleres', en: 'Residents taking part in the workshops' },
        unit: 'personas',
        baseline: '0',
        baselineDate: '2026-03-01',
        target: '200',
        targetDate: '2026-07-31',
        measurements: [{ id: id('i3-m1'), date: '2026-04-30', value: '85' }, { id: id('i3-m2'), date: '2026-07-31', value: '214' }],
        source: 'Listas de asistencia',
        actionId: id('a1'),
      }),
      rec('i4', { ...newIndicatorFields('operational', 3), name: { es: 'Ingreso mensual medio del grupo de recicladoras', en: 'Average monthly income of the recycling group' }, unit: 'COP', baseline: '0', baselineDate: '2026-09-01', target: '1 300 000', targetDate: '2027-07-31', source: 'Registro de ventas del grupo', actionId: id('a3') }),
    ],
    budgetLines: [
      rec('b1', { ...newBudgetLineFields(0, 'COP'), description: { es: 'Talleres y materiales', en: 'Workshops and materials' }, amount: '48000000', source: 'municipality', actionId: id('a1') }),
      rec('b2', { ...newBudgetLineFields(1, 'EUR'), description: { es: 'Obras del punto de encuentro', en: 'Works on the meeting place' }, amount: '120000.00', source: 'programme', actionId: id('a2') }),
      rec('b3', { ...newBudgetLineFields(2, 'EUR'), description: { es: 'Asistencia técnica de Málaga', en: 'Technical assistance from Málaga' }, amount: '18500.50', source: 'municipality', actionId: id('a2') }),
      rec('b4', { ...newBudgetLineFields(3, 'COP'), description: { es: 'Equipos de reciclaje', en: 'Recycling equipment' }, amount: '35000000', source: 'other', actionId: id('a3') }),
    ],
    rates: [rec('r1', { deleted: false, currency: 'COP', rate: '0.00022', date: '2026-02-02' })],
    risks: [
      rec('k1', { ...newRiskFields('externality', 0), title: { es: 'Gentrificación del barrio al mejorar el espacio público', en: 'Gentrification of the neighbourhood as its public space improves' }, likelihood: 'high', impact: 'high', mitigation: { es: 'Acuerdo de uso con la junta de acción comunal; seguimiento de los precios del alquiler.', en: 'Use agreement with the community action board; monitoring of rents.' }, owner: 'Secretaría de Planeación, Cartagena' }),
      rec('k2', { ...newRiskFields('externality', 1), title: { es: 'Turismo masivo en el nuevo espacio', en: 'Mass tourism in the new space' }, likelihood: 'medium', impact: 'medium', mitigation: { es: 'Normas de uso decididas por los vecinos; el espacio no se promociona como atractivo turístico.', en: 'Rules of use decided by residents; the space is not promoted as a tourist attraction.' }, owner: 'Junta de Acción Comunal' }),
      rec('k3', { ...newRiskFields('risk', 2), title: { es: 'Retrasos en la contratación de las obras', en: 'Delays in contracting the works' }, likelihood: 'medium', impact: 'high', mitigation: { es: 'Pliegos preparados durante el plan participativo.', en: 'Tender documents prepared during the participatory plan.' }, owner: 'Alcaldía de Cartagena' }),
    ],
    commItems: [
      rec('c1', { ...newCommItemFields('objective', 0), text: { es: 'Que los vecinos sepan cómo participar y qué se decide.', en: 'Residents know how to take part and what is decided.' } }),
      rec('c2', { ...newCommItemFields('message', 1), text: { es: 'El Espinal se transforma con sus vecinos, no sin ellos.', en: 'El Espinal changes with its residents, not without them.', pt: 'El Espinal se transforma com seus moradores, não sem eles.' } }),
      rec('c3', { ...newCommItemFields('audience', 2), text: { es: 'Vecinos de El Espinal y juntas de acción comunal', en: 'Residents of El Espinal and community action boards' } }),
      rec('c4', { ...newCommItemFields('activity', 3), text: { es: 'Jornada de puertas abiertas del punto de encuentro', en: 'Open day of the meeting place' }, date: '2027-06-05' }),
    ],
  };
  // The team writes its single-language texts (partners, units, sources, owners) in Spanish, like the rest of this pairing.
  const es = <T,>(records: T[]) => records.map((r) => ({ ...r, writtenIn: 'es' as const }));
  return { ...content, actions: es(content.actions), indicators: es(content.indicators), risks: es(content.risks) };
}

/**
 * The versions its status steps saved: sent for review (before the team
 * settled how the meeting place is kept up), then agreed by Málaga, the
 * UCAP as it stands now. Named in Spanish, as the Cartagena–Málaga team
 * writing them would have.
 */
export function sampleUcapSnapshots(): (UcapSnapshot & { id: string; pairingId: string })[] {
  const now = sampleUcapContent();
  const agreed = snapshotContent(now);
  const review = snapshotContent(now);
  review.plan = {
    ...review.plan,
    euAgreed: false,
    euAgreedBy: '',
    sustainability: {
      es: 'El punto de encuentro queda a cargo de la Alcaldía. El grupo de mujeres recicladoras mantiene sus ingresos con la ruta de recogida.',
      en: 'The meeting place is run by the Mayor’s Office. The women’s recycling group keeps its income through the collection route.',
    },
  };
  return [
    rec('snapshot-review', { deleted: false, name: 'Enviado a revisión', takenAt: Date.UTC(2026, 8, 14, 14, 30), status: 'in-review' as const, content: review }),
    rec('snapshot-agree-eu', { deleted: false, name: 'Acuerdo de Málaga', takenAt: Date.UTC(2026, 8, 21, 9, 15), status: 'in-review' as const, content: agreed }),
  ];
}

/** The sample UCAP as writes for the write path, so "Load a sample programme" brings it too. */
export function sampleUcapWrites(): Write[] {
  const c = sampleUcapContent();
  const of = (kind: Write['kind'], records: readonly { id: string; pairingId: string }[]): Write[] =>
    records.map(({ id, pairingId, ...fields }) => ({ kind, recordId: id, pairingId, fields }));
  return [
    ...of('ucapPlan', [c.plan]),
    ...of('ucapObjective', c.objectives),
    ...of('ucapAction', c.actions),
    ...of('ucapIndicator', c.indicators),
    ...of('ucapBudgetLine', c.budgetLines),
    ...of('ucapRate', c.rates),
    ...of('ucapRisk', c.risks),
    ...of('ucapCommItem', c.commItems),
    ...of('ucapSnapshot', sampleUcapSnapshots()),
  ];
}
