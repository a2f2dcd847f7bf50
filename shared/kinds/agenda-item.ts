import { agendaItemSchema } from '../missions/agenda-item';
import { defineKind } from './define';

export const agendaItemKind = defineKind({
  kind: 'agendaItem',
  schema: agendaItemSchema,
  table: 'agendaItems',
  indexes: ['pairingId', 'missionId'],
  fields: {
    deleted: 'value', missionId: 'value', date: 'value', order: 'value', kind: 'value', title: 'value', start: 'value', end: 'value', zone: 'value', venue: 'value', address: 'value',
    mapUrl: 'value', hosts: 'value', participants: 'value', notes: 'longText', fieldNotes: 'longText',
  },
  parent: { kind: 'mission', field: 'missionId' },
  attachments: [],
  bin: 'listed',
  textLabels: { notes: 'missions:agenda.notes', fieldNotes: 'missions:report.fieldNotes' },
  describe: (a) => a.title,
});
