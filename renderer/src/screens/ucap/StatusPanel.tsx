import { useTranslation } from 'react-i18next';
import type { Pairing } from '../../../../shared/model/pairing';
import type { UcapContent } from '../../../../shared/ucap/content';
import { applyStep, availableSteps, type WorkflowStep } from '../../../../shared/ucap/workflow';
import { useDb } from '../../db/db-context';
import { useSave } from '../../hooks/useSave';
import { changeStatus } from '../../db/ucap-repo';

function leadName(side: Pairing['eu']): string {
  return side.municipalities.find((m) => m.id === side.leadId)?.name ?? '';
}

/** Where the UCAP stands (draft, in review, agreed, submitted) and the steps open from there. */
export function StatusPanel({ content, pairing }: { content: UcapContent; pairing: Pairing }) {
  const { t } = useTranslation('ucap');
  const db = useDb();
  const save = useSave();
  const plan = content.plan;
  const names = { eu: leadName(pairing.eu), lac: leadName(pairing.lac) };
  const run = (step: WorkflowStep) => {
    const fields = applyStep(plan, step);
    // Every status change leaves a named version behind, in the same write.
    if (fields) void save(() => changeStatus(db, content, fields, t('snapshots.autoName', { status: t(`status.${fields.status}`) }))).catch(() => undefined);
  };
  return (
    <section aria-labelledby="ucap-h-status" className="ucap-status">
      <h2 id="ucap-h-status">{t('status.heading')}</h2>
      <p>
        <strong className={`ucap-badge ucap-badge-${plan.status}`}>{t(`status.${plan.status}`)}</strong>{' '}
        {plan.status === 'in-review' || plan.status === 'agreed' ? (
          <span>
            {t(plan.euAgreed ? 'status.sideAgreed' : 'status.sidePending', { side: names.eu })} · {t(plan.lacAgreed ? 'status.sideAgreed' : 'status.sidePending', { side: names.lac })}
          </span>
        ) : null}
      </p>
      {plan.status === 'submitted' ? <p className="hint">{t('status.readOnly')}</p> : null}
      <div className="ucap-steps">
        {availableSteps(plan).map((step) => (
          <button key={step} type="button" className={step === 'submit' || step === 'sendForReview' ? 'primary' : undefined} onClick={() => run(step)}>
            {t(`status.step.${step}`, { side: step.endsWith('Eu') ? names.eu : names.lac })}
          </button>
        ))}
      </div>
    </section>
  );
}
