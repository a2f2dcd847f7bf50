import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../db/db-context';
import { ucapTable, type UcapKind } from '../../db/schema-ucap';
import type { Stored } from '../../../../shared/model/records';
import { byOrder, type UcapContent } from '../../../../shared/ucap/content';

export type UcapState = { content: UcapContent | null };

/**
 * The live UCAP of a pairing (tombstones left out); content is null while
 * no UCAP was started, and the whole value undefined while loading. Two
 * plans started offline on two devices: the lowest id is the UCAP.
 */
export function useUcap(pairingId: string): UcapState | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const live = async <K extends UcapKind>(kind: K): Promise<Stored<K>[]> => (await ucapTable(db, kind).where('pairingId').equals(pairingId).toArray()).filter((r) => !r.deleted);
    const [plans, objectives, actions, indicators, budgetLines, rates, risks, commItems] = await Promise.all([
      live('ucapPlan'),
      live('ucapObjective'),
      live('ucapAction'),
      live('ucapIndicator'),
      live('ucapBudgetLine'),
      live('ucapRate'),
      live('ucapRisk'),
      live('ucapCommItem'),
    ]);
    const plan = plans.sort((a, b) => (a.id < b.id ? -1 : 1))[0];
    if (!plan) return { content: null };
    const sortedRates = rates.sort((a, b) => a.currency.localeCompare(b.currency) || (b.date ?? '').localeCompare(a.date ?? ''));
    return {
      content: { plan, objectives: byOrder(objectives), actions: byOrder(actions), indicators: byOrder(indicators), budgetLines: byOrder(budgetLines), rates: sortedRates, risks: byOrder(risks), commItems: byOrder(commItems) },
    };
  }, [db, pairingId]);
}
