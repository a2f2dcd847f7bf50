import { followUpSchema } from '../missions/report';
import { defineKind } from './define';

export const followUpKind = defineKind({
  kind: 'followUp',
  schema: followUpSchema,
  table: 'followUps',
  indexes: ['pairingId', 'missionId'],
  fields: { deleted: 'value', missionId: 'value', what: 'longText', owner: 'value', due: 'value', status: 'value' },
  parent: { kind: 'mission', field: 'missionId' },
  attachments: [],
  bin: 'listed',
  textLabels: { what: 'missions:followUps.what' },
  describe: (f) => f.what,
});
