import { ucapObjectiveSchema } from '../ucap/items';
import { pickText } from '../text/localized';
import { defineKind } from './define';

export const ucapObjectiveKind = defineKind({
  kind: 'ucapObjective',
  schema: ucapObjectiveSchema,
  table: 'ucapObjectives',
  indexes: ['pairingId'],
  fields: { deleted: 'value', level: 'value', title: 'localizedText', order: 'value' },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  ucapVersionList: 'objectives',
  textLabels: { title: 'ucap:sections.objectives' },
  describe: (o, lang) => pickText(o.title, lang).text,
});
