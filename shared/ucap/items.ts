import { z } from 'zod';
import { id, localizedText, optionalIsoDate, optionalText, recordBase, writtenIn } from '../model/fields';
import { decimalAmount, decimalRate, currencyCode } from './money-fields';
import { ACTION_STATUSES, COMM_KINDS, FUNDING_SOURCES, INDICATOR_LEVELS, LEAD_SIDES, OBJECTIVE_LEVELS, RISK_GRADES, RISK_KINDS } from './vocab';
import { isIsoDate } from '../model/dates';
import { currencyDigits, decimalPlaces } from './money';

// The entries of a UCAP's sections. Each carries pairingId (one UCAP per
// pairing) and an `order` so lists keep the order the team gave them.

const order = z.number().int().min(0);
const endAfterStart = <T extends { startDate: string | null; endDate: string | null }>(v: T) => !v.startDate || !v.endDate || v.endDate >= v.startDate;

export const ucapObjectiveSchema = z.object({
  ...recordBase,
  level: z.enum(OBJECTIVE_LEVELS),
  title: localizedText(),
  order,
});
export type UcapObjective = z.infer<typeof ucapObjectiveSchema>;

/** An action of the plan; a pilot project is an action with `pilot` set. */
export const ucapActionSchema = z
  .object({
    ...recordBase,
    title: localizedText(),
    description: localizedText(),
    pilot: z.boolean(),
    leadSide: z.enum(LEAD_SIDES),
    partners: optionalText(),
    startDate: optionalIsoDate,
    endDate: optionalIsoDate,
    status: z.enum(ACTION_STATUSES),
    deliverables: localizedText(),
    objectiveIds: z.array(id).max(100),
    order,
    /** The language of its partners. */
    writtenIn,
  })
  .refine(endAfterStart, { error: 'endBeforeStart', path: ['endDate'] });
export type UcapAction = z.infer<typeof ucapActionSchema>;

export const measurementSchema = z.object({ id, date: z.string().refine(isIsoDate, { error: 'invalidDate' }), value: optionalText(60) });
export type Measurement = z.infer<typeof measurementSchema>;

export const ucapIndicatorSchema = z.object({
  ...recordBase,
  level: z.enum(INDICATOR_LEVELS),
  name: localizedText(),
  unit: optionalText(60),
  /** Values as the team writes them ("35 %", "120"): units vary, nothing is summed. */
  baseline: optionalText(60),
  baselineDate: optionalIsoDate,
  target: optionalText(60),
  targetDate: optionalIsoDate,
  measurements: z.array(measurementSchema).max(60),
  source: optionalText(),
  objectiveId: id.nullable(),
  actionId: id.nullable(),
  order,
  /** The language of its unit and source. */
  writtenIn,
});
export type UcapIndicator = z.infer<typeof ucapIndicatorSchema>;

export const ucapBudgetLineSchema = z
  .object({
    ...recordBase,
    actionId: id.nullable(),
    description: localizedText(),
    amount: decimalAmount,
    currency: currencyCode,
    source: z.enum(FUNDING_SOURCES),
    order,
  })
  // 10.5 COP is fine, 10.555 EUR is not: no more decimals than the currency has.
  .refine((b) => b.currency === '' || b.amount === '' || decimalPlaces(b.amount) <= currencyDigits(b.currency), { error: 'ucap:errors.amountDecimals', path: ['amount'] });
export type UcapBudgetLine = z.infer<typeof ucapBudgetLineSchema>;

/** How many units of the plan's reporting currency one unit of `currency` was worth on `date`. */
export const ucapRateSchema = z.object({
  ...recordBase,
  currency: currencyCode,
  rate: decimalRate,
  date: optionalIsoDate,
});
export type UcapRate = z.infer<typeof ucapRateSchema>;

/** A risk, or a negative externality such as gentrification or mass tourism. */
export const ucapRiskSchema = z.object({
  ...recordBase,
  kind: z.enum(RISK_KINDS),
  title: localizedText(),
  likelihood: z.enum(RISK_GRADES),
  impact: z.enum(RISK_GRADES),
  mitigation: localizedText(),
  owner: optionalText(),
  order,
  /** The language of its owner. */
  writtenIn,
});
export type UcapRisk = z.infer<typeof ucapRiskSchema>;

/** One entry of the communication plan: an objective, a message, an audience or an activity. */
export const ucapCommItemSchema = z.object({
  ...recordBase,
  kind: z.enum(COMM_KINDS),
  text: localizedText(),
  date: optionalIsoDate,
  order,
});
export type UcapCommItem = z.infer<typeof ucapCommItemSchema>;
