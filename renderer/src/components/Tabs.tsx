import { useRef, type KeyboardEvent, type ReactNode } from 'react';

type Props<T extends string> = {
  /** The accessible name of the tab list. */
  label: string;
  options: readonly { value: T; label: ReactNode }[];
  selected: T;
  /** Asked to show a tab; the owner may ask the user first and keep the current one. */
  onSelect: (value: T) => void;
  idPrefix: string;
  /** The id of the panel the tabs control. */
  panelId: string;
};

/** The id of a tab, for its panel's aria-labelledby. */
export const tabIdOf = (idPrefix: string, value: string) => `${idPrefix}-tab-${value}`;

const NEXT: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/**
 * Tabs as the WAI-ARIA tabs pattern has them: one tab in the Tab order (the
 * selected one); the arrow keys, Home and End move between tabs and show the
 * one reached (automatic activation); each tab names the panel it controls.
 */
export function Tabs<T extends string>({ label, options, selected, onSelect, idPrefix, panelId }: Props<T>) {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const next = NEXT[e.key]?.(index, options.length);
    if (next === undefined) return;
    e.preventDefault();
    tabs.current[next]?.focus();
    onSelect(options[next]!.value);
  };
  return (
    <div role="tablist" aria-label={label} className="tabs">
      {options.map((o, i) => (
        <button
          key={o.value}
          ref={(el) => {
            tabs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={tabIdOf(idPrefix, o.value)}
          aria-selected={selected === o.value}
          aria-controls={panelId}
          tabIndex={selected === o.value ? 0 : -1}
          onClick={() => onSelect(o.value)}
          onKeyDown={(e) => onKeyDown(e, i)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
