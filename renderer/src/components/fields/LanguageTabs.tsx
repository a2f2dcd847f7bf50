import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { Lang } from '../../../../shared/i18n/langs';

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
export const tabId = (idPrefix: string, lang: Lang) => `${idPrefix}-tab-${lang}`;

const NEXT: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * The language tabs of a text written in several languages, as the WAI-ARIA
 * tabs pattern has them: one tab in the Tab order (the selected one), the
 * arrow keys, Home and End move between tabs and show the language reached
 * (automatic activation), each tab names the panel it controls.
 */
export function LanguageTabs({ label, langs, selected, onSelect, tabLabel, idPrefix, panelId }: Props) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = NEXT[e.key]?.(index, langs.length);
    if (next === undefined) return;
    e.preventDefault();
    tabs.current[next]?.focus();
    onSelect(langs[next]!);
  };
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {langs.map((l, i) => (
        <button
          key={l}
          ref={(el) => {
            tabs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={tabId(idPrefix, l)}
          aria-selected={selected === l}
          aria-controls={panelId}
          tabIndex={selected === l ? 0 : -1}
          onClick={() => onSelect(l)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {tabLabel(l)}
        </button>
      ))}
    </div>
  );
}
