import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { DateField } from '../../components/fields/DateField';
import { SelectField } from '../../components/fields/SelectField';
import type { Measurement, UcapAction, UcapIndicator, UcapObjective } from '../../../../shared/ucap/items';
import { INDICATOR_LEVELS } from '../../../../shared/ucap/vocab';
import { pickText } from '../../../../shared/text/localized';
import { todayIso } from '../../../../shared/model/dates';
import { newId } from '../../../../shared/ids';
import { LocalizedArea } from './LocalizedArea';
import { Anchor } from './Anchor';
import { useUcapEditor } from './UcapContext';
import { WrittenInField } from '../../components/fields/WrittenInField';

type Props = { indicator: UcapIndicator; n: number; objectives: UcapObjective[]; actionList: UcapAction[] };

/** One indicator: what is measured, from which baseline to which target, the values measured, and what it follows. */
export function IndicatorCard({ indicator, n, objectives, actionList }: Props) {
  const { t } = useTranslation('ucap');
  const { actions, lang } = useUcapEditor();
  const update = (fields: Partial<UcapIndicator>) => actions.update('ucapIndicator', indicator.id, fields);
  const name = pickText(indicator.name, lang).text;
  const none = { value: '', label: t('indicators.none') };
  const setMeasurement = (id: string, fields: Partial<Measurement>) => update({ measurements: indicator.measurements.map((m) => (m.id === id ? { ...m, ...fields } : m)) });
  return (
    <article className="ucap-entry" aria-label={name || t('indicators.label', { n })}>
      <LocalizedArea label={t('indicators.name')} value={indicator.name} section="indicators" recordId={indicator.id} field="name" rows={1} onSave={(v) => update({ name: v })} />
      <div className="row">
        <SelectField label={t('indicators.level')} value={indicator.level} options={INDICATOR_LEVELS.map((l) => ({ value: l, label: t(`indicatorLevel.${l}`) }))} onSave={(level) => update({ level })} />
        <TextField label={t('indicators.unit')} value={indicator.unit} onSave={(unit) => update({ unit })} />
      </div>
      <div className="row">
        <TextField label={t('indicators.baseline')} value={indicator.baseline} onSave={(baseline) => update({ baseline })} />
        <DateField label={t('indicators.baselineDate')} value={indicator.baselineDate} onSave={(baselineDate) => update({ baselineDate })} />
        <Anchor section="indicators" recordId={indicator.id} field="target">
          <TextField label={t('indicators.target')} value={indicator.target} onSave={(target) => update({ target })} />
        </Anchor>
        <Anchor section="indicators" recordId={indicator.id} field="targetDate">
          <DateField label={t('indicators.targetDate')} value={indicator.targetDate} onSave={(targetDate) => update({ targetDate })} />
        </Anchor>
      </div>
      <TextField label={t('indicators.source')} value={indicator.source} onSave={(source) => update({ source })} />
      <WrittenInField value={indicator.writtenIn} onSave={(writtenIn) => update({ writtenIn })} />
      <div className="row">
        <SelectField label={t('indicators.action')} value={indicator.actionId ?? ''} options={[none, ...actionList.map((a, i) => ({ value: a.id, label: pickText(a.title, lang).text || `${t('actions.actionLabel')} ${i + 1}` }))]} onSave={(v) => update({ actionId: v || null })} />
        <SelectField label={t('indicators.objective')} value={indicator.objectiveId ?? ''} options={[none, ...objectives.map((o, i) => ({ value: o.id, label: pickText(o.title, lang).text || t('objectives.title', { n: i + 1 }) }))]} onSave={(v) => update({ objectiveId: v || null })} />
      </div>
      <fieldset className="ucap-measurements">
        <legend>{t('indicators.measurements')}</legend>
        {indicator.measurements.map((m) => (
          <div key={m.id} className="row">
            <DateField label={t('indicators.measuredOn')} value={m.date} required onSave={async (date) => { if (date) await setMeasurement(m.id, { date }); }} />
            <TextField label={t('indicators.value')} value={m.value} onSave={(value) => setMeasurement(m.id, { value })} />
            <button type="button" className="danger-link" onClick={() => void update({ measurements: indicator.measurements.filter((x) => x.id !== m.id) })}>{t('remove')}</button>
          </div>
        ))}
        <button type="button" onClick={() => void update({ measurements: [...indicator.measurements, { id: newId(), date: todayIso(), value: '' }] })}>{t('indicators.addMeasurement')}</button>
      </fieldset>
      <button type="button" className="danger-link" onClick={() => void actions.remove('ucapIndicator', indicator.id, t('indicators.removed', { name: name || t('indicators.label', { n }) }))}>
        {t('remove')}
      </button>
    </article>
  );
}
