import { conflictSchema } from '../model/conflict';
import { defineKind } from './define';

export const conflictKind = defineKind({
  kind: 'conflict',
  schema: conflictSchema,
  table: 'conflicts',
  indexes: ['pairingId', 'recordRef'],
  fields: { deleted: 'value', recordKind: 'value', recordRef: 'value', field: 'value', losingValue: 'value', losingHlc: 'value', winningHlc: 'value' },
  // A conflict goes with the record it was kept for, whatever its kind.
  parent: { kindField: 'recordKind', field: 'recordRef' },
  attachments: [],
  bin: 'hidden',
  textLabels: {},
  describe: (c) => c.field,
});
