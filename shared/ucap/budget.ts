import { convertTotals, totalsByCurrency, type ConvertedTotal } from './money';
import type { UcapContent } from './content';

export type BudgetSummary = {
  /** Total of each currency in minor units, alphabetical by code. */
  totals: { currency: string; minor: bigint }[];
  /** The total in the reporting currency with the rates used; null without a reporting currency. */
  converted: (ConvertedTotal & { currency: string }) | null;
};

/** The totals the editor and the document show under the budget table. */
export function budgetSummary(content: Pick<UcapContent, 'plan' | 'budgetLines' | 'rates'>): BudgetSummary {
  const totals = totalsByCurrency(content.budgetLines);
  const reporting = content.plan.reportingCurrency;
  return {
    totals: [...totals].map(([currency, minor]) => ({ currency, minor })),
    converted: reporting ? { currency: reporting, ...convertTotals(totals, content.rates, reporting) } : null,
  };
}
