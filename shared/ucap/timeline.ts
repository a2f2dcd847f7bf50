// The Gantt-like view: actions laid over the months of the plan.

/** "2026-03-15" → "2026-03". */
export const monthOf = (iso: string) => iso.slice(0, 7);

/** Every month from the first to the last, inclusive ("2026-11", "2026-12", "2027-01"). */
export function monthRange(first: string, last: string, max = 60): string[] {
  const months: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  while (months.length < max) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    if (month > last) break;
    months.push(month);
    m += 1;
    if (m > 12) [y, m] = [y + 1, 1];
  }
  return months;
}

export type TimelineRow<T> = { item: T; active: boolean[] };

/**
 * The months to show (the pairing's period, widened to the actions' dates)
 * and, per dated action, which of them it runs in. Undated actions are left out.
 */
export function buildTimeline<T extends { startDate: string | null; endDate: string | null }>(items: readonly T[], period: { startDate: string | null; endDate: string | null }): { months: string[]; rows: TimelineRow<T>[] } {
  const dated = items.filter((i) => i.startDate && i.endDate);
  const starts = [period.startDate, ...dated.map((i) => i.startDate)].filter((d): d is string => Boolean(d)).map(monthOf).sort();
  const ends = [period.endDate, ...dated.map((i) => i.endDate)].filter((d): d is string => Boolean(d)).map(monthOf).sort();
  if (starts.length === 0 || ends.length === 0) return { months: [], rows: [] };
  const months = monthRange(starts[0]!, ends[ends.length - 1]!);
  return { months, rows: dated.map((item) => ({ item, active: months.map((m) => m >= monthOf(item.startDate!) && m <= monthOf(item.endDate!)) })) };
}
