import type { Label } from '../i18n/langs';
import { SIDES } from '../model/vocabularies';
import { foldForSearch } from '../text/fold';
import type { ColumnTarget } from './csv-mapping';
import type { ParsedCsv } from './csv-parse';
import { ENGAGEMENT_SYNONYMS, GROUP_SYNONYMS, SIDE_SYNONYMS, STANCE_SYNONYMS } from './value-synonyms';
import { ENGAGEMENT_LEVELS, STAKEHOLDER_GROUPS, STANCES } from './vocabularies';

/** The columns whose cells must be one of a fixed set of choices. */
export const CHOICE_FIELDS = ['side', 'group', 'engagement', 'stance'] as const;
export type ChoiceField = (typeof CHOICE_FIELDS)[number];

export function isChoiceField(field: string): field is ChoiceField {
  return (CHOICE_FIELDS as readonly string[]).includes(field);
}

/** The choice ids of each choice field. */
export const CHOICES: Record<ChoiceField, readonly string[]> = { side: SIDES, group: STAKEHOLDER_GROUPS, engagement: ENGAGEMENT_LEVELS, stance: STANCES };

/** A cell as it is compared: no case, no accents, no dots ("O.N.G." is "ong"), other punctuation as spaces. */
export function foldValue(cell: string): string {
  return foldForSearch(cell)
    .replace(/[.'’]/g, '')
    .replace(/[\s_,;:()/\\"«»“”-]+/g, ' ')
    .trim();
}

/** Folded words (ids, labels in every language, short forms) to choice ids, per field. */
export type ValueLookup = Record<ChoiceField, Map<string, string>>;

const SYNONYMS: Record<ChoiceField, Record<string, string[]>> = { side: SIDE_SYNONYMS, group: GROUP_SYNONYMS, engagement: ENGAGEMENT_SYNONYMS, stance: STANCE_SYNONYMS };

/**
 * A lookup from the choice ids, their labels in each language given (es, pt,
 * en) and their usual short forms. A word is taken by the first choice that
 * claims it: labels before short forms.
 */
export function buildValueLookup(labels: readonly Label[]): ValueLookup {
  const lookup: ValueLookup = { side: new Map(), group: new Map(), engagement: new Map(), stance: new Map() };
  const add = (field: ChoiceField, word: string, id: string) => {
    const folded = foldValue(word);
    if (folded && !lookup[field].has(folded)) lookup[field].set(folded, id);
  };
  for (const field of CHOICE_FIELDS) {
    for (const id of CHOICES[field]) {
      add(field, id, id);
      for (const t of labels) add(field, t(field === 'side' ? `vocab:side.${id}` : `stakeholders:${field}.${id}`), id);
    }
    for (const id of CHOICES[field]) for (const word of SYNONYMS[field][id] ?? []) add(field, word, id);
  }
  return lookup;
}

/** What the user chose for values no label or short form matched: folded value to choice id, per field. */
export type ValueChoices = Partial<Record<ChoiceField, Record<string, string>>>;

/** The lookup with the user's choices added; a choice for an id that no longer exists is ignored. */
export function withChoices(lookup: ValueLookup, choices: ValueChoices): ValueLookup {
  const out = { ...lookup };
  for (const field of CHOICE_FIELDS) {
    const chosen = Object.entries(choices[field] ?? {}).filter(([, id]) => CHOICES[field].includes(id));
    if (chosen.length === 0) continue;
    out[field] = new Map([...lookup[field], ...chosen]);
  }
  return out;
}

/** A distinct value of a choice column that nothing matched: as first written, with the rows that hold it. */
export type UnmatchedValue = { field: ChoiceField; key: string; value: string; rows: number[] };

/** Each choice column's distinct values that the lookup does not know, in the order they first appear. */
export function unmatchedValues(csv: ParsedCsv, mapping: readonly ColumnTarget[], lookup: ValueLookup): UnmatchedValue[] {
  const found = new Map<string, UnmatchedValue>();
  mapping.forEach((target, column) => {
    if (!target || !isChoiceField(target)) return;
    for (const { row, cells } of csv.rows) {
      const value = (cells[column] ?? '').trim();
      const key = foldValue(value);
      if (!key || lookup[target].has(key)) continue;
      const id = `${target}\u0000${key}`;
      const entry = found.get(id) ?? { field: target, key, value, rows: [] };
      entry.rows.push(row);
      found.set(id, entry);
    }
  });
  return [...found.values()];
}
