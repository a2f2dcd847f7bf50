import type { Label } from '../i18n/langs';
import { SIDES, type Side } from '../model/vocabularies';
import { validate, type FieldError } from '../model/validation';
import { foldForSearch } from '../text/fold';
import type { ColumnTarget } from './csv-mapping';
import type { ParsedCsv } from './csv-parse';
import { newStakeholderFields, splitList, stakeholderSchema, type StakeholderFields } from './schema';
import { ENGAGEMENT_LEVELS, STAKEHOLDER_GROUPS, STANCES } from './vocabularies';

/** Folded words (ids and their labels in every language) to vocabulary ids, per field. */
export type ValueLookup = Record<'side' | 'group' | 'engagement' | 'stance', Map<string, string>>;

const SIDE_WORDS: Record<Side, string[]> = {
  eu: ['eu', 'ue', 'europe', 'europa', 'european', 'europeo', 'europeu', 'europea', 'europeia'],
  lac: ['lac', 'alc', 'latin america', 'america latina', 'latinoamerica', 'latin american', 'latinoamericano', 'latino-americano', 'latin america and caribbean', 'america latina y el caribe', 'america latina e caribe'],
};

/** A lookup from the vocabulary ids and their labels in each language given (es, pt, en). */
export function buildValueLookup(labels: readonly Label[]): ValueLookup {
  const lookup: ValueLookup = { side: new Map(), group: new Map(), engagement: new Map(), stance: new Map() };
  const add = (field: keyof ValueLookup, word: string, id: string) => {
    const folded = foldForSearch(word).trim();
    if (folded && !lookup[field].has(folded)) lookup[field].set(folded, id);
  };
  for (const side of SIDES) for (const w of [side, ...SIDE_WORDS[side]]) add('side', w, side);
  const vocab = { group: STAKEHOLDER_GROUPS, engagement: ENGAGEMENT_LEVELS, stance: STANCES } as const;
  for (const [field, ids] of Object.entries(vocab) as [keyof typeof vocab, readonly string[]][]) {
    for (const id of ids) {
      add(field, id, id);
      for (const t of labels) add(field, t(`stakeholders:${field}.${id}`), id);
    }
  }
  for (const t of labels) for (const side of SIDES) add('side', t(`vocab:side.${side}`), side);
  return lookup;
}

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
          const id = lookup[target].get(foldForSearch(trimmed));
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
