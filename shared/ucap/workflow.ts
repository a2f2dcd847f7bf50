import type { UcapPlan } from './plan';

// The status workflow: draft → in review → agreed by both sides → submitted.
// A submitted UCAP is read-only until reopened, which starts a new draft and
// asks both sides to agree again.

/** The plan's fields the workflow writes: what may still change on a submitted UCAP, and what restoring a version leaves alone. */
export const WORKFLOW_FIELDS: ReadonlySet<string> = new Set(['status', 'euAgreed', 'lacAgreed', 'euAgreedBy', 'lacAgreedBy']);

export type WorkflowStep = 'sendForReview' | 'agreeEu' | 'agreeLac' | 'withdrawEu' | 'withdrawLac' | 'submit' | 'backToDraft' | 'reopen';

type PlanState = Pick<UcapPlan, 'status' | 'euAgreed' | 'lacAgreed' | 'euAgreedBy' | 'lacAgreedBy'>;
type Flags = Pick<UcapPlan, 'status' | 'euAgreed' | 'lacAgreed'>;

/** The steps open from a plan's state, in the order the interface offers them. */
export function availableSteps(plan: Flags): WorkflowStep[] {
  switch (plan.status) {
    case 'draft':
      return ['sendForReview'];
    case 'in-review':
      return [plan.euAgreed ? 'withdrawEu' : 'agreeEu', plan.lacAgreed ? 'withdrawLac' : 'agreeLac', 'backToDraft'];
    case 'agreed':
      return ['submit', 'withdrawEu', 'withdrawLac', 'backToDraft'];
    case 'submitted':
      return ['reopen'];
  }
}

/**
 * The fields a step writes; null when the step is not open from this state.
 * `by` names who marks an agreement ("Name <e-mail>"); a withdrawn or reset
 * agreement forgets its signer.
 */
export function applyStep(plan: PlanState, step: WorkflowStep, by = ''): PlanState | null {
  if (!availableSteps(plan).includes(step)) return null;
  const agreed = (eu: string | null, lac: string | null): PlanState => ({
    status: eu !== null && lac !== null ? 'agreed' : 'in-review',
    euAgreed: eu !== null,
    lacAgreed: lac !== null,
    euAgreedBy: eu ?? '',
    lacAgreedBy: lac ?? '',
  });
  const eu = plan.euAgreed ? plan.euAgreedBy : null;
  const lac = plan.lacAgreed ? plan.lacAgreedBy : null;
  switch (step) {
    case 'sendForReview':
      return agreed(null, null);
    case 'agreeEu':
      return agreed(by, lac);
    case 'agreeLac':
      return agreed(eu, by);
    case 'withdrawEu':
      return agreed(null, lac);
    case 'withdrawLac':
      return agreed(eu, null);
    case 'submit':
      return { ...agreed(eu ?? '', lac ?? ''), status: 'submitted' };
    case 'backToDraft':
    case 'reopen':
      return { ...agreed(null, null), status: 'draft' };
  }
}

/** Whether the content may be edited: not once submitted. */
export function isEditable(plan: Pick<UcapPlan, 'status'>): boolean {
  return plan.status !== 'submitted';
}

/**
 * What an edit of the content does to the workflow: an agreement was given
 * to the text as it was, so a change withdraws both sides' agreements and
 * sends the UCAP back to review. Null when nothing was agreed yet.
 */
export function afterContentEdit(plan: Flags): PlanState | null {
  if ((plan.status === 'in-review' || plan.status === 'agreed') && (plan.euAgreed || plan.lacAgreed)) return { status: 'in-review', euAgreed: false, lacAgreed: false, euAgreedBy: '', lacAgreedBy: '' };
  return null;
}
