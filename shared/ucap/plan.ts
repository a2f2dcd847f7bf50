import { z } from 'zod';
import { id, localizedText, optionalText, recordBase } from '../model/fields';
import { UCAP_STATUSES } from './vocab';
import { currencyCode } from './money-fields';

/**
 * The UCAP of a pairing: its status, who agreed, and its long texts. The
 * sections with several entries (objectives, actions…) are records of their
 * own, so two people can edit two actions at once without a conflict.
 */
export const ucapPlanSchema = z.object({
  ...recordBase,
  status: z.enum(UCAP_STATUSES),
  /** Each side's lead marks its agreement; both are needed before submitting. */
  euAgreed: z.boolean(),
  lacAgreed: z.boolean(),
  /** The position (of the dossier's team) whose holder signs for each side; see agreement.ts. */
  euSignerId: id.nullable().default(null),
  lacSignerId: id.nullable().default(null),
  /** Who marked each side's agreement, "Name <e-mail>", kept while the agreement stands. */
  euAgreedBy: optionalText(200).default(''),
  lacAgreedBy: optionalText(200).default(''),
  context: localizedText(),
  challenges: localizedText(),
  sustainability: localizedText(),
  communicationReview: localizedText(),
  /** The currency budget totals are converted into, with the rates the user enters. */
  reportingCurrency: currencyCode,
});
export type UcapPlan = z.infer<typeof ucapPlanSchema>;

/** The long texts of the plan record, in the order the editor and the document show them. */
export const PLAN_TEXTS = ['context', 'challenges', 'sustainability', 'communicationReview'] as const;
export type PlanText = (typeof PLAN_TEXTS)[number];
