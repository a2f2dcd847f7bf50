import { pairingName, type Pairing } from '../../../../shared/model/pairing';
import { countryName } from '../../../../shared/model/countries';
import { matchesSearch } from '../../../../shared/text/fold';
import type { PairingStatus, Theme } from '../../../../shared/model/vocabularies';

export type PairingFilters = { search: string; status: PairingStatus | ''; theme: Theme | '' };

/**
 * The pairings the list shows: searched ignoring case and accents over names,
 * countries (in the interface language) and summaries, filtered by status and
 * theme, sorted by the interface language's collation.
 */
export function filterPairings<P extends Pairing>(pairings: readonly P[], filters: PairingFilters, lang: string): P[] {
  const collator = new Intl.Collator(lang, { sensitivity: 'base', numeric: true });
  return pairings
    .filter((p) => !filters.status || p.status === filters.status)
    .filter((p) => !filters.theme || p.themes.includes(filters.theme))
    .filter((p) => {
      if (!filters.search.trim()) return true;
      const municipalities = [...p.eu.municipalities, ...p.lac.municipalities];
      return matchesSearch(filters.search, [
        ...municipalities.map((m) => m.name),
        ...municipalities.map((m) => countryName(m.country, lang)),
        ...Object.values(p.summary).filter((s): s is string => typeof s === 'string'),
      ]);
    })
    .map((p) => ({ p, name: pairingName(p) }))
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ p }) => p);
}
