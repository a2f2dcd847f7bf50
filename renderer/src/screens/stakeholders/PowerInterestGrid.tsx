import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stored } from '../../../../shared/model/records';
import { displayName } from '../../../../shared/stakeholders/schema';
import { HIGH_FROM, type Quadrant } from '../../../../shared/stakeholders/quadrant';
import { SCALE } from '../../../../shared/stakeholders/vocabularies';

const CELL = 100;
const LEFT = 60;
const TOP = 10;
const SIZE = CELL * SCALE.length;
/** Dots per cell, in a 4 × 4 block; the rest of the cell's stakeholders are counted. */
const PER_CELL = 16;
const DOT_STEP = 22;
const DOT_ROW = 19;

type Row = Stored<'stakeholder'>;

/** x from interest (left to right), y from power (bottom to top), both 1–5. */
const cellX = (interest: number) => LEFT + (interest - 1) * CELL;
const cellY = (power: number) => TOP + (SCALE.length - power) * CELL;

const QUADRANT_BOXES: { quadrant: Quadrant; x: number; y: number; w: number; h: number }[] = (() => {
  const split = (HIGH_FROM - 1) * CELL;
  return [
    { quadrant: 'keep-satisfied', x: LEFT, y: TOP, w: split, h: SIZE - split },
    { quadrant: 'manage-closely', x: LEFT + split, y: TOP, w: SIZE - split, h: SIZE - split },
    { quadrant: 'monitor', x: LEFT, y: TOP + SIZE - split, w: split, h: split },
    { quadrant: 'keep-informed', x: LEFT + split, y: TOP + SIZE - split, w: SIZE - split, h: split },
  ];
})();

/**
 * The power/interest grid: four labelled quadrants, one dot per stakeholder in
 * the cell of its power and interest. Each dot is a button (Tab to reach it,
 * Enter to open it); a crowded cell shows how many more it holds.
 */
export function PowerInterestGrid({ rows, onOpen }: { rows: readonly Row[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation('stakeholders');
  const cells = useMemo(() => {
    const byCell = new Map<string, Row[]>();
    for (const r of rows) {
      const key = `${r.power}/${r.interest}`;
      const list = byCell.get(key);
      if (list) list.push(r);
      else byCell.set(key, [r]);
    }
    return [...byCell.entries()].map(([key, list]) => {
      const [power, interest] = key.split('/').map(Number) as [number, number];
      return { power, interest, list };
    });
  }, [rows]);
  return (
    <figure className="stakeholders-grid card">
      <figcaption>
        <h2>{t('grid.title')}</h2>
        <p className="hint">{t('grid.hint')}</p>
      </figcaption>
      <svg viewBox={`0 0 ${LEFT + SIZE + 10} ${TOP + SIZE + 50}`} role="group" aria-label={t('grid.title')}>
        {QUADRANT_BOXES.map((q) => (
          <g key={q.quadrant} className={`stakeholders-quadrant stakeholders-q-${q.quadrant}`}>
            <rect x={q.x} y={q.y} width={q.w} height={q.h} />
            <text x={q.x + 8} y={q.y + 18}>{t(`quadrant.${q.quadrant}`)}</text>
          </g>
        ))}
        {SCALE.map((n) => (
          <g key={n} className="stakeholders-axis" aria-hidden="true">
            <text x={cellX(n) + CELL / 2} y={TOP + SIZE + 18} textAnchor="middle">{n}</text>
            <text x={LEFT - 10} y={cellY(n) + CELL / 2 + 4} textAnchor="end">{n}</text>
          </g>
        ))}
        <text className="stakeholders-axis-title" x={LEFT + SIZE / 2} y={TOP + SIZE + 42} textAnchor="middle">{t('grid.interest')} →</text>
        <text className="stakeholders-axis-title" x={16} y={TOP + SIZE / 2} textAnchor="middle" transform={`rotate(-90 16 ${TOP + SIZE / 2})`}>{t('grid.power')} →</text>
        {cells.map(({ power, interest, list }) => {
          const shown = list.length > PER_CELL ? list.slice(0, PER_CELL - 1) : list;
          const more = list.length - shown.length;
          // Below the quadrant's label, centred across the cell.
          const x0 = cellX(interest) + (CELL - 3 * DOT_STEP) / 2;
          const y0 = cellY(power) + 32;
          return (
            <g key={`${power}/${interest}`}>
              {shown.map((s, i) => {
                const label = t('grid.point', { name: displayName(s), power: s.power, interest: s.interest });
                return (
                  <circle
                    key={s.id}
                    className="stakeholders-dot"
                    data-side={s.side}
                    cx={x0 + (i % 4) * DOT_STEP}
                    cy={y0 + Math.floor(i / 4) * DOT_ROW}
                    r={7}
                    role="button"
                    tabIndex={0}
                    aria-label={label}
                    onClick={() => onOpen(s.id)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        onOpen(s.id);
                      }
                    }}
                  >
                    <title>{label}</title>
                  </circle>
                );
              })}
              {more > 0 ? (
                <text className="stakeholders-more" x={x0 + 3 * DOT_STEP} y={y0 + 3 * DOT_ROW + 4} textAnchor="middle" aria-label={t('grid.moreLabel', { count: more, power, interest })}>
                  {t('grid.more', { count: more })}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      <p className="stakeholders-legend">
        <span className="stakeholders-dot-key" data-side="lac" aria-hidden="true" /> {t('vocab:side.lac')}
        <span className="stakeholders-dot-key" data-side="eu" aria-hidden="true" /> {t('vocab:side.eu')}
      </p>
    </figure>
  );
}
