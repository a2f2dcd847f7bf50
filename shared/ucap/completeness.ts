import type { Lang } from '../i18n/langs';
import { languagesPresent, pickText } from '../text/localized';
import { latestRates, toMinor } from './money';
import type { UcapContent, UcapTarget } from './content';

export type IssueCode =
  | 'contextEmpty'
  | 'challengesEmpty'
  | 'sustainabilityEmpty'
  | 'noGeneralObjective'
  | 'noActions'
  | 'noIndicators'
  | 'noBudget'
  | 'noRisks'
  | 'noCommunication'
  | 'noReportingCurrency'
  | 'actionUntitled'
  | 'actionNoObjective'
  | 'actionNoIndicator'
  | 'actionNoDates'
  | 'actionOutsidePeriod'
  | 'indicatorNoTarget'
  | 'indicatorOutsidePeriod'
  | 'budgetNoCurrency'
  | 'budgetNoAmount'
  | 'rateMissing';

/** One thing missing or inconsistent, with the place to jump to and what its message needs. */
export type Issue = { code: IssueCode; target: UcapTarget; params: Record<string, string> };

export type Period = { startDate: string | null; endDate: string | null };

function outside(period: Period, date: string | null): boolean {
  return date !== null && ((period.startDate !== null && date < period.startDate) || (period.endDate !== null && date > period.endDate));
}

const blank = (value: Parameters<typeof languagesPresent>[0]) => languagesPresent(value).length === 0;

/**
 * What keeps a UCAP from being complete, in the order of its sections.
 * `lang` only chooses the language titles are quoted in.
 */
export function checkCompleteness(content: UcapContent, period: Period, lang: Lang): Issue[] {
  const { plan, objectives, actions, indicators, budgetLines, rates, risks, commItems } = content;
  const issues: Issue[] = [];
  const at = (section: UcapTarget['section'], recordId: string | null = null, field: string | null = null): UcapTarget => ({ section, recordId, field });
  const add = (code: IssueCode, target: UcapTarget, params: Record<string, string> = {}) => issues.push({ code, target, params });
  const title = (value: Parameters<typeof pickText>[0]) => pickText(value, lang).text;

  if (blank(plan.context)) add('contextEmpty', at('context', plan.id, 'context'));
  if (blank(plan.challenges)) add('challengesEmpty', at('context', plan.id, 'challenges'));

  if (!objectives.some((o) => o.level === 'general')) add('noGeneralObjective', at('objectives'));

  if (actions.length === 0) add('noActions', at('actions'));
  const objectiveIds = new Set(objectives.map((o) => o.id));
  for (const a of actions) {
    const params = { title: title(a.title) };
    if (blank(a.title)) add('actionUntitled', at('actions', a.id, 'title'));
    if (!a.objectiveIds.some((id) => objectiveIds.has(id))) add('actionNoObjective', at('actions', a.id, 'objectiveIds'), params);
    if (!indicators.some((i) => i.actionId === a.id)) add('actionNoIndicator', at('actions', a.id, 'title'), params);
    if (!a.startDate || !a.endDate) add('actionNoDates', at('actions', a.id, a.startDate ? 'endDate' : 'startDate'), params);
    else if (outside(period, a.startDate) || outside(period, a.endDate)) add('actionOutsidePeriod', at('actions', a.id, outside(period, a.startDate) ? 'startDate' : 'endDate'), params);
  }

  if (indicators.length === 0) add('noIndicators', at('indicators'));
  for (const i of indicators) {
    const params = { name: title(i.name) };
    if (!i.target.trim()) add('indicatorNoTarget', at('indicators', i.id, 'target'), params);
    if (outside(period, i.targetDate)) add('indicatorOutsidePeriod', at('indicators', i.id, 'targetDate'), params);
  }

  if (budgetLines.length === 0) add('noBudget', at('budget'));
  if (!plan.reportingCurrency) add('noReportingCurrency', at('budget', plan.id, 'reportingCurrency'));
  for (const b of budgetLines) {
    const params = { description: title(b.description) };
    if (!b.currency) add('budgetNoCurrency', at('budget', b.id, 'currency'), params);
    if (!b.amount || (b.currency && toMinor(b.amount, b.currency) === null)) add('budgetNoAmount', at('budget', b.id, 'amount'), params);
  }
  const known = latestRates(rates);
  const foreign = [...new Set(budgetLines.map((b) => b.currency).filter((c) => c && c !== plan.reportingCurrency))].sort();
  if (plan.reportingCurrency) for (const currency of foreign) if (!known.has(currency)) add('rateMissing', at('budget', plan.id, 'rates'), { currency });

  if (risks.length === 0) add('noRisks', at('risks'));
  if (commItems.length === 0) add('noCommunication', at('communication'));
  if (blank(plan.sustainability)) add('sustainabilityEmpty', at('sustainability', plan.id, 'sustainability'));
  return issues;
}
