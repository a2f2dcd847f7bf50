import { checkCompleteness } from './completeness';
import { missingTranslations } from './translations';
import { anchorId, type UcapContent } from './content';
import { newActionFields, newBudgetLineFields, newCommItemFields, newIndicatorFields, newObjectiveFields, newPlanFields, newRiskFields } from './defaults';
import { UCAP_SCHEMAS } from './schemas';

const P = 'p1';
const rec = <T,>(id: string, fields: T) => ({ id, pairingId: P, ...fields });
const period = { startDate: '2026-01-01', endDate: '2027-06-30' };

function complete(): UcapContent {
  return {
    plan: rec('plan', { ...newPlanFields('EUR'), context: { es: 'Contexto' }, challenges: { es: 'Retos' }, sustainability: { es: 'Continuidad' } }),
    objectives: [rec('o1', { ...newObjectiveFields('general', 0), title: { es: 'Espacio público sin gentrificación' } })],
    actions: [rec('a1', { ...newActionFields(0, true), title: { es: 'Plaza de El Espinal' }, objectiveIds: ['o1'], startDate: '2026-03-01', endDate: '2026-12-31' })],
    indicators: [rec('i1', { ...newIndicatorFields('operational', 0), name: { es: 'Vecinos en talleres' }, target: '200', targetDate: '2026-12-31', actionId: 'a1' })],
    budgetLines: [rec('b1', { ...newBudgetLineFields(0, 'COP'), amount: '25000000', actionId: 'a1' })],
    rates: [rec('r1', { deleted: false, currency: 'COP', rate: '0.00023', date: '2026-02-01' })],
    risks: [rec('k1', { ...newRiskFields('externality', 0), title: { es: 'Gentrificación' } })],
    commItems: [rec('c1', { ...newCommItemFields('audience', 0), text: { es: 'Vecinos' } })],
  };
}

const codes = (c: UcapContent) => checkCompleteness(c, period, 'es').map((i) => i.code);

describe('the completeness check', () => {
  it('finds nothing in a complete UCAP, whose records all pass their schemas', () => {
    const c = complete();
    expect(codes(c)).toEqual([]);
    expect(UCAP_SCHEMAS.ucapPlan.safeParse(c.plan).success).toBe(true);
    expect(UCAP_SCHEMAS.ucapAction.safeParse(c.actions[0]).success).toBe(true);
    expect(UCAP_SCHEMAS.ucapBudgetLine.safeParse(c.budgetLines[0]).success).toBe(true);
  });

  it('names every empty section, in section order, each pointing at its place', () => {
    const empty: UcapContent = { plan: rec('plan', newPlanFields('')), objectives: [], actions: [], indicators: [], budgetLines: [], rates: [], risks: [], commItems: [] };
    const issues = checkCompleteness(empty, period, 'es');
    expect(issues.map((i) => i.code)).toEqual(['contextEmpty', 'challengesEmpty', 'noGeneralObjective', 'noActions', 'noIndicators', 'noBudget', 'noReportingCurrency', 'noRisks', 'noCommunication', 'sustainabilityEmpty']);
    expect(anchorId(issues[0]!.target)).toBe('ucap-plan-context');
    expect(anchorId(issues[3]!.target)).toBe('ucap-section-actions');
  });

  it('flags an action without indicator, objective or dates, quoting its title', () => {
    const c = complete();
    c.indicators[0]!.actionId = null;
    c.actions[0]!.objectiveIds = ['gone'];
    c.actions[0]!.endDate = null;
    const issues = checkCompleteness(c, period, 'es');
    expect(issues.map((i) => i.code)).toEqual(['actionNoObjective', 'actionNoIndicator', 'actionNoDates']);
    expect(issues[1]!.params).toEqual({ title: 'Plaza de El Espinal' });
    expect(issues[2]!.target).toEqual({ section: 'actions', recordId: 'a1', field: 'endDate' });
  });

  it('flags dates outside the pairing period', () => {
    const c = complete();
    c.actions[0]!.endDate = '2027-09-01';
    c.indicators[0]!.targetDate = '2025-12-31';
    expect(codes(c)).toEqual(['actionOutsidePeriod', 'indicatorOutsidePeriod']);
    expect(checkCompleteness(c, { startDate: null, endDate: null }, 'es')).toEqual([]);
  });

  it('flags a budget line without currency or amount, and a currency without rate', () => {
    const c = complete();
    c.budgetLines.push(rec('b2', { ...newBudgetLineFields(1, ''), amount: '10' }), rec('b3', { ...newBudgetLineFields(2, 'BRL') }));
    const issues = checkCompleteness(c, period, 'es');
    expect(issues.map((i) => [i.code, i.target.recordId])).toEqual([
      ['budgetNoCurrency', 'b2'],
      ['budgetNoAmount', 'b3'],
      ['rateMissing', 'plan'],
    ]);
    expect(issues[2]!.params).toEqual({ currency: 'BRL' });
  });
});

describe('missing translations', () => {
  it('lists the texts written in another language but not in the chosen one', () => {
    const c = complete();
    c.plan.context = { es: 'Contexto', pt: 'Contexto', en: 'Context' };
    c.risks[0]!.title = { pt: 'Gentrificação' };
    const missing = missingTranslations(c, 'en');
    expect(missing.map((m) => [m.target.recordId, m.field])).toEqual([
      ['plan', 'challenges'],
      ['plan', 'sustainability'],
      ['o1', 'title'],
      ['a1', 'title'],
      ['i1', 'name'],
      ['k1', 'title'],
      ['c1', 'text'],
    ]);
    expect(missing[5]).toMatchObject({ source: 'Gentrificação', sourceLang: 'pt' });
    expect(missingTranslations(c, 'es').map((m) => m.target.recordId)).toEqual(['k1']);
  });
});

describe('the budget line schema', () => {
  it('refuses more decimals than the currency has, and a malformed amount', () => {
    const line = rec('b', { ...newBudgetLineFields(0, 'EUR'), amount: '10.555' });
    expect(UCAP_SCHEMAS.ucapBudgetLine.safeParse(line).error?.issues[0]?.message).toBe('ucap:errors.amountDecimals');
    expect(UCAP_SCHEMAS.ucapBudgetLine.safeParse({ ...line, amount: '1,5' }).error?.issues[0]?.message).toBe('ucap:errors.amount');
    expect(UCAP_SCHEMAS.ucapBudgetLine.safeParse({ ...line, amount: '10.55' }).success).toBe(true);
  });
});
