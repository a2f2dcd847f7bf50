import { Paragraph, type FileChild } from 'docx';
import type { MissionDocData } from '../missions/doc-data';
import type { MissionDocContext } from './mission-common';
import { DOCUMENT_LOCALES } from './styles';
import { writtenIn } from './other-language';
import { dataTable } from './tables';
import { heading, note, textRuns } from './text';

/** A cost as the language writes money: "2.150.000 COP", "€2,380.00". */
function money(amount: number, currency: string, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    return `${new Intl.NumberFormat(locale).format(amount)} ${currency}`;
  }
}

/** Travel, accommodation, transport and interpretation, each with its cost, and the total in each currency. */
export function logisticsSection(data: MissionDocData, ctx: MissionDocContext): FileChild[] {
  const { t } = ctx;
  const locale = DOCUMENT_LOCALES[ctx.lang];
  const lines = data.mission.logistics ?? [];
  if (!lines.length) return [heading(t('doc:mission.logistics'), 1), note(t('missions:doc.none'))];
  const totals = new Map<string, number>();
  // A line without a cost yet counts for nothing in the totals, and says so by an empty cell.
  for (const line of lines) if (line.amount !== null) totals.set(line.currency, (totals.get(line.currency) ?? 0) + line.amount);
  return [
    heading(t('doc:mission.logistics'), 1),
    dataTable(
      [t('missions:logistics.kind'), t('missions:logistics.description'), t('missions:logistics.amount')],
      lines.map((line) => [t(`missions:logisticsKind.${line.kind}`), writtenIn(line.description, data.mission.writtenIn, ctx), line.amount === null ? '' : money(line.amount, line.currency, locale)]),
      { weights: [1.6, 5, 2] },
    ),
    // Room above the totals: straight under the table they would read as its last row.
    ...[...totals].map(([currency, amount], i) =>
      new Paragraph({ spacing: { before: i === 0 ? 160 : 0, after: 60 }, children: [...textRuns(`${t('doc:mission.logisticsTotal', { currency })}: `, { bold: true }), ...textRuns(money(amount, currency, locale))] }),
    ),
  ];
}
