import { useTranslation } from 'react-i18next';
import { leadMunicipality, type Pairing } from '../../../../shared/model/pairing';
import type { Side } from '../../../../shared/model/vocabularies';
import type { UcapContent } from '../../../../shared/ucap/content';
import { applyStep, availableSteps, type WorkflowStep } from '../../../../shared/ucap/workflow';
import { useDb } from '../../db/db-context';
import { useSave } from '../../hooks/useSave';
import { changeStatus } from '../../db/ucap-repo';
import { updateRecord } from '../../db/records-repo';
import { useAgreementChecks, type SideAgreement } from './useAgreementChecks';
import { agreementOf, signerLabel } from '../../../../shared/ucap/agreement';
import { useUcapEditor } from './UcapContext';

const leadName = (side: Pairing['eu']) => leadMunicipality(side)?.name ?? '';

const sideOf = (step: WorkflowStep): Side | null => (step.endsWith('Eu') ? 'eu' : step.endsWith('Lac') ? 'lac' : null);

/**
 * Where the UCAP stands (draft, in review, agreed, submitted) and the steps
 * open from there. A side's agreement is marked or withdrawn only by the
 * person holding the position that signs for that side.
 */
export function StatusPanel({ content, pairing }: { content: UcapContent; pairing: Pairing }) {
  const { t } = useTranslation('ucap');
  const db = useDb();
  const save = useSave();
  const plan = content.plan;
  const agreement = useAgreementChecks(plan);
  const notice = useUcapEditor().actions.withdrawNotice;
  const names = { eu: leadName(pairing.eu), lac: leadName(pairing.lac) };
  const run = (step: WorkflowStep) => {
    const side = sideOf(step);
    const check = side ? agreement?.sides[side].check : undefined;
    const by = check?.ok ? signerLabel(check.holder) : '';
    const fields = applyStep(plan, step, by);
    // Every step leaves a version behind, in the same write, named after the step ("Agreed by Málaga").
    if (fields) void save(() => changeStatus(db, content, fields, t(`snapshots.autoStep.${step}`, { side: side ? names[side] : '' }))).catch(() => undefined);
  };
  const chooseSigner = (side: Side, positionId: string) =>
    void save(() => updateRecord(db, 'ucapPlan', plan.id, plan.pairingId, side === 'eu' ? { euSignerId: positionId || null } : { lacSignerId: positionId || null })).catch(() => undefined);
  const sideLine = (side: Side) => {
    const { agreed, by } = agreementOf(plan, side);
    if (!agreed) return t('status.sidePending', { side: names[side] });
    return by ? t('status.sideAgreedBy', { side: names[side], by }) : t('status.sideAgreed', { side: names[side] });
  };
  const refusal = (side: Side, sideState: SideAgreement | undefined) => {
    const check = sideState?.check;
    if (!check || check.ok) return null;
    const holders = check.holders.map(signerLabel).join(', ');
    return t(`status.refusal.${check.reason}`, { side: names[side], holders, me: agreement?.me ?? '' });
  };
  const editable = plan.status !== 'submitted';
  // Why a side's step is closed to the person at this device, said beside the disabled button.
  const steps = availableSteps(plan).map((step) => {
    const side = sideOf(step);
    return { step, side, why: side ? refusal(side, agreement?.sides[side]) : null };
  });
  return (
    <section aria-labelledby="ucap-h-status" className="ucap-status">
      <h2 id="ucap-h-status">{t('status.heading')}</h2>
      <p>
        <strong className={`ucap-badge ucap-badge-${plan.status}`}>{t(`status.${plan.status}`)}</strong>{' '}
        {plan.status !== 'draft' ? (
          <span>
            {sideLine('eu')} · {sideLine('lac')}
          </span>
        ) : null}
      </p>
      {plan.status === 'submitted' ? <p className="hint">{t('status.readOnly')}</p> : null}
      {/* Said before any edit, not after it: who agreed, when, and that an edit withdraws it. */}
      {notice ? (
        <div className="ucap-withdraw-notice" role="note" data-testid="withdraw-notice">
          <ul>
            {notice.lines.map((line) => (
              <li key={line} dir="auto">{line}</li>
            ))}
          </ul>
          <p>{t('status.withdraws.notice')}</p>
        </div>
      ) : null}
      <div className="ucap-signers">
        {(['eu', 'lac'] as const).map((side) => {
          const sideState = agreement?.sides[side];
          const selected = agreementOf(plan, side).signerId ?? '';
          const check = sideState?.check;
          const holders = !check ? [] : check.ok ? [check.holder] : check.holders;
          return (
            <div className="field" key={side}>
              <label htmlFor={`ucap-signer-${side}`}>{t('status.signer.label', { side: names[side] })}</label>
              <select id={`ucap-signer-${side}`} value={selected} disabled={!editable} onChange={(e) => chooseSigner(side, e.target.value)}>
                <option value="">{t('status.signer.choose')}</option>
                {sideState?.positions.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
              </select>
              {selected && holders.length ? <p className="hint">{t('status.signer.heldBy', { names: holders.map((h) => h.name).join(', ') })}</p> : null}
            </div>
          );
        })}
      </div>
      <div className="ucap-steps">
        {steps.map(({ step, side, why }) => (
          <button
            key={step}
            type="button"
            className={step === 'submit' || step === 'sendForReview' ? 'primary' : undefined}
            disabled={side !== null && (agreement === undefined || why !== null)}
            aria-describedby={why ? `ucap-why-${step}` : undefined}
            onClick={() => run(step)}
          >
            {t(`status.step.${step}`, { side: side ? names[side] : '' })}
          </button>
        ))}
      </div>
      {steps.map(({ step, why }) =>
        why ? (
          <p key={step} id={`ucap-why-${step}`} className="hint">
            {why}
          </p>
        ) : null,
      )}
    </section>
  );
}
