import { Paragraph, type FileChild } from 'docx';
import type { Label } from '../i18n/langs';
import { buildTimeline } from '../ucap/timeline';
import type { BodySection } from './base';
import { COLORS } from './styles';
import { dataTable, type CellValue } from './tables';
import { heading, note, textRuns } from './text';

/** An action as the timeline shows it: its name already in the document's language. */
export type TimelineAction = { name: string; startDate: string | null; endDate: string | null };
type Period = { startDate: string | null; endDate: string | null };

/**
 * Past this many months a table is split: on landscape A4 eighteen month
 * columns (the longest plan) still leave the action names room to read, and
 * the label of each month stays on its own two short lines.
 */
const MONTHS_PER_TABLE = 18;

const monthDate = (month: string) => new Date(`${month}-01T00:00:00Z`);

/**
 * "ene\n26", "jan\n26", "Jan\n26": the month above the year, so the narrow
 * columns never break a label mid-word. The abbreviation's dot and the " de "
 * of Portuguese are dropped: at 18 columns every letter counts.
 */
function monthLabel(locale: string): (month: string) => string {
  const format = new Intl.DateTimeFormat(locale, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  return (month) => {
    const parts = format.formatToParts(monthDate(month));
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    return `${part('month').replace(/\.$/, '')}\n${part('year')}`;
  };
}

/** Month ranges of about equal length, so a 24-month plan gives two tables of 12 rather than 18 and 6. */
function chunks<T>(items: readonly T[], max: number): T[][] {
  const count = Math.ceil(items.length / max);
  const size = Math.ceil(items.length / count);
  return Array.from({ length: count }, (_, i) => items.slice(i * size, (i + 1) * size));
}

/**
 * The Gantt-like view of the plan, as the editor shows it: one row per dated
 * action, one column per month, the months it runs in filled. It gets a
 * landscape section of its own, since months need width, and says which
 * actions it leaves out for lack of dates, so none silently disappears.
 */
export function timelineSection(actions: readonly TimelineAction[], period: Period, ctx: { t: Label; locale: string }): BodySection {
  const { t, locale } = ctx;
  // The section starts on a new page by itself: a page break here too would leave a blank one.
  const title = heading(t('ucap:sections.timeline'), 1);
  const numbered = actions.map((a, i) => ({ ...a, name: `${i + 1}. ${a.name}` }));
  const { months, rows } = buildTimeline(numbered, period);
  if (rows.length === 0) return { children: [title, note(t(actions.length ? 'ucap:doc.noTimeline' : 'ucap:doc.none'))] };

  const label = monthLabel(locale);
  const long = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const parts = chunks(months.map((month, j) => ({ month, j })), MONTHS_PER_TABLE);
  const tables = parts.flatMap((part): FileChild[] => {
    // Past one table, each shows only the actions running in its months, not rows of blank cells.
    const running = rows.filter(({ active }) => part.some(({ j }) => active[j]));
    const table = running.length
      ? dataTable(
          [t('ucap:timeline.action'), ...part.map(({ month }) => label(month))],
          running.map(({ item, active }): CellValue[] => [item.name, ...part.map(({ j }) => (active[j] ? { fill: COLORS.barFill } : ''))]),
          // The name column keeps at least a fifth of the page however many months there are.
          { landscape: true, weights: [Math.max(4, part.length / 4), ...part.map(() => 1)], centered: [false, ...part.map(() => true)], wholeRows: true },
        )
      : note(t('ucap:doc.none'));
    if (parts.length === 1) return [table];
    const range = `${long.format(monthDate(part[0]!.month))} – ${long.format(monthDate(part[part.length - 1]!.month))}`;
    return [new Paragraph({ keepNext: true, spacing: { before: 240, after: 80 }, children: textRuns(range, { bold: true }) }), table];
  });
  const undated = numbered.filter((a) => !rows.some((r) => r.item === a)).map((a) => a.name);
  // Set as a note is, with room above it: straight under a table it would read as part of the last row.
  const undatedNote = new Paragraph({ spacing: { before: 160 }, children: textRuns(t('ucap:doc.undated', { actions: undated.join('; ') }), { italics: true, color: COLORS.muted }) });
  return { landscape: true, children: [title, ...tables, ...(undated.length ? [undatedNote] : [])] };
}
