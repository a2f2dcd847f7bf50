import type { RowResult } from './csv-rows';
import { findDuplicates, type DuplicateReason } from './duplicates';
import { displayName, type Stakeholder } from './schema';

/** A likely duplicate an import would create: a file row like an earlier row, or like a record already in the register. */
export type ImportDuplicate =
  | { reason: DuplicateReason; row: number; name: string; otherRow: number }
  | { reason: DuplicateReason; row: number; name: string; existing: Stakeholder };

const ROW_ID = 'import-row:';

/**
 * The likely duplicates among the rows about to be imported and between them
 * and the register, by the register's own rule (same e-mail, or same name once
 * case, accents and punctuation are ignored): what the user sees before confirming.
 */
export function importDuplicates(rows: readonly RowResult[], register: readonly Stakeholder[]): ImportDuplicate[] {
  const incoming = rows.map((r) => ({ ...r.fields, id: `${ROW_ID}${r.row}`, pairingId: '', deleted: false }) as Stakeholder);
  const rowOf = (s: Stakeholder) => (s.id.startsWith(ROW_ID) ? Number(s.id.slice(ROW_ID.length)) : undefined);
  const out: ImportDuplicate[] = [];
  for (const { a, b, reason } of findDuplicates([...register, ...incoming])) {
    const [rowA, rowB] = [rowOf(a), rowOf(b)];
    if (rowB === undefined) continue; // both already in the register: the duplicates view shows those
    const name = displayName(b) || b.email;
    out.push(rowA === undefined ? { reason, row: rowB, name, existing: a } : { reason, row: rowB, name, otherRow: rowA });
  }
  return out.sort((x, y) => x.row - y.row);
}
