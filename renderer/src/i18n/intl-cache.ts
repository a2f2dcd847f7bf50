/**
 * Makes `new Intl.DisplayNames(locale, options)` hand back one shared
 * instance per locale and options. React Aria's date and time fields build a
 * new one for every segment they draw (day, month, year, hour, minute), and
 * building one costs about a millisecond here: a mission's agenda spent some
 * 50 ms of its first render on it. A DisplayNames has no state to share
 * wrongly (it only answers `of()` for what it was made with), so handing
 * the same one out is safe. Installed once, at start-up.
 */
export function shareDisplayNames(intl: { DisplayNames: typeof Intl.DisplayNames } = Intl): void {
  const Original = intl.DisplayNames as typeof Intl.DisplayNames & { shared?: true };
  if (typeof Original !== 'function' || Original.shared) return;
  const made = new Map<string, Intl.DisplayNames>();
  function Shared(locales: Intl.LocalesArgument, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
    const key = JSON.stringify([locales ?? null, options ?? null]);
    let names = made.get(key);
    if (!names) {
      names = new Original(locales, options);
      if (made.size > 200) made.clear();
      made.set(key, names);
    }
    // Returned from a constructor, this object is what `new` gives.
    return names;
  }
  Shared.prototype = Original.prototype;
  Shared.supportedLocalesOf = Original.supportedLocalesOf.bind(Original);
  Shared.shared = true as const;
  intl.DisplayNames = Shared as unknown as typeof Intl.DisplayNames;
}
