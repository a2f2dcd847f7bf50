import type { Side } from '../model/vocabularies';
import { validate, type FieldError } from '../model/validation';
import type { ColumnTarget } from './csv-mapping';
import type { ParsedCsv } from './csv-parse';
import { newStakeholderFields, splitList, stakeholderSchema, type StakeholderFields } from './schema';
import { foldValue, type ValueLookup } from './value-matching';

export { buildValueLookup, type ValueLookup } from './value-matching';

export type RowResult = { row: number; fields: StakeholderFields; errors: FieldError[] };

export type ImportPlan = { valid: RowResult[]; invalid: RowResult[] };

/** A cell exported by Ponte with its formula guard (a leading apostrophe) comes back as typed. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function scale(cell: string): number {
  const trimmed = cell.trim();
  return trimmed === '' ? 3 : /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Each data row as a stakeholder's fields, validated with the record schema.
 * Cells of unmapped columns are ignored; empty vocabulary cells take the
 * defaults; an unknown word in a vocabulary column is an error that names it.
 */
export function planImport(csv: ParsedCsv, mapping: readonly ColumnTarget[], defaults: { side: Side }, lookup: ValueLookup): ImportPlan {
  const brokenRows = new Set(csv.problems.map((p) => p.row));
  const valid: RowResult[] = [];
  const invalid: RowResult[] = [];
  for (const { row, cells } of csv.rows) {
    const { deleted: _deleted, ...initial } = newStakeholderFields({ side: defaults.side });
    const fields = initial as StakeholderFields;
    const loose = fields as Record<string, unknown>;
    const errors: FieldError[] = [];
    mapping.forEach((target, column) => {
      if (!target) return;
      const cell = unguard(cells[column] ?? '');
      const trimmed = cell.trim();
      switch (target) {
        case 'power':
        case 'interest':
          loose[target] = scale(cell);
          break;
        case 'languages':
        case 'tags':
          loose[target] = splitList(cell);
          break;
        case 'side':
        case 'group':
        case 'engagement':
        case 'stance': {
          if (trimmed === '') break;
          const id = lookup[target].get(foldValue(trimmed));
          if (id) loose[target] = id;
          else errors.push({ path: target, key: `stakeholders:errors.unknownValue`, params: { value: trimmed.slice(0, 60) } });
          break;
        }
        case 'email':
          fields.email = trimmed;
          break;
        default:
          loose[target] = cell;
      }
    });
    if (brokenRows.has(row)) errors.push({ path: '', key: 'stakeholders:errors.brokenQuotes' });
    const checked = validate(stakeholderSchema, { id: 'import', pairingId: 'import', deleted: false, ...fields });
    if (!checked.ok) errors.push(...checked.errors.filter((e) => !errors.some((x) => x.path === e.path)));
    (errors.length === 0 ? valid : invalid).push({ row, fields, errors });
  }
  return { valid, invalid };
}
