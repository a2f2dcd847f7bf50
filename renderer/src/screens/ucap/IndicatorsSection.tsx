import { useTranslation } from 'react-i18next';
import type { UcapAction, UcapIndicator, UcapObjective } from '../../../../shared/ucap/items';
import { INDICATOR_LEVELS } from '../../../../shared/ucap/vocab';
import { newIndicatorFields } from '../../../../shared/ucap/defaults';
import { IndicatorCard } from './IndicatorCard';
import { Anchor } from './Anchor';
import { useUcapEditor } from './UcapContext';

type Props = { indicators: UcapIndicator[]; objectives: UcapObjective[]; actionList: UcapAction[] };

/** Indicators grouped by the programme's three levels. */
export function IndicatorsSection({ indicators, objectives, actionList }: Props) {
  const { t } = useTranslation('ucap');
  const { actions } = useUcapEditor();
  const nextOrder = indicators.reduce((max, i) => Math.max(max, i.order + 1), 0);
  return (
    <section aria-labelledby="ucap-h-indicators" className="card">
      <h2 id="ucap-h-indicators">{t('sections.indicators')}</h2>
      <Anchor section="indicators">
      {INDICATOR_LEVELS.map((level) => {
        const list = indicators.filter((i) => i.level === level);
        return (
          <section key={level} aria-labelledby={`ucap-h-level-${level}`} className="ucap-group">
            <h3 id={`ucap-h-level-${level}`}>{t(`indicatorLevel.${level}`)}</h3>
            {list.length === 0 ? <p className="hint">{t('indicators.noneAtLevel')}</p> : null}
            {list.map((i) => (
              <IndicatorCard key={i.id} indicator={i} n={indicators.indexOf(i) + 1} objectives={objectives} actionList={actionList} />
            ))}
            <div className="ucap-add">
              <button type="button" onClick={() => void actions.add('ucapIndicator', newIndicatorFields(level, nextOrder))}>{t(`indicators.add.${level}`)}</button>
            </div>
          </section>
        );
      })}
      </Anchor>
    </section>
  );
}
