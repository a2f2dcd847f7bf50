import { ucapCommItemSchema } from '../ucap/items';
import { pickText } from '../text/localized';
import { defineKind } from './define';

export const ucapCommItemKind = defineKind({
  kind: 'ucapCommItem',
  schema: ucapCommItemSchema,
  table: 'ucapCommItems',
  indexes: ['pairingId'],
  fields: { deleted: 'value', kind: 'value', text: 'localizedText', date: 'value', order: 'value' },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  ucapVersionList: 'commItems',
  textLabels: { text: 'ucap:sections.communication' },
  describe: (c, lang) => pickText(c.text, lang).text,
});
