import type { UcapPlan } from './plan';
import type { UcapAction, UcapBudgetLine, UcapCommItem, UcapIndicator, UcapObjective, UcapRate, UcapRisk } from './items';
import type { CommKind, IndicatorLevel, ObjectiveLevel, RiskKind } from './vocab';

// The fields of a new entry (without id and pairingId), valid as they are.

type Fields<T> = Omit<T, 'id' | 'pairingId'>;

export function newPlanFields(reportingCurrency = 'EUR'): Fields<UcapPlan> {
  return { deleted: false, status: 'draft', euAgreed: false, lacAgreed: false, euSignerId: null, lacSignerId: null, euAgreedBy: '', lacAgreedBy: '', context: {}, challenges: {}, sustainability: {}, communicationReview: {}, reportingCurrency };
}

export function newObjectiveFields(level: ObjectiveLevel, order: number): Fields<UcapObjective> {
  return { deleted: false, level, title: {}, order };
}

export function newActionFields(order: number, pilot = false): Fields<UcapAction> {
  return { deleted: false, title: {}, description: {}, pilot, leadSide: 'both', partners: '', startDate: null, endDate: null, status: 'planned', deliverables: {}, objectiveIds: [], order };
}

export function newIndicatorFields(level: IndicatorLevel, order: number): Fields<UcapIndicator> {
  return { deleted: false, level, name: {}, unit: '', baseline: '', baselineDate: null, target: '', targetDate: null, measurements: [], source: '', objectiveId: null, actionId: null, order };
}

export function newBudgetLineFields(order: number, currency = ''): Fields<UcapBudgetLine> {
  return { deleted: false, actionId: null, description: {}, amount: '', currency, source: 'programme', order };
}

export function newRateFields(currency: string, rate: string, date: string | null): Fields<UcapRate> {
  return { deleted: false, currency, rate, date };
}

export function newRiskFields(kind: RiskKind, order: number): Fields<UcapRisk> {
  return { deleted: false, kind, title: {}, likelihood: 'medium', impact: 'medium', mitigation: {}, owner: '', order };
}

export function newCommItemFields(kind: CommKind, order: number): Fields<UcapCommItem> {
  return { deleted: false, kind, text: {}, date: null, order };
}
