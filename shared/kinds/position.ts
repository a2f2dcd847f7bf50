import { positionSchema } from '../model/team';
import { defineKind } from './define';

export const positionKind = defineKind({
  kind: 'position',
  schema: positionSchema,
  table: 'positions',
  indexes: ['pairingId'],
  fields: { deleted: 'value', side: 'value', title: 'value', organisation: 'value', writtenIn: 'value' },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  textLabels: {},
  describe: (p) => p.title,
});
