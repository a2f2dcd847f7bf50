import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields/TextField';
import { DateField } from '../../components/fields/DateField';
import { SelectField } from '../../components/fields/SelectField';
import { CheckboxGroup } from '../../components/fields/CheckboxGroup';
import type { UcapAction, UcapObjective } from '../../../../shared/ucap/items';
import { ACTION_STATUSES, LEAD_SIDES } from '../../../../shared/ucap/vocab';
import { pickText } from '../../../../shared/text/localized';
import { LocalizedArea } from './LocalizedArea';
import { Anchor } from './Anchor';
import { useUcapEditor } from './UcapContext';
import { WrittenInField } from '../../components/fields/WrittenInField';

type Props = { action: UcapAction; n: number; objectives: UcapObjective[] };

/** One action or pilot project: what, who leads, with whom, when, what it delivers, which objectives it serves. */
export function ActionCard({ action, n, objectives }: Props) {
  const { t } = useTranslation('ucap');
  const { actions, lang } = useUcapEditor();
  const update = (fields: Partial<UcapAction>) => actions.update('ucapAction', action.id, fields);
  const title = pickText(action.title, lang).text;
  const heading = `${action.pilot ? t('actions.pilotLabel') : t('actions.actionLabel')} ${n}${title ? ` · ${title}` : ''}`;
  return (
    <article className="ucap-entry ucap-action" aria-label={heading}>
      <h3 dir="auto">{heading}</h3>
      <LocalizedArea label={t('actions.title')} value={action.title} section="actions" recordId={action.id} field="title" rows={1} onSave={(v) => update({ title: v })} />
      <LocalizedArea label={t('actions.description')} value={action.description} section="actions" recordId={action.id} field="description" rows={4} onSave={(v) => update({ description: v })} />
      <div className="row">
        <label className="checkbox ucap-pilot">
          <input type="checkbox" checked={action.pilot} onChange={(e) => void update({ pilot: e.target.checked })} />
          <span>{t('actions.pilot')}</span>
        </label>
        <SelectField label={t('actions.leadSide')} value={action.leadSide} options={LEAD_SIDES.map((s) => ({ value: s, label: t(`leadSide.${s}`) }))} onSave={(leadSide) => update({ leadSide })} />
        <SelectField label={t('actions.status')} value={action.status} options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`actionStatus.${s}`) }))} onSave={(status) => update({ status })} />
      </div>
      <TextField label={t('actions.partners')} value={action.partners} onSave={(partners) => update({ partners })} />
      <WrittenInField value={action.writtenIn} onSave={(writtenIn) => update({ writtenIn })} />
      <div className="row">
        <Anchor section="actions" recordId={action.id} field="startDate">
          <DateField label={t('actions.startDate')} value={action.startDate} onSave={(startDate) => update({ startDate })} />
        </Anchor>
        <Anchor section="actions" recordId={action.id} field="endDate">
          <DateField label={t('actions.endDate')} value={action.endDate} onSave={(endDate) => update({ endDate })} />
        </Anchor>
      </div>
      <LocalizedArea label={t('actions.deliverables')} value={action.deliverables} section="actions" recordId={action.id} field="deliverables" rows={2} onSave={(v) => update({ deliverables: v })} />
      <Anchor section="actions" recordId={action.id} field="objectiveIds">
        {objectives.length === 0 ? (
          <p className="hint">{t('actions.noObjectivesYet')}</p>
        ) : (
          <CheckboxGroup
            legend={t('actions.objectives')}
            options={objectives.map((o, i) => ({ value: o.id, label: pickText(o.title, lang).text || t('objectives.title', { n: i + 1 }) }))}
            selected={action.objectiveIds.filter((id) => objectives.some((o) => o.id === id))}
            onChange={(objectiveIds) => void update({ objectiveIds })}
          />
        )}
      </Anchor>
      <button type="button" className="danger-link" onClick={() => void actions.remove('ucapAction', action.id, t('actions.removed', { title: title || heading }))}>
        {t('remove')}
      </button>
    </article>
  );
}
