import { assignmentSchema } from '../model/team';
import { defineKind } from './define';

export const assignmentKind = defineKind({
  kind: 'assignment',
  schema: assignmentSchema,
  table: 'assignments',
  indexes: ['pairingId', 'positionId'],
  fields: { deleted: 'value', positionId: 'value', name: 'value', email: 'value', phone: 'value', organisation: 'value', from: 'value', to: 'value', handoverNote: 'longText', writtenIn: 'value' },
  parent: { kind: 'position', field: 'positionId' },
  attachments: [],
  bin: 'listed',
  textLabels: { handoverNote: 'ui:team.handoverNote' },
  describe: (a) => a.name,
});
