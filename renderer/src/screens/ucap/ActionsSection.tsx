import { useTranslation } from 'react-i18next';
import type { UcapAction, UcapObjective } from '../../../../shared/ucap/items';
import { newActionFields } from '../../../../shared/ucap/defaults';
import { ActionCard } from './ActionCard';
import { Anchor } from './Anchor';
import { useUcapEditor } from './UcapContext';

/** The actions of the plan, pilot projects among them. */
export function ActionsSection({ list, objectives }: { list: UcapAction[]; objectives: UcapObjective[] }) {
  const { t } = useTranslation('ucap');
  const { actions } = useUcapEditor();
  const nextOrder = list.reduce((max, a) => Math.max(max, a.order + 1), 0);
  return (
    <section aria-labelledby="ucap-h-actions" className="card">
      <h2 id="ucap-h-actions">{t('sections.actions')}</h2>
      {list.length === 0 ? <p className="hint">{t('actions.none')}</p> : null}
      {list.map((a, i) => (
        <ActionCard key={a.id} action={a} n={i + 1} objectives={objectives} />
      ))}
      <Anchor section="actions" className="ucap-add">
        <button type="button" onClick={() => void actions.add('ucapAction', newActionFields(nextOrder))}>{t('actions.add')}</button>
        <button type="button" onClick={() => void actions.add('ucapAction', newActionFields(nextOrder, true))}>{t('actions.addPilot')}</button>
      </Anchor>
    </section>
  );
}
