import type { Table } from 'dexie';
import type { Stored } from '../../../shared/model/records';
import { TABLE_OF } from './database';

const UCAP_KINDS = ['ucapPlan', 'ucapObjective', 'ucapAction', 'ucapIndicator', 'ucapBudgetLine', 'ucapRate', 'ucapRisk', 'ucapCommItem', 'ucapSnapshot'] as const;
export type UcapKind = (typeof UCAP_KINDS)[number];

/** The table of each UCAP record kind, from the declarations. */
export const UCAP_TABLE_OF = Object.fromEntries(UCAP_KINDS.map((k) => [k, TABLE_OF[k]])) as Record<UcapKind, string>;

/** The UCAP table of a kind, reached by name (Dexie keeps one Table object per name). */
export function ucapTable<K extends UcapKind>(db: { table: (name: string) => Table<unknown, string> }, kind: K): Table<Stored<K>, string> {
  return db.table(TABLE_OF[kind]) as unknown as Table<Stored<K>, string>;
}
