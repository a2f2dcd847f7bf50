import type { Side } from '../model/vocabularies';
import { foldForSearch } from '../text/fold';
import type { Stakeholder } from './schema';
import { displayName } from './schema';
import type { EngagementLevel, StakeholderGroup } from './vocabularies';

// Search over tens of thousands of stakeholders as the user types: every
// record's searchable text is folded once, when the records change, so a
// keystroke only runs `includes` over ready strings.

export type Indexed<S extends Stakeholder = Stakeholder> = { record: S; haystack: string };

export type StakeholderFilters = {
  query: string;
  side: Side | '';
  group: StakeholderGroup | '';
  engagement: EngagementLevel | '';
  tag: string;
};

export const NO_FILTERS: StakeholderFilters = { query: '', side: '', group: '', engagement: '', tag: '' };

export function indexStakeholders<S extends Stakeholder>(records: readonly S[]): Indexed<S>[] {
  return records.map((record) => ({
    record,
    haystack: foldForSearch([record.name, record.organisation, record.role, record.email, record.tags.join(' ')].join('\u0000')),
  }));
}

/** The records that pass every filter and contain every word of the query, ignoring case and accents. */
export function filterStakeholders<S extends Stakeholder>(index: readonly Indexed<S>[], filters: StakeholderFilters): S[] {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  const tag = foldForSearch(filters.tag);
  const out: S[] = [];
  for (const { record, haystack } of index) {
    if (filters.side && record.side !== filters.side) continue;
    if (filters.group && record.group !== filters.group) continue;
    if (filters.engagement && record.engagement !== filters.engagement) continue;
    if (tag && !record.tags.some((t) => foldForSearch(t) === tag)) continue;
    if (!words.every((w) => haystack.includes(w))) continue;
    out.push(record);
  }
  return out;
}

export const SORT_KEYS = ['name', 'organisation', 'group', 'power', 'interest'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; descending: boolean };

/**
 * Sorted with the interface language's collation ("Ángela" between "Ana" and
 * "Beatriz"). Sorting is done once per data or sort change, and filtering keeps
 * that order, so typing never re-sorts.
 */
export function sortStakeholders<S extends Stakeholder>(records: readonly S[], sort: Sort, locale: string, groupLabel: (g: StakeholderGroup) => string = (g) => g): S[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const text = (s: S): string => (sort.key === 'organisation' ? s.organisation : sort.key === 'group' ? groupLabel(s.group) : displayName(s));
  const byName = (a: S, b: S) => collator.compare(displayName(a), displayName(b));
  const compare =
    sort.key === 'power' || sort.key === 'interest'
      ? (a: S, b: S) => a[sort.key as 'power'] - b[sort.key as 'power'] || byName(a, b)
      : (a: S, b: S) => collator.compare(text(a), text(b)) || byName(a, b);
  const sorted = [...records].sort(compare);
  return sort.descending ? sorted.reverse() : sorted;
}

/** Every tag in use, once each, in the collation of the locale. */
export function tagsInUse(records: readonly Stakeholder[], locale: string): string[] {
  const byFolded = new Map<string, string>();
  for (const r of records) {
    for (const t of r.tags) {
      const folded = foldForSearch(t);
      if (!byFolded.has(folded)) byFolded.set(folded, t);
    }
  }
  return [...byFolded.values()].sort(new Intl.Collator(locale, { sensitivity: 'base' }).compare);
}
