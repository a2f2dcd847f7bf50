import type { ReactNode } from 'react';
import type { Lang } from '../../../../shared/i18n/langs';
import { Tabs, tabIdOf } from '../Tabs';

type Props = {
  /** The accessible name of the tab list (the text's label). */
  label: string;
  langs: readonly Lang[];
  selected: Lang;
  /** Asked to show a language; the owner may ask the user first and keep the current one. */
  onSelect: (lang: Lang) => void;
  /** What each tab says (the language, whether it has text). */
  tabLabel: (lang: Lang) => ReactNode;
  idPrefix: string;
  panelId: string;
};

/** The id of a language's tab, for the panel's aria-labelledby. */
export const tabId = (idPrefix: string, lang: Lang) => tabIdOf(idPrefix, lang);

/** The language tabs of a text written in several languages (the WAI-ARIA tabs pattern, see Tabs). */
export function LanguageTabs({ label, langs, selected, onSelect, tabLabel, idPrefix, panelId }: Props) {
  return <Tabs label={label} options={langs.map((l) => ({ value: l, label: tabLabel(l) }))} selected={selected} onSelect={onSelect} idPrefix={idPrefix} panelId={panelId} />;
}
