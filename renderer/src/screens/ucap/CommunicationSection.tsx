import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/fields/DateField';
import type { UcapCommItem } from '../../../../shared/ucap/items';
import type { UcapPlan } from '../../../../shared/ucap/plan';
import { COMM_KINDS } from '../../../../shared/ucap/vocab';
import { newCommItemFields } from '../../../../shared/ucap/defaults';
import { LocalizedArea } from './LocalizedArea';
import { Anchor } from './Anchor';
import { useUcapEditor } from './UcapContext';

/** The communication plan: objectives, messages, audiences, activities, and how it is reviewed. */
export function CommunicationSection({ plan, items }: { plan: UcapPlan; items: UcapCommItem[] }) {
  const { t } = useTranslation('ucap');
  const { actions } = useUcapEditor();
  const nextOrder = items.reduce((max, c) => Math.max(max, c.order + 1), 0);
  return (
    <section aria-labelledby="ucap-h-communication" className="card">
      <h2 id="ucap-h-communication">{t('sections.communication')}</h2>
      <Anchor section="communication">
        {COMM_KINDS.map((kind) => {
          const list = items.filter((c) => c.kind === kind);
          return (
            <div key={kind} className="ucap-group">
              <h3>{t(`commKind.${kind}`)}</h3>
              {list.map((c, i) => (
                <div key={c.id} className="ucap-entry row">
                  <div className="grow">
                    <LocalizedArea label={`${t(`commKind.${kind}`)} ${i + 1}`} value={c.text} section="communication" recordId={c.id} field="text" rows={2} onSave={(text) => actions.update('ucapCommItem', c.id, { text })} />
                  </div>
                  {kind === 'activity' ? <DateField label={t('communication.date')} value={c.date} onSave={(date) => actions.update('ucapCommItem', c.id, { date })} /> : null}
                  <button type="button" className="danger-link" onClick={() => void actions.remove('ucapCommItem', c.id, t('communication.removed'))}>{t('remove')}</button>
                </div>
              ))}
              <button type="button" onClick={() => void actions.add('ucapCommItem', newCommItemFields(kind, nextOrder))}>{t(`communication.add.${kind}`)}</button>
            </div>
          );
        })}
      </Anchor>
      <LocalizedArea label={t('plan.communicationReview')} value={plan.communicationReview} section="communication" recordId={plan.id} field="communicationReview" rows={3} onSave={(communicationReview) => actions.update('ucapPlan', plan.id, { communicationReview })} />
    </section>
  );
}
