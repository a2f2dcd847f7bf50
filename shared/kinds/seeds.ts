import type { RecordKind } from './registry';
import { newAgreementFields, newAssignmentFields, newPairingFields, newPositionFields } from '../model/defaults';
import { newAgendaItemFields, newFollowUpFields, newMissionFields, newPersonMetFields } from '../missions/defaults';
import { newStakeholderFields } from '../stakeholders/schema';
import { newActionFields, newBudgetLineFields, newCommItemFields, newIndicatorFields, newObjectiveFields, newPlanFields, newRateFields, newRiskFields } from '../ucap/defaults';

// A valid new record of every kind a person makes, in one pairing, pointing
// at one another the way the app makes them: what property tests, benches
// and fixtures start from, so they cover every declared kind (a test fails
// when a declared kind has no seed). Conflicts are made by the server alone.

export type Seed = { kind: RecordKind; id: string; fields: Record<string, unknown> };

export function seedRecords(pairingId: string): Seed[] {
  const eu = { id: `${pairingId}-eu`, name: 'Málaga', country: 'ES' };
  const lac = { id: `${pairingId}-lac`, name: 'Cartagena de Indias', country: 'CO' };
  const pairing = newPairingFields(eu, lac);
  const id = (kind: string) => `${pairingId}-${kind}`;
  const mission = { id: id('mission'), ...newMissionFields(pairing, 'Misión técnica a Cartagena') };
  const hash = (c: string) => c.repeat(64);
  const plan = newPlanFields('EUR');
  const seeds: Seed[] = [
    { kind: 'pairing', id: pairingId, fields: pairing },
    { kind: 'agreement', id: id('agreement'), fields: newAgreementFields('Memorando de entendimiento') },
    { kind: 'position', id: id('position'), fields: newPositionFields('eu', 'Relaciones internacionales', 'Ayuntamiento de Málaga') },
    { kind: 'assignment', id: id('assignment'), fields: newAssignmentFields(id('position'), { name: 'Lucía Fernández', email: '', phone: '', organisation: '' }, '2026-01-15') },
    { kind: 'mission', id: mission.id, fields: mission },
    { kind: 'agendaItem', id: id('agendaItem'), fields: newAgendaItemFields(mission, '2026-06-08', 0, 'Visita a El Espinal') },
    { kind: 'followUp', id: id('followUp'), fields: newFollowUpFields(mission.id, 'Enviar el informe') },
    { kind: 'personMet', id: id('personMet'), fields: newPersonMetFields(mission.id, 'Camila Restrepo') },
    {
      kind: 'photo',
      id: id('photo'),
      fields: { deleted: false, missionId: mission.id, sha256: hash('a'), thumbSha256: hash('b'), mimeType: 'image/jpeg', size: 10, width: 4, height: 3, fileName: 'plaza.jpg', caption: '', agendaItemId: null },
    },
    { kind: 'stakeholder', id: id('stakeholder'), fields: newStakeholderFields({ side: 'lac', name: 'Fundación El Espinal' }) },
    { kind: 'ucapPlan', id: id('ucapPlan'), fields: plan },
    { kind: 'ucapObjective', id: id('ucapObjective'), fields: newObjectiveFields('general', 0) },
    { kind: 'ucapAction', id: id('ucapAction'), fields: newActionFields(0, true) },
    { kind: 'ucapIndicator', id: id('ucapIndicator'), fields: newIndicatorFields('operational', 0) },
    { kind: 'ucapBudgetLine', id: id('ucapBudgetLine'), fields: newBudgetLineFields(0, 'EUR') },
    { kind: 'ucapRate', id: id('ucapRate'), fields: newRateFields('COP', '0.00023', '2026-06-01') },
    { kind: 'ucapRisk', id: id('ucapRisk'), fields: newRiskFields('externality', 0) },
    { kind: 'ucapCommItem', id: id('ucapCommItem'), fields: newCommItemFields('message', 0) },
  ];
  const content = { plan: { id: id('ucapPlan'), pairingId, ...plan }, objectives: [], actions: [], indicators: [], budgetLines: [], rates: [], risks: [], commItems: [] };
  seeds.push({ kind: 'ucapSnapshot', id: id('ucapSnapshot'), fields: { deleted: false, name: 'Primer borrador', takenAt: 1_790_000_000_000, status: 'draft', content } });
  return seeds;
}
