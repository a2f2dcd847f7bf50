import { ucapIndicatorSchema } from '../ucap/items';
import { pickText } from '../text/localized';
import { defineKind } from './define';

export const ucapIndicatorKind = defineKind({
  kind: 'ucapIndicator',
  schema: ucapIndicatorSchema,
  table: 'ucapIndicators',
  indexes: ['pairingId'],
  fields: {
    deleted: 'value', level: 'value', name: 'localizedText', unit: 'value', baseline: 'value', baselineDate: 'value', target: 'value', targetDate: 'value', measurements: 'value',
    source: 'value', objectiveId: 'value', actionId: 'value', order: 'value', writtenIn: 'value',
  },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  ucapVersionList: 'indicators',
  textLabels: { name: 'ucap:sections.indicators' },
  describe: (i, lang) => pickText(i.name, lang).text,
});
