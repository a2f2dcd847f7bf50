import { displayName, stakeholderSchema } from '../stakeholders/schema';
import { defineKind } from './define';

export const stakeholderKind = defineKind({
  kind: 'stakeholder',
  schema: stakeholderSchema,
  table: 'stakeholders',
  // [pairingId+_sortName]: a folded name the device derives, so the list shows its first screenful in name order.
  indexes: ['pairingId', '[pairingId+_sortName]'],
  fields: {
    deleted: 'value', side: 'value', name: 'value', organisation: 'value', role: 'value', group: 'value', email: 'value', phone: 'value', website: 'value', address: 'longText',
    languages: 'value', power: 'value', interest: 'value', engagement: 'value', stance: 'value', tags: 'value', notes: 'longText', writtenIn: 'value',
  },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  textLabels: { address: 'stakeholders:field.address', notes: 'stakeholders:field.notes' },
  describe: (s) => displayName(s),
});
