import { foldForSearch } from '../text/fold';
import type { Stakeholder, StakeholderField } from './schema';
import { STAKEHOLDER_FIELDS, displayName } from './schema';

export type DuplicateReason = 'email' | 'name';
export type DuplicatePair<S extends Stakeholder = Stakeholder> = { a: S; b: S; reason: DuplicateReason };

function nameKey(s: Stakeholder): string {
  return foldForSearch(displayName(s)).replace(/[\s.,'’-]+/g, ' ').trim();
}

/**
 * Likely duplicates among live records: the same e-mail (ignoring case), or the
 * same name once case, accents and punctuation are ignored. Each pair is named
 * once, by its first reason; linear in the number of records.
 */
export function findDuplicates<S extends Stakeholder>(records: readonly S[]): DuplicatePair<S>[] {
  const pairs: DuplicatePair<S>[] = [];
  const seenPair = new Set<string>();
  const groups = (key: (s: S) => string) => {
    const byKey = new Map<string, S[]>();
    for (const r of records) {
      if (r.deleted) continue;
      const k = key(r);
      if (k) byKey.set(k, [...(byKey.get(k) ?? []), r]);
    }
    return [...byKey.values()].filter((g) => g.length > 1);
  };
  const add = (group: S[], reason: DuplicateReason) => {
    const [first, ...rest] = group;
    for (const other of rest) {
      const id = [first!.id, other.id].sort().join('|');
      if (seenPair.has(id)) continue;
      seenPair.add(id);
      pairs.push({ a: first!, b: other, reason });
    }
  };
  for (const g of groups((s) => s.email.trim().toLowerCase())) add(g, 'email');
  for (const g of groups(nameKey)) add(g, 'name');
  return pairs;
}

/** A field on which two records disagree. */
export type MergeDifference = { field: StakeholderField; a: unknown; b: unknown };

function same(x: unknown, y: unknown): boolean {
  return JSON.stringify(x) === JSON.stringify(y);
}

function isEmpty(x: unknown): boolean {
  return x === '' || (Array.isArray(x) && x.length === 0);
}

/** The fields to choose between; the rest are equal. */
export function mergeDifferences(a: Stakeholder, b: Stakeholder): MergeDifference[] {
  return STAKEHOLDER_FIELDS.filter((f) => !same(a[f], b[f])).map((field) => ({ field, a: a[field], b: b[field] }));
}

export type MergeChoice = Partial<Record<StakeholderField, 'a' | 'b'>>;

/** A first choice per field: the kept record's value, unless it is empty and the other's is not. */
export function defaultChoices(a: Stakeholder, b: Stakeholder): MergeChoice {
  return Object.fromEntries(mergeDifferences(a, b).map(({ field }) => [field, isEmpty(a[field]) && !isEmpty(b[field]) ? 'b' : 'a']));
}

/** The fields to write on the kept record (a) so that it holds every chosen value. */
export function mergedFields(a: Stakeholder, b: Stakeholder, choices: MergeChoice): Partial<Stakeholder> {
  const out: Record<string, unknown> = {};
  for (const { field } of mergeDifferences(a, b)) if ((choices[field] ?? 'a') === 'b') out[field] = b[field];
  return out as Partial<Stakeholder>;
}
