import { ucapActionSchema } from '../ucap/items';
import { pickText } from '../text/localized';
import { defineKind } from './define';

export const ucapActionKind = defineKind({
  kind: 'ucapAction',
  schema: ucapActionSchema,
  table: 'ucapActions',
  indexes: ['pairingId'],
  fields: {
    deleted: 'value', title: 'localizedText', description: 'localizedText', pilot: 'value', leadSide: 'value', partners: 'value', startDate: 'value', endDate: 'value', status: 'value',
    deliverables: 'localizedText', objectiveIds: 'value', order: 'value', writtenIn: 'value',
  },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  ucapVersionList: 'actions',
  textLabels: { title: 'ucap:sections.actions', description: 'ucap:actions.description', deliverables: 'ucap:actions.deliverables' },
  describe: (a, lang) => pickText(a.title, lang).text,
});
