import { ucapPlanSchema } from './plan';
import { ucapSnapshotSchema } from './snapshot';
import { ucapActionSchema, ucapBudgetLineSchema, ucapCommItemSchema, ucapIndicatorSchema, ucapObjectiveSchema, ucapRateSchema, ucapRiskSchema } from './items';

/** The record kinds of the UCAP, joined into RECORD_SCHEMAS as one line. */
export const UCAP_SCHEMAS = {
  ucapPlan: ucapPlanSchema,
  ucapObjective: ucapObjectiveSchema,
  ucapAction: ucapActionSchema,
  ucapIndicator: ucapIndicatorSchema,
  ucapBudgetLine: ucapBudgetLineSchema,
  ucapRate: ucapRateSchema,
  ucapRisk: ucapRiskSchema,
  ucapCommItem: ucapCommItemSchema,
  ucapSnapshot: ucapSnapshotSchema,
} as const;
