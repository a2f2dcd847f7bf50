import type { UcapPlan } from './plan';
import type { UcapAction, UcapBudgetLine, UcapCommItem, UcapIndicator, UcapObjective, UcapRate, UcapRisk } from './items';

/** Everything a UCAP holds, live records only: what the checks, the editor and the document read. */
export type UcapContent = {
  plan: UcapPlan;
  objectives: UcapObjective[];
  actions: UcapAction[];
  indicators: UcapIndicator[];
  budgetLines: UcapBudgetLine[];
  rates: UcapRate[];
  risks: UcapRisk[];
  commItems: UcapCommItem[];
};

/** The sections of the editor and of the document, in their order. */
export const UCAP_SECTIONS = ['context', 'objectives', 'actions', 'timeline', 'indicators', 'budget', 'risks', 'communication', 'sustainability'] as const;
export type UcapSection = (typeof UCAP_SECTIONS)[number];

/** A place in the editor: a field of a record, or a whole section when there is nothing in it yet. */
export type UcapTarget = { section: UcapSection; recordId: string | null; field: string | null };

/** The element id of a target's place, shared by the editor (which sets it) and the completeness list (which jumps to it). */
export function anchorId(target: UcapTarget): string {
  return target.recordId ? `ucap-${target.recordId}-${target.field ?? 'record'}` : `ucap-section-${target.section}`;
}

/** Sorted by the order the team gave, then by id so two devices agree. */
export function byOrder<T extends { order: number; id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
