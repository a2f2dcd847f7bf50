import type { Table } from 'dexie';
import type { Stored } from '../../../shared/model/records';

// Tables of the UCAP editor (issue 5), merged into database version 2. One
// UCAP per pairing, so every table is reached by pairingId.
export const UCAP_TABLES: Record<string, string> = {
  ucapPlans: 'id, pairingId',
  ucapObjectives: 'id, pairingId',
  ucapActions: 'id, pairingId',
  ucapIndicators: 'id, pairingId',
  ucapBudgetLines: 'id, pairingId',
  ucapRates: 'id, pairingId',
  ucapRisks: 'id, pairingId',
  ucapCommItems: 'id, pairingId',
  ucapSnapshots: 'id, pairingId',
};

/** The table of each UCAP record kind, joined into TABLE_OF as one line. */
export const UCAP_TABLE_OF = {
  ucapPlan: 'ucapPlans',
  ucapObjective: 'ucapObjectives',
  ucapAction: 'ucapActions',
  ucapIndicator: 'ucapIndicators',
  ucapBudgetLine: 'ucapBudgetLines',
  ucapRate: 'ucapRates',
  ucapRisk: 'ucapRisks',
  ucapCommItem: 'ucapCommItems',
  ucapSnapshot: 'ucapSnapshots',
} as const;

export type UcapKind = keyof typeof UCAP_TABLE_OF;

/** The UCAP table of a kind, reached by name (Dexie keeps one Table object per name). */
export function ucapTable<K extends UcapKind>(db: { table: (name: string) => Table<unknown, string> }, kind: K): Table<Stored<K>, string> {
  return db.table(UCAP_TABLE_OF[kind]) as unknown as Table<Stored<K>, string>;
}
