import { ucapRateSchema } from '../ucap/items';
import { defineKind } from './define';

export const ucapRateKind = defineKind({
  kind: 'ucapRate',
  schema: ucapRateSchema,
  table: 'ucapRates',
  indexes: ['pairingId'],
  fields: { deleted: 'value', currency: 'value', rate: 'value', date: 'value' },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  ucapVersionList: 'rates',
  textLabels: {},
  describe: (r) => `${r.currency} ${r.rate}`.trim(),
});
