import { useTranslation } from 'react-i18next';
import type { UcapAction } from '../../../../shared/ucap/items';
import { buildTimeline } from '../../../../shared/ucap/timeline';
import { pickText } from '../../../../shared/text/localized';
import { formatDate } from '../../../../shared/model/dates';
import { useUcapEditor } from './UcapContext';
import { localeOf } from '../../../../shared/i18n/langs';

type Period = { startDate: string | null; endDate: string | null };

/** A Gantt-like table: one row per dated action, one column per month. */
export function TimelineSection({ list, period }: { list: UcapAction[]; period: Period }) {
  const { t, i18n } = useTranslation('ucap');
  const { lang } = useUcapEditor();
  const { months, rows } = buildTimeline(list, period);
  const monthLabel = new Intl.DateTimeFormat(localeOf(i18n.language), { month: 'short', year: '2-digit', timeZone: 'UTC' });
  return (
    <section aria-labelledby="ucap-h-timeline" className="card">
      <h2 id="ucap-h-timeline">{t('sections.timeline')}</h2>
      {rows.length === 0 ? (
        <p className="hint">{t('timeline.empty')}</p>
      ) : (
        // Wider than the window: a focusable region, so the keyboard can scroll it too.
        <div className="ucap-gantt-wrap" tabIndex={0} role="region" aria-label={t('timeline.region')}>
          <table className="ucap-gantt">
            <thead>
              <tr>
                <th scope="col">{t('timeline.action')}</th>
                {months.map((m) => (
                  <th scope="col" key={m}>{monthLabel.format(new Date(`${m}-01T00:00:00Z`))}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ item, active }, i) => (
                <tr key={item.id}>
                  <th scope="row" dir="auto">
                    {pickText(item.title, lang).text || t('actions.actionLabel') + ` ${i + 1}`}
                    <span className="hint"> {formatDate(item.startDate!, i18n.language, 'medium')} – {formatDate(item.endDate!, i18n.language, 'medium')}</span>
                  </th>
                  {active.map((on, j) => (
                    <td key={months[j]} className={on ? (item.pilot ? 'ucap-bar ucap-bar-pilot' : 'ucap-bar') : undefined} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
