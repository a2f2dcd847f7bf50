import { personMetSchema } from '../missions/report';
import { defineKind } from './define';

export const personMetKind = defineKind({
  kind: 'personMet',
  schema: personMetSchema,
  table: 'personsMet',
  indexes: ['pairingId', 'missionId'],
  fields: { deleted: 'value', missionId: 'value', name: 'value', role: 'value', organisation: 'value', email: 'value', notes: 'longText' },
  parent: { kind: 'mission', field: 'missionId' },
  attachments: [],
  bin: 'listed',
  textLabels: { notes: 'stakeholders:field.notes' },
  describe: (p) => p.name,
});
