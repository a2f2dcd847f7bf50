import type { UcapPlan } from './plan';

// The status workflow: draft → in review → agreed by both sides → submitted.
// A submitted UCAP is read-only until reopened, which starts a new draft and
// asks both sides to agree again.

export type WorkflowStep = 'sendForReview' | 'agreeEu' | 'agreeLac' | 'withdrawEu' | 'withdrawLac' | 'submit' | 'backToDraft' | 'reopen';

type PlanState = Pick<UcapPlan, 'status' | 'euAgreed' | 'lacAgreed'>;

/** The steps open from a plan's state, in the order the interface offers them. */
export function availableSteps(plan: PlanState): WorkflowStep[] {
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

/** The fields a step writes; null when the step is not open from this state. */
export function applyStep(plan: PlanState, step: WorkflowStep): PlanState | null {
  if (!availableSteps(plan).includes(step)) return null;
  const agreed = (eu: boolean, lac: boolean): PlanState => ({ status: eu && lac ? 'agreed' : 'in-review', euAgreed: eu, lacAgreed: lac });
  switch (step) {
    case 'sendForReview':
      return { status: 'in-review', euAgreed: false, lacAgreed: false };
    case 'agreeEu':
      return agreed(true, plan.lacAgreed);
    case 'agreeLac':
      return agreed(plan.euAgreed, true);
    case 'withdrawEu':
      return agreed(false, plan.lacAgreed);
    case 'withdrawLac':
      return agreed(plan.euAgreed, false);
    case 'submit':
      return { status: 'submitted', euAgreed: true, lacAgreed: true };
    case 'backToDraft':
    case 'reopen':
      return { status: 'draft', euAgreed: false, lacAgreed: false };
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
export function afterContentEdit(plan: PlanState): PlanState | null {
  if ((plan.status === 'in-review' || plan.status === 'agreed') && (plan.euAgreed || plan.lacAgreed)) return { status: 'in-review', euAgreed: false, lacAgreed: false };
  return null;
}
