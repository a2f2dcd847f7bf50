import { useEffect, useRef, useState } from 'react';

type Item = { id: string; text: string };

type Props = {
  /** Names the navigation landmark ("On this page"). */
  label: string;
  /** The element whose sections are listed (a CSS selector). */
  scope: string;
  /** The headings that start a section, inside `scope`; each needs an id. */
  headings?: string;
};

const same = (a: Item[], b: Item[]) => a.length === b.length && a.every((x, i) => x.id === b[i]!.id && x.text === b[i]!.text);

/**
 * A bar of the long screen's sections, kept in view under the header, to jump
 * to any of them; the section being read is marked as the page scrolls
 * (IntersectionObserver). The list is read from the headings themselves, so it
 * follows the language and sections that come and go.
 */
export function SectionOutline({ label, scope, headings = ':scope section > h2[id]' }: Props) {
  const [items, setItems] = useState<Item[]>([]);
  const [current, setCurrent] = useState<string | null>(null);
  const [top, setTop] = useState(0);

  useEffect(() => {
    const root = document.querySelector(scope);
    if (!root) return;
    const collect = () => {
      const found = [...root.querySelectorAll<HTMLElement>(headings)].map((h) => ({ id: h.id, text: h.textContent?.trim() ?? '' }));
      setItems((previous) => (same(previous, found) ? previous : found));
    };
    collect();
    const watcher = new MutationObserver(collect);
    watcher.observe(root, { subtree: true, childList: true, characterData: true });
    return () => watcher.disconnect();
  }, [scope, headings]);

  // Sits just under the sticky header, whatever height the header has; and the
  // page's scroll padding clears both, so a field reached with Tab or
  // Shift+Tab never hides under them (the outline wraps onto a second line
  // where its sections' names are long, as in Portuguese at 1366 px).
  const nav = useRef<HTMLElement>(null);
  const hasItems = items.length >= 2;
  useEffect(() => {
    const header = document.querySelector<HTMLElement>('.app-header');
    if (!header || typeof ResizeObserver === 'undefined') return;
    // No measuring at once: that forced a layout in the middle of the screen's first render (~50 ms
    // on the UCAP); a ResizeObserver reports the first size by itself, after layout.
    const heights = new Map<Element, number>();
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) heights.set(entry.target, entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height);
      const headerHeight = heights.get(header) ?? 0;
      setTop(headerHeight);
      if (nav.current && heights.has(nav.current)) document.documentElement.style.scrollPaddingTop = `${Math.ceil(headerHeight + heights.get(nav.current)! + 12)}px`;
    });
    observer.observe(header);
    if (nav.current) observer.observe(nav.current);
    return () => {
      observer.disconnect();
      document.documentElement.style.removeProperty('scroll-padding-top');
    };
  }, [hasItems]);

  const visible = useRef(new Set<string>());
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined' || items.length === 0) return;
    visible.current = new Set();
    const sectionOf = new Map<Element, string>();
    for (const item of items) {
      const heading = document.getElementById(item.id);
      if (heading) sectionOf.set(heading.closest('section') ?? heading, item.id);
    }
    // A section counts as being read while it crosses the upper third of the window.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = sectionOf.get(entry.target);
          if (!id) continue;
          if (entry.isIntersecting) visible.current.add(id);
          else visible.current.delete(id);
        }
        const first = items.find((i) => visible.current.has(i.id));
        if (first) setCurrent(first.id);
      },
      { rootMargin: '-20% 0px -65% 0px' },
    );
    sectionOf.forEach((_, section) => observer.observe(section));
    return () => observer.disconnect();
  }, [items]);

  if (items.length < 2) return null;
  const jump = (id: string) => {
    const heading = document.getElementById(id);
    if (!heading) return;
    (heading.closest('section') ?? heading).scrollIntoView?.({ block: 'start' });
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    setCurrent(id);
  };
  return (
    <nav ref={nav} className="section-outline" aria-label={label} style={{ top }}>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <button type="button" className="link" aria-current={current === item.id ? 'location' : undefined} onClick={() => jump(item.id)}>
              {item.text}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
