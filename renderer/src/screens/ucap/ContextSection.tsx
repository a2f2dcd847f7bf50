import { useTranslation } from 'react-i18next';
import type { UcapPlan } from '../../../../shared/ucap/plan';
import { LocalizedArea } from './LocalizedArea';
import { useUcapEditor } from './UcapContext';

/** The context of both cities and the challenges they share. */
export function ContextSection({ plan }: { plan: UcapPlan }) {
  const { t } = useTranslation('ucap');
  const { actions } = useUcapEditor();
  return (
    <section aria-labelledby="ucap-h-context" className="card">
      <h2 id="ucap-h-context">{t('sections.context')}</h2>
      <LocalizedArea label={t('plan.context')} value={plan.context} section="context" recordId={plan.id} field="context" rows={6} onSave={(context) => actions.update('ucapPlan', plan.id, { context })} />
      <LocalizedArea label={t('plan.challenges')} value={plan.challenges} section="context" recordId={plan.id} field="challenges" rows={4} onSave={(challenges) => actions.update('ucapPlan', plan.id, { challenges })} />
    </section>
  );
}

/** What stays after the cooperation ends. */
export function SustainabilitySection({ plan }: { plan: UcapPlan }) {
  const { t } = useTranslation('ucap');
  const { actions } = useUcapEditor();
  return (
    <section aria-labelledby="ucap-h-sustainability" className="card">
      <h2 id="ucap-h-sustainability">{t('sections.sustainability')}</h2>
      <LocalizedArea label={t('plan.sustainability')} value={plan.sustainability} section="sustainability" recordId={plan.id} field="sustainability" rows={5} onSave={(sustainability) => actions.update('ucapPlan', plan.id, { sustainability })} />
    </section>
  );
}
