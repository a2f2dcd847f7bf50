import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Stored } from '../../../../shared/model/records';
import { displayName } from '../../../../shared/stakeholders/schema';
import type { Sort, SortKey } from '../../../../shared/stakeholders/search';

export const ROW_HEIGHT = 44;
const COLUMNS: SortKey[] = ['name', 'organisation', 'group', 'power', 'interest'];

type Props = {
  rows: readonly Stored<'stakeholder'>[];
  sort: Sort;
  onSort: (sort: Sort) => void;
  onOpen: (id: string) => void;
};

/**
 * The stakeholders as a table whose rows are rendered only when in view, so
 * 20 000 of them cost what a screenful costs. Rows carry aria-rowindex so a
 * screen reader still knows where it is in the whole list.
 */
export function StakeholderList({ rows, sort, onSort, onOpen }: Props) {
  const { t } = useTranslation('stakeholders');
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const header = (key: SortKey) => {
    const active = sort.key === key;
    const label = key === 'name' ? t('field.name') + ' / ' + t('field.organisation') : t(`field.${key}`);
    return (
      <div key={key} role="columnheader" className={`stakeholders-cell stakeholders-col-${key}`} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="link" onClick={() => onSort({ key, descending: active ? !sort.descending : false })} aria-label={t('sort.label', { column: label })}>
          {label}
          {active ? <span aria-hidden="true">{sort.descending ? ' ▼' : ' ▲'}</span> : null}
        </button>
      </div>
    );
  };
  return (
    <div role="table" className="stakeholders-table" aria-label={t('title')} aria-rowcount={rows.length + 1}>
      <div role="rowgroup">
        <div role="row" className="stakeholders-row stakeholders-head" aria-rowindex={1}>
          {COLUMNS.filter((c) => c !== 'organisation').map(header)}
          <div role="columnheader" className="stakeholders-cell stakeholders-col-engagement">{t('field.engagement')}</div>
        </div>
      </div>
      <div ref={scroller} className="stakeholders-scroller" role="rowgroup">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const s = rows[item.index]!;
            const name = displayName(s);
            // The organisation after a person's name (an organisation alone is the name already), then the role.
            const about = [s.name ? s.organisation : '', s.role].filter(Boolean);
            return (
              <div
                key={s.id}
                role="row"
                aria-rowindex={item.index + 2}
                className="stakeholders-row"
                data-side={s.side}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              >
                <div role="cell" className="stakeholders-cell stakeholders-col-name">
                  <button type="button" className="link stakeholders-open" onClick={() => onOpen(s.id)} dir="auto" title={name}>
                    {name}
                  </button>
                  {about.length > 0 ? (
                    <span className="muted stakeholders-about">
                      {about.map((text, i) => (
                        <span key={i} dir="auto">
                          {i === 0 ? '· ' : ' · '}
                          {text}
                        </span>
                      ))}
                    </span>
                  ) : null}
                </div>
                <div role="cell" className="stakeholders-cell stakeholders-col-group">
                  <abbr className="stakeholders-side" title={t(`vocab:side.${s.side}`)}>{t(`vocab:sideBadge.${s.side}`)}</abbr> {t(`group.${s.group}`)}
                </div>
                <div role="cell" className="stakeholders-cell stakeholders-col-power">{s.power}</div>
                <div role="cell" className="stakeholders-cell stakeholders-col-interest">{s.interest}</div>
                <div role="cell" className="stakeholders-cell stakeholders-col-engagement">{t(`engagement.${s.engagement}`)}</div>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
