import { labelsFor } from '../../../../locales/labels';
import { LANGS } from '../../../../shared/i18n/langs';
import { buildValueLookup, type ValueLookup } from '../../../../shared/stakeholders/csv-rows';

let lookup: ValueLookup | undefined;

/** Vocabulary words in all three languages, whatever the interface speaks: a file may come from any team. */
export function valueLookup(): ValueLookup {
  lookup ??= buildValueLookup(LANGS.map(labelsFor));
  return lookup;
}
