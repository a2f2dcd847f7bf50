import { ucapBudgetLineSchema } from '../ucap/items';
import { pickText } from '../text/localized';
import { defineKind } from './define';

export const ucapBudgetLineKind = defineKind({
  kind: 'ucapBudgetLine',
  schema: ucapBudgetLineSchema,
  table: 'ucapBudgetLines',
  indexes: ['pairingId'],
  fields: { deleted: 'value', actionId: 'value', description: 'localizedText', amount: 'value', currency: 'value', source: 'value', order: 'value' },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  ucapVersionList: 'budgetLines',
  textLabels: { description: 'ucap:budget.description' },
  describe: (b, lang) => [pickText(b.description, lang).text, b.amount && `${b.amount} ${b.currency}`].filter(Boolean).join(' · '),
});
