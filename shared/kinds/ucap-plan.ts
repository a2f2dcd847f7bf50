import { ucapPlanSchema } from '../ucap/plan';
import { defineKind } from './define';

export const ucapPlanKind = defineKind({
  kind: 'ucapPlan',
  schema: ucapPlanSchema,
  table: 'ucapPlans',
  indexes: ['pairingId'],
  fields: {
    deleted: 'value', status: 'value', euAgreed: 'value', lacAgreed: 'value', euSignerId: 'value', lacSignerId: 'value', euAgreedBy: 'value', lacAgreedBy: 'value',
    context: 'localizedText', challenges: 'localizedText', sustainability: 'localizedText', communicationReview: 'localizedText', reportingCurrency: 'value',
  },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  textLabels: { context: 'ucap:plan.context', challenges: 'ucap:plan.challenges', sustainability: 'ucap:plan.sustainability', communicationReview: 'ucap:plan.communicationReview' },
  // One per pairing: the kind's own name says which it is.
  describe: () => '',
});
